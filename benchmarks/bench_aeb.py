"""Article body benchmark on ../shared/bench/aeb-dev: F1/P/R, pages/s, peak memory.

Run: .venv/bin/python benchmarks/bench_aeb.py [-v]   (-v prints per-page scores)

Two comparisons with trafilatura, in the same run: in process (best CPU time a page over
interleaved rounds), and end to end, where the real `dealpipe parse --jsonl` runs over a
JSONL of the pages' paths in a subprocess next to a trafilatura subprocess doing the same
job (read, gunzip, extract, write one JSON line a page).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks._common import ROUNDS, SHARED, compare, read_gz  # noqa: E402
from benchmarks.scoring import body_score, page_counts  # noqa: E402
from pipeline.errors import EmptyDocument  # noqa: E402
from pipeline.parse import parse  # noqa: E402

DATA = SHARED / "bench" / "aeb-dev"
CLI_ROUNDS = 3
# The trafilatura side of the end-to-end comparison: the same JSONL in, one line a page out.
_TRAFILATURA_JOB = """
import gzip, json, sys
import trafilatura
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        item = json.loads(line)
        with open(item["path"], "rb") as handle:
            page = gzip.decompress(handle.read())
        text = trafilatura.extract(page, include_comments=False)
        out.write(json.dumps({"id": item["id"], "text": text}) + "\\n")
"""


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
    _cli_comparison(keys, with_trafilatura=other is not None)


@dataclass(frozen=True)
class Run:
    """One subprocess run: wall and CPU seconds, peak RSS, output lines."""

    wall: float
    cpu: float
    rss_mb: float
    lines: int


def _run(command: list[str], output: Path) -> Run:
    """Run to completion; peak RSS is the child's own VmHWM, polled from /proc (a forked
    child's ru_maxrss starts from the parent's), falling back to ru_maxrss elsewhere."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    status_file = Path(f"/proc/{process.pid}/status")
    peak_kb = 0
    while True:
        with contextlib.suppress(OSError, ValueError):
            for line in status_file.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.005)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} exited with {process.returncode}")
    lines = len(output.read_text(encoding="utf-8").splitlines()) if output.exists() else 0
    rss_mb = (peak_kb or usage.ru_maxrss) / 1024
    return Run(wall, usage.ru_utime + usage.ru_stime, rss_mb, lines)


def _best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.wall)


def _cli_comparison(keys: list[str], *, with_trafilatura: bool) -> None:
    """Time `dealpipe parse --jsonl` over every page in one process, start-up measured
    apart with an empty JSONL, next to trafilatura doing the same job; best of rounds."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        batch, empty, out = tmp / "pages.jsonl", tmp / "empty.jsonl", tmp / "out.jsonl"
        batch.write_text(
            "".join(
                json.dumps({"id": key, "path": str(DATA / "html" / f"{key}.html.gz")}) + "\n"
                for key in keys
            ),
            encoding="utf-8",
        )
        empty.write_text("", encoding="utf-8")
        script = Path(sys.executable).with_name("dealpipe")
        entry = [str(script)] if script.exists() else [sys.executable, "-m", "pipeline"]
        dealpipe = [*entry, "parse", "--jsonl"]
        tools: dict[str, Callable[[Path], list[str]]] = {
            "dealpipe": lambda src: [*dealpipe, str(src), "-o", str(out)]
        }
        if with_trafilatura:
            tools["trafilatura"] = lambda src: [
                sys.executable,
                "-c",
                _TRAFILATURA_JOB,
                str(src),
                str(out),
            ]
        runs: dict[str, dict[str, list[Run]]] = {n: {"full": [], "empty": []} for n in tools}
        for _ in range(CLI_ROUNDS):
            for name, command in tools.items():
                for kind, src in (("empty", empty), ("full", batch)):
                    out.unlink(missing_ok=True)
                    runs[name][kind].append(_run(command(src), out))
    work: dict[str, float] = {}
    print(f"end to end over {len(keys)} pages, one process each, best of {CLI_ROUNDS} rounds:")
    for name, kinds in runs.items():
        full, start_up = _best(kinds["full"]), _best(kinds["empty"])
        work[name] = max(full.wall - start_up.wall, 1e-9)
        label = "dealpipe parse --jsonl" if name == "dealpipe" else "trafilatura.extract"
        print(
            f"  {label:22s} total={full.wall:.2f}s start-up={start_up.wall:.2f}s "
            f"work={work[name]:.2f}s pages/s={len(keys) / work[name]:.1f} "
            f"ms/page={1000 * work[name] / len(keys):.1f} cpu={full.cpu:.2f}s "
            f"peak_RSS={full.rss_mb:.0f}MB lines={full.lines}"
        )
    if len(work) == 2:
        ratio = work["dealpipe"] / work["trafilatura"]
        totals = _best(runs["dealpipe"]["full"]).wall / _best(runs["trafilatura"]["full"]).wall
        print(
            f"  time ratio dealpipe/trafilatura: work={ratio:.2f} total={totals:.2f} "
            "(work = total minus an empty-JSONL run)"
        )


if __name__ == "__main__":
    main()
