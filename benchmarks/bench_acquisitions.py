"""Benchmark: deal slots on ../shared/bench/acquisitions-dev (398 Reuters 1987 stories).

Run: .venv/bin/python benchmarks/bench_acquisitions.py [--show N]
Prints per-slot precision, recall, F1 and the micro-averaged TOTAL.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks.acq_scoring import SLOTS, SlotCounts, deals_to_slots, parse_key, score_story, total  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.nlp import extract_deals_batch  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "acquisitions-dev"


def load_stories(data: Path = DATA) -> list[tuple[str, str, str]]:
    """(id, story text, key text) for every story of the data set."""
    stories = []
    for doc in sorted((data / "docs").iterdir(), key=lambda p: p.name):
        key = data / "anskeys" / f"{doc.name}.key"
        stories.append((doc.name, doc.read_text(encoding="utf-8"), key.read_text(encoding="utf-8")))
    return stories


def evaluate(stories: list[tuple[str, str, str]], show: int = 0) -> dict[str, SlotCounts]:
    """Run the extractor over the stories and return per-slot counts."""
    counts = {slot: SlotCounts() for slot in SLOTS}
    articles = (Article(text=text) for _, text, _ in stories)
    shown = 0
    for (story_id, _, key), deals in zip(stories, extract_deals_batch(articles), strict=True):
        predicted = deals_to_slots(deals)
        gold = parse_key(key)
        story = score_story(predicted, gold)
        for slot in SLOTS:
            counts[slot].add(story[slot])
        if shown < show and any(c.correct < max(c.gold, c.predicted) for c in story.values()):
            shown += 1
            print(f"--- {story_id}")
            for slot in SLOTS:
                if story[slot].correct < max(story[slot].gold, story[slot].predicted):
                    print(f"  {slot:9} pred={predicted[slot]} gold={gold[slot]}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print N stories with errors")
    args = parser.parse_args()
    counts = evaluate(load_stories(), show=args.show)
    print(f"{'slot':10} {'P':>6} {'R':>6} {'F':>6}  correct/pred/gold")
    for slot, c in [*((s, counts[s]) for s in SLOTS), ("TOTAL", total(counts))]:
        figures = f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        print(f"{slot:10} {figures}  {c.correct}/{c.predicted}/{c.gold}")


if __name__ == "__main__":
    main()
