"""Benchmark: fact-level precision and recall on the fixture suite `fixtures/deals/`.

The suite is split into `dev/` (rules are written against it), `validation/` (never read
for rules: its overall line decides whether a change that helps `dev/` generalises) and
`test/` (frozen: measured, never tuned to). All three are scored and printed.

Run: .venv/bin/python benchmarks/bench_deals.py [--suite en|fr]
[--split dev|validation|test|all] [-v] (`--suite fr`: the French suite in
`fixtures/deals-fr/`). Prints per-article and overall precision, recall and F1 per split
(-v: the missed and spurious facts, worst articles first; read them on `dev/` only).
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

from benchmarks.deal_scoring import FactCounts, score_article  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.nlp import extract_deals_batch  # noqa: E402
from pipeline.parse.language import detect_language  # noqa: E402

FIXTURES = ROOT / "fixtures" / "deals"
SUITES = {"en": FIXTURES, "fr": ROOT / "fixtures" / "deals-fr"}
SPLITS = ("dev", "validation", "test")


def load_fixtures(split: str = "dev", folder: Path = FIXTURES) -> list[dict[str, Any]]:
    """Every fixture of one split of the suite, sorted by id."""
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / split).glob("*.json"))
    ]


def to_article(fixture: dict[str, Any]) -> Article:
    """The article a fixture describes, its language detected as `extract` does."""
    return Article(
        url=fixture.get("url"),
        title=fixture.get("title"),
        published=fixture.get("published"),
        text=fixture["text"],
        language=detect_language(fixture["text"]),
    )


def evaluate(
    fixtures: list[dict[str, Any]], verbose: bool = False
) -> tuple[FactCounts, dict[str, FactCounts]]:
    """Overall and per-article counts over the fixtures."""
    overall = FactCounts()
    per_article: dict[str, FactCounts] = {}
    articles = (to_article(f) for f in fixtures)
    for fixture, deals in zip(fixtures, extract_deals_batch(articles), strict=True):
        counts, missing, spurious = score_article(
            fixture["expected"], deals, fixture.get("not_parties", [])
        )
        overall.add(counts)
        per_article[fixture["id"]] = counts
        if verbose and (missing or spurious):
            print(f"--- {fixture['id']}")
            for fact in missing:
                print(f"   missed   {fact}")
            for fact in spurious:
                print(f"   spurious {fact}")
    return overall, per_article


def _line(name: str, c: FactCounts) -> str:
    return (
        f"{name:44} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  "
        f"{c.matched}/{c.predicted}/{c.expected}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--suite", choices=sorted(SUITES), default="en")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    splits = SPLITS if args.split == "all" else (args.split,)
    totals: dict[str, FactCounts] = {}
    for split in splits:
        fixtures = load_fixtures(split, SUITES[args.suite])
        overall, per_article = evaluate(fixtures, verbose=args.verbose)
        totals[split] = overall
        print(f"== {args.suite} {split} ({len(fixtures)} articles)")
        print(f"{'article':44} {'P':>6} {'R':>6} {'F':>6}  matched/pred/expected")
        ranked = sorted(per_article.items(), key=lambda item: item[1].f1)
        for name, counts in ranked if args.verbose else per_article.items():
            print(_line(name, counts))
        print(_line(f"OVERALL {split}", overall))
    if len(totals) > 1:
        print()
        for split, overall in totals.items():
            print(_line(f"OVERALL {split}", overall))


if __name__ == "__main__":
    main()
