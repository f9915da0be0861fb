"""A plant contracted out (round 15): `the project has been contracted to Y`, told of a
battery, plant or its output in the passive, is a power purchase in which Y buys and the
company the story is about sells; an active `contracted` is no such deal. Every sentence
is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_a_battery_contracted_to_a_trader_is_sold_to_it() -> None:
    deals = deals_of(
        "Lindholm Storage GmbH has acquired the 150 MW Elbtal battery storage project in "
        "Saxony from developer Reiher Projekt GmbH.\n\n"
        "At the same time, the project has been contracted to Vossberg Handel, the trading "
        "arm of the utility Vossberg AG. Vossberg will hold the dispatch rights for eight "
        "years in return for a fixed tolling fee of around €9 million per year."
    )
    assert (
        "power_purchase",
        {("Vossberg Handel", "buyer"), ("Lindholm Storage", "seller")},
    ) in deals
