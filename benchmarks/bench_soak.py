"""Soak: ~1,000 real-looking pages through ingest (site on 127.0.0.1), 5% of them hostile.

Run: .venv/bin/python benchmarks/bench_soak.py [--articles 1000] [--hostile 0.05]

The news site is the synthetic one of `bench_ingest` (deal stories and plain news in
feeds and sitemaps); the hostile pages are served from the same site through a URL-list
source: decompression bombs (`br`, `gzip, gzip`, 512 MB each), pathological texts (40 KB of
`A. A. ...`, 10,000 `$` or `(`, a 40 KB sentence without punctuation), 100,000 nested
`<div>`s, a redirect to a cloud-metadata address, a link to another host resolving to
loopback, a foreign canonical URL and a 9.5 MB page under the 10 MB cap.

The real NLP step runs (spaCy). The process's resident memory is sampled every 0.2 s;
prints peak memory, articles per minute, the errors by kind and whether memory stays
flat (median RSS at the end within 10% of the median after warm-up: the model loaded, a
quarter of the run done). The site is served from this process, so its pages count too.
Never gates anything on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import io
import itertools
import json
import statistics
import sys
import tempfile
import threading
import time
import tomllib
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import brotli

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks.bench_ingest import FILLER, synthetic_site  # noqa: E402
from benchmarks.bench_ingest import config_text as ingest_config  # noqa: E402
from pipeline.ingest.config import parse_config  # noqa: E402
from pipeline.ingest.progress import LogReporter  # noqa: E402
from pipeline.ingest.runner import RunSummary, run_once  # noqa: E402
from pipeline.ingest.store import Store  # noqa: E402
from tests.ingest_support import FixtureSite, Reply, SiteServer  # noqa: E402

FLAT_WITHIN = 0.10
BOMB_SIZE = 512 * 1024 * 1024
DEAL = (
    "Acme Cloud agreed to pay Northwind Power $12 million a month for 300 MW of capacity "
    "at its Reno, Nevada data center under a five-year contract, the companies said."
)


def _page(title: str, body: str, head: str = "") -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _bomb(compressor: Any, flush: Callable[[], bytes]) -> bytes:
    block = b"\0" * (1024 * 1024)
    parts = [compressor(block) for _ in range(BOMB_SIZE // len(block))]
    return b"".join([*parts, flush()])


def hostile_replies(base: str) -> list[Reply]:
    """One reply per kind of hostile page."""
    gzipper = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    gzip_bomb = _bomb(gzipper.compress, gzipper.flush)
    brotli_bomb = brotli.Compressor(quality=5)
    words = DEAL.rstrip(".").replace(",", "").split()
    sentence = " ".join(itertools.islice(itertools.cycle(words), 7_000))
    big = f"<p>{DEAL}</p>\n" * (9_500_000 // (len(DEAL) + 9))
    port = base.rsplit(":", 1)[1]
    return [
        Reply(
            body=_bomb(brotli_bomb.process, brotli_bomb.finish),
            headers={"Content-Encoding": "br"},
        ),
        Reply(body=gzip.compress(gzip_bomb), headers={"Content-Encoding": "gzip, gzip"}),
        Reply(body=_page("Initials", "<p>" + "A. " * 13_334 + "</p>")),
        Reply(body=_page("Dollars", f"<p>{DEAL}</p><p>Paid " + "$" * 10_000 + "</p>")),
        Reply(body=_page("Brackets", f"<p>{DEAL}</p><p>Paid " + "(" * 10_000 + "</p>")),
        Reply(body=_page("Run-on", f"<p>{sentence}</p>")),
        Reply(body=_page("Nested", "<div>" * 100_000 + DEAL + "</div>" * 100_000)),
        Reply(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
        Reply(status=302, headers={"Location": f"http://localhost:{port}/internal"}),
        Reply(
            body=_page(
                "Forged",
                f"<p>{DEAL}</p>",
                head='<link rel="canonical" href="https://www.victim.example/news/deal">',
            )
        ),
        Reply(body=_page("Huge", big)),
    ]


class MemorySampler:
    """Resident set size of this process, sampled on a thread."""

    def __init__(self, every: float = 0.2) -> None:
        self.samples: list[tuple[float, int]] = []
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.monotonic(), rss_bytes()))
            self._stop.wait(self._every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def window(self, start: float, end: float) -> list[int]:
        """Samples taken between fractions `start` and `end` of the sampled time."""
        first, last = self.samples[0][0], self.samples[-1][0]
        span = max(last - first, 1e-9)
        return [rss for at, rss in self.samples if start <= (at - first) / span <= end]


def rss_bytes() -> int:
    """The resident set size from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def config_text(base: str, hostile: list[str]) -> str:
    """The ingest benchmark's sources plus a URL list of the hostile pages."""
    urls = ", ".join(f'"{url}"' for url in hostile)
    hostile_source = f'[[source]]\nname = "hostile"\nurls = [{urls}]\n'
    return ingest_config(base, 0, nlp_batch_size=16, retries=1, more=hostile_source)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=1000)
    options.add_argument("--hostile", type=float, default=0.05, help="share of hostile pages")
    args = options.parse_args()
    hostile_count = round(args.articles * args.hostile)
    server = SiteServer()
    site = synthetic_site(args.articles - hostile_count)
    for article in site["articles"]:
        article["paragraphs"] += FILLER  # a little longer, like a real story
    FixtureSite(server, site)
    kinds = hostile_replies(server.base)
    server.static("/internal", Reply(body=_page("Internal", "<p>Not for crawlers.</p>")))
    hostile = []
    for index in range(hostile_count):
        path = f"/news/hostile-{index:03d}"
        server.static(path, kinds[index % len(kinds)])
        hostile.append(server.url(path))
    try:
        with tempfile.TemporaryDirectory() as folder, MemorySampler() as memory:
            config = parse_config(tomllib.loads(config_text(server.base, hostile)))
            started = time.perf_counter()
            with Store(Path(folder) / "pipeline.db") as store:
                summary: RunSummary = asyncio.run(
                    run_once(config, store, reporter=LogReporter(io.StringIO()))
                )
            wall = time.perf_counter() - started
    finally:
        server.stop()
    processed = summary.new_articles + summary.updated_articles + sum(summary.errors.values())
    warm = statistics.median(memory.window(0.25, 0.35))
    end = statistics.median(memory.window(0.90, 1.0))
    growth = end / warm - 1
    peak = max(rss for _, rss in memory.samples)
    print(f"pages: {args.articles} ({hostile_count} hostile, {len(kinds)} kinds)")
    print(f"stored articles: {summary.new_articles}, deals: {summary.deals_new}")
    print(f"errors by kind: {json.dumps(dict(sorted(summary.errors.items())))}")
    print(f"wall: {wall:.1f}s  articles/min: {processed / wall * 60:.0f}")
    print(f"peak memory (RSS): {peak / 2**20:.0f} MB")
    print(
        f"memory after warm-up (median RSS at 25-35% of the run): {warm / 2**20:.0f} MB -> "
        f"{end / 2**20:.0f} MB at the end (90-100%), {growth:+.1%}; flat within {FLAT_WITHIN:.0%}: "
        f"{'yes' if growth <= FLAT_WITHIN else 'no'}"
    )


if __name__ == "__main__":
    main()
