"""Ingestion throughput: a 200-article fixture site served on 127.0.0.1, end to end.

Run: .venv/bin/python benchmarks/bench_ingest.py [--articles 200] [--delay 0]

Prints articles per minute for a first run (discover, fetch, parse, NLP, store) and for a
re-run (conditional feed requests only), and where the time goes. Stage times are summed
over concurrent tasks (fetch overlaps parse and NLP), so they can add up to more than the
wall-clock total. Never gates anything on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from pipeline.ingest.config import parse_config  # noqa: E402
from pipeline.ingest.progress import LogReporter  # noqa: E402
from pipeline.ingest.runner import RunSummary, run_once  # noqa: E402
from pipeline.ingest.store import Store  # noqa: E402
from tests.ingest_support import FixtureSite, LiteProcessor, SiteServer  # noqa: E402

PAYERS = [
    "Acme Cloud",
    "Northwind AI",
    "Vertex Compute",
    "Lattice AI",
    "Meridian Labs",
    "Summit Cloud",
    "Nova AI",
    "Cobalt Cloud",
    "Tidewater Compute",
    "Aurora Robotics",
]
PROVIDERS = [
    "Orbital Compute",
    "Helios Data Centers",
    "Cirrus Compute",
    "Crestline Realty",
    "Evergreen Sites",
    "Granite Power",
    "Polaris Energy",
    "Sierra Chips",
]
PLACES = [
    "Reno, Nevada",
    "Abilene, Texas",
    "Columbus, Ohio",
    "Ashburn, Virginia",
    "Quincy, Washington",
    "Phoenix, Arizona",
    "Atlanta, Georgia",
]
CHANNELS = ["rss", "atom", "json", "sitemap", "news"]
FILLER = [
    "Analysts said demand for GPU capacity keeps outpacing supply across the industry.",
    "The company did not comment on the financing of the project.",
    "Construction of the facility started last year and employs several hundred workers.",
    "Power availability has become the main constraint on new data center projects.",
]


def synthetic_site(count: int) -> dict[str, Any]:
    """`count` articles: three in four report a deal, the rest are plain news."""
    articles = []
    for index in range(count):
        payer = PAYERS[index % len(PAYERS)]
        provider = PROVIDERS[(index // len(PAYERS)) % len(PROVIDERS)]
        place = PLACES[index % len(PLACES)]
        day = 1 + index % 26
        if index % 4 == 3:
            title = f"{provider} opens new office in {place.split(',')[0]}"
            lead = f"{provider} opened a new office in {place} this week, the company said."
        else:
            amount = 5 + (index * 7) % 90
            years = 2 + index % 8
            title = f"{payer} signs {years}-year deal with {provider}"
            lead = (
                f"{payer} will pay {provider} ${amount} million a month for GPU capacity at "
                f"its {place} data center under a {years}-year contract."
            )
        articles.append(
            {
                "slug": f"story-{index:04d}",
                "channel": CHANNELS[index % len(CHANNELS)],
                "published": f"2026-11-{day:02d}T{8 + index % 10:02d}:00:00+00:00",
                "author": "Bench Writer",
                "title": title,
                "paragraphs": [lead, *FILLER[index % 2 : index % 2 + 3]],
            }
        )
    return {"site": {"name": "Bench Ledger"}, "articles": articles}


def config_text(
    base: str, delay: float, *, nlp_batch_size: int = 32, retries: int = 3, more: str = ""
) -> str:
    """The benchmark site's feeds and sitemaps as sources; `more` adds TOML at the end."""
    return f"""
[ingest]
concurrency = 16
per_host_concurrency = 16
per_host_delay = {delay}
nlp_batch_size = {nlp_batch_size}
retries = {retries}
[[source]]
name = "rss"
feed = "{base}/feed.xml"
[[source]]
name = "atom"
feed = "{base}/atom.xml"
[[source]]
name = "json"
feed = "{base}/feed.json"
[[source]]
name = "sitemaps"
sitemap = "{base}/sitemap_index.xml"
{more}"""


def run(config: str, store_path: Path, *, lite: bool = False) -> tuple[RunSummary, float]:
    parsed = parse_config(tomllib.loads(config))
    processor = LiteProcessor() if lite else None
    started = time.perf_counter()
    with Store(store_path) as store:
        summary = asyncio.run(
            run_once(parsed, store, processor=processor, reporter=LogReporter(io.StringIO()))
        )
    return summary, time.perf_counter() - started


def report(label: str, summary: RunSummary, wall: float, articles: int) -> None:
    print(
        f"{label}: {articles} articles in {wall:.2f}s wall "
        f"= {articles / wall * 60:.0f} articles/min"
    )
    timings = summary.as_dict()["timings"]
    notes = {
        "fetch": "summed over the fetch workers: includes waiting for a turn on the event loop",
        "parse": "summed over parser threads",
        "nlp": "one NLP thread, batches",
    }
    for stage in ("discovery", "fetch", "parse", "nlp", "store"):
        seconds = timings.get(stage, 0.0)
        per = seconds / articles * 1000 if articles else 0.0
        print(f"  {stage:<10}{seconds:8.2f}s  {per:7.1f} ms/article  {notes.get(stage, '')}")
    print(f"  {'run total':<10}{timings.get('total', 0.0):8.2f}s")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--articles", type=int, default=200)
    options.add_argument("--delay", type=float, default=0.0, help="per-host delay (s)")
    args = options.parse_args()
    server = SiteServer()
    FixtureSite(server, synthetic_site(args.articles))
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = Path(folder) / "pipeline.db"
            config = config_text(server.base, args.delay)
            first, wall = run(config, store)
            report("first run", first, wall, first.new_articles)
            print(
                "  summary:",
                json.dumps(
                    {
                        k: v
                        for k, v in first.as_dict().items()
                        if k in ("new_articles", "deals_new", "deals_linked", "errors")
                    }
                ),
            )
            lite, wall_lite = run(config, Path(folder) / "lite.db", lite=True)
            report(
                "fetch + stdlib parse, no NLP (network share)", lite, wall_lite, lite.new_articles
            )
            server.clear_log()
            again, wall_again = run(config, store)
            print(
                f"re-run: {wall_again:.2f}s wall, {again.fetched} articles fetched, "
                f"{len(server.hits(''))} requests (robots.txt + conditional listings)"
            )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
