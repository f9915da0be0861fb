"""Time of the pathological inputs of issue 12 through `extract` (one subprocess each).

Run: .venv/bin/python benchmarks/bench_hostile_nlp.py [--timeout 150]

Cases: 40 KB of `A. A. A. ...` (sentence splitter), 10,000 `$` and 10,000 `(` (spaCy's
tokenizer on long prefix runs), a 40 KB sentence without punctuation (frame search) and
a 1 MB single line. Prints the seconds each took (or that it hit the timeout); never
gates anything on timing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = [
    "Acme",
    "Cloud",
    "signs",
    "a",
    "deal",
    "with",
    "Northwind",
    "Power",
    "for",
    "capacity",
    "in",
    "Texas",
    "and",
    "more",
]
CASES: dict[str, str] = {
    "40 KB 'A. A. ...'": "A. " * 13_334,
    "10,000 '$'": "$" * 10_000,
    "10,000 '('": "(" * 10_000,
    "40 KB sentence, no punctuation": " ".join(WORDS[i % len(WORDS)] for i in range(7_000)),
    "1 MB single line": "word " * 200_000,
}
_CHILD = """
import sys, time
from pipeline.extract import extract
body = sys.stdin.read()
started = time.process_time()
try:
    result = extract("Hostile input\\n\\n" + body, format="text")
    outcome = f"ok, {len(result.deals)} deals"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[:80]}"
print(f"{time.process_time() - started:.2f}|{outcome}")
"""


def run_case(body: str, timeout: float) -> str:
    """Run one case in a fresh interpreter (model load excluded from the CPU time)."""
    warm = "import pipeline.nlp.model as m; m.load_model()\n"
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", warm + _CHILD],
            input=body,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"> {timeout:g}s (killed)"
    wall = time.monotonic() - started
    last = (done.stdout.strip().splitlines() or ["?|" + done.stderr.strip()[-120:]])[-1]
    cpu, _, outcome = last.partition("|")
    return f"{cpu}s CPU in extract, {wall:.1f}s wall with model load ({outcome})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=150.0)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args()
    for name, body in CASES.items():
        if args.only and args.only not in name:
            continue
        print(f"{name:34} {run_case(body, args.timeout)}", flush=True)


if __name__ == "__main__":
    main()
