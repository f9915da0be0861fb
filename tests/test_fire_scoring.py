"""The fire-dev scorer follows the data set README's suggested rule (benchmarks/fire_scoring.py)."""

from __future__ import annotations

from typing import Any

from benchmarks.fire_scoring import (
    Gold,
    gold_facts,
    join_tokens,
    name_key,
    name_keys,
    predicted_facts,
    score_sentence,
)
from pipeline.models import Deal, Party


def instance() -> dict[str, Any]:
    tokens = [
        "Halden",
        "Corp",
        ".",
        "(",
        "Halden",
        ")",
        "bought",
        "Kestrel",
        "Foods",
        "Ltd",
        "and",
        "the",
        "Brine",
        "unit",
        "from",
        "Marlin",
        "Group",
        ",",
        "the",
        "Company",
        "said",
        ".",
    ]
    entities = [
        {"type": "Company", "start": 0, "end": 6},  # Halden Corp. (Halden)
        {"type": "Action", "start": 6, "end": 7},  # bought
        {"type": "Company", "start": 7, "end": 10},  # Kestrel Foods Ltd
        {"type": "BusinessUnit", "start": 12, "end": 13},  # Brine
        {"type": "Company", "start": 15, "end": 17},  # Marlin Group
    ]
    relations = [
        {"type": "ActionBuy", "head": 0, "tail": 2},
        {"type": "ActionBuy", "head": 0, "tail": 3},
        {"type": "ActionSell", "head": 4, "tail": 3},
        {"type": "Actionto", "head": 1, "tail": 2},
    ]
    return {"tokens": tokens, "entities": entities, "relations": relations}


def deal(*parties: tuple[str, str]) -> Deal:
    return Deal(
        id="x",
        deal_type="acquisition",
        status="completed",
        summary="",
        parties=[Party(name=n, role=r, text=n) for n, r in parties],
    )


def test_tokens_join_as_the_readme_says() -> None:
    assert join_tokens(
        ["Acme", "(", "AC", ")", "paid", "$", "5", "million", ",", "or", "3", "%", "."]
    ) == ("Acme (AC) paid $5 million, or 3%.")


def test_names_drop_suffixes_articles_possessives_and_aliases() -> None:
    assert name_key("The Manitowoc Company") == "manitowoc"
    assert name_key("Energy Transfer Partners, L.P.") == "energy transfer partners"
    assert name_key("Taylor - Wharton International LLC") == "taylor-wharton international"
    assert name_key("the Company") == "" and name_key("we") == ""
    assert name_keys('Green River Collieries, LLC \'s (" Green River ")') == {
        "green river collieries",
        "green river",
    }


def test_gold_facts_required_and_optional() -> None:
    gold = gold_facts(instance())
    assert gold.required == [
        ("buyer", frozenset({"halden"})),
        ("target", frozenset({"kestrel foods"})),
        ("seller", frozenset({"marlin"})),
    ]
    assert ("target", frozenset({"brine"})) in gold.optional


def test_scores_count_optional_facts_neither_way() -> None:
    predicted = predicted_facts(
        [
            deal(("Halden", "acquirer"), ("Kestrel Foods", "target"), ("Brine unit", "target")),
            deal(("Marlin", "acquirer"), ("the Company", "seller")),
        ]
    )
    assert ("buyer", "marlin") in predicted and all(k != "company" for _, k in predicted)
    counts, missed, spurious = score_sentence(predicted, gold_facts(instance()))
    assert (counts["buyer"].correct, counts["buyer"].predicted, counts["buyer"].gold) == (1, 2, 1)
    assert (counts["target"].correct, counts["target"].predicted) == (1, 1)
    assert missed == [("seller", "marlin")]
    assert spurious == [("buyer", "marlin")]


def test_empty_sentence_scores_nothing() -> None:
    counts, missed, spurious = score_sentence([], Gold())
    assert all(c.predicted == c.gold == 0 for c in counts.values())
    assert missed == spurious == []
