"""The store as a dataset: ingest the linking set from a local site, export it, migrate an
old store, and re-link whatever the order articles arrived in."""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest.export import AMOUNT_COLUMNS, DEAL_COLUMNS, PARTY_COLUMNS, SITE_COLUMNS
from pipeline.ingest.store import Store, run_lock
from pipeline.models import PAYING_ROLES, Amount, Article, Deal, LinkedDeal, Party, Site, Term
from tests.ingest_support import (
    FAST,
    REPO,
    FixtureSite,
    SiteServer,
    load_site_data,
)

LINKING = REPO / "fixtures" / "linking" / "reports.json"
OLD_STORE = REPO / "fixtures" / "store" / "pipeline-v1.sql"
HALDEN = "halden-xai-ridgeback"


@dataclass
class Ingested:
    site: FixtureSite
    config: Path
    store: Path


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ingested]:
    """`dealpipe ingest --config` (real parser and NLP) over the linking set served on
    127.0.0.1; the config names a relative store and the run starts in another folder."""
    server = SiteServer()
    site = FixtureSite(server, load_site_data(LINKING))
    folder = tmp_path_factory.mktemp("dataset")
    config = folder / "conf" / "sources.toml"
    config.parent.mkdir()
    settings = "".join(f"{key} = {json.dumps(value)}\n" for key, value in FAST.items())
    config.write_text(
        f'[ingest]\nstore = "data/pipeline.db"\n{settings}'
        f'[[source]]\nname = "outlets"\nfeed = "{server.base}/feed.xml"\n'
    )
    elsewhere = tmp_path_factory.mktemp("cwd")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(elsewhere)
        result = CliRunner().invoke(main, ["ingest", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert not list(elsewhere.iterdir())  # nothing written in the current directory
    yield Ingested(site, config, config.parent / "data" / "pipeline.db")
    server.stop()


def _query(store: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(store)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _export(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", "--config", str(config), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _deal_of(store: Path, slug: str) -> str:
    rows = _query(
        store, "SELECT deal_id FROM deal_sources WHERE url LIKE ? AND position = 0", f"%/{slug}"
    )
    assert len(rows) == 1, slug
    return str(rows[0][0])


def test_reports_of_one_deal_are_one_deal_and_look_alikes_stay_apart(ingested: Ingested) -> None:
    slugs = {
        deal: [a["slug"] for a in ingested.site.articles if a["deal"] == deal]
        for deal in (HALDEN, "pellucid-xai-ridgeback1", "brightline-vantor-2026")
    }
    slugs["brightline-vantor-expansion"] = [
        a["slug"] for a in ingested.site.articles if a["deal"] == "brightline-vantor-expansion"
    ]
    ids = {
        deal: {_deal_of(ingested.store, slug) for slug in group} for deal, group in slugs.items()
    }
    assert all(len(found) == 1 for found in ids.values()), ids
    assert len(set().union(*ids.values())) == 4  # same companies, other contracts: apart


def test_tables_hold_the_reconciled_deal_and_its_reports(ingested: Ingested) -> None:
    store, deal_id = ingested.store, _deal_of(ingested.store, "halden-xai-wire")
    (row,) = _query(
        store,
        """SELECT deal_type, amount_value, amount_currency, amount_period, amount_usd,
                  source_count, first_reported, last_reported, conflict_count
           FROM deals WHERE id = ?""",
        deal_id,
    )
    assert row[0] in {"compute_contract", "lease"}  # outlets split 3 to 4 on the word
    assert row[1:6] == (1.25e9, "USD", "P1M", 1.25e9, 7)
    assert row[6][:10] == "2026-10-06" and row[7][:10] == "2026-10-14" and row[8] >= 1
    parties = _query(store, "SELECT name, role FROM deal_parties WHERE deal_id = ?", deal_id)
    assert {name for name, _ in parties} == {"Halden Labs", "xAI"}
    assert dict(parties)["Halden Labs"] in PAYING_ROLES
    sources = _query(
        store, "SELECT outlet, title, published FROM deal_sources WHERE deal_id = ?", deal_id
    )
    assert len(sources) == 7 and {"Meridian Wire", "City Tech Review"} <= {s[0] for s in sources}
    assert all(title and published for _, title, published in sources)
    (site,) = _query(store, "SELECT name, city FROM deal_sites WHERE deal_id = ?", deal_id)
    assert site == ("Ridgeback 2", "Abilene")
    pounds = _query(
        store,
        """SELECT a.value, a.usd_value, a.usd_rate_date FROM deal_amounts a JOIN deals d
           ON d.id = a.deal_id WHERE d.amount_currency = 'GBP' AND a.position = 0""",
    )
    assert pounds and all(usd > value and date == "2026-01-02" for value, usd, date in pounds)
    fk = _query(store, "PRAGMA foreign_key_list(deal_parties)")
    assert fk[0][2] == "deals" and "CASCADE" in fk[0]


def test_conflicts_say_where_outlets_disagree(ingested: Ingested) -> None:
    deal_id = _deal_of(ingested.store, "halden-xai-wire")
    deals = [
        json.loads(line) for line in _export(ingested.config, "--format", "jsonl").splitlines()
    ]
    deal = next(d for d in deals if d["id"] == deal_id)
    LinkedDeal.model_validate(deal)  # the documented shape
    amounts = next(c for c in deal["conflicts"] if c["field"] == "amounts")
    assert amounts["values"][:2] == ["$1.25 billion per month", "$1.2 billion per month"]
    wire = ingested.site.page_url("halden-xai-wire")
    assert amounts["sources"][1] == [wire] and wire not in amounts["sources"][0]
    assert len(deal["sources"]) == 7
    assert all(source["record"]["parties"] for source in deal["sources"])  # each report's own
    monthly = deal["amounts"][0]
    assert (monthly["value"], monthly["currency"], monthly["period"]) == (1.25e9, "USD", "P1M")


def test_csv_columns_a_spreadsheet_can_sort_and_sum(ingested: Ingested) -> None:
    text = _export(ingested.config, "--format", "csv", "--bom")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == DEAL_COLUMNS
    deal_id = _deal_of(ingested.store, "halden-xai-wire")
    row = next(r for r in rows if r["id"] == deal_id)
    assert float(row["amount_value"]) == 1.25e9 and row["amount_value"] == "1250000000"
    assert (row["amount_currency"], row["amount_period"], row["amount_qualifier"]) == (
        "USD",
        "P1M",
        "exact",
    )
    assert "Halden Labs (" in row["parties"] and row["paying"] == "Halden Labs"
    assert int(row["source_count"]) == 7 and "GPU Notes" in row["outlets"].split("; ")
    assert row["first_published"] == "2026-10-06" and "amounts" in row["conflicts"]
    (total,) = _query(ingested.store, "SELECT total(amount_usd) FROM deals")[0]
    assert sum(float(r["amount_usd"]) for r in rows if r["amount_usd"]) == pytest.approx(total)
    assert total > 5e10


def test_long_tables_tsv_and_filters(ingested: Ingested) -> None:
    config = ingested.config
    tsv = _export(config, "--format", "tsv", "--what", "parties", "--party", "halden")
    lines = [line.split("\t") for line in tsv.splitlines()]
    assert tuple(lines[0]) == PARTY_COLUMNS
    assert {line[2] for line in lines[1:]} == {"Halden Labs", "xAI"}
    amounts = list(
        csv.DictReader(io.StringIO(_export(config, "--format", "csv", "--what", "amounts")))
    )
    assert tuple(amounts[0]) == AMOUNT_COLUMNS and all(a["main"] in {"0", "1"} for a in amounts)
    sites = list(csv.DictReader(io.StringIO(_export(config, "--format", "csv", "--what", "sites"))))
    assert tuple(sites[0]) == SITE_COLUMNS and "Osprey Point" in {s["name"] for s in sites}
    recent = _export(config, "--format", "jsonl", "--since", "2026-10-01")
    assert recent and all(
        json.loads(line)["last_reported"] >= "2026-10-01" for line in recent.splitlines()
    )
    acquisitions = _export(config, "--format", "jsonl", "--type", "acquisition")
    found = [json.loads(line) for line in acquisitions.splitlines()]
    assert found and {d["deal_type"] for d in found} == {"acquisition"}
    bad = CliRunner().invoke(main, ["export", "--config", str(config), "--format", "csv",
                                    "--what", "articles", "--party", "x"])  # fmt: skip
    assert bad.exit_code == 2


def test_stats_and_relink_use_the_configs_store(ingested: Ingested) -> None:
    cli = CliRunner()
    stats = cli.invoke(main, ["stats", "--config", str(ingested.config)])
    assert stats.exit_code == 0 and json.loads(stats.output)["store"] == str(ingested.store)
    before = _query(ingested.store, "SELECT id, record_json FROM deals ORDER BY id")
    relinked = cli.invoke(main, ["relink", "--config", str(ingested.config)])
    assert relinked.exit_code == 0, relinked.output
    assert json.loads(relinked.output)["moved"] == 0
    assert _query(ingested.store, "SELECT id, record_json FROM deals ORDER BY id") == before
    with run_lock(ingested.store):
        busy = cli.invoke(main, ["relink", "--config", str(ingested.config)])
    assert busy.exit_code == 1 and "another `dealpipe ingest`" in busy.output


def test_store_of_schema_version_1_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript(OLD_STORE.read_text(encoding="utf-8"))
    connection.close()
    with Store(path) as store:
        assert store.schema_version == 3
        deals = {deal["id"]: deal for deal in store.deals_to_export()}
    assert set(deals) == {"tessaly-orbix", "brenna-orbix"}  # the ids are kept
    tessaly = deals["tessaly-orbix"]
    assert len(tessaly["sources"]) == 3 and tessaly["amounts"][0]["value"] == 1.2e9
    conflict = next(c for c in tessaly["conflicts"] if c["field"] == "amounts")
    assert conflict["values"] == ["$1.2 billion per month", "$1.25 billion per month"]
    assert conflict["sources"][1] == ["https://ledger.example/2026/10/02/orbix-tessaly"]
    outlets = _query(path, "SELECT url, outlet FROM deal_sources ORDER BY url")
    assert ("https://ledger.example/2026/10/02/orbix-tessaly", "ledger.example") in outlets
    assert _query(path, "SELECT count(*) FROM deal_parties") == [(4,)]
    assert _query(path, "SELECT amount_usd FROM deals WHERE id = 'brenna-orbix'") == [(4e8,)]
    assert _query(path, "SELECT count(*) FROM link_keys")[0][0] >= 4


# -- relinking whatever the arrival order ------------------------------------------------


def _record(payer: str, receiver: str, value: float, currency: str = "USD", **extra: Any) -> Deal:
    roles = extra.pop("roles", ("customer", "provider"))
    parent = extra.pop("parent", None)
    return Deal(
        id=extra.pop("id", "d"),
        deal_type=extra.pop("deal_type", "compute_contract"),
        parties=[
            Party(name=payer, role=roles[0], text=payer),
            Party(name=receiver, role=roles[1], text=receiver, parent=parent),
        ],
        amounts=[Amount(value=value, currency=currency, period="P1M", text=f"{value}")],
        term=Term(end=extra.pop("end", "2029-04"), text="until"),
        sites=[Site(name=name, text=name) for name in extra.pop("sites", [])],
    )


# url -> (published, record, true deal)
REPORTS: dict[str, tuple[str, Deal, str]] = {
    "a": ("2026-10-06", _record("Halden Labs", "xAI", 1.2e9, sites=["Ridgeback 2"]), "H"),
    "b": ("2026-10-06", _record("Halden Labs", "xAI", 1.25e9, roles=("provider", "customer")), "H"),
    "c": ("2026-10-07", _record("Halden Labs", "xAI", 9.3e8, "GBP", parent="SpaceX"), "H"),
    "d": ("2026-10-08", _record("Halden Labs Inc.", "SpaceX", 1.25e9, deal_type="lease"), "H"),
    "e": ("2026-10-08", _record("Halden", "SpaceXAI", 1.25e9, sites=["Ridgeback 2 campus"]), "H"),
    "f": ("2026-10-20", _record("Pellucid Systems", "xAI", 4e8, end="2028"), "P"),
    "g": ("2026-10-21", _record("Pellucid Systems", "xAI", 3e8, "GBP", end="2028"), "P"),
    "h": ("2026-10-22", _record("Pellucid", "SpaceXAI", 4.1e8, end="2028"), "P"),
    "i": ("2027-03-01", _record("Halden Labs", "xAI", 2.1e9, end="2031"), "X"),
}


def _groups(store: Store) -> set[frozenset[str]]:
    return {
        frozenset(source["url"].rsplit("/", 1)[-1] for source in deal["sources"])
        for deal in store.deals_to_export()
    }


def _ingest(path: Path, order: list[str]) -> set[frozenset[str]]:
    with Store(path) as store:
        for name in order:
            published, record, _ = REPORTS[name]
            url = f"http://x.example/{name}"
            article = Article(url=url, canonical_url=url, title=name, published=published)
            store.save_article(url, "src", article, name, [record])
        return _groups(store)


def test_groups_do_not_depend_on_arrival_order_and_relink_is_idempotent(tmp_path: Path) -> None:
    truth = {
        frozenset(name for name, (_, _, deal) in REPORTS.items() if deal == label)
        for label in {deal for _, _, deal in REPORTS.values()}
    }
    names = sorted(REPORTS)
    orders = [
        names,
        names[::-1],
        *(random.Random(seed).sample(names, len(names)) for seed in range(4)),
    ]
    for number, order in enumerate(orders):
        path = tmp_path / f"s{number}.db"
        assert _ingest(path, order) == truth, order
        with Store(path) as store:
            before = store.deals_to_export()
            first = store.relink()
            assert (first.moved, first.changed) == (0, 0)
            assert store.deals_to_export() == before
    for number, trio in enumerate(itertools.permutations(["a", "f", "i"])):
        assert len(_ingest(tmp_path / f"p{number}.db", list(trio))) == 3  # three deals
