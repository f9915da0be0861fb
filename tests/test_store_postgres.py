"""The PostgreSQL store: the same deals, tables and exports as SQLite over the fixture site,
the same migration, and several ingesters at once on one store (each URL fetched once).

Needs the test server of `scripts/postgres` (`DEALPIPE_TEST_POSTGRES`); see
`tests/conftest.py::postgres_schema`."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest.config import parse_config
from pipeline.ingest.copy import table_order
from pipeline.ingest.database import StoreLocation, connect, display, is_postgres, parse_location
from pipeline.ingest.discovery import Candidate
from pipeline.ingest.store import MIGRATIONS, Store
from tests.conftest import postgres_schema
from tests.ingest_support import (
    ALIAS_SLUG,
    FAST,
    REPO,
    FixtureSite,
    SiteServer,
    example_config_text,
)

DEALPIPE = [sys.executable, "-m", "pipeline"]
OLD_STORE = REPO / "fixtures" / "store" / "pipeline-v1.sql"
ARTICLE_PATHS = r"^/(news|amp)/"
TABLES = (
    "sources",
    "urls",
    "articles",
    "deals",
    "deal_parties",
    "deal_amounts",
    "deal_sites",
    "deal_conflicts",
    "deal_sources",
    "link_keys",
    "link_names",
)
AMP, NEWS = "/amp/", "/news/"  # one page under two URLs: either may be fetched first
# When a row was written, by whom, and the SQLite rowid of an article: not the content.
VOLATILE = {
    "first_seen",
    "updated_at",
    "last_seen",
    "discovered_at",
    "fetched_at",
    "last_polled",
    "claimed_by",
    "claimed_until",
}


@dataclass
class Stores:
    site: FixtureSite
    config: Path
    sqlite: Path
    postgres: str


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stores]:
    """`dealpipe ingest` (real parser and NLP) over the fixture site twice: into a SQLite
    file and into a PostgreSQL store given by `--store postgresql://...`."""
    with postgres_schema() as url:
        server = SiteServer()
        site = FixtureSite(server)
        folder = tmp_path_factory.mktemp("both")
        config = folder / "sources.toml"
        config.write_text(example_config_text(server.base, **FAST))
        sqlite_path = folder / "pipeline.db"
        for store in (str(sqlite_path), url):
            result = CliRunner().invoke(
                main,
                ["ingest", "--config", str(config), "--store", store],
                catch_exceptions=False,
            )
            assert result.exit_code == 0, result.output
        try:
            yield Stores(site, config, sqlite_path, url)
        finally:
            server.stop()


def _cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _read(location: StoreLocation, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows, straight from the database (not through the store)."""
    if is_postgres(location):
        with psycopg.connect(str(location)) as pg:
            cursor = pg.execute(sql.encode())
            names = [column.name for column in cursor.description or ()]
            return names, [tuple(row) for row in cursor.fetchall()]
    lite = sqlite3.connect(location)
    try:
        found = lite.execute(sql)
        return [column[0] for column in found.description], found.fetchall()
    finally:
        lite.close()


def _labels(location: StoreLocation) -> dict[str, str]:
    """Deal id -> the URLs of its reports. Which id a group of reports keeps depends on
    the order its articles arrived in (a race between fetch workers), the group does not."""
    groups: dict[str, set[str]] = {}
    for deal_id, url in _read(location, "SELECT deal_id, url FROM deal_sources")[1]:
        groups.setdefault(str(deal_id), set()).add(_one_page(str(url)))
    return {deal_id: "deal of " + " ".join(sorted(urls)) for deal_id, urls in groups.items()}


def _table(location: StoreLocation, table: str) -> list[tuple[Any, ...]]:
    """A table's content: write times dropped, article ids replaced by their URLs and
    deal ids by their reports' URLs."""
    url_of = dict(_read(location, "SELECT id, canonical_url FROM articles")[1])
    labels = _labels(location)
    names, rows = _read(location, f"SELECT * FROM {table}")
    content = []
    for row in rows:
        kept = []
        for name, value in zip(names, row, strict=True):
            if name in VOLATILE or (table == "articles" and name == "id"):
                continue
            if name == "article_id" and value:
                value = url_of[value]
            elif name == "deal_id" or (table == "deals" and name == "id"):
                value = labels[value]
            elif table == "urls" and name in ("etag", "last_modified") and ALIAS_SLUG in row[0]:
                value = None  # the validators go to whichever URL of the page was fetched
            elif table == "deals" and name == "record_json":
                value = json.dumps(json.loads(value) | {"id": None}, sort_keys=True)
            kept.append(_one_page(value))
        content.append(tuple(kept))
    return sorted(content, key=repr)


def _one_page(value: Any) -> Any:
    """The alias page's URLs as one: which of them a run fetched first is a race."""
    return value.replace(AMP, NEWS) if isinstance(value, str) else value


