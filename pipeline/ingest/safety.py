"""Small guards at the store's edges: CSV cells that cannot run as formulas and a check
that a store file has the schema this version writes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.errors import DealpipeError

if TYPE_CHECKING:
    from pipeline.ingest.database import Database

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CREATED_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE)


class StoreSchemaError(DealpipeError):
    """The store file was written by another version or has lost a table."""


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (`=HYPERLINK(...)`, `+1+cmd`,
    `@SUM(...)`): text starting like one is prefixed with `'`; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def check_schema(db: Database, migrations: Sequence[str], path: object) -> None:
    """Refuse a store whose schema version this version does not know or that lacks a
    table the migrations create."""
    version = db.schema_version()
    if version != len(migrations):
        raise StoreSchemaError(
            f"{path}: store schema version {version} is not the {len(migrations)} this "
            "dealpipe writes (made by another version?); refusing to use it"
        )
    expected = {name for script in migrations for name in _CREATED_TABLE.findall(script)}
    missing = sorted(expected - db.tables())
    if missing:
        raise StoreSchemaError(f"{path}: store has no {missing[0]} table; refusing to use it")


__all__ = ["StoreSchemaError", "check_schema", "csv_cell"]
