"""A deal told by one side in its own sentence, its other side named in the next ones."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def sides(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, language="en", published="2026-05-04"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_seller_named_by_its_role_noun_in_the_next_sentence() -> None:
    found = sides(
        "Ardent Foods has agreed to buy the output of 60MW at the Tolver Hill wind farm in "
        "Wales. The seller is developer Penrith Windpower, and the power purchase agreement "
        "runs 12 years."
    )
    assert (
        "power_purchase",
        {("Ardent Foods", "buyer"), ("Penrith Windpower", "seller")},
    ) in found


def test_seller_owning_the_plant_told_after_the_purchase() -> None:
    found = sides(
        "Marrow Cloud has agreed to buy nearly all of the output of the Dunmore nuclear "
        "station for 20 years.\n\nSalvia Nuclear Power, which owns the plant near Dunmore, "
        "said the deal covers 900 megawatts."
    )
    assert (
        "power_purchase",
        {("Marrow Cloud", "buyer"), ("Salvia Nuclear Power", "seller")},
    ) in found


def test_no_seller_told_no_purchase_of_its_own() -> None:
    found = sides(
        "Marrow Cloud has agreed to buy nearly all of the output of the Dunmore nuclear "
        "station for 20 years. Shares of Marrow Cloud rose 3%."
    )
    assert all(kind != "power_purchase" for kind, _ in found)


def test_seller_of_a_ppa_noun_not_the_story_subject() -> None:
    found = sides(
        "Three deals this week.\n\nFenwick Cloud has taken 30 MW at Orlin Data's campus in "
        "Reno under a ten-year lease.\n\nMaple Grid Data has agreed to buy the output of a "
        "90-megawatt solar farm in Nevada under a 15-year power purchase agreement with "
        "Stoneleigh Solar."
    )
    assert (
        "power_purchase",
        {("Maple Grid Data", "buyer"), ("Stoneleigh Solar", "seller")},
    ) in found