def _export(location: StoreLocation, *args: str) -> list[str]:
    """`dealpipe export` as sorted JSON lines, deal ids replaced as in `_table`."""
    labels = _labels(location)
    output = _cli("export", "--store", str(location), *args)
    if "jsonl" in args:
        rows = [json.loads(line) for line in output.splitlines()]
    else:
        delimiter = "\t" if "tsv" in args else ","
        rows = list(csv.DictReader(io.StringIO(output), delimiter=delimiter))
    for row in rows:
        for key in ("id", "deal_id"):
            if key in row:
                row[key] = labels[row[key]]
        if "deal_ids" in row:
            row["deal_ids"] = sorted(labels[i] for i in row["deal_ids"].split())
    return sorted(_one_page(json.dumps(row, sort_keys=True)) for row in rows)


def test_postgres_round_trip_gives_the_deals_tables_and_exports_of_sqlite(stores: Stores) -> None:
    deals = _export(stores.postgres, "--format", "jsonl")
    assert len(deals) >= 10
    assert deals == _export(stores.sqlite, "--format", "jsonl")
    for what in ("articles", "parties", "amounts", "sites"):
        args = ("--format", "csv", "--what", what)
        assert _export(stores.postgres, *args) == _export(stores.sqlite, *args), what
    filtered = ("--format", "tsv", "--party", "acme", "--since", "2026-01-01")
    assert _export(stores.postgres, *filtered) == _export(stores.sqlite, *filtered)
    for table in TABLES:
        rows = _table(stores.postgres, table)
        assert rows, table
        assert rows == _table(stores.sqlite, table), table


def test_stats_and_relink_on_postgres(stores: Stores) -> None:
    pg = json.loads(_cli("stats", "--store", stores.postgres))
    lite = json.loads(_cli("stats", "--store", str(stores.sqlite)))
    assert pg["store"] == stores.postgres and pg["schema_version"] == len(MIGRATIONS)
    same = ("sources", "urls", "articles", "deals", "deal_links", "deals_with_conflicts")
    assert {key: pg[key] for key in same} == {key: lite[key] for key in same}
    assert pg["urls"] == {"ok": 35} and pg["articles"] == 34
    assert pg["last_run"]["summary"]["new_articles"] == 34
    written = (stores.config.parent / "output" / "deals.jsonl").read_text().splitlines()
    assert {json.loads(line)["id"] for line in written} == {
        row[0] for row in _read(stores.postgres, "SELECT id FROM deals")[1]
    }
    before = _table(stores.postgres, "deals")
    assert json.loads(_cli("relink", "--store", stores.postgres))["moved"] == 0
    assert _table(stores.postgres, "deals") == before


