"""The ingestion state: sources, URLs seen, articles, distinct deals and their sources.

A SQLite file (WAL mode; one ingester at a time, `run_lock`) or a PostgreSQL database
(`postgresql://...`; several ingesters at once), through `database`. The schema is
versioned and migrated on open (version 2 adds the dataset tables of `tables` and re-links
the stored records; version 3 adds the per-URL claims). Every write that belongs together
(an article, its deals, its links and its URL status; a feed poll and the URLs it found)
is one transaction, so a process killed at any point leaves a consistent store.

Several ingesters on one PostgreSQL store split the due article URLs by claims: an
ingester fetches a URL only after `claim` set its `claimed_by` (the URL still as listed,
no live claim of another ingester); storing the URL's outcome clears the claim. A claim
counts while its ingester's session is connected and for at most `CLAIM_SECONDS`, so the
URLs of a killed ingester are free again at once.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pipeline.errors import DealpipeError
from pipeline.ingest.database import (
    Database,
    Row,
    StoreLocation,
    StoreUnavailable,
    connect,
    display,
    is_postgres,
)
from pipeline.ingest.discovery import Candidate
from pipeline.ingest.links import RelinkSummary, fill_sources, link_article, relink_all
from pipeline.ingest.safety import check_schema
from pipeline.ingest.tables import SCHEMA_V2
from pipeline.models import Article, Deal

UrlKind = Literal["feed", "sitemap", "article"]
ArticleChange = Literal["new", "updated", "unchanged"]

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sources (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        location TEXT NOT NULL,
        last_polled TEXT,
        last_status TEXT,
        last_error TEXT
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        canonical_url TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        content_hash TEXT NOT NULL,
        article_json TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE urls (
        url TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        source TEXT,
        status TEXT NOT NULL,
        error_kind TEXT,
        error TEXT,
        retryable INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        http_status INTEGER,
        etag TEXT,
        last_modified TEXT,
        lastmod TEXT,
        published TEXT,
        discovered_at TEXT NOT NULL,
        fetched_at TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
    );
    CREATE INDEX urls_status ON urls(status);
    CREATE INDEX urls_source ON urls(source, kind);
    CREATE TABLE deals (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        deal_type TEXT NOT NULL,
        record_json TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        pending_export INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX deals_fingerprint ON deals(fingerprint);
    CREATE TABLE deal_parties (
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        PRIMARY KEY (deal_id, name)
    );
    CREATE INDEX deal_parties_name ON deal_parties(name);
    CREATE TABLE deal_sources (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        record_json TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    );
    CREATE INDEX deal_sources_deal ON deal_sources(deal_id);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        summary_json TEXT
    );
    """,
    SCHEMA_V2,
    """
    ALTER TABLE urls ADD COLUMN claimed_by TEXT;
    ALTER TABLE urls ADD COLUMN claimed_until TEXT;
    """,
)
LINKED_SCHEMA = 2  # from this version on, deals are reconciled and their tables filled
CLAIM_SECONDS = 900  # a claim outlives fetch, parse and the NLP queue of one article


class StoreBusy(DealpipeError):
    """Another ingestion process holds the store's run lock."""


