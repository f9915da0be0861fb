"""Issue 12, problem 6: header trickle deadline, sitemap index loops, the run lock through
a symlink, IPv6 literals, CSV formula injection and foreign store files."""

from __future__ import annotations

import csv
import io
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.errors import FetchTimeout
from pipeline.fetch import FetchSettings, fetch
from pipeline.ingest.export import to_csv
from pipeline.ingest.safety import StoreSchemaError, csv_cell
from pipeline.ingest.store import Store, StoreBusy, run_lock
from pipeline.ingest.urls import normalize_url
from tests.ingest_support import LiteProcessor, Reply, SiteServer, run_ingest


@pytest.fixture
def trickle() -> Iterator[str]:
    """A server that sends one header line every 0.2 s for 10 s, never a body."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            for number in range(50):
                if stop.is_set():
                    return
                try:
                    connection.sendall(f"X-Slow-{number}: 1\r\n".encode())
                except OSError:
                    return
                time.sleep(0.2)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    stop.set()
    listener.close()


def test_trickling_headers_cannot_outlast_the_total_timeout(trickle: str) -> None:
    settings = FetchSettings(timeout=5, total_timeout=1.5)
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match=r"longer than 1\.5s"):
        fetch(trickle, settings=settings)
    assert time.monotonic() - started < 6  # the trickle goes on for 10 s


def test_a_sitemap_index_naming_itself_is_read_once(tmp_path: Path) -> None:
    server = SiteServer()
    try:
        index = server.url("/index.xml")
        locs = "".join(f"<sitemap><loc>{index}</loc></sitemap>" for _ in range(5))
        body = f'<?xml version="1.0"?><sitemapindex>{locs}</sitemapindex>'.encode()
        server.static("/robots.txt", Reply(body=b"", content_type="text/plain"))
        server.static("/index.xml", Reply(body=body, content_type="application/xml"))
        config = f'[ingest]\nper_host_delay = 0\n[[source]]\nname = "s"\nsitemap = "{index}"\n'
        run_ingest(config, tmp_path / "pipeline.db", processor=LiteProcessor())
        assert len(server.hits("^/index.xml$")) == 1
    finally:
        server.stop()


def test_the_run_lock_holds_through_a_symlinked_store_path(tmp_path: Path) -> None:
    real = tmp_path / "data" / "pipeline.db"
    real.parent.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    with run_lock(real), pytest.raises(StoreBusy), run_lock(link):
        pass


def test_ipv6_literal_urls_keep_their_brackets() -> None:
    assert normalize_url("http://[::1]:8080/a?b=1#x") == "http://[::1]:8080/a?b=1"
    assert normalize_url("HTTPS://[2001:DB8::1]:443/") == "https://[2001:db8::1]/"


def test_csv_export_neutralises_formulas() -> None:
    title = '=HYPERLINK("http://evil.test","click")'
    records = [{"canonical_url": "https://x.test/a", "title": title, "authors": ["@ann"]}]
    rows = list(csv.DictReader(io.StringIO("".join(to_csv(records, "articles")))))
    assert rows[0]["title"] == "'" + title
    assert rows[0]["authors"] == "'@ann"
    assert [csv_cell(v) for v in ("+1", "-2", "plain", 3.5)] == ["'+1", "'-2", "plain", 3.5]


def test_a_store_of_another_version_or_missing_a_table_is_refused(tmp_path: Path) -> None:
    newer, broken = tmp_path / "newer.db", tmp_path / "broken.db"
    for path in (newer, broken):
        Store(path).close()
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    with sqlite3.connect(broken) as db:
        db.execute("DROP TABLE runs")
    with pytest.raises(StoreSchemaError, match="schema version 99"):
        Store(newer)
    with pytest.raises(StoreSchemaError, match="no runs table"):
        Store(broken)
