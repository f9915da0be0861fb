"""Timing and memory helpers shared by the benchmark scripts."""

from __future__ import annotations

import gzip
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
T = TypeVar("T")

if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))


def read_gz(path: Path) -> bytes:
    """The bytes of a gzip file."""
    return gzip.decompress(path.read_bytes())


def timed(run: Callable[[bytes], T], pages: list[bytes]) -> tuple[list[T | None], float, float]:
    """Run over all pages; results (None on error), pages per second, peak MB (tracemalloc,
    measured in a second pass so it does not slow the timing)."""
    results: list[T | None] = []
    start = time.perf_counter()
    for page in pages:
        try:
            results.append(run(page))
        except Exception:
            results.append(None)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    for page in pages:
        try:
            run(page)
        except Exception:
            pass
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return results, len(pages) / elapsed, peak
