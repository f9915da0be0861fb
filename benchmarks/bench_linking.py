"""Linking: are the reports of one deal linked, and look-alike deals kept apart?

Run: .venv/bin/python benchmarks/bench_linking.py [-v] [--shuffle SEED]

Runs the real pipeline over `fixtures/linking/reports.json` (short reports of the same deals
by several outlets, with the extraction slips outlets cause, plus look-alike deals): each
report is parsed as a plain-text article and its deals extracted, then the articles are
stored one by one in a fresh SQLite store, which links their deals. An article belongs to
the distinct deal its main (first) record was linked to. Prints pair precision, recall and
F1 over all article pairs against the set's true grouping. `--shuffle SEED` stores the
articles in a shuffled order (the grouping must not change).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from pipeline.extract import extract_many, to_article  # noqa: E402
from pipeline.ingest.store import Store  # noqa: E402

REPORTS = ROOT / "fixtures" / "linking" / "reports.json"


def load_reports() -> list[dict[str, Any]]:
    """The set's reports, each with its `url` on its outlet's (invented) host."""
    data: dict[str, Any] = json.loads(REPORTS.read_text(encoding="utf-8"))
    reports = data["articles"]
    for report in reports:
        host = re.sub(r"[^a-z0-9]+", "-", report["outlet"].lower()).strip("-")
        report["url"] = f"https://{host}.example/news/{report['slug']}"
    return list(reports)


def link(reports: list[dict[str, Any]], store_path: Path) -> dict[str, str | None]:
    """Extract every report, store them in order; article URL -> its main deal's id.

    Ends with `relink`, which regroups the whole store: it must move nothing."""
    articles = [
        to_article(
            "\n\n".join([report["title"], *report["paragraphs"]]),
            url=report["url"],
            published=report["published"],
            format="text",
        ).model_copy(update={"site_name": report["outlet"], "canonical_url": report["url"]})
        for report in reports
    ]
    results = list(extract_many(articles))
    with Store(store_path) as store:
        for report, result in zip(reports, results, strict=True):
            assert result.article is not None
            store.save_article(
                report["url"], "linking", result.article, report["slug"], result.deals
            )
        moved = store.relink().moved
        assert moved == 0, f"relink moved {moved} records: the grouping depends on arrival order"
        first_record: dict[str, str | None] = {report["url"]: None for report in reports}
        rows = store._db.execute(
            """SELECT a.canonical_url, s.deal_id FROM deal_sources s
               JOIN articles a ON a.id = s.article_id WHERE s.position = 0"""
        )
        for url, deal_id in rows:
            first_record[str(url)] = str(deal_id)
    return first_record


def pair_scores(
    truth: dict[str, str], predicted: dict[str, str | None]
) -> tuple[float, float, float, list[tuple[str, str, bool]]]:
    """Pair precision, recall, F1 and the wrong pairs (url, url, truly the same)."""
    true_pairs = made = correct = 0
    wrong: list[tuple[str, str, bool]] = []
    for a, b in itertools.combinations(sorted(truth), 2):
        same = truth[a] == truth[b]
        linked = predicted[a] is not None and predicted[a] == predicted[b]
        true_pairs += same
        made += linked
        correct += same and linked
        if same != linked:
            wrong.append((a, b, same))
    precision = correct / made if made else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong pairs")
    parser.add_argument("--shuffle", type=int, metavar="SEED", help="store in shuffled order")
    parser.add_argument("--keep", type=Path, metavar="DB", help="keep the store (a new file)")
    options = parser.parse_args()
    reports = load_reports()
    if options.shuffle is not None:
        random.Random(options.shuffle).shuffle(reports)
    truth = {report["url"]: report["deal"] for report in reports}
    if options.keep:
        predicted = link(reports, options.keep)
    else:
        with tempfile.TemporaryDirectory() as folder:
            predicted = link(reports, Path(folder) / "linking.db")
    precision, recall, f1, wrong = pair_scores(truth, predicted)
    deals = len(set(truth.values()))
    groups = len({value for value in predicted.values() if value is not None})
    print(f"linking set: {len(reports)} reports of {deals} deals -> {groups} linked deals")
    print(f"pairs: {sum(1 for _ in itertools.combinations(truth, 2))} in all, wrong {len(wrong)}")
    print(f"pair precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    if options.verbose:
        for a, b, same in wrong:
            kind = "missed" if same else "false link"
            print(f"  {kind}: {a.rsplit('/', 1)[-1]} ~ {b.rsplit('/', 1)[-1]}")


if __name__ == "__main__":
    main()
