"""End to end over the fixture news site: first run, re-runs, new and changed articles."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest.runner import RunSummary
from pipeline.ingest.store import Store
from tests.ingest_support import (
    ALIAS_SLUG,
    FAST,
    FixtureSite,
    LiteProcessor,
    SiteServer,
    example_config_text,
    run_ingest,
)

ARTICLE_PATHS = r"^/(news|amp)/"
LISTINGS = r"^/(feed\.xml|atom\.xml|feed\.json|sitemap_index\.xml|sitemaps/)"


@dataclass
class FirstRun:
    server: SiteServer
    site: FixtureSite
    config: str
    store: Path
    jsonl: Path
    summary: RunSummary


@pytest.fixture(scope="module")
def server() -> Iterator[SiteServer]:
    site_server = SiteServer()
    yield site_server
    site_server.stop()


@pytest.fixture(scope="module")
def first_run(server: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    """The real pipeline (parser + NLP) over the whole site, once for the module."""
    site = FixtureSite(server)
    folder = tmp_path_factory.mktemp("first")
    config = example_config_text(server.base, **FAST)
    store, jsonl = folder / "pipeline.db", folder / "deals.jsonl"
    summary = run_ingest(config, store, jsonl_out=jsonl)
    return FirstRun(server, site, config, store, jsonl, summary)


@pytest.fixture
def run(first_run: FirstRun, tmp_path: Path) -> Iterator[FirstRun]:
    """A copy of the first run's store, and the site restored after the test."""
    store, jsonl = tmp_path / "pipeline.db", tmp_path / "deals.jsonl"
    shutil.copy(first_run.store, store)
    shutil.copy(first_run.jsonl, jsonl)
    first_run.server.clear_log()
    yield FirstRun(
        first_run.server, first_run.site, first_run.config, store, jsonl, first_run.summary
    )
    first_run.site.articles = [dict(item) for item in first_run.site.data["articles"]]
    first_run.site.render()


def _groups(store: Path) -> dict[str, set[str]]:
    with Store(store) as db:
        return {deal["id"]: {s["url"] for s in deal["sources"]} for deal in db.deals_to_export()}


def _count(store: Path, table: str) -> int:
    connection = sqlite3.connect(store)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_first_run_stores_every_article_once(first_run: FirstRun) -> None:
    summary, site = first_run.summary, first_run.site
    assert summary.clean, summary.as_dict()
    assert summary.sources_polled == 5
    assert summary.new_articles == 34
    with Store(first_run.store) as db:
        stored = {article["canonical_url"] for article in db.articles()}
        urls = [row[0] for row in db._db.execute("SELECT url FROM urls")]
    assert stored == site.expected_urls()
    assert not [url for url in urls if "utm_" in url or "#" in url]
    alias = f"{site.base}/amp/{ALIAS_SLUG}"
    assert alias in urls and site.page_url(ALIAS_SLUG) in stored


def test_first_run_finds_the_right_deals_and_links_reports(first_run: FirstRun) -> None:
    site = first_run.site
    with Store(first_run.store) as db:
        deals = {
            frozenset(s["url"].rsplit("/", 1)[-1] for s in deal["sources"]): deal
            for deal in db.deals_to_export()
        }
    problems = []
    for key, urls in site.expected_groups().items():
        slugs = frozenset(url.rsplit("/", 1)[-1] for url in urls)
        parties = set(site.data["deals"][key]["parties"])
        if slugs not in deals:
            problems.append(f"{key}: no deal reported by exactly {sorted(slugs)}")
        elif not parties <= {party["name"] for party in deals[slugs]["parties"]}:
            problems.append(f"{key}: parties {[p['name'] for p in deals[slugs]['parties']]}")
    unexpected = [
        sorted(slugs)
        for slugs in deals
        if not any(
            slugs == frozenset(url.rsplit("/", 1)[-1] for url in urls)
            for urls in site.expected_groups().values()
        )
    ]
    assert not problems and not unexpected, f"{problems}; unexpected deals: {unexpected}"
    lines = [json.loads(line) for line in first_run.jsonl.read_text().splitlines()]
    assert {line["id"] for line in lines} == {deal["id"] for deal in deals.values()}
    assert all(line["sources"] and line["parties"] for line in lines)


def test_second_run_fetches_no_article_and_adds_nothing(run: FirstRun) -> None:
    before = {t: _count(run.store, t) for t in ("articles", "deals", "deal_sources")}
    jsonl_before = run.jsonl.read_text()
    summary = run_ingest(run.config, run.store, jsonl_out=run.jsonl)
    assert summary.clean and summary.new_articles == summary.fetched == 0
    assert summary.deals_new == summary.deals_linked == 0
    assert run.server.hits(ARTICLE_PATHS) == []
    listings = run.server.hits(LISTINGS)
    assert len(listings) == 6
    assert all("if-none-match" in hit.headers and hit.status == 304 for hit in listings)
    assert {t: _count(run.store, t) for t in before} == before
    assert run.jsonl.read_text() == jsonl_before


