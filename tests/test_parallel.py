"""The NLP step on several processes: same records as one process, in input order."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.batch import BatchOptions, run_jsonl
from pipeline.models import Article
from pipeline.parallel import ProcessPool
from tests.test_cli import dealpipe

TEXTS = [
    "Orrin Compute agreed to pay Talvik Networks $40 million a month for GPU capacity.",
    "Harwell Industries agreed to buy Dunmore Plastics for $12 million in cash.",
    "Nimbus Cloud signed a ten-year lease with Atlas Realty for 40 MW in Reno, Nevada.",
]


def test_pool_keeps_order_across_chunks() -> None:
    articles = [Article(text=TEXTS[i % 3], published="2026-01-05") for i in range(7)]
    with ProcessPool(2, chunk=2) as pool:
        results = list(pool.extract(articles))
    assert [r.article for r in results] == articles
    assert [r.error for r in results] == [None] * 7
    first, second = results[0].deals[0], results[1].deals[0]
    assert {p.name for p in first.parties} == {"Orrin Compute", "Talvik Networks"}
    assert second.deal_type == "acquisition"
    assert results[3].deals == results[0].deals


def test_batch_with_processes_equals_one_process(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": TEXTS[i % 3]}) for i in range(10)]
    lines.insert(4, "{not json")
    numbered = list(enumerate(lines, start=1))
    one = [r.model_dump_json() for r in run_jsonl(numbered, BatchOptions(workers=1))]
    two = [r.model_dump_json() for r in run_jsonl(numbered, BatchOptions(processes=2))]
    assert one == two
    assert json.loads(one[4])["error"].startswith("line 5: invalid JSON")
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = dealpipe("extract", "--jsonl", str(source), "--processes", "2")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == one
