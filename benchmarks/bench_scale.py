"""Benchmark: articles per minute on one machine, one process vs `--processes 2` vs a Dask
LocalCluster of 2 workers, on the same articles; and `dealpipe backfill` over a WARC file.

Run: .venv/bin/python benchmarks/bench_scale.py [--articles 400] [--repeat 1]
Articles are the ~600-word texts of the NLP speed benchmark. Every figure is wall clock
from the first line read to the last result: model loading, worker processes and the
Dask cluster's start are included (a real run pays them); the model load and the cluster's
start are also printed apart, for information. `--repeat N` alternates `--processes 2` and
Dask N times (A, B, A, B: fairer on a shared machine) and prints each pair's ratio; every
line shows the load average and the CPU seconds of the run's whole process tree (steadier
than wall clock on a shared machine: the work and overheads without the waiting). Timing
only: it gates nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from benchmarks._common import tree_cpu_seconds  # noqa: E402
from benchmarks.bench_nlp_speed import build_articles  # noqa: E402
from pipeline.backfill import BackfillOptions, backfill  # noqa: E402
from pipeline.backfill.engine import dask_client  # noqa: E402
from pipeline.batch import BatchOptions, run_jsonl  # noqa: E402
from pipeline.models import Article  # noqa: E402


def _lines(articles: list[Article]) -> list[tuple[int, str]]:
    return [
        (i, json.dumps({"id": str(i), "text": a.text, "published": a.published, "title": None}))
        for i, a in enumerate(articles, start=1)
    ]


def _html(article: Article) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in article.text.split("\n\n"))
    return f"<html><body><article>{paragraphs}</article></body></html>".encode()


def _write_warc(path: Path, articles: list[Article]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for index, article in enumerate(articles):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{index}",
                    "response",
                    payload=io.BytesIO(_html(article)),
                    http_headers=headers,
                )
            )


def _run(name: str, run: Callable[[], int], base: float | None) -> float:
    """Time `run` (it returns the articles done), print its line; articles per minute."""
    cpu = tree_cpu_seconds()
    start = time.perf_counter()
    count = run()
    seconds = time.perf_counter() - start
    rate = count / seconds * 60
    speedup = f"  x{rate / base:.2f} vs 1 process" if base else ""
    used = tree_cpu_seconds()
    cpu_text = "" if cpu is None or used is None else f", CPU {used - cpu:.0f} s"
    print(
        f"{name:30} {count} articles in {seconds:6.1f} s = {rate:6.0f} articles/min"
        f"{speedup}  (load {os.getloadavg()[0]:.1f}{cpu_text})",
        flush=True,
    )
    return rate


def _cluster_start(workers: int) -> float:
    """Seconds until a LocalCluster's workers are up with the model loaded."""
    start = time.perf_counter()
    with dask_client(f"local:{workers}", workers) as (client, _):
        client.wait_for_workers(workers)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    articles = build_articles(args.articles)
    lines = _lines(articles)
    start = time.perf_counter()
    from pipeline.nlp.model import load_model

    load_model()
    print(f"model load (one process): {time.perf_counter() - start:.1f} s")

    def batch_run(processes: int) -> int:
        options = BatchOptions(workers=1, processes=processes)
        return sum(r.error is None for r in run_jsonl(lines, options))

    one = _run("1 process", lambda: batch_run(1), None)
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        batch.write_text("\n".join(line for _, line in lines) + "\n", encoding="utf-8")
        warc = Path(folder) / "news.warc.gz"
        _write_warc(warc, articles)

        def backfill_run(source: Path) -> int:
            output = Path(folder) / "backfill.jsonl"
            return backfill([str(source)], BackfillOptions(output, scheduler="local:2")).inputs

        ratios = []
        for _ in range(args.repeat):  # A, B, A, B: both see the same changes of load
            processes = _run("--processes 2", lambda: batch_run(2), one)
            dask = _run("Dask LocalCluster, 2 workers", lambda: backfill_run(batch), one)
            ratios.append(dask / processes)
            print(f"  Dask / --processes 2: {dask / processes:.2f}")
        if args.repeat > 1:
            print(f"Dask / --processes 2 over {args.repeat} pairs: median {median(ratios):.2f}")
        seconds = _cluster_start(2)
        print(f"(information) LocalCluster start, 2 workers with the model: {seconds:.1f} s")
        _run("backfill WARC, 2 workers", lambda: backfill_run(warc), one)
        print(f"  WARC {warc.stat().st_size / 1e6:.1f} MB gzip")


if __name__ == "__main__":
    main()
