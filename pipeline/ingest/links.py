"""Linking in the store: which distinct deal each article's records belong to.

Storing an article re-links its neighbourhood: every record that shares a candidate key
(`link_keys`) with it, transitively, grouped again by `dedupe.cluster`. `relink_all`
does the same over the whole store. Either way the groups are a function of the stored
records only, so they do not depend on the order articles arrived in, and re-running is
a no-op. Deal ids are kept: a group takes the id most of its records had before.
Every deal whose records changed is reconciled again (`reconcile`) and rewritten
(`tables`). All of it runs inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.ingest.dedupe import RecordKey, Report, cluster, features
from pipeline.ingest.reconcile import outlet_of, reconcile
from pipeline.ingest.tables import write_deal
from pipeline.models import Article, Deal, DealSource


@dataclass
class Row:
    """One report's record of a deal, as stored in `deal_sources`."""

    article_id: int
    position: int
    deal_id: str | None  # the deal it belonged to (for an edited article: at its position)
    source: DealSource
    stored: bool = True

    @property
    def key(self) -> RecordKey:
        return (self.source.url, self.position)

    @property
    def deal(self) -> Deal:
        assert self.source.record is not None
        return self.source.record


@dataclass(frozen=True)
class RelinkSummary:
    """What `relink_all` did."""

    records: int
    deals: int
    moved: int
    changed: int

    def as_dict(self) -> dict[str, int]:
        return {
            "records": self.records,
            "deals": self.deals,
            "moved": self.moved,
            "changed": self.changed,
        }


def link_article(
    db: sqlite3.Connection,
    article_id: int,
    article: Article,
    url: str,
    deals: Sequence[Deal],
    stamp: str,
) -> tuple[list[str], list[str]]:
    """Replace an article's records by `deals` and re-link its neighbourhood.

    Returns the ids of the deals its records created and of existing deals they joined."""
    previous = {
        int(row[0]): str(row[1])
        for row in db.execute(
            "SELECT position, deal_id FROM deal_sources WHERE article_id = ?", (article_id,)
        )
    }
    before = set(previous.values())
    db.execute("DELETE FROM deal_sources WHERE article_id = ?", (article_id,))
    source = DealSource(
        url=url,
        title=article.title,
        published=article.published,
        outlet=outlet_of(article.site_name, url),
    )
    new = [
        Row(
            article_id,
            position,
            previous.get(position),
            source.model_copy(update={"record": deal}),
            stored=False,
        )
        for position, deal in enumerate(deals)
    ]
    blocks = {block for row in new for block in features(_report(row)).blocks}
    rows = _rows(db, _neighbourhood(db, blocks, before)) + new
    assignment, created = _assign(db, rows)
    _write(db, rows, assignment, created, stamp, extra=before)
    made = list(dict.fromkeys(assignment[row.key] for row in new))
    return [i for i in made if i in created], [i for i in made if i not in created]


def relink_all(db: sqlite3.Connection, stamp: str, *, rewrite: bool = False) -> RelinkSummary:
    """Group every stored record again; `rewrite` re-reconciles every deal (a migration)."""
    rows = _rows(db, None)
    assignment, created = _assign(db, rows)
    moved = sum(1 for row in rows if assignment[row.key] != row.deal_id)
    everything = {str(r[0]) for r in db.execute("SELECT id FROM deals")} if rewrite else set()
    changed = _write(db, rows, assignment, created, stamp, extra=everything)
    return RelinkSummary(len(rows), len(set(assignment.values())), moved, changed)


def fill_sources(db: sqlite3.Connection) -> None:
    """Give every `deal_sources` row its article's URL, outlet, title and date, and its
    candidate keys (a store created before schema version 2)."""
    rows = db.execute(
        """SELECT s.article_id, s.position, s.record_json, a.canonical_url, a.article_json
           FROM deal_sources s JOIN articles a ON a.id = s.article_id"""
    ).fetchall()
    for article_id, position, record_json, url, article_json in rows:
        article = Article.model_validate_json(article_json)
        db.execute(
            """UPDATE deal_sources SET url = ?, outlet = ?, title = ?, published = ?
               WHERE article_id = ? AND position = ?""",
            (
                url,
                outlet_of(article.site_name, url),
                article.title,
                article.published,
                article_id,
                position,
            ),
        )
        report = Report((url, position), Deal.model_validate_json(record_json))
        _insert_keys(db, article_id, position, features(report).blocks)


def _report(row: Row) -> Report:
    return Report(row.key, row.deal, row.source.published)


def _neighbourhood(db: sqlite3.Connection, blocks: set[str], deal_ids: set[str]) -> set[str]:
    """Deals reachable from the candidate keys `blocks` and the deals `deal_ids`."""
    seen_blocks: set[str] = set()
    seen_deals: set[str] = set()
    frontier_blocks, frontier_deals = set(blocks), set(deal_ids)
    while frontier_blocks or frontier_deals:
        seen_blocks |= frontier_blocks
        found = _select(
            db,
            """SELECT DISTINCT s.deal_id FROM link_keys k JOIN deal_sources s
               ON s.article_id = k.article_id AND s.position = k.position
               WHERE k.key IN ({marks})""",
            frontier_blocks,
        )
        frontier_deals |= found - seen_deals
        seen_deals |= frontier_deals
        keys = _select(
            db,
            """SELECT DISTINCT k.key FROM link_keys k JOIN deal_sources s
               ON s.article_id = k.article_id AND s.position = k.position
               WHERE s.deal_id IN ({marks})""",
            frontier_deals,
        )
        frontier_blocks, frontier_deals = keys - seen_blocks, set()
    return seen_deals