def test_new_article_in_feed_is_the_only_article_fetched(run: FirstRun) -> None:
    extra = run.site.publish_extra()
    summary = run_ingest(run.config, run.store, jsonl_out=run.jsonl, processor=LiteProcessor())
    assert [hit.path for hit in run.server.hits(ARTICLE_PATHS)] == [f"/news/{extra['slug']}"]
    assert summary.new_articles == 1 and summary.clean
    assert _count(run.store, "articles") == 35


def test_changed_article_is_re_extracted_and_its_deals_updated(run: FirstRun) -> None:
    slug = "orbital-compute-lands-acme"
    groups_before = _groups(run.store)
    links_before = _count(run.store, "deal_sources")
    run.site.edit(
        slug,
        [
            "Acme Cloud has agreed to pay Orbital Compute $40 million a month for the GPU "
            "capacity of its Reno, Nevada data center.",
            "The contract runs until June 2031, the companies said on Monday. "
            "Correction: an earlier version gave a different monthly amount.",
        ],
        "2026-11-18T09:00:00+00:00",
    )
    summary = run_ingest(run.config, run.store, jsonl_out=run.jsonl)
    assert [hit.path for hit in run.server.hits(ARTICLE_PATHS)] == [f"/news/{slug}"]
    assert (summary.updated_articles, summary.new_articles, summary.deals_new) == (1, 0, 0)
    assert _count(run.store, "articles") == 34
    assert _count(run.store, "deal_sources") == links_before
    assert _groups(run.store) == groups_before  # same deal ids, same sources


def test_export_and_stats_commands(first_run: FirstRun, tmp_path: Path) -> None:
    cli = CliRunner()
    store = str(first_run.store)
    result = cli.invoke(main, ["export", "--store", store, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    deals = [json.loads(line) for line in result.output.splitlines()]
    assert len(deals) == len(_groups(first_run.store))
    assert {"id", "deal_type", "parties", "amounts", "term", "sites", "sources"} <= set(deals[0])
    assert {"url", "title", "published", "outlet", "record"} == set(deals[0]["sources"][0])
    out = tmp_path / "articles.csv"
    result = cli.invoke(
        main, ["export", "--store", store, "--format", "csv", "--what", "articles", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 35
    result = cli.invoke(main, ["stats", "--store", store])
    stats = json.loads(result.output)
    assert stats["articles"] == 34 and stats["deals"] == len(deals)
    assert stats["urls"] == {"ok": 35}
    missing = cli.invoke(main, ["stats", "--store", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no store" in missing.output


def test_seed_deal_reported_by_several_outlets_is_one_deal(first_run: FirstRun) -> None:
    """Anthropic-xAI as a wire brief, an analysis, a "Musk's SpaceX" story and a contract
    value brief: "$1.2 billion per month", "around $1.25 billion", "$1.25bn a month"."""
    site = first_run.site
    reports = {
        site.page_url(a["slug"]): a for a in site.articles if a.get("deal") == "anthropic-xai"
    }
    assert len(reports) == 4
    result = CliRunner().invoke(
        main, ["export", "--store", str(first_run.store), "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    exported = [json.loads(line) for line in result.output.splitlines()]
    seed = [
        deal
        for deal in exported
        if {"anthropic", "xai"} <= {party["name"].casefold() for party in deal["parties"]}
    ]
    assert len(seed) == 1, [deal["sources"] for deal in seed]
    deal = seed[0]
    assert {source["url"] for source in deal["sources"]} == set(reports)
    for source in deal["sources"]:
        article = reports[source["url"]]
        assert source["title"] == article["title"]
        assert source["published"] is not None
        assert source["published"][:10] == article["published"][:10]
    monthly = [a for a in deal["amounts"] if a["period"] == "P1M" and a["currency"] == "USD"]
    assert monthly and all(1.2e9 <= a["value"] <= 1.25e9 for a in monthly)
    assert deal["term"]["end"] == "2029-05"
    with Store(first_run.store) as db:
        stored = [d for d in db.deals_to_export() if d["id"] == deal["id"]]
        linked = {a["canonical_url"] for a in db.articles() if deal["id"] in a["deal_ids"]}
    assert len(stored) == 1 and linked == set(reports)


def test_ingest_with_nlp_processes_stores_the_same_deals(run: FirstRun, tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text(run.config, encoding="utf-8")
    store = tmp_path / "two.db"
    result = CliRunner().invoke(
        main, ["ingest", "--config", str(config), "--store", str(store), "--processes", "2"]
    )
    assert result.exit_code == 0, result.output
    assert _groups(store) == _groups(run.store)
    assert _count(store, "articles") == _count(run.store, "articles") == 34
