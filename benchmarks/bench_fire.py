"""Benchmark: buyer, target and seller facts on ../shared/bench/fire-dev (454 real sentences).

Run: .venv/bin/python benchmarks/bench_fire.py [-v] [--show N]
Each sentence is extracted alone as a plain-text article; its deals' parties are scored
against FIRE's ActionBuy/ActionSell relations (`benchmarks/fire_scoring.py`). Prints
per-role precision, recall, F1 and the micro-averaged TOTAL; `-v` the worst sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks.fire_scoring import (  # noqa: E402
    ROLES,
    RoleCounts,
    gold_facts,
    join_tokens,
    predicted_facts,
    score_sentence,
    total,
)
from pipeline.models import Article  # noqa: E402
from pipeline.nlp import extract_deals_batch  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "fire-dev"


def load_instances(data: Path = DATA) -> list[dict[str, Any]]:
    """The annotated sentences of the data set, in file order."""
    instances: list[dict[str, Any]] = json.loads(
        (data / "fire_dev.json").read_text(encoding="utf-8")
    )
    return instances


def evaluate(instances: list[dict[str, Any]], show: int = 0) -> dict[str, RoleCounts]:
    """Run the extractor over every sentence and return per-role counts; print the `show`
    sentences with the most errors."""
    counts = {role: RoleCounts() for role in ROLES}
    texts = [join_tokens(i["tokens"]) for i in instances]
    errors: list[tuple[int, int, str, list[Any], list[Any]]] = []
    deals_per_sentence = extract_deals_batch(Article(text=t) for t in texts)
    for index, (instance, deals) in enumerate(zip(instances, deals_per_sentence, strict=True)):
        sentence, missed, spurious = score_sentence(predicted_facts(deals), gold_facts(instance))
        for role in ROLES:
            counts[role].add(sentence[role])
        if missed or spurious:
            errors.append((len(missed) + len(spurious), index, texts[index], missed, spurious))
    for _, index, text, missed, spurious in sorted(errors, key=lambda e: (-e[0], e[1]))[:show]:
        print(f"--- {index}: {text[:300]}")
        for fact in missed:
            print(f"   missed   {fact}")
        for fact in spurious:
            print(f"   spurious {fact}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="show the worst sentences")
    parser.add_argument("--show", type=int, default=40, help="how many sentences -v shows")
    args = parser.parse_args()
    counts = evaluate(load_instances(), show=args.show if args.verbose else 0)
    print(f"{'role':10} {'P':>6} {'R':>6} {'F':>6}  correct/pred/gold")
    for role, c in [*((r, counts[r]) for r in ROLES), ("TOTAL", total(counts))]:
        figures = f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        print(f"{role:10} {figures}  {c.correct}/{c.predicted}/{c.gold}")


if __name__ == "__main__":
    main()
