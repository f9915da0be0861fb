"""Faults end as recorded statuses; the run goes on; nothing stored is lost or duplicated."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from pipeline.fetch import FetchedPage
from pipeline.models import Article, Deal
from tests.ingest_support import (
    FixtureSite,
    LiteProcessor,
    Reply,
    SiteServer,
    example_config_text,
    free_port,
    run_ingest,
)

PAGE = b"<html><head><title>Fine</title></head><body><h1>Fine</h1><p>%s</p></body></html>"


@pytest.fixture
def servers() -> Iterator[tuple[SiteServer, SiteServer]]:
    good, faulty = SiteServer(), SiteServer()
    yield good, faulty
    good.stop()
    faulty.stop()


def _faulty_routes(server: SiteServer) -> None:
    server.static(
        "/robots.txt",
        Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
    )
    server.static("/slow", Reply(body=PAGE % b"slow", delay=1.5))
    server.sequence("/flaky", [Reply(500), Reply(503), Reply(body=PAGE % b"flaky page")])
    server.sequence(
        "/throttled",
        [Reply(429, headers={"Retry-After": "1"}), Reply(body=PAGE % b"throttled page")],
    )
    server.static("/loop-a", Reply(302, headers={"Location": "/loop-b"}, content_type=None))
    server.static("/loop-b", Reply(302, headers={"Location": "/loop-a"}, content_type=None))
    server.static("/huge", Reply(body=b"<html>" + b"x" * 65536, declared_length=20 * 2**20))
    server.static("/private/secret", Reply(body=PAGE % b"secret"))
    server.static("/gone", Reply(404, body=b"<html>gone</html>"))
    server.static("/not-a-feed.xml", Reply(body=b"<html><body>Oops, a web page</body></html>"))


def _statuses(store: Path) -> dict[str, tuple[str, str | None, int]]:
    connection = sqlite3.connect(store)
    try:
        rows = connection.execute("SELECT url, status, error_kind, attempts FROM urls")
        return {row[0]: (row[1], row[2], row[3]) for row in rows}
    finally:
        connection.close()


def _snapshot(store: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store)
    try:
        return connection.execute(
            "SELECT canonical_url, content_hash, article_json FROM articles ORDER BY 1"
        ).fetchall()
    finally:
        connection.close()


def test_every_fault_is_recorded_and_the_run_goes_on(
    servers: tuple[SiteServer, SiteServer], tmp_path: Path
) -> None:
    good, faulty = servers
    FixtureSite(good)
    _faulty_routes(faulty)
    refused = f"http://127.0.0.1:{free_port()}"
    store = tmp_path / "pipeline.db"
    settings = {
        "per_host_delay": 0.0,
        "per_host_concurrency": 4,
        "backoff_base": 0.02,
        "retries": 2,
        "timeout": 0.5,
        "connect_timeout": 0.5,
    }
    base_config = example_config_text(good.base, **settings)
    first = run_ingest(base_config, store, processor=LiteProcessor())
    assert first.clean and first.new_articles == 34
    stored = _snapshot(store)

    paths = ["/slow", "/flaky", "/throttled", "/loop-a", "/huge", "/private/secret", "/gone"]
    faulty_urls = ", ".join(f'"{faulty.url(path)}"' for path in paths)
    config = (
        base_config
        + f"""
[[source]]
name = "faulty-pages"
urls = [{faulty_urls}, "{refused}/news/down"]

