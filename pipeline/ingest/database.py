"""One connection interface over SQLite and PostgreSQL, so the store's SQL is written once.

The store writes its statements in the subset both databases accept (`?` placeholders,
`INSERT ... ON CONFLICT ... DO UPDATE/NOTHING`, `excluded.`, `RETURNING`) and its DDL in
SQLite's words. `Database` runs them on either: PostgreSQL gets `%s` placeholders and
its own DDL types (`INTEGER PRIMARY KEY` -> an identity column, `INTEGER` -> `BIGINT`,
`REAL` -> `DOUBLE PRECISION`, `TEXT` compared bytewise as in SQLite). Rows are read by
position or by column name on both. A write transaction holds the store's write lock
(SQLite `BEGIN IMMEDIATE`, PostgreSQL a transaction-level advisory lock), so several
processes writing one PostgreSQL store take turns as they would on one SQLite file. The
schema version is `PRAGMA user_version` in SQLite and the one-row `dealpipe_schema`
table in PostgreSQL.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from pipeline.errors import DealpipeError

if TYPE_CHECKING:
    import psycopg

StoreLocation = Path | str  # a SQLite file, or a postgresql:// URL
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
Params = Sequence[Any]


class StoreUnavailable(DealpipeError):
    """The store cannot be opened (no such file, PostgreSQL unreachable, driver missing)."""


class Row(Protocol):
    """A result row: by position (`row[0]`, unpacking) or by column name (`row["id"]`)."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __len__(self) -> int: ...


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses."""

    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Sequence[Sequence[Any]] | None: ...  # column names first

    def fetchone(self) -> Any: ...

    def fetchall(self) -> Sequence[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


def is_postgres(location: StoreLocation) -> bool:
    """True for a `postgresql://` (or `postgres://`) URL."""
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def parse_location(value: str | Path) -> StoreLocation:
    """A PostgreSQL URL stays text; anything else is a SQLite file path."""
    text = str(value)
    return text if is_postgres(text) else Path(value)


def display(location: StoreLocation) -> str:
    """The location for messages and `stats`, without a password."""
    if not is_postgres(location):
        return str(location)
    parts = urlsplit(str(location))
    if parts.password is None:
        return str(location)
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def _session_name() -> str:
    return f"dealpipe:{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Database(ABC):
    """An open store connection; use it from one thread. `session` names it (the
    claimant of the URLs it claims)."""

    location: StoreLocation
    session: str

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> Cursor:
        """Run one statement with `?` placeholders."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement once per parameter row; the number of rows it changed."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Database]:
        """A write transaction holding the store's write lock; rolled back on error."""

    @abstractmethod
    def schema_version(self) -> int:
        """The applied schema version (0 for an empty store)."""

    @abstractmethod
    def set_schema_version(self, version: int) -> None:
        """Record the applied schema version (inside a transaction)."""

    @abstractmethod
    def live_sessions(self) -> set[str]:
        """Sessions whose claims still count: this one, and on PostgreSQL every session
        connected to the database (a killed ingester's claims are free at once)."""

    @abstractmethod
    def tables(self) -> set[str]:
        """Names of the store's tables."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    @abstractmethod
    def continue_numbering(self, table: str, column: str) -> None:
        """After rows were written with their own ids: number the next rows of `table`
        after the largest `column`."""

    def script(self, ddl: str) -> None:
        """Run `;`-separated DDL written in SQLite's words."""
        for statement in ddl.split(";"):
            if statement.strip():
                self.execute(self.ddl(statement))

    def ddl(self, statement: str) -> str:
        """A DDL statement in this database's words (SQLite's as they are)."""
        return statement


