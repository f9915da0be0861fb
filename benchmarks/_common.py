"""Timing and memory helpers shared by the benchmark scripts."""

from __future__ import annotations

import contextlib
import gzip
import os
import subprocess
import tempfile
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


def _tree_ticks(root: int) -> dict[int, int]:
    """CPU ticks used by `root` and by each of its live descendants (each its own)."""
    table: dict[int, tuple[int, int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                text = (entry / "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            fields = text[text.rindex(")") + 2 :].split()  # after the command's name
            table[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    found = {root: table[root][1]} if root in table else {}
    parents = [root]
    while parents:
        parent = parents.pop()
        for pid, (ppid, used) in table.items():
            if ppid == parent:
                found[pid] = used
                parents.append(pid)
    return found


def run_measured(command: list[str], interval: float = 0.2) -> tuple[float, float | None]:
    """Run `command`; its wall-clock seconds and the CPU seconds of its process tree,
    each process's last sample taken every `interval` s (None without Linux's /proc).
    CPU time is steadier than wall clock when other work shares the machine."""
    linux = Path("/proc/self/stat").exists()
    seen: dict[int, int] = {}
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        while process.poll() is None:
            if linux:
                for pid, used in _tree_ticks(process.pid).items():
                    seen[pid] = max(used, seen.get(pid, 0))
            time.sleep(interval)
        seconds = time.perf_counter() - start
        if process.returncode != 0:
            stderr.seek(0)
            raise RuntimeError(f"{' '.join(command)} failed: {stderr.read()[-2000:].decode()}")
    return seconds, sum(seen.values()) / os.sysconf("SC_CLK_TCK") if linux else None
