"""Copy one store into another (a SQLite file into PostgreSQL, typically): every table, row
for row, with the same ids, so the copy is the store it came from.

The destination is opened as a store (created and migrated to the current schema); the
source is migrated on open like any store. Tables are copied in the order the migrations
create them (a table's foreign keys point to tables copied before it), in batches of
`BATCH` rows, each batch one transaction that skips the rows already there: a copy that
was interrupted or is repeated adds only what is missing. A destination holding another
store's articles is refused. Stop the ingesters of the source while it is copied.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.errors import DealpipeError
from pipeline.ingest.database import Database, Row, StoreLocation, display
from pipeline.ingest.store import MIGRATIONS, Store

BATCH = 1_000
_CREATE = re.compile(r"\bCREATE TABLE (\w+)", re.IGNORECASE)
_IDENTITY = re.compile(r"\bCREATE TABLE (\w+) \(\s*(\w+) INTEGER PRIMARY KEY\b", re.IGNORECASE)


class CopyRefused(DealpipeError):
    """The destination holds data of another store."""


@dataclass
class CopySummary:
    """Rows per table: read from the source, and added to the destination (rows already
    there from an earlier copy are not added again)."""

    read: dict[str, int] = field(default_factory=dict)
    added: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {"read": self.read, "added": self.added}


Progress = Callable[[str, int, int], None]  # table, rows done, rows in the table


def table_order() -> list[str]:
    """The store's tables in the order the migrations create them."""
    names = (name for ddl in MIGRATIONS for name in _CREATE.findall(ddl))
    return list(dict.fromkeys(names))


def identity_columns() -> dict[str, str]:
    """Table -> its `INTEGER PRIMARY KEY` column (numbered by the database)."""
    return {table: column for ddl in MIGRATIONS for table, column in _IDENTITY.findall(ddl)}


def copy_store(
    source: StoreLocation, destination: StoreLocation, progress: Progress | None = None
) -> CopySummary:
    """Copy every table of `source` into `destination` (see the module docstring)."""
    summary = CopySummary()
    identities = identity_columns()
    with (
        Store(source, create=False) as src,
        Store(destination) as dest,
        src.transaction() as read,  # one snapshot of the source; its writers wait
    ):
        with dest.transaction() as write:
            _check_destination(read, write, display(destination))
        for table in table_order():
            total = int(read.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            rows = read.execute(f"SELECT * FROM {table}")
            columns = [str(column[0]) for column in rows.description or ()]
            insert = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT DO NOTHING"
            )
            summary.read[table] = summary.added[table] = 0
            for batch in _batches(rows):
                with dest.transaction() as write:
                    summary.added[table] += write.executemany(insert, map(tuple, batch))
                summary.read[table] += len(batch)
                if progress is not None:
                    progress(table, summary.read[table], total)
            if table in identities:
                with dest.transaction() as write:
                    write.continue_numbering(table, identities[table])
    return summary


def _batches(rows: Iterable[Row]) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, BATCH)):
        yield batch


def _check_destination(source: Database, destination: Database, where: str) -> None:
    """Refuse a destination with an article that the source does not have under the
    same id (a store of its own, or a copy of another store)."""
    for article_id, url in destination.execute("SELECT id, canonical_url FROM articles"):
        same = source.execute(
            "SELECT 1 FROM articles WHERE id = ? AND canonical_url = ?", (article_id, url)
        ).fetchone()
        if same is None:
            raise CopyRefused(
                f"{where} holds articles of another store (article {article_id}, {url}); "
                "copy into an empty store"
            )
