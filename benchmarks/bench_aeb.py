"""Article body benchmark on ../shared/bench/aeb-dev: F1/P/R, pages/s, peak memory.

Run: .venv/bin/python benchmarks/bench_aeb.py [-v]   (-v prints per-page scores)
"""

from __future__ import annotations

import json
import resource
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks._common import ROUNDS, SHARED, compare, read_gz  # noqa: E402
from benchmarks.scoring import body_score, page_counts  # noqa: E402
from pipeline.errors import EmptyDocument  # noqa: E402
from pipeline.parse import parse  # noqa: E402

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
    runners: dict[str, Callable[[bytes], str]] = {"dealpipe": _project}
    other = _trafilatura()
    if other is not None:
        runners["trafilatura"] = other
    timings = compare(runners, pages)
    for name, timing in timings.items():
        texts = timing.results
        counts = [
            page_counts(text or "", truth[key]["articleBody"])
            for key, text in zip(keys, texts, strict=True)
        ]
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
            f"acc={s.accuracy:.3f} pages/s={timing.pages_per_second:.1f} "
            f"cpu_ms/page={timing.cpu_ms_per_page:.1f} peak_py_mem={timing.peak_mb:.1f}MB "
            f"errors={errors} pages={len(pages)}"
        )
    if len(timings) == 2:
        ratio = timings["dealpipe"].cpu_ms_per_page / timings["trafilatura"].cpu_ms_per_page
        print(f"time ratio dealpipe/trafilatura={ratio:.2f} (best of {ROUNDS} interleaved rounds)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS={rss:.0f}MB")


if __name__ == "__main__":
    main()