class SqliteDatabase(Database):
    """A SQLite file in WAL mode, foreign keys on."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.location = path
        self.session = _session_name()
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        return self._db.executemany(sql, rows).rowcount

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def set_schema_version(self, version: int) -> None:
        self._db.execute(f"PRAGMA user_version = {int(version)}")

    def live_sessions(self) -> set[str]:
        return {self.session}  # one ingester at a time (`run_lock`): others' claims are stale

    def tables(self) -> set[str]:
        rows = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}

    def continue_numbering(self, table: str, column: str) -> None:
        return None  # an INTEGER PRIMARY KEY continues after the largest by itself

    def close(self) -> None:
        self._db.close()


_DDL_TYPES = (
    (re.compile(r"\bINTEGER PRIMARY KEY\b"), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),  # bytewise, as SQLite compares and sorts
)
_SCHEMA_TABLE = "dealpipe_schema"


@lru_cache(maxsize=512)
def _postgres_sql(sql: str) -> str:
    """`?` placeholders as `%s` (a literal `%` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _PostgresRow(tuple[Any, ...]):
    """A tuple that also answers `row["column"]`."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self.names[key])
        return super().__getitem__(key)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or ()
    names = {column.name: index for index, column in enumerate(description)}

    def make(values: Sequence[Any]) -> _PostgresRow:
        row = _PostgresRow(values)
        row.names = names
        return row

    return make


class PostgresDatabase(Database):
    """A PostgreSQL database (psycopg 3), in the schema the URL's `search_path` names."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreUnavailable(
                "a postgresql:// store needs psycopg: pip install 'dealpipe[postgres]'"
            ) from None
        self.location = url
        self.session = _session_name()
        try:
            self._db: psycopg.Connection[Any] = psycopg.connect(
                url, autocommit=True, row_factory=_row_factory, application_name=self.session
            )
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect to {display(url)}: {exc}") from None

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self._db.execute(_postgres_sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        batch = [tuple(row) for row in rows]
        if not batch:
            return 0
        with self._db.cursor() as cursor:
            cursor.executemany(_postgres_sql(sql), batch)
            return cursor.rowcount

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        with self._db.transaction():
            # One writer at a time per schema, as `BEGIN IMMEDIATE` is in SQLite.
            self._db.execute(
                "SELECT pg_advisory_xact_lock(hashtext('dealpipe:' || current_schema()))"
            )
            yield self

    def schema_version(self) -> int:
        exists = self._db.execute("SELECT to_regclass(%s)", (_SCHEMA_TABLE,)).fetchone()
        if exists is None or exists[0] is None:
            return 0
        row = self._db.execute(f"SELECT version FROM {_SCHEMA_TABLE}").fetchone()
        return int(row[0]) if row else 0

    def set_schema_version(self, version: int) -> None:
        self._db.execute(
            f"""CREATE TABLE IF NOT EXISTS {_SCHEMA_TABLE} (
                  one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
                  version INTEGER NOT NULL)"""
        )
        self._db.execute(
            f"""INSERT INTO {_SCHEMA_TABLE} (version) VALUES (%s)
                ON CONFLICT (one) DO UPDATE SET version = excluded.version""",
            (version,),
        )

    def live_sessions(self) -> set[str]:
        rows = self._db.execute(
            """SELECT application_name FROM pg_stat_activity
               WHERE datname = current_database() AND application_name LIKE 'dealpipe:%%'"""
        )
        return {str(row[0]) for row in rows} | {self.session}

    def tables(self) -> set[str]:
        rows = self._db.execute(
            """SELECT table_name FROM information_schema.tables
               WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"""
        )
        return {str(row[0]) for row in rows}

    def close(self) -> None:
        self._db.close()

    def continue_numbering(self, table: str, column: str) -> None:
        self._db.execute(
            f"""SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max({column}), 0) + 1,
                              false) FROM {table}""",
            (table, column),
        )

    def script(self, ddl: str) -> None:
        import psycopg

        try:
            super().script(ddl)
        except psycopg.Error as exc:  # no schema to create in, no permission, ...
            where = display(self.location)
            raise StoreUnavailable(f"cannot create the store's tables in {where}: {exc}") from None

    def ddl(self, statement: str) -> str:
        for pattern, replacement in _DDL_TYPES:
            statement = pattern.sub(replacement, statement)
        return statement


def connect(location: StoreLocation) -> Database:
    """Open the store at `location`: a SQLite file or a `postgresql://` URL."""
    if is_postgres(location):
        return PostgresDatabase(str(location))
    return SqliteDatabase(Path(location))


__all__ = [
    "Database",
    "Row",
    "StoreLocation",
    "StoreUnavailable",
    "connect",
    "display",
    "is_postgres",
    "parse_location",
]
