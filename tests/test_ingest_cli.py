"""`dealpipe ingest` as schedulers see it: exit status, summary, lock, --every and SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest.store import run_lock
from tests.ingest_support import FixtureSite, SiteServer, example_config_text, free_port, iter_rows


def ingest_command(config: Path, store: Path, *extra: str) -> list[str]:
    """`python -m pipeline ingest` on `config` and `store`, as a process argument list."""
    return [
        sys.executable, "-m", "pipeline", "ingest", "--config", str(config), "--store", str(store),
        *extra,
    ]  # fmt: skip


def test_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text('[[source]]\nname = "x"\nfeed = "http://a/f"\nsitemap = "http://a/s"\n')
    result = CliRunner().invoke(main, ["ingest", "--config", str(config)])
    assert result.exit_code == 2
    assert "needs exactly one of feed, sitemap or urls" in result.output
    assert "Traceback" not in result.output


def test_run_with_errors_exits_1_and_prints_its_summary(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text(
        f'[ingest]\nretries = 0\n[[source]]\nname = "down"\n'
        f'feed = "http://127.0.0.1:{free_port()}/feed.xml"\n'
    )
    store = tmp_path / "out" / "pipeline.db"
    result = CliRunner().invoke(main, ["ingest", "--config", str(config), "--store", str(store)])
    assert result.exit_code == 1
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["errors"] == {"network": 1} and summary["clean"] is False
    assert list(iter_rows(store, "SELECT name, last_status FROM sources")) == [("down", "network")]


def test_second_process_on_the_same_store_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text('[[source]]\nname = "x"\nurls = ["http://127.0.0.1:9/a"]\n')
    store = tmp_path / "pipeline.db"
    with run_lock(store):
        result = subprocess.run(
            ingest_command(config, store),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert "another `dealpipe ingest` is running" in result.stderr


def test_every_runs_again_until_sigterm(tmp_path: Path) -> None:
    server = SiteServer()
    FixtureSite(server)
    try:
        config = tmp_path / "sources.toml"
        config.write_text(example_config_text(server.base, per_host_delay=0.0))
        store = tmp_path / "pipeline.db"
        process = subprocess.Popen(
            ingest_command(config, store, "--every", "300ms"),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + 60
        while len(server.hits(r"^/feed\.xml$")) < 3:
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=30)
        summaries = process.stdout.read().decode().splitlines() if process.stdout else []
    finally:
        server.stop()
    assert len(summaries) >= 3
    assert status == (1 if json.loads(summaries[-1])["interrupted"] else 0)
    assert json.loads(summaries[0])["new_articles"] == 34
    assert all(json.loads(line)["new_articles"] == 0 for line in summaries[1:])
    finished = list(iter_rows(store, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"))
    assert finished[0][0] == len(summaries)