def test_commands_refuse_an_empty_postgres_database(postgres_store: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--store", postgres_store])
    assert result.exit_code == 1 and "no store at" in result.output
    assert _read(
        postgres_store, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
    )[1] == [(0,)]


def test_ingest_into_a_schema_that_does_not_exist_fails_in_one_line(
    postgres_store: str, tmp_path: Path
) -> None:
    config = tmp_path / "sources.toml"
    config.write_text('[[source]]\nname = "none"\nurls = []\n')
    missing = postgres_store.replace("%3Dtest_", "%3Dmissing_")
    result = CliRunner().invoke(main, ["ingest", "--config", str(config), "--store", missing])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "cannot create the store's tables" in result.output


def test_config_names_a_postgres_store(stores: Stores, tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    text = stores.config.read_text().replace(
        "[ingest]\n", f'[ingest]\nstore = "{stores.postgres}"\n'
    )
    config.write_text(text)
    assert parse_config(tomllib.loads(text)).ingest.store == stores.postgres
    stats = json.loads(_cli("stats", "--config", str(config)))
    assert stats["store"] == stores.postgres and stats["articles"] == 34


# -- migration -------------------------------------------------------------------------------


def _version_1_store(location: StoreLocation) -> None:
    """The rows of the version-1 fixture store, written into a version-1 schema."""
    old = sqlite3.connect(":memory:")
    old.executescript(OLD_STORE.read_text(encoding="utf-8"))
    db = connect(location)
    try:
        with db.transaction():
            db.script(MIGRATIONS[0])
            db.set_schema_version(1)
            for table in ("sources", "articles", "urls", "deals", "deal_parties", "deal_sources"):
                cursor = old.execute(f"SELECT * FROM {table}")
                names = [column[0] for column in cursor.description]
                marks = ", ".join("?" * len(names))
                db.executemany(
                    f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", cursor.fetchall()
                )
    finally:
        db.close()
        old.close()


def test_postgres_store_of_schema_version_1_is_migrated_as_sqlite(
    postgres_store: str, tmp_path: Path
) -> None:
    sqlite_path = tmp_path / "old.db"
    for location in (postgres_store, sqlite_path):
        _version_1_store(location)
    migrated = {}
    for location in (postgres_store, sqlite_path):
        with Store(location) as store:
            assert store.schema_version == len(MIGRATIONS)
            migrated[str(location)] = store.deals_to_export()
    deals = {deal["id"]: deal for deal in migrated[postgres_store]}
    assert set(deals) == {"tessaly-orbix", "brenna-orbix"}
    assert len(deals["tessaly-orbix"]["sources"]) == 3
    assert deals["tessaly-orbix"]["amounts"][0]["value"] == 1.2e9
    assert migrated[postgres_store] == migrated[str(sqlite_path)]
    for table in ("deals", "deal_parties", "deal_amounts", "deal_sources", "link_keys"):
        assert _table(postgres_store, table) == _table(sqlite_path, table), table
    assert _read(postgres_store, "SELECT amount_usd FROM deals WHERE id = 'brenna-orbix'")[1] == [
        (4e8,)
    ]


# -- several ingesters ---------------------------------------------------------------------


def _articles_stored(store: str) -> int:
    """Articles in a store that may not have its tables yet."""
    if _read(store, "SELECT to_regclass('articles') IS NOT NULL")[1] != [(True,)]:
        return 0
    return int(_read(store, "SELECT count(*) FROM articles")[1][0][0])


def _slow_site(server: SiteServer) -> FixtureSite:
    """The fixture site with article pages answered after 0.3 s (so ingesters overlap)."""
    site = FixtureSite(server)
    for path, handler in list(server.routes.items()):
        if path.startswith(("/news/", "/amp/")):
            server.static(path, replace(handler({}), delay=0.3))
    return site


def _ingester(config: Path, store: str, jsonl: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*DEALPIPE, "ingest", "--config", str(config), "--store", store, "--jsonl-out", str(jsonl)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _same_deals(store: str, site: FixtureSite, stores: Stores) -> None:
    """The store holds the distinct deals of one ingester on SQLite (site addresses aside)."""
    deals = _export(store, "--format", "jsonl")
    one = _export(stores.sqlite, "--format", "jsonl")
    assert sorted(line.replace(site.base, "") for line in deals) == sorted(
        line.replace(stores.site.base, "") for line in one
    )


def test_two_ingesters_on_one_postgres_store_fetch_each_url_once(
    stores: Stores, postgres_store: str, tmp_path: Path
) -> None:
    server = SiteServer()
    try:
        site = _slow_site(server)
        config = tmp_path / "sources.toml"
        config.write_text(example_config_text(server.base, **FAST))
        jsonl = [tmp_path / "deals-1.jsonl", tmp_path / "deals-2.jsonl"]
        # Both open the empty schema at once: it is migrated once.
        processes = [_ingester(config, postgres_store, out) for out in jsonl]
        summaries = []
        for process in processes:
            out, err = process.communicate(timeout=300)
            assert process.returncode == 0, err.decode()[-2000:]
            summaries.append(json.loads(out.decode().splitlines()[-1]))
        hits = Counter(hit.path.split("?", 1)[0] for hit in server.hits(ARTICLE_PATHS))
    finally:
        server.stop()
    repeated = {path: count for path, count in hits.items() if count > 1}
    assert not repeated, f"fetched more than once: {repeated}"
    fetched = [summary["fetched"] for summary in summaries]
    assert min(fetched) > 0 and sum(fetched) == len(hits), fetched  # both did part of it
    assert sum(summary["new_articles"] for summary in summaries) == 34
    with Store(postgres_store) as store:
        stats = store.stats()
        assert {a["canonical_url"] for a in store.articles()} == site.expected_urls()
    assert stats["articles"] == 34 and stats["urls"] == {"ok": 35} and stats["runs"] == 2
    claimed = "SELECT count(*) FROM urls WHERE claimed_by IS NOT NULL"
    assert _read(postgres_store, claimed)[1] == [(0,)]
    _same_deals(postgres_store, site, stores)
    written = {json.loads(line)["id"] for out in jsonl for line in out.read_text().splitlines()}
    assert written == {row[0] for row in _read(postgres_store, "SELECT id FROM deals")[1]}


def test_urls_of_a_killed_ingester_are_taken_by_the_next_at_once(
    stores: Stores, postgres_store: str, tmp_path: Path
) -> None:
    server = SiteServer()
    try:
        site = _slow_site(server)
        config = tmp_path / "sources.toml"
        config.write_text(example_config_text(server.base, **FAST))
        victim = _ingester(config, postgres_store, tmp_path / "deals-1.jsonl")
        deadline = time.monotonic() + 120
        while victim.poll() is None and time.monotonic() < deadline:
            if _articles_stored(postgres_store) >= 4:
                break
            time.sleep(0.05)
        assert victim.poll() is None, "the run finished before it could be killed"
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        stored_at_kill = _articles_stored(postgres_store)
        assert stored_at_kill < 34
        claimed = "SELECT count(*) FROM urls WHERE claimed_by IS NOT NULL"
        assert _read(postgres_store, claimed)[1][0][0] > 0  # left behind by the killed run
        after = _ingester(config, postgres_store, tmp_path / "deals-2.jsonl")
        out, err = after.communicate(timeout=300)
        assert after.returncode == 0, err.decode()[-2000:]
    finally:
        server.stop()
    summary = json.loads(out.decode().splitlines()[-1])
    assert summary["clean"] and summary["new_articles"] == 34 - stored_at_kill
    with Store(postgres_store) as store:
        assert {a["canonical_url"] for a in store.articles()} == site.expected_urls()
        assert store.stats()["urls"] == {"ok": 35}
    _same_deals(postgres_store, site, stores)


def test_a_claimed_url_is_left_to_its_ingester_until_it_is_gone(postgres_store: str) -> None:
    first, second = Store(postgres_store), Store(postgres_store)
    try:
        first.add_candidates("src", [Candidate("http://x.example/a")])
        listed = second.due_articles(["src"], 5)
        assert [state.url for state in listed] == ["http://x.example/a"]
        assert first.claim(listed[0]) is not None
        assert second.claim(listed[0]) is None
        assert second.due_articles(["src"], 5) == []
        first.close()  # a killed ingester's session ends: its claims are free at once
        deadline = time.monotonic() + 10
        while (claimed := second.claim(listed[0])) is None and time.monotonic() < deadline:
            time.sleep(0.02)  # the server ends the closed session within milliseconds
        assert claimed is not None and claimed.url == "http://x.example/a"
        run = second.start_run()
        second.finish_run(run, {})
        third = Store(postgres_store)
        try:
            assert [state.url for state in third.due_articles(["src"], 5)] == [listed[0].url]
        finally:
            third.close()
    finally:
        second.close()


def test_store_locations_and_their_display() -> None:
    assert parse_location("postgresql://u@db/deals") == "postgresql://u@db/deals"
    assert parse_location("output/pipeline.db") == Path("output/pipeline.db")
    secret = "postgresql://u:hunter2@db.internal:5433/deals?sslmode=require"
    assert display(secret) == "postgresql://u:***@db.internal:5433/deals?sslmode=require"
    assert display(Path("a/b.db")) == "a/b.db"
    relative = parse_config(
        {"ingest": {"store": "data/p.db"}, "source": [{"name": "s", "urls": []}]},
        origin="/etc/dp/sources.toml",
    )
    assert relative.ingest.store == Path("/etc/dp/data/p.db")


def _rows(location: StoreLocation, table: str) -> list[tuple[Any, ...]]:
    return sorted(_read(location, f"SELECT * FROM {table}")[1], key=repr)


def test_copy_store_copies_a_sqlite_store_into_postgres_row_for_row(
    stores: Stores, postgres_store: str, tmp_path: Path
) -> None:
    tables = table_order()
    assert set(TABLES) | {"runs"} == set(tables)
    copied = CliRunner().invoke(main, ["copy-store", str(stores.sqlite), postgres_store])
    assert copied.exit_code == 0, copied.output
    summary = json.loads(copied.stdout)
    for table in tables:
        rows = _rows(stores.sqlite, table)
        assert rows == _rows(postgres_store, table), table  # ids and write times included
        assert summary["read"][table] == summary["added"][table] == len(rows), table
        if rows:
            assert f"copy-store: {table} {len(rows)} rows" in copied.stderr
    assert _export(postgres_store, "--format", "jsonl") == _export(
        stores.sqlite, "--format", "jsonl"
    )
    # Again: nothing is added, nothing changes.
    again = CliRunner().invoke(main, ["copy-store", str(stores.sqlite), postgres_store])
    assert again.exit_code == 0, again.output
    assert set(json.loads(again.stdout)["added"].values()) == {0}
    for table in tables:
        assert _rows(stores.sqlite, table) == _rows(postgres_store, table), table
    # New rows are numbered after the copied ones.
    with Store(postgres_store) as store:
        run = store.start_run()
    assert run == 1 + max(row[0] for row in _rows(stores.sqlite, "runs"))
    # A store of other articles is not mixed into the copy.
    other = tmp_path / "other.db"
    with Store(other) as store, store.transaction() as db:
        db.execute(
            """INSERT INTO articles (id, url, canonical_url, content_hash, article_json,
                                     first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (1, "https://elsewhere.example/a", "https://elsewhere.example/a", "h", "{}", "t", "t"),
        )
    refused = CliRunner().invoke(main, ["copy-store", str(other), postgres_store])
    assert refused.exit_code == 1
    assert "holds articles of another store" in refused.stderr