@contextmanager
def run_lock(location: StoreLocation) -> Iterator[None]:
    """Hold `<store>.lock` for the duration of a run (released by the OS even on SIGKILL),
    so overlapping scheduler invocations do not crawl the same sources twice. The lock
    is taken on the real path, so a symlink to the store cannot bypass it. A PostgreSQL
    store takes no run lock: its ingesters split the work by per-URL claims."""
    if is_postgres(location):
        yield
        return
    store_path = Path(location)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    store_path = store_path.resolve()
    descriptor = os.open(f"{store_path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusy(f"another `dealpipe ingest` is running on {store_path}") from None
        yield
    finally:
        os.close(descriptor)


@dataclass(frozen=True)
class UrlState:
    """One row of `urls`."""

    url: str
    kind: str
    source: str | None
    status: str
    error_kind: str | None
    attempts: int
    etag: str | None
    last_modified: str | None
    lastmod: str | None
    published: str | None
    article_id: int | None


@dataclass(frozen=True)
class SaveOutcome:
    """What storing one article changed."""

    change: ArticleChange
    article_id: int
    new_deals: list[str] = field(default_factory=list)
    linked_deals: list[str] = field(default_factory=list)


def now_iso() -> str:
    """Current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def iso(moment: datetime | None) -> str | None:
    """An aware datetime as a UTC ISO string (None stays None)."""
    return None if moment is None else moment.astimezone(UTC).replace(microsecond=0).isoformat()


class Store:
    """The ingestion state in a SQLite file or a PostgreSQL database. Not thread-safe:
    use it from one thread. `create=False` refuses a store that does not exist yet."""

    def __init__(self, location: StoreLocation, *, create: bool = True) -> None:
        if not create and not is_postgres(location) and not Path(location).exists():
            raise StoreUnavailable(f"no store at {location} (run `dealpipe ingest` first)")
        self.location = location
        self._db: Database = connect(location)
        self.claimant = self._db.session
        try:
            if not create and self._db.schema_version() == 0:
                raise StoreUnavailable(
                    f"no store at {display(location)} (run `dealpipe ingest` first)"
                )
            self._migrate()
            check_schema(self._db, MIGRATIONS, display(location))
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        """Close the connection (a SQLite WAL is checkpointed by SQLite)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The applied schema version."""
        return self._db.schema_version()

    def transaction(self) -> AbstractContextManager[Database]:
        """A write transaction (holding the store's write lock), rolled back on error."""
        return self._db.transaction()

    def _migrate(self) -> None:
        """Apply the missing migrations, each in one transaction; the version is read
        under the write lock, so ingesters opening a new store at once migrate it once."""
        while True:
            with self.transaction() as db:
                number = db.schema_version() + 1
                if number > len(MIGRATIONS):
                    return
                db.script(MIGRATIONS[number - 1])
                if number == LINKED_SCHEMA:
                    fill_sources(db)
                    relink_all(db, now_iso(), rewrite=True)
                db.set_schema_version(number)

    # -- runs and sources ---------------------------------------------------------------

    def start_run(self) -> int:
        """Record the start of a run; returns its id."""
        with self.transaction() as db:
            row = db.execute(
                "INSERT INTO runs (started_at) VALUES (?) RETURNING id", (now_iso(),)
            ).fetchone()
            return int(row[0])

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        """Record a run's end and summary; release the claims this store still holds."""
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, summary_json = ? WHERE id = ?",
                (now_iso(), json.dumps(summary, sort_keys=True), run_id),
            )
            db.execute(
                "UPDATE urls SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?",
                (self.claimant,),
            )

    def record_source(
        self, name: str, kind: str, location: str, *, status: str, error: str | None = None
    ) -> None:
        """Upsert a source with the outcome of its latest poll."""
        with self.transaction() as db:
            db.execute(
                """INSERT INTO sources (name, kind, location, last_polled, last_status, last_error)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET kind = excluded.kind,
                     location = excluded.location, last_polled = excluded.last_polled,
                     last_status = excluded.last_status, last_error = excluded.last_error""",
                (name, kind, location, now_iso(), status, error),
            )

    # -- URLs ---------------------------------------------------------------------------

    def get_url(self, url: str) -> UrlState | None:
        """The stored state of one normalised URL."""
        row = self._db.execute("SELECT * FROM urls WHERE url = ?", (url,)).fetchone()
        return _url_state(row) if row else None

    def save_listing(
        self,
        url: str,
        kind: UrlKind,
        source: str,
        *,
        etag: str | None,
        last_modified: str | None,
        candidates: Sequence[Candidate] = (),
        children: Sequence[str] = (),
    ) -> int:
        """Record a fetched feed/sitemap and everything it lists, in one transaction.

        New article URLs become `pending`; a stored article whose announced date moved
        forward is set back to `pending` (to be re-fetched conditionally). Returns the
        number of URLs made pending."""
        stamp = now_iso()
        queued = 0
        with self.transaction() as db:
            _upsert_fetched(db, url, kind, source, etag, last_modified, stamp)
            for child in children:
                db.execute(
                    """INSERT INTO urls (url, kind, source, status, discovered_at)
                       VALUES (?, 'sitemap', ?, 'pending', ?) ON CONFLICT(url) DO NOTHING""",
                    (child, source, stamp),
                )
            for candidate in candidates:
                queued += _upsert_candidate(db, candidate, source, stamp)
        return queued

    def mark_not_modified(self, url: str, kind: UrlKind, source: str) -> None:
        """A conditional request answered 304: the stored state stands."""
        with self.transaction() as db:
            _upsert_fetched(db, url, kind, source, None, None, now_iso(), keep_validators=True)

    def add_candidates(self, source: str, candidates: Sequence[Candidate]) -> int:
        """Record URLs from a plain list (no listing document of their own)."""
        stamp = now_iso()
        with self.transaction() as db:
            return sum(_upsert_candidate(db, item, source, stamp) for item in candidates)

    def child_sitemaps(self, source: str) -> list[str]:
        """Child sitemaps of a source's index seen on earlier runs."""
        rows = self._db.execute(
            "SELECT url FROM urls WHERE source = ? AND kind = 'sitemap' ORDER BY url", (source,)
        )
        return [str(row["url"]) for row in rows]

    def due_articles(self, sources: Iterable[str], max_attempts: int) -> list[UrlState]:
        """Article URLs to (re)visit this run: pending, robots-blocked, or a retryable error."""
        names = list(sources)
        if not names:
            return []
        marks = ",".join("?" * len(names))
        unclaimed, params = self._unclaimed()
        rows = self._db.execute(
            f"""SELECT * FROM urls WHERE kind = 'article' AND source IN ({marks}) AND (
                  status IN ('pending', 'blocked')
                  OR (status = 'error' AND retryable = 1 AND attempts < ?))
                AND {unclaimed} ORDER BY discovered_at, url""",
            (*names, max_attempts, *params),
        )
        return [_url_state(row) for row in rows]

    def _unclaimed(self) -> tuple[str, list[str]]:
        """A condition on `urls`: no live claim of another ingester."""
        others = sorted(self._db.live_sessions() - {self.claimant})
        if not others:
            return "1 = 1", []
        marks = ",".join("?" * len(others))
        return (
            f"(claimed_by IS NULL OR claimed_until < ? OR claimed_by NOT IN ({marks}))",
            [now_iso(), *others],
        )

    def claim(self, listed: UrlState) -> UrlState | None:
        """Claim a due URL for this store's ingester; its current state, or None when
        it changed since it was listed (visited meanwhile, under this URL or another)
        or another ingester holds a live claim on it."""
        until = datetime.now(UTC) + timedelta(seconds=CLAIM_SECONDS)
        with self.transaction() as db:
            unclaimed, params = self._unclaimed()
            row = db.execute(
                f"""UPDATE urls SET claimed_by = ?, claimed_until = ?
                    WHERE url = ? AND status = ? AND attempts = ? AND {unclaimed}
                    RETURNING *""",
                (
                    self.claimant,
                    iso(until),
                    listed.url,
                    listed.status,
                    listed.attempts,
                    *params,
                ),
            ).fetchone()
        return None if row is None else _url_state(row)

    def record_error(
        self,
        url: str,
        kind: UrlKind,
        source: str | None,
        *,
        error_kind: str,
        message: str,
        retryable: bool,
        http_status: int | None = None,
        status: str = "error",
    ) -> None:
        """Record a failed visit; the URL keeps any article it already had."""
        stamp = now_iso()
        with self.transaction() as db:
            db.execute(
                """INSERT INTO urls (url, kind, source, status, error_kind, error, retryable,
                                     attempts, http_status, discovered_at, fetched_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET status = excluded.status,
                     error_kind = excluded.error_kind, error = excluded.error,
                     retryable = excluded.retryable, attempts = urls.attempts + 1,
                     http_status = excluded.http_status, fetched_at = excluded.fetched_at,
                     claimed_by = NULL, claimed_until = NULL""",
                (
                    url,
                    kind,
                    source,
                    status,
                    error_kind,
                    message,
                    int(retryable),
                    http_status,
                    stamp,
                    stamp,
                ),
            )

    # -- articles and deals --------------------------------------------------------------

    def article_hash(self, canonical_url: str) -> str | None:
        """The content hash stored for an article, if any."""
        row = self._db.execute(
            "SELECT content_hash FROM articles WHERE canonical_url = ?", (canonical_url,)
        ).fetchone()
        return str(row[0]) if row else None

    def mark_unchanged(
        self,
        url: str,
        source: str | None,
        canonical_url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        aliases: Sequence[str] = (),
    ) -> int | None:
        """A fetched article whose text is already stored: link the URL, change nothing else."""
        with self.transaction() as db:
            row = db.execute(
                "SELECT id FROM articles WHERE canonical_url = ?", (canonical_url,)
            ).fetchone()
            article_id = int(row[0]) if row else None
            _mark_all_ok(db, url, aliases, source, article_id, etag, last_modified)
        return article_id

    def save_article(
        self,
        url: str,
        source: str | None,
        article: Article,
        content_hash: str,
        deals: Sequence[Deal],
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        aliases: Sequence[str] = (),
    ) -> SaveOutcome:
        """Store an article, link its deals to distinct deals and mark its URLs ok: one
        transaction. `aliases` are other URLs of the same page (final URL, canonical URL)."""
        canonical = article.canonical_url or url
        stamp = now_iso()
        with self.transaction() as db:
            row = db.execute(
                "SELECT id, content_hash FROM articles WHERE canonical_url = ?", (canonical,)
            ).fetchone()
            payload = article.model_dump_json()
            if row is None:
                inserted = db.execute(
                    """INSERT INTO articles (url, canonical_url, title, published, content_hash,
                                             article_json, first_seen, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                    (
                        url,
                        canonical,
                        article.title,
                        article.published,
                        content_hash,
                        payload,
                        stamp,
                        stamp,
                    ),
                )
                article_id, change = int(inserted.fetchone()[0]), "new"
            else:
                article_id = int(row["id"])
                change = "unchanged" if row["content_hash"] == content_hash else "updated"
                db.execute(
                    """UPDATE articles SET title = ?, published = ?, content_hash = ?,
                       article_json = ?, updated_at = ? WHERE id = ?""",
                    (article.title, article.published, content_hash, payload, stamp, article_id),
                )
            new_deals: list[str] = []
            linked: list[str] = []
            if change != "unchanged":
                new_deals, linked = link_article(db, article_id, article, canonical, deals, stamp)
            _mark_all_ok(db, url, aliases, source, article_id, etag, last_modified)
        return SaveOutcome(change, article_id, new_deals, linked)  # type: ignore[arg-type]

    # -- reading -------------------------------------------------------------------------

    def deals_to_export(
        self,
        *,
        pending_only: bool = False,
        since: str | None = None,
        deal_types: Sequence[str] = (),
        party: str | None = None,
    ) -> list[dict[str, Any]]:
        """Distinct deals: the reconciled record with its `sources` and `conflicts`.

        Filters: reported on or after `since` (an ISO date), of one of `deal_types`, with a
        party or parent whose name contains `party` (any case)."""
        where, params = deal_filter(
            pending_only=pending_only, since=since, deal_types=deal_types, party=party
        )
        return _deals(self._db, where, params)

    @contextmanager
    def pending_export(self) -> Iterator[list[dict[str, Any]]]:
        """The deals flagged for the JSON Lines output, inside one write transaction:
        their flags are cleared when the block ends without an error, so ingesters
        sharing a store never write the same change twice."""
        where, params = deal_filter(pending_only=True)
        with self.transaction() as db:
            deals = _deals(db, where, params)
            yield deals
            db.executemany(
                "UPDATE deals SET pending_export = 0 WHERE id = ?", [(d["id"],) for d in deals]
            )

    def relink(self) -> RelinkSummary:
        """Group every stored record into distinct deals again (one transaction)."""
        with self.transaction() as db:
            return relink_all(db, now_iso())

    def articles(self) -> list[dict[str, Any]]:
        """Every stored article with its hash and the ids of the deals it reported."""
        deal_ids: dict[int, set[str]] = {}
        for article_id, deal_id in self._db.execute("SELECT article_id, deal_id FROM deal_sources"):
            deal_ids.setdefault(int(article_id), set()).add(str(deal_id))
        rows = self._db.execute(
            "SELECT id, content_hash, article_json FROM articles ORDER BY canonical_url"
        )
        result = []
        for row in rows:
            article = json.loads(row["article_json"])
            article["content_hash"] = row["content_hash"]
            article["deal_ids"] = sorted(deal_ids.get(int(row["id"]), set()))
            result.append(article)
        return result

    def stats(self) -> dict[str, Any]:
        """Counts for `dealpipe stats`."""
        db = self._db

        def count(sql: str) -> int:
            return int(db.execute(sql).fetchone()[0])

        by_status = {
            f"{row[0]}:{row[1]}" if row[1] else str(row[0]): int(row[2])
            for row in db.execute(
                """SELECT status, error_kind, count(*) FROM urls WHERE kind = 'article'
                   GROUP BY status, error_kind ORDER BY status, coalesce(error_kind, '')"""
            )
        }
        last_run = db.execute(
            "SELECT started_at, finished_at, summary_json FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return {
            "store": display(self.location),
            "schema_version": self.schema_version,
            "sources": count("SELECT count(*) FROM sources"),
            "urls": by_status,
            "articles": count("SELECT count(*) FROM articles"),
            "deals": count("SELECT count(*) FROM deals"),
            "deal_links": count("SELECT count(*) FROM deal_sources"),
            "deals_with_conflicts": count("SELECT count(*) FROM deals WHERE conflict_count > 0"),
            "deals_with_several_sources": count(
                """SELECT count(*) FROM (SELECT deal_id FROM deal_sources GROUP BY deal_id
                   HAVING count(DISTINCT article_id) > 1) AS several"""
            ),
            "runs": count("SELECT count(*) FROM runs"),
            "last_run": None
            if last_run is None
            else {
                "started_at": last_run[0],
                "finished_at": last_run[1],
                "summary": json.loads(last_run[2]) if last_run[2] else None,
            },
        }


def _deals(db: Database, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    sql = f"SELECT id, record_json FROM deals d {where} ORDER BY first_seen, id"
    return [
        json.loads(row["record_json"]) | {"id": str(row["id"])} for row in db.execute(sql, params)
    ]


def _url_state(row: Row) -> UrlState:
    return UrlState(
        url=row["url"],
        kind=row["kind"],
        source=row["source"],
        status=row["status"],
        error_kind=row["error_kind"],
        attempts=row["attempts"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        lastmod=row["lastmod"],
        published=row["published"],
        article_id=row["article_id"],
    )


def _upsert_fetched(
    db: Database,
    url: str,
    kind: str,
    source: str,
    etag: str | None,
    last_modified: str | None,
    stamp: str,
    *,
    keep_validators: bool = False,
) -> None:
    validators = (
        "" if keep_validators else ", etag = excluded.etag, last_modified = excluded.last_modified"
    )
    db.execute(
        f"""INSERT INTO urls (url, kind, source, status, etag, last_modified, discovered_at,
                             fetched_at, attempts)
            VALUES (?, ?, ?, 'ok', ?, ?, ?, ?, 1)
            ON CONFLICT(url) DO UPDATE SET status = 'ok', error_kind = NULL, error = NULL,
              retryable = 0, attempts = 0, http_status = NULL, claimed_by = NULL,
              claimed_until = NULL, fetched_at = excluded.fetched_at{validators}""",
        (url, kind, source, etag, last_modified, stamp, stamp),
    )


def _upsert_candidate(db: Database, item: Candidate, source: str, stamp: str) -> int:
    lastmod = iso(item.lastmod)
    row = db.execute("SELECT status, lastmod FROM urls WHERE url = ?", (item.url,)).fetchone()
    if row is None:
        db.execute(
            """INSERT INTO urls (url, kind, source, status, lastmod, published, discovered_at)
               VALUES (?, 'article', ?, 'pending', ?, ?, ?)""",
            (item.url, source, lastmod, iso(item.published), stamp),
        )
        return 1
    newer = lastmod is not None and row["lastmod"] is not None and lastmod > row["lastmod"]
    if newer and row["status"] == "ok":
        db.execute(
            "UPDATE urls SET status = 'pending', lastmod = ? WHERE url = ?", (lastmod, item.url)
        )
        return 1
    if lastmod is not None and (row["lastmod"] is None or newer):
        db.execute("UPDATE urls SET lastmod = ? WHERE url = ?", (lastmod, item.url))
    return 0


def _mark_all_ok(
    db: Database,
    url: str,
    aliases: Sequence[str],
    source: str | None,
    article_id: int | None,
    etag: str | None,
    last_modified: str | None,
) -> None:
    """Mark a fetched URL and its aliases ok; only the fetched URL keeps the validators."""
    for each in (url, *aliases):
        fetched = each == url
        _mark_ok(
            db,
            each,
            source,
            article_id,
            etag if fetched else None,
            last_modified if fetched else None,
        )


def _mark_ok(
    db: Database,
    url: str,
    source: str | None,
    article_id: int | None,
    etag: str | None,
    last_modified: str | None,
) -> None:
    stamp = now_iso()
    db.execute(
        """INSERT INTO urls (url, kind, source, status, etag, last_modified, discovered_at,
                             fetched_at, article_id, attempts)
           VALUES (?, 'article', ?, 'ok', ?, ?, ?, ?, ?, 1)
           ON CONFLICT(url) DO UPDATE SET status = 'ok', error_kind = NULL, error = NULL,
             retryable = 0, attempts = 0, http_status = NULL, article_id = excluded.article_id,
             etag = coalesce(excluded.etag, urls.etag),
             last_modified = coalesce(excluded.last_modified, urls.last_modified),
             fetched_at = excluded.fetched_at, claimed_by = NULL, claimed_until = NULL""",
        (url, source, etag, last_modified, stamp, stamp, article_id),
    )


def deal_filter(
    *,
    pending_only: bool = False,
    since: str | None = None,
    deal_types: Sequence[str] = (),
    party: str | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause over `deals d` and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if pending_only:
        clauses.append("d.pending_export = 1")
    if since:
        clauses.append("coalesce(d.last_reported, d.last_seen) >= ?")
        params.append(since)
    if deal_types:
        clauses.append(f"d.deal_type IN ({','.join('?' * len(deal_types))})")
        params.extend(deal_types)
    if party:
        clauses.append(
            """d.id IN (SELECT deal_id FROM deal_parties WHERE lower(name) LIKE ? ESCAPE '!'
                          OR lower(coalesce(parent, '')) LIKE ? ESCAPE '!')"""
        )
        pattern = "%" + re.sub(r"([!%_])", r"!\1", party.casefold()) + "%"
        params.extend([pattern, pattern])
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
