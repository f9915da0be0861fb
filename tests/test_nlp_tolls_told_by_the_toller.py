"""A tolling agreement told by the company that tolls alone (`X has signed a seven-year
tolling agreement for the Y battery`): X buys the plant's power, and the seller is the
organisation a next sentence names as the plant's owner or developer, as a title before its
name or in apposition to it (`Owner Z said ...`, `Z, the battery's owner, said ...`).
Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals

TOLL = (
    "Energy retailer Marrowind Energy has signed a seven-year tolling agreement for the "
    "Quellan battery near Tarrock, New South Wales. "
)


def _sides(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-20"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_the_owner_named_as_a_title_after_the_toll_sells_the_power() -> None:
    text = TOLL + "Owner Ostrel Storage said the agreement would pay it A$20 million a year."
    assert _sides(text) == [
        ("power_purchase", {("Marrowind Energy", "buyer"), ("Ostrel Storage", "seller")})
    ]


def test_the_owner_named_in_apposition_sells_the_power() -> None:
    text = TOLL + "Ostrel Storage, the battery's owner, said the toll starts in 2027."
    assert _sides(text) == [
        ("power_purchase", {("Marrowind Energy", "buyer"), ("Ostrel Storage", "seller")})
    ]


def test_a_toll_with_a_named_side_keeps_the_sides_the_context_gives() -> None:
    text = (
        "Independent power producer Ostrel Power said it had signed a ten-year tolling "
        "agreement with retailer Marrowind Energy covering the full output of its gas plant."
    )
    ((kind, sides),) = _sides(text)
    assert kind == "power_purchase"
    assert {name for name, _ in sides} == {"Ostrel Power", "Marrowind Energy"}


def test_a_date_where_the_next_sentence_hangs_a_side_tells_no_other_deal() -> None:
    text = (
        "AI developer Marrowind Compute has secured a 15-year tolling agreement for the 900 MW "
        "Quellan Ridge Generating Station in Ohio. Tarrock Generation, the plant's owner, said "
        "on Tuesday that Marrowind will pay a fixed charge of $21 million a month and take "
        "the station's entire output from June 2027."
    )
    sides = [s for kind, s in _sides(text) if kind == "power_purchase"]
    assert any(("Tarrock Generation", "seller") in s for s in sides)
