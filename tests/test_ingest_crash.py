"""Crash safety: SIGKILL `dealpipe ingest` mid-run, run again, same store as a clean run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ingest_support import FixtureSite, SiteServer, example_config_text, iter_rows

DEALPIPE = [sys.executable, "-m", "pipeline"]


@pytest.fixture
def server() -> Iterator[SiteServer]:
    site_server = SiteServer()
    FixtureSite(site_server)
    yield site_server
    site_server.stop()


def _ingest(config: Path, store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*DEALPIPE, "ingest", "--config", str(config), "--store", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _state(store: Path) -> dict[str, object]:
    """Everything that must match between runs (not timestamps, not deal ids)."""
    articles = set(iter_rows(store, "SELECT canonical_url, content_hash FROM articles"))
    links = list(
        iter_rows(
            store,
            """SELECT s.deal_id, a.canonical_url, s.position, s.record_json FROM deal_sources s
               JOIN articles a ON a.id = s.article_id""",
        )
    )
    groups: dict[str, set[str]] = {}
    for deal_id, url, _, _ in links:
        groups.setdefault(deal_id, set()).add(url)
    return {
        "articles": articles,
        "deal_groups": sorted(sorted(urls) for urls in groups.values()),
        "links": sorted((url, position, record) for _, url, position, record in links),
        "deals": len(list(iter_rows(store, "SELECT id FROM deals"))),
        "urls": sorted(iter_rows(store, "SELECT url, status FROM urls")),
    }


def _count_articles(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        return int(next(iter_rows(store, "SELECT count(*) FROM articles"))[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def test_sigkill_mid_run_then_rerun_equals_an_uninterrupted_run(
    server: SiteServer, tmp_path: Path
) -> None:
    config = tmp_path / "sources.toml"
    config.write_text(example_config_text(server.base, per_host_delay=0.04, per_host_concurrency=1))
    clean_store = tmp_path / "clean" / "pipeline.db"
    clean = _ingest(config, clean_store)
    _, clean_err = clean.communicate(timeout=120)
    assert clean.returncode == 0, clean_err.decode()[-2000:]

    killed_store = tmp_path / "killed" / "pipeline.db"
    victim = _ingest(config, killed_store)
    deadline = time.monotonic() + 60
    while _count_articles(killed_store) < 8 and victim.poll() is None:
        assert time.monotonic() < deadline, "the run never stored 8 articles"
        time.sleep(0.01)
    assert victim.poll() is None, "the run finished before it could be killed"
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    stored_at_kill = _count_articles(killed_store)
    assert 8 <= stored_at_kill < 34

    again = _ingest(config, killed_store)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()[-2000:]
    summary = json.loads(out.decode().splitlines()[-1])
    assert summary["new_articles"] == 34 - stored_at_kill
    assert _state(killed_store) == _state(clean_store)
    lines = (killed_store.parent / "deals.jsonl").read_text().splitlines()
    assert {json.loads(line)["id"] for line in lines} >= {
        row[0] for row in iter_rows(killed_store, "SELECT id FROM deals")
    }