def _select(db: sqlite3.Connection, sql: str, values: Iterable[str]) -> set[str]:
    listed = sorted(values)
    if not listed:
        return set()
    marks = ",".join("?" * len(listed))
    return {str(row[0]) for row in db.execute(sql.format(marks=marks), listed)}


def _rows(db: sqlite3.Connection, deal_ids: set[str] | None) -> list[Row]:
    """The stored records of `deal_ids` (every record for None)."""
    sql = """SELECT article_id, position, deal_id, record_json, url, title, published, outlet
             FROM deal_sources"""
    params: list[str] = []
    if deal_ids is not None:
        if not deal_ids:
            return []
        params = sorted(deal_ids)
        sql += f" WHERE deal_id IN ({','.join('?' * len(params))})"
    return [
        Row(
            int(row[0]),
            int(row[1]),
            str(row[2]),
            DealSource(
                url=str(row[4]),
                title=row[5],
                published=row[6],
                outlet=row[7],
                record=Deal.model_validate_json(row[3]),
            ),
        )
        for row in db.execute(sql, params)
    ]


def _assign(db: sqlite3.Connection, rows: Sequence[Row]) -> tuple[dict[RecordKey, str], set[str]]:
    """Record key -> deal id for the groups of `rows`, and the ids created."""
    by_key = {row.key: row for row in rows}
    groups = sorted(cluster(_report(row) for row in rows), key=lambda g: (-len(g), g[0]))
    assignment: dict[RecordKey, str] = {}
    used: set[str] = set()
    created: set[str] = set()
    for group in groups:
        prior = Counter(str(by_key[key].deal_id) for key in group if by_key[key].deal_id)
        ranked = sorted(
            (deal_id for deal_id in prior if deal_id not in used),
            key=lambda deal_id: (-prior[deal_id], deal_id),
        )
        if ranked:
            deal_id = ranked[0]
        else:
            deal_id = _new_deal_id(db, by_key[group[0]].deal.id, used)
            created.add(deal_id)
        used.add(deal_id)
        for key in group:
            assignment[key] = deal_id
    return assignment, created


def _new_deal_id(db: sqlite3.Connection, base: str, taken: set[str]) -> str:
    candidate, number = base or "deal", 1
    while (
        candidate in taken
        or db.execute("SELECT 1 FROM deals WHERE id = ?", (candidate,)).fetchone()
    ):
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _write(
    db: sqlite3.Connection,
    rows: Sequence[Row],
    assignment: dict[RecordKey, str],
    created: set[str],
    stamp: str,
    *,
    extra: set[str],
) -> int:
    """Apply an assignment: create deals, move and insert records, reconcile the deals
    whose records changed, drop deals left without records. Returns deals changed."""
    for deal_id in sorted(created):
        db.execute(
            """INSERT INTO deals (id, fingerprint, deal_type, record_json, first_seen,
                                  updated_at, last_seen, pending_export)
               VALUES (?, '', 'other', '{}', ?, ?, ?, 1)""",
            (deal_id, stamp, stamp, stamp),
        )
    touched = set(extra) | created
    for row in rows:
        deal_id = assignment[row.key]
        if row.stored and row.deal_id == deal_id:
            continue
        touched.add(deal_id)
        if not row.stored:
            db.execute(
                """INSERT INTO deal_sources (article_id, position, deal_id, record_json, url,
                                             outlet, title, published)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    row.article_id,
                    row.position,
                    deal_id,
                    row.deal.model_dump_json(),
                    row.source.url,
                    row.source.outlet,
                    row.source.title,
                    row.source.published,
                ),
            )
            _insert_keys(db, row.article_id, row.position, features(_report(row)).blocks)
        else:
            touched.add(str(row.deal_id))
            db.execute(
                "UPDATE deal_sources SET deal_id = ? WHERE article_id = ? AND position = ?",
                (deal_id, row.article_id, row.position),
            )
        db.execute("UPDATE deals SET last_seen = ? WHERE id = ?", (stamp, deal_id))
    members: dict[str, list[DealSource]] = {}
    for row in rows:
        members.setdefault(assignment[row.key], []).append(row.source)
    changed = 0
    for deal_id in sorted(touched):
        if deal_id not in members:
            db.execute("DELETE FROM deals WHERE id = ?", (deal_id,))
            continue
        changed += write_deal(db, reconcile(deal_id, members[deal_id]), stamp)
    return changed


def _insert_keys(
    db: sqlite3.Connection, article_id: int, position: int, keys: Iterable[str]
) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO link_keys (article_id, position, key) VALUES (?, ?, ?)",
        [(article_id, position, key) for key in sorted(keys)],
    )
