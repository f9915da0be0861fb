"""Metadata benchmark on ../shared/bench/readability-dev: per-field accuracy, pages/s, memory.

Run: .venv/bin/python benchmarks/bench_readability.py [-v]   (-v prints misses)
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

from benchmarks._common import SHARED, compare, read_gz  # noqa: E402
from benchmarks.scoring import METADATA_FIELDS, PageMeta, meta_matches  # noqa: E402
from pipeline.errors import EmptyDocument  # noqa: E402
from pipeline.parse import parse  # noqa: E402

DATA = SHARED / "bench" / "readability-dev"


def _project(page: bytes) -> PageMeta:
    try:
        a = parse(page)
    except EmptyDocument:
        return PageMeta()
    return PageMeta(a.title, a.authors, a.language, a.site_name, a.published)


def _trafilatura() -> Callable[[bytes], PageMeta] | None:
    try:
        from trafilatura import extract_metadata
    except ImportError:
        return None

    def run(page: bytes) -> PageMeta:
        m = extract_metadata(page.decode("utf-8", "replace"))
        if m is None:
            return PageMeta()
        authors = [a.strip() for a in (m.author or "").split(";") if a.strip()]
        return PageMeta(m.title, authors, None, m.sitename, m.date)

    return run


def main() -> None:
    """Score the project and trafilatura side by side."""
    dirs = sorted(p for p in DATA.iterdir() if (p / "expected-metadata.json").exists())
    expected = [json.loads((d / "expected-metadata.json").read_text("utf-8")) for d in dirs]
    pages = [read_gz(d / "source.html.gz") for d in dirs]
    verbose = "-v" in sys.argv
    runners: dict[str, Callable[[bytes], PageMeta]] = {"dealpipe": _project}
    other = _trafilatura()
    if other is not None:
        runners["trafilatura"] = other
    for name, timing in compare(runners, pages).items():
        metas = timing.results
        parts = []
        for fname in METADATA_FIELDS:
            hits = total = 0
            for d, meta, exp in zip(dirs, metas, expected, strict=True):
                if exp.get(fname) is None:
                    continue
                total += 1
                ok = meta is not None and meta_matches(meta, fname, exp[fname])
                hits += ok
                if verbose and not ok and name == "dealpipe":
                    print(
                        f"  {fname:13s} {d.name[:24]:24s} want={exp[fname]!r:.60} got={meta}"[:300]
                    )
            parts.append(f"{fname}={hits / total:.3f}({hits}/{total})")
        errors = sum(m is None for m in metas)
        print(
            f"{name:12s} {' '.join(parts)} pages/s={timing.pages_per_second:.1f} "
            f"peak_py_mem={timing.peak_mb:.1f}MB errors={errors}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS={rss:.0f}MB")


if __name__ == "__main__":
    main()
