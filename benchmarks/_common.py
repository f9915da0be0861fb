"""Timing and memory helpers shared by the benchmark scripts."""

from __future__ import annotations

import contextlib
import gzip
import os
import time
import tracemalloc
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
T = TypeVar("T")
ROUNDS = 3


def read_gz(path: Path) -> bytes:
    """The bytes of a gzip file."""
    return gzip.decompress(path.read_bytes())


@dataclass(frozen=True)
class Timing(Generic[T]):
    """One extractor's results (None on error), speed and peak Python memory."""

    results: list[T | None]
    pages_per_second: float
    cpu_ms_per_page: float
    peak_mb: float


def compare(
    runners: Mapping[str, Callable[[bytes], T]], pages: list[bytes]
) -> dict[str, Timing[T]]:
    """Run every extractor over every page, interleaved page by page so that machine load
    hits them alike; a page's time is its best CPU time over `ROUNDS` rounds. Peak memory
    (tracemalloc) is measured in a separate pass so it does not slow the timing."""
    best = {name: [float("inf")] * len(pages) for name in runners}
    results: dict[str, list[T | None]] = {name: [] for name in runners}
    for round_index in range(ROUNDS):
        for index, page in enumerate(pages):
            for name, run in runners.items():
                start = time.process_time()
                try:
                    value: T | None = run(page)
                except Exception:
                    value = None
                spent = time.process_time() - start
                best[name][index] = min(best[name][index], spent)
                if round_index == 0:
                    results[name].append(value)
    timings: dict[str, Timing[T]] = {}
    for name, run in runners.items():
        total = sum(best[name]) or 1e-9
        timings[name] = Timing(
            results=results[name],
            pages_per_second=len(pages) / total,
            cpu_ms_per_page=1000 * total / len(pages),
            peak_mb=_peak_mb(run, pages),
        )
    return timings


def _peak_mb(run: Callable[[bytes], T], pages: list[bytes]) -> float:
    tracemalloc.start()
    for page in pages:
        with contextlib.suppress(Exception):
            run(page)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def tree_cpu_seconds() -> float | None:
    """CPU seconds used so far by this process and all its descendants, live or ended
    (those a live process of the tree has waited for), or None without Linux's /proc.
    The difference over a run is the run's CPU time whatever else the machine runs."""
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        return None
    ticks: dict[int, tuple[int, int]] = {}  # pid -> (parent pid, own + waited-for ticks)
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                text = (entry / "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            fields = text[text.rindex(")") + 2 :].split()  # after the command's name
            ticks[int(entry.name)] = (int(fields[1]), sum(int(f) for f in fields[11:15]))
    total, parents = 0, [os.getpid()]
    while parents:
        parent = parents.pop()
        for pid, (ppid, used) in ticks.items():
            if ppid == parent:
                total += used
                parents.append(pid)
    own = os.times()
    return (
        own.user
        + own.system
        + own.children_user
        + own.children_system
        + total / os.sysconf("SC_CLK_TCK")
    )