[[source]]
name = "not-a-feed"
feed = "{faulty.url("/not-a-feed.xml")}"
"""
    )
    summary = run_ingest(config, store, processor=LiteProcessor())

    statuses = _statuses(store)
    expected = {
        "/slow": ("error", "timeout"),
        "/flaky": ("ok", None),
        "/throttled": ("ok", None),
        "/loop-a": ("error", "redirects"),
        "/huge": ("error", "too_large"),
        "/private/secret": ("blocked", "robots"),
        "/gone": ("error", "http_4xx"),
    }
    for path, (status, kind) in expected.items():
        assert statuses[faulty.url(path)][:2] == (status, kind), path
    assert statuses[f"{refused}/news/down"][:2] == ("error", "network")
    assert statuses[faulty.url("/not-a-feed.xml")][:2] == ("error", "discovery")

    assert len(faulty.hits("^/slow$")) == 3  # one try + two retries, then given up
    assert [hit.status for hit in faulty.hits("^/flaky$")] == [500, 503, 200]
    throttled = faulty.hits("^/throttled$")
    assert [hit.status for hit in throttled] == [429, 200]
    assert throttled[1].at - throttled[0].at >= 1.0  # Retry-After honoured
    assert len(faulty.hits("^/gone$")) == 1  # a 404 is not retried
    assert faulty.hits("^/private/") == []
    assert len(faulty.hits("^/loop-")) == 11  # the redirect limit, once

    assert not summary.clean
    assert summary.errors == {
        "timeout": 1,
        "redirects": 1,
        "too_large": 1,
        "http_4xx": 1,
        "network": 1,
        "discovery": 1,
    }
    assert summary.skipped == {"robots": 1}
    assert summary.new_articles == 2  # /flaky and /throttled, after their retries
    after = _snapshot(store)
    assert [row for row in after if row in stored] == stored  # nothing lost or changed
    assert len(after) == len(stored) + 2


def test_transient_errors_are_retried_next_run_permanent_ones_are_not(
    servers: tuple[SiteServer, SiteServer], tmp_path: Path
) -> None:
    _, faulty = servers
    _faulty_routes(faulty)
    faulty.static("/flaky", Reply(503))
    config = f"""
[ingest]
per_host_delay = 0.0
retries = 0
[[source]]
name = "pages"
urls = ["{faulty.url("/flaky")}", "{faulty.url("/gone")}"]
"""
    store = tmp_path / "pipeline.db"
    assert not run_ingest(config, store, processor=LiteProcessor()).clean
    faulty.static("/flaky", Reply(body=PAGE % b"back"))
    faulty.clear_log()
    second = run_ingest(config, store, processor=LiteProcessor())
    assert [hit.path for hit in faulty.hits("^/(flaky|gone)")] == ["/flaky"]
    assert second.clean and second.new_articles == 1
    assert _statuses(store)[faulty.url("/gone")] == ("error", "http_4xx", 1)


class _BrokenModel(LiteProcessor):
    def extract(self, articles: Sequence[Article]) -> list[list[Deal]]:
        raise RuntimeError("model crashed")


def test_an_nlp_crash_is_recorded_and_retried_on_the_next_run(
    servers: tuple[SiteServer, SiteServer], tmp_path: Path
) -> None:
    good, _ = servers
    FixtureSite(good)
    config = example_config_text(good.base, per_host_delay=0.0, per_host_concurrency=4)
    store = tmp_path / "pipeline.db"
    broken = run_ingest(config, store, processor=_BrokenModel())
    assert broken.errors == {"nlp_internal": 35} and broken.new_articles == 0
    assert {status[:2] for status in _statuses(store).values() if status[0] != "ok"} == {
        ("error", "nlp_internal")
    }
    fixed = run_ingest(config, store, processor=LiteProcessor())
    assert fixed.clean and fixed.new_articles == 34


class _French(LiteProcessor):
    def parse(self, page: FetchedPage, *, published: str | None) -> Article:
        return super().parse(page, published=published).model_copy(update={"language": "fr"})


def test_articles_in_another_language_than_the_source_are_skipped(
    servers: tuple[SiteServer, SiteServer], tmp_path: Path
) -> None:
    good, _ = servers
    FixtureSite(good)
    config = f"""
[ingest]
per_host_delay = 0.0
[[source]]
name = "atom"
feed = "{good.url("/atom.xml")}"
language = "en"
"""
    summary = run_ingest(config, tmp_path / "pipeline.db", processor=_French())
    assert summary.clean and summary.new_articles == 0
    assert summary.skipped == {"language": 6}
    assert {s[:2] for s in _statuses(tmp_path / "pipeline.db").values() if s[0] != "ok"} == {
        ("skipped", "language")
    }
