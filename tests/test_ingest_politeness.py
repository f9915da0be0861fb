"""Politeness measured at the server: per-host delay and concurrency, robots.txt, retries."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tests.ingest_support import FixtureSite, LiteProcessor, Reply, SiteServer, run_ingest

DELAY = 0.12
PAGE = b"<html><head><title>P</title></head><body><h1>P</h1><p>Text.</p></body></html>"


@pytest.fixture
def server() -> Iterator[SiteServer]:
    site_server = SiteServer()
    yield site_server
    site_server.stop()


def test_one_request_at_a_time_and_delay_between_starts(server: SiteServer, tmp_path: Path) -> None:
    FixtureSite(server)
    config = f"""
[ingest]
concurrency = 8
per_host_concurrency = 1
per_host_delay = {DELAY}
[[source]]
name = "rss"
feed = "{server.url("/feed.xml")}"
[[source]]
name = "atom"
feed = "{server.url("/atom.xml")}"
"""
    summary = run_ingest(config, tmp_path / "pipeline.db", processor=LiteProcessor())
    assert summary.clean and summary.new_articles == 14
    starts = sorted(hit.at for hit in server.hits(""))
    assert len(starts) == 17  # robots.txt, two feeds, 14 articles
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= DELAY, f"two requests {min(gaps):.3f}s apart"
    assert server.hits("^/robots.txt$")[0].at == starts[0]  # robots.txt first
    user_agents = {hit.headers.get("user-agent", "") for hit in server.hits("")}
    assert len(user_agents) == 1 and user_agents.pop().startswith("dealpipe/")


def allow_all(server: SiteServer) -> None:
    server.static(
        "/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n", content_type="text/plain")
    )


def pages_config(server: SiteServer, paths: Iterable[str], **ingest: float) -> str:
    """A config polling `paths` on `server` as one URL-list source, with `[ingest]` settings."""
    settings = "".join(f"{key} = {value}\n" for key, value in ingest.items())
    urls = ", ".join(f'"{server.url(path)}"' for path in paths)
    return f'[ingest]\n{settings}[[source]]\nname = "pages"\nurls = [{urls}]\n'


def test_per_host_concurrency_is_a_cap_not_a_target(server: SiteServer, tmp_path: Path) -> None:
    allow_all(server)
    paths = [f"/p{index}" for index in range(8)]
    for path in paths:
        server.static(path, Reply(body=PAGE, delay=0.15))
    config = pages_config(server, paths, concurrency=8, per_host_concurrency=3, per_host_delay=0.0)
    summary = run_ingest(config, tmp_path / "pipeline.db", processor=LiteProcessor())
    assert summary.new_articles == 8
    assert server.max_in_flight == 3


def test_robots_crawl_delay_slows_the_host_down(server: SiteServer, tmp_path: Path) -> None:
    robots = b"User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n"
    server.static("/robots.txt", Reply(body=robots, content_type="text/plain"))
    paths = [f"/p{index}" for index in range(3)]
    for path in paths:
        server.static(path, Reply(body=PAGE))
    config = pages_config(server, paths, per_host_concurrency=1, per_host_delay=0.0)
    run_ingest(config, tmp_path / "pipeline.db", processor=LiteProcessor())
    starts = sorted(hit.at for hit in server.hits("^/p"))
    assert len(starts) == 3  # robots.txt only takes whole seconds (urllib.robotparser)
    assert min(later - earlier for earlier, later in itertools.pairwise(starts)) >= 1.0


def test_retry_after_pauses_the_whole_host(server: SiteServer, tmp_path: Path) -> None:
    allow_all(server)
    server.sequence("/a-busy", [Reply(429, headers={"Retry-After": "1"}), Reply(body=PAGE)])
    for index in range(3):
        server.static(f"/p{index}", Reply(body=PAGE))
    config = pages_config(
        server, ["/a-busy", "/p0", "/p1", "/p2"], per_host_concurrency=1, per_host_delay=0.0
    )
    summary = run_ingest(config, tmp_path / "pipeline.db", processor=LiteProcessor())
    assert summary.clean and summary.new_articles == 4
    throttled = server.hits("^/a-busy$")[0]
    assert throttled.status == 429
    assert all(hit.at >= throttled.at + 1.0 for hit in server.hits("^/p"))
