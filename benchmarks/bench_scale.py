"""Benchmark: articles per minute on one machine, one process vs `--processes 2` vs a Dask
LocalCluster of 2 workers, on the same articles; and `dealpipe backfill` over a WARC file.

Run: .venv/bin/python benchmarks/bench_scale.py [--articles 400] [--repeat 1]
Articles are the ~600-word texts of the NLP speed benchmark, in a JSONL batch. Every mode
is the real command in a fresh process (`dealpipe extract --jsonl`, `dealpipe backfill`),
timed end to end on the wall clock: interpreter, imports, model loads, worker processes,
the cluster's start and stop and the output file are included. A LocalCluster's start
(workers up with the model) is printed apart, for information. `--repeat N` alternates
`--processes 2` and Dask N times (A, B, A, B: both see the same changes of load) and
prints each pair's ratio. Every line shows the load average and the CPU seconds of the
command's process tree (steadier than wall clock on a shared machine). Timing only: it
gates nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from benchmarks._common import run_measured  # noqa: E402
from benchmarks.bench_nlp_speed import build_articles  # noqa: E402
from pipeline.backfill.engine import dask_client  # noqa: E402
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


def _run(name: str, command: list[str], output: Path, base: float | None) -> float:
    """Run one mode, print its line; articles per minute."""
    seconds, cpu = run_measured([sys.executable, "-m", "pipeline", *command, "-o", str(output)])
    results = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    count = sum(result["error"] is None for result in results)
    rate = count / seconds * 60
    speedup = f"  x{rate / base:.2f} vs 1 process" if base else ""
    cpu_text = "" if cpu is None else f", CPU {cpu:.0f} s"
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
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        batch = folder / "batch.jsonl"
        batch.write_text("".join(line + "\n" for _, line in _lines(articles)), encoding="utf-8")
        warc = folder / "news.warc.gz"
        _write_warc(warc, articles)
        out = folder / "out.jsonl"
        extract = ["extract", "--jsonl", str(batch), "--workers", "1"]
        one = _run("1 process", extract, out, None)
        ratios = []
        for _ in range(args.repeat):
            processes = _run("--processes 2", [*extract, "--processes", "2"], out, one)
            backfill = ["backfill", str(batch), "--scheduler", "local:2"]
            dask = _run("Dask LocalCluster, 2 workers", backfill, out, one)
            ratios.append(dask / processes)
            print(f"  Dask / --processes 2: {dask / processes:.2f}", flush=True)
        if args.repeat > 1:
            print(f"Dask / --processes 2 over {args.repeat} pairs: median {median(ratios):.2f}")
        print(
            "(information) LocalCluster start, 2 workers with the model loaded: "
            f"{_cluster_start(2):.1f} s"
        )
        _run(
            "backfill WARC, 2 workers", ["backfill", str(warc), "--scheduler", "local:2"], out, one
        )
        print(f"  WARC {warc.stat().st_size / 1e6:.1f} MB gzip")


if __name__ == "__main__":
    main()
