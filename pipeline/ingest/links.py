"""Linking in the store: which distinct deal each article's records belong to.

Storing an article re-links its neighbourhood: its records and every stored record joined
to them by a chain of linkable pairs (found through the candidate keys of `link_keys`),
grouped again by `dedupe.cluster` with the alias table of the whole store (`link_names`).
`relink_all` groups the whole store. Either way the groups are a function of the stored
records only, so they do not depend on the order articles arrived in, and re-running is
a no-op. Deal ids are kept: a group takes the id most of its records had before.
Every deal whose records changed is reconciled again (`reconcile`) and rewritten
(`tables`). All of it runs inside the caller's transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.ingest.aliases import Aliases
from pipeline.ingest.database import Database
from pipeline.ingest.dedupe import (
    Features,
    RecordKey,
    Report,
    aliases_of,
    cluster,
    features,
    linked,
)
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
    db: Database,
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
    stored = _aliases(db, [])
    aliases = _aliases(db, [features(_report(row)) for row in new])
    # New names or parent statements can tie stored names together ("SpaceXAI" once both
    # "SpaceX" and "xAI" are known): the records naming them are re-linked too.
    retied = {name for name in stored.names() if stored.family(name) != aliases.family(name)}
    seeds = [*new, *_rows(db, "deal_id", before), *_rows(db, "name", retied)]
    rows = _component(db, seeds, aliases)
    assignment, created = _assign(db, rows, aliases)
    _write(db, rows, assignment, created, stamp, extra=before)
    made = list(dict.fromkeys(assignment[row.key] for row in new))
    return [i for i in made if i in created], [i for i in made if i not in created]


def relink_all(db: Database, stamp: str, *, rewrite: bool = False) -> RelinkSummary:
    """Group every stored record again; `rewrite` re-reconciles every deal (a migration)."""
    rows = _rows(db)
    assignment, created = _assign(db, rows, _aliases(db, []))
    moved = sum(1 for row in rows if assignment[row.key] != row.deal_id)
    everything = {str(r[0]) for r in db.execute("SELECT id FROM deals")} if rewrite else set()
    changed = _write(db, rows, assignment, created, stamp, extra=everything)
    return RelinkSummary(len(rows), len(set(assignment.values())), moved, changed)


def fill_sources(db: Database) -> None:
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
        _index(db, article_id, position, features(report))


def _report(row: Row) -> Report:
    return Report(row.key, row.deal, row.source.published)


def _aliases(db: Database, extra: Sequence[Features]) -> Aliases:
    """The alias table of every stored record plus `extra` (the same for any order)."""
    names = [name for item in extra for name in item.names]
    parents = [pair for item in extra for pair in item.parents]
    for name, parent in db.execute("SELECT DISTINCT name, parent FROM link_names"):
        names.append(str(name))
        if parent:
            parents.append((str(name), str(parent)))
    return aliases_of(names, parents)


def _component(db: Database, seeds: list[Row], aliases: Aliases) -> list[Row]:
    """`seeds` and every stored record joined to them by a chain of linkable pairs or of
    shared deals.

    Groups only form along linkable pairs, so re-clustering this set gives the groups
    that re-clustering the whole store would."""
    rows: list[Row] = []
    known: dict[RecordKey, Features] = {}
    pending = list(seeds)
    while pending:
        found = [row for row in pending if row.key not in known]
        found = list({row.key: row for row in found}.values())
        mates = {str(row.deal_id) for row in found if row.deal_id}
        found += [
            row
            for row in _rows(db, "deal_id", mates)
            if row.key not in known and row.key not in {f.key for f in found}
        ]
        for row in found:
            known[row.key] = features(_report(row))
            rows.append(row)
        frontier = [known[row.key] for row in found]
        blocks = set().union(*(item.blocks for item in frontier))
        pending = []
        for row in _rows(db, "key", blocks):
            if row.key in known:
                continue
            item = features(_report(row))
            if any(
                item.blocks & other.blocks and linked(other, item, aliases) for other in frontier
            ):
                pending.append(row)
    return rows


def _rows(db: Database, by: str | None = None, values: Iterable[str] = ()) -> list[Row]:
    """Stored records: all, those of the deals `values` (`by="deal_id"`), or those with a
    candidate key (`by="key"`) or a normalised name (`by="name"`) in `values`."""
    sql = """SELECT article_id, position, deal_id, record_json, url, title, published, outlet
             FROM deal_sources s"""
    params = sorted(set(values))
    if by is not None:
        if not params:
            return []
        marks = ",".join("?" * len(params))
        table, column = ("link_names", "name") if by == "name" else ("link_keys", "key")
        sql += (
            f" WHERE deal_id IN ({marks})"
            if by == "deal_id"
            else f""" WHERE EXISTS (SELECT 1 FROM {table} k WHERE k.article_id = s.article_id
                       AND k.position = s.position AND k.{column} IN ({marks}))"""
        )
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


def _assign(
    db: Database, rows: Sequence[Row], aliases: Aliases
) -> tuple[dict[RecordKey, str], set[str]]:
    """Record key -> deal id for the groups of `rows`, and the ids created."""
    by_key = {row.key: row for row in rows}
    groups = sorted(cluster((_report(row) for row in rows), aliases), key=lambda g: (-len(g), g[0]))
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


def _new_deal_id(db: Database, base: str, taken: set[str]) -> str:
    candidate, number = base or "deal", 1
    while (
        candidate in taken
        or db.execute("SELECT 1 FROM deals WHERE id = ?", (candidate,)).fetchone()
    ):
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _write(
    db: Database,
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
            _index(db, row.article_id, row.position, features(_report(row)))
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


def _index(db: Database, article_id: int, position: int, item: Features) -> None:
    """Store a record's candidate keys, names and stated parents for later linking."""
    db.executemany(
        """INSERT INTO link_keys (article_id, position, key) VALUES (?, ?, ?)
           ON CONFLICT DO NOTHING""",
        [(article_id, position, key) for key in sorted(item.blocks)],
    )
    named = [(name, "") for name in item.names] + list(item.parents)
    db.executemany(
        """INSERT INTO link_names (article_id, position, name, parent) VALUES (?, ?, ?, ?)
           ON CONFLICT DO NOTHING""",
        [(article_id, position, name, parent) for name, parent in named],
    )
