"""Pure parts of ingestion: URLs, config, discovery, dedupe, store transactions, export."""

from __future__ import annotations

import gzip
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.ingest.aliases import normalize_party
from pipeline.ingest.config import ConfigError, load_config, parse_config, parse_duration
from pipeline.ingest.dedupe import same_deal
from pipeline.ingest.discovery import (
    Candidate,
    DiscoveryError,
    filter_candidates,
    gunzip_if_needed,
    parse_feed,
    parse_sitemap,
)
from pipeline.ingest.export import to_csv
from pipeline.ingest.store import SaveOutcome, Store
from pipeline.ingest.urls import normalize_url
from pipeline.models import Amount, Article, Deal, Party, Term
from tests.ingest_support import EXAMPLE_CONFIG, render_atom, render_json_feed, render_rss

# -- URLs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM:80/a?b=2&a=1#frag", "http://example.com/a?a=1&b=2"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        (
            "https://news.example/p?utm_source=rss&utm_medium=x&id=7&fbclid=abc&gclid=1&mc_cid=2",
            "https://news.example/p?id=7",
        ),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


# -- config -----------------------------------------------------------------------------


def test_example_config_is_valid_and_documents_defaults() -> None:
    config = load_config(EXAMPLE_CONFIG)
    assert [source.kind for source in config.source] == ["feed", "feed", "feed", "sitemap", "urls"]
    assert config.ingest.per_host_concurrency == 2
    assert config.ingest.per_host_delay == 1.0
    sitemaps = config.source[3]
    assert sitemaps.effective(config.ingest).timeout == 30.0
    assert config.source[2].max_age == timedelta(days=3650)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"source": [{"name": "a"}]}, "[[source]] #1 ('a'): needs exactly one of feed"),
        (
            {"source": [{"name": "a", "feed": "http://x/f", "urls": ["http://x/"]}]},
            "found: feed, urls",
        ),
        (
            {"ingest": {"per_host_delay": -1}, "source": [{"name": "a", "feed": "u"}]},
            "ingest.per_host_delay",
        ),
        (
            {"ingest": {"colour": "red"}, "source": [{"name": "a", "feed": "u"}]},
            "unknown key ingest.colour",
        ),
        ({"source": [{"name": "a", "feed": "u", "max_age": "soon"}]}, "max_age: not a duration"),
        ({"source": [{"name": "a", "feed": "u", "include": ["("]}]}, "bad regular expression"),
        (
            {"source": [{"name": "a", "feed": "u"}, {"name": "a", "sitemap": "v"}]},
            "duplicate source name: a",
        ),
        ({}, "source"),
    ],
)
def test_bad_config_is_one_line_naming_the_key(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_config(data)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_config_file_that_is_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[ingest\nconcurrency = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_durations() -> None:
    assert parse_duration("15m") == timedelta(minutes=15)
    assert parse_duration("7d") == timedelta(days=7)
    assert parse_duration("250ms") == timedelta(milliseconds=250)
    with pytest.raises(ValueError):
        parse_duration("0s")


# -- discovery --------------------------------------------------------------------------

ITEMS = [
    {
        "slug": "one",
        "title": "One",
        "published": "2026-11-20T10:00:00+00:00",
        "author": "A",
        "paragraphs": ["x"],
    },
    {
        "slug": "two",
        "title": "Two & more",
        "published": "2026-11-21T10:00:00+00:00",
        "updated": "2026-11-22T09:00:00+00:00",
        "author": "B",
        "paragraphs": ["y"],
    },
]


def test_rss_atom_and_json_feeds_give_the_same_candidates() -> None:
    base = "http://site.test"
    for body in (render_rss(ITEMS, base), render_atom(ITEMS, base), render_json_feed(ITEMS, base)):
        found = parse_feed(body, f"{base}/feed")
        assert [c.url for c in found] == [f"{base}/news/one", f"{base}/news/two"]
        assert found[1].lastmod == datetime(2026, 11, 22, 9, tzinfo=UTC)


def test_feed_that_is_not_a_feed() -> None:
    with pytest.raises(DiscoveryError, match="not an RSS, Atom or JSON feed"):
        parse_feed(b"<html><body><p>Welcome to our site</p></body></html>", "http://x/feed")
    with pytest.raises(DiscoveryError):
        parse_feed(b"{not json", "http://x/feed.json")


def test_sitemap_index_gzip_child_and_google_news() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>http://x/a.xml.gz</loc></sitemap><sitemap><loc>/b.xml</loc></sitemap>
      </sitemapindex>"""
    assert parse_sitemap(index, "http://x/index.xml").children == [
        "http://x/a.xml.gz",
        "http://x/b.xml",
    ]
    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>http://x/n1</loc><news:news><news:publication_date>2026-11-20T08:00:00Z
      </news:publication_date><news:title>T</news:title></news:news></url>
      <url><loc>http://x/n2?utm_source=s</loc><lastmod>2026-11-21</lastmod></url></urlset>"""
    content = parse_sitemap(gunzip_if_needed(gzip.compress(urlset), max_bytes=10_000), "http://x/")
    assert [c.url for c in content.candidates] == ["http://x/n1", "http://x/n2"]
    assert content.candidates[0].published == datetime(2026, 11, 20, 8, tzinfo=UTC)
    assert content.candidates[1].lastmod == datetime(2026, 11, 21, tzinfo=UTC)
    with pytest.raises(DiscoveryError, match="inflates past"):
        gunzip_if_needed(gzip.compress(b"x" * 50_000), max_bytes=1000)
    with pytest.raises(DiscoveryError, match="not an XML sitemap"):
        parse_sitemap(b"User-agent: *", "http://x/sitemap.xml")


def test_filters_include_exclude_and_age() -> None:
    import re

    now = datetime(2026, 11, 27, tzinfo=UTC)
    candidates = [
        Candidate("http://x/news/a", published=now - timedelta(days=1)),
        Candidate("http://x/news/old", published=now - timedelta(days=30)),
        Candidate("http://x/video/b"),
        Candidate("http://x/news/undated"),
        Candidate("http://x/news/a"),
    ]
    kept = filter_candidates(
        candidates,
        include=[re.compile("/news/")],
        exclude=[re.compile("undated")],
        max_age=timedelta(days=7),
        now=now,
    )
    assert [c.url for c in kept] == ["http://x/news/a"]


# -- dedupe -----------------------------------------------------------------------------


def _deal(
    payer: str,
    receiver: str,
    value: float,
    *,
    period: str | None = "P1M",
    end: str | None = "2029-05",
    deal_type: str = "compute_contract",
    deal_id: str = "d",
) -> Deal:
    return Deal.model_validate(
        {
            "id": deal_id,
            "deal_type": deal_type,
            "parties": [
                Party(name=payer, role="customer", text=payer),
                Party(name=receiver, role="provider", text=receiver),
            ],
            "amounts": [Amount(value=value, currency="USD", period=period, text=f"{value}")],
            "term": Term(end=end, text="until") if end else None,
        }
    )


def test_same_deal_despite_rounding_and_wording() -> None:
    a = _deal("Anthropic", "xAI", 1.25e9)
    assert same_deal(a, _deal("Anthropic PBC", "xAI Corp.", 1.2e9))
    assert same_deal(a, _deal("anthropic", "XAI", 1.25e9, end=None))
    assert not same_deal(a, _deal("Anthropic", "xAI", 0.5e9))  # another contract
    assert not same_deal(a, _deal("Anthropic", "Orbital", 1.25e9))
    assert not same_deal(a, _deal("Anthropic", "xAI", 1.25e9, end="2033"))
    assert not same_deal(
        _deal("Anthropic", "xAI", 1.25e9, end=None),
        _deal("Anthropic", "xAI", 1.25e9, end=None, period=None, deal_type="acquisition"),
    )
    swapped = _deal("xAI", "Anthropic", 1.2e9, deal_type="acquisition")  # roles, type wrong
    assert same_deal(a, swapped)
    assert same_deal(a, _deal("Anthropic", "xAI", 1.25e9, deal_type="lease"))
    assert same_deal(a, _deal("Anthropic", "xAI", 15e9, period="P1Y"))  # not comparable
    assert normalize_party("The Acme Holdings, Inc.") == "acme"
    lone = _deal("Anthropic", "xAI", 1.24e9).model_copy(update={"parties": a.parties[:1]})
    assert same_deal(lone, a)  # one party named, same monthly amount
    assert not same_deal(lone, _deal("Anthropic", "xAI", 0.3e9, end=None))
    assert not same_deal(
        lone.model_copy(update={"amounts": [], "term": None}), _deal("Anthropic", "Orbital", 1)
    )


def test_same_deal_when_one_report_names_the_parent_company() -> None:
    subsidiary = _deal("Anthropic", "xAI", 1.25e9, deal_type="lease")
    provider = subsidiary.parties[1].model_copy(update={"parent": "SpaceX Corp."})
    subsidiary = subsidiary.model_copy(update={"parties": [subsidiary.parties[0], provider]})
    parent = _deal("Anthropic", "SpaceX", 1.2e9)
    assert not same_deal(_deal("Anthropic", "xAI", 1.25e9), parent)  # parent not stated
    assert same_deal(subsidiary, parent) and same_deal(parent, subsidiary)
    assert same_deal(subsidiary, _deal("Anthropic", "xAI", 1.2e9))
    assert not same_deal(subsidiary, _deal("Anthropic", "SpaceX", 0.3e9))  # another contract
    assert not same_deal(subsidiary, _deal("SpaceX", "Starlink", 1.25e9))  # a sibling deal


# -- store ------------------------------------------------------------------------------


def _article(url: str, text: str) -> Article:
    return Article(url=url, canonical_url=url, title=url.rsplit("/", 1)[-1], text=text)


def _save(store: Store, url: str, text: str, digest: str, *deals: Deal) -> SaveOutcome:
    """Save the article `text` at `url` (source "src") with its deals."""
    return store.save_article(url, "src", _article(url, text), digest, list(deals))


def test_store_links_reports_of_one_deal_and_updates_changed_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == 3
        acme = _deal("Acme Cloud", "Orbital Compute", 40e6, deal_id="acme")
        acme_inc = _deal("Acme Cloud Inc.", "Orbital Compute", 41e6, deal_id="acme")
        nova = _deal("Nova AI", "Orbital Compute", 12e6, deal_id="nova")
        first = _save(store, "http://x/1", "a", "h1", acme)
        second = _save(store, "http://x/2", "b", "h2", acme_inc, nova)
        assert (first.change, first.new_deals) == ("new", ["acme"])
        assert (second.new_deals, second.linked_deals) == (["nova"], ["acme"])
        again = _save(store, "http://x/2", "b", "h2", nova)
        assert again.change == "unchanged" and not again.new_deals
        changed = _save(store, "http://x/2", "b2", "h2b", acme)
        assert (changed.change, changed.new_deals, changed.linked_deals) == (
            "updated",
            [],
            ["acme"],
        )
        deals = store.deals_to_export()
        assert [d["id"] for d in deals] == ["acme"]  # "nova" lost its only report
        assert [s["url"] for s in deals[0]["sources"]] == ["http://x/1", "http://x/2"]
        rows = list(to_csv(deals, "deals"))
        assert rows[0].startswith("id,deal_type,status")
        assert "Acme Cloud" in "".join(rows) and "http://x/1 http://x/2" in "".join(rows)


def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as db:
            db.execute(
                "INSERT INTO articles (url, canonical_url, content_hash, article_json,"
                " first_seen, updated_at) VALUES ('u', 'u', 'h', '{}', 't', 't')"
            )
            db.execute(
                "INSERT INTO deal_sources (article_id, position, deal_id, record_json)"
                " VALUES (999, 0, 'missing', '{}')"
            )
        assert store.articles() == []
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_jsonl_line_shape(tmp_path: Path) -> None:
    from pipeline.ingest.jsonl import flush_jsonl

    out = tmp_path / "deals.jsonl"
    with Store(tmp_path / "s.db") as store:
        _save(store, "http://x/1", "a", "h", _deal("Acme", "Orbital", 1e6, deal_id="acme"))
        assert flush_jsonl(store, out) == 1
        assert flush_jsonl(store, out) == 0
        edited = _article("http://x/1", "a, edited")  # same deal: nothing new to write
        store.save_article(
            "http://x/1", "src", edited, "h2", [_deal("Acme", "Orbital", 1e6, deal_id="acme")]
        )
        assert flush_jsonl(store, out) == 0
        _save(store, "http://x/2", "b", "h3", _deal("Acme", "Orbital", 1e6, deal_id="acme"))
        assert flush_jsonl(store, out) == 1  # a new source for the deal
    first, second = (json.loads(line) for line in out.read_text().splitlines())
    assert first["id"] == second["id"] == "acme" and first["parties"][0]["name"] == "Acme"
    source = {key: first["sources"][0][key] for key in ("url", "title", "published", "outlet")}
    assert source == {"url": "http://x/1", "title": "1", "published": None, "outlet": "x"}
    assert first["sources"][0]["record"]["parties"][1]["name"] == "Orbital"  # its own record
    assert first["conflicts"] == []
    assert [source["url"] for source in second["sources"]] == ["http://x/1", "http://x/2"]


def test_grouping_does_not_depend_on_arrival_order(tmp_path: Path) -> None:
    import itertools

    one_party = _deal("Vertex", "Polaris", 1.5e9, period=None, end="2042", deal_type="acquisition")
    one_party = one_party.model_copy(update={"parties": one_party.parties[:1]})
    reports = {
        "a": one_party,  # names one party; agrees with "b" on the price, not with "c"
        "b": _deal("Vertex", "Polaris", 1.5e9, period=None, end="2042", deal_type="acquisition"),
        "c": _deal(
            "Vertex", "Polaris", 1.6e9, period=None, end="2042", deal_type="power_purchase"
        ).model_copy(update={"amounts": []}),
    }
    assert not same_deal(reports["a"], reports["c"])
    for number, order in enumerate(itertools.permutations(reports)):
        with Store(tmp_path / f"s{number}.db") as store:
            for name in order:
                url = f"http://x/{name}"
                _save(store, url, name, name, reports[name])
            deals = store.deals_to_export()
        assert len(deals) == 1, order
        assert len(deals[0]["sources"]) == 3
