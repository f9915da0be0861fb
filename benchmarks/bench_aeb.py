"""Article body benchmark on ../shared/bench/aeb-dev: F1/P/R, pages/s, peak memory.

Run: .venv/bin/python benchmarks/bench_aeb.py [-v]   (-v prints per-page scores)
"""

from __future__ import annotations

import json
import resource
import sys
from collections.abc import Callable

from _common import SHARED, read_gz, timed

from benchmarks.scoring import PageCounts, body_score, page_counts
from pipeline.errors import EmptyDocument
from pipeline.parse import parse

DATA = SHARED / "bench" / "aeb-dev"


def _project(page: bytes) -> str:
    try:
        return parse(page).text
    except EmptyDocument:
        return ""


def _trafilatura() -> Callable[[bytes], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: bytes) -> str:
        return str(trafilatura.extract(page, include_comments=False) or "")

    return run


def main() -> None:
    """Score the project and trafilatura side by side."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    pages = [read_gz(DATA / "html" / f"{key}.html.gz") for key in keys]
    verbose = "-v" in sys.argv
    runners: list[tuple[str, Callable[[bytes], str]]] = [("dealpipe", _project)]
    other = _trafilatura()
    if other is not None:
        runners.append(("trafilatura", other))
    for name, run in runners:
        texts, rate, peak = timed(run, pages)
        counts: list[PageCounts] = []
        for key, text in zip(keys, texts, strict=True):
            counts.append(page_counts(text or "", truth[key]["articleBody"]))
        if verbose and name == "dealpipe":
            for key, c in zip(keys, counts, strict=True):
                p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 1.0
                r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 1.0
                if p < 0.95 or r < 0.95:
                    print(f"  {key[:12]} P={p:.3f} R={r:.3f} {truth[key]['url'][:70]}")
        errors = sum(text is None for text in texts)
        s = body_score(counts)
        print(
            f"{name:12s} F1={s.f1:.3f} P={s.precision:.3f} R={s.recall:.3f} "
            f"acc={s.accuracy:.3f} pages/s={rate:.1f} ms/page={1000 / rate:.1f} "
            f"peak_py_mem={peak:.1f}MB errors={errors} pages={len(pages)}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS={rss:.0f}MB")


if __name__ == "__main__":
    main()
