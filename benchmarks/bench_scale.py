"""Benchmark: articles per minute on one machine, one process vs `--processes 2` vs a Dask
LocalCluster of 2 workers, on the same articles; and `dealpipe backfill` over a WARC file.

Run: .venv/bin/python benchmarks/bench_scale.py [--articles 400]
Articles are the ~600-word texts of the NLP speed benchmark. Model loading is included in
each figure (a real run pays it), and printed apart once. Timing only: it gates nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from benchmarks.bench_nlp_speed import build_articles  # noqa: E402
from pipeline.backfill import BackfillOptions, backfill  # noqa: E402
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


def _report(name: str, count: int, seconds: float, base: float | None) -> float:
    rate = count / seconds * 60
    speedup = f"  x{rate / base:.2f} vs 1 process" if base else ""
    print(f"{name:34} {count} articles in {seconds:6.1f} s = {rate:6.0f} articles/min{speedup}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    articles = build_articles(args.articles)
    lines = _lines(articles)
    start = time.perf_counter()
    from pipeline.nlp.model import load_model

    load_model()
    print(f"model load (one process): {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    ok = sum(r.error is None for r in run_jsonl(lines, BatchOptions(workers=1)))
    one = _report("1 process", ok, time.perf_counter() - start, None)

    start = time.perf_counter()
    ok = sum(r.error is None for r in run_jsonl(lines, BatchOptions(workers=1, processes=2)))
    _report("--processes 2", ok, time.perf_counter() - start, one)

    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        batch.write_text("\n".join(line for _, line in lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        summary = backfill(
            [str(batch)],
            BackfillOptions(output=Path(folder) / "dask.jsonl", scheduler="local:2"),
        )
        _report("Dask LocalCluster, 2 workers", summary.inputs, time.perf_counter() - start, one)

        warc = Path(folder) / "news.warc.gz"
        _write_warc(warc, articles)
        size = warc.stat().st_size
        start = time.perf_counter()
        summary = backfill(
            [str(warc)], BackfillOptions(output=Path(folder) / "warc.jsonl", scheduler="local:2")
        )
        seconds = time.perf_counter() - start
        _report("backfill WARC, 2 workers", summary.inputs, seconds, one)
        print(f"  WARC {size / 1e6:.1f} MB gzip, {summary.deals} deals, {summary.failed} failed")


if __name__ == "__main__":
    main()
