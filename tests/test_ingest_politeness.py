"""Politeness measured at the server: per-host delay and concurrency, robots.txt, retries."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_support import FixtureSite, LiteProcessor, SiteServer, run_ingest

DELAY = 0.12


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
