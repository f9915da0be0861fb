"""Where a bought company is (round 17), on articles written for the test with invented
names: a sentence opening with a definite description of a home (`The Raleigh, North
Carolina-based company runs ...`) places the party named last before it when that is the
bought company, not when it is the buyer."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def acquisition(text: str) -> Deal:
    deals = extract_deals(Article(text=text, published="2026-06-02"))
    return next(d for d in deals if d.deal_type == "acquisition")


def places(deal: Deal) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.city, s.region, s.country) for s in deal.sites]


def test_a_sentence_opening_with_the_home_of_the_bought_company_places_it() -> None:
    deal = acquisition(
        "Brenlow Capital Partners said on Monday it had agreed to acquire Tarvane "
        "Instruments for about $1.2 billion in cash.\n\n"
        "Tarvane shares rose 24% in early trading. The Boise, Idaho-based company makes "
        "sensors for irrigation systems."
    )
    assert places(deal) == [("Boise", "Idaho", "US")]


def test_a_sentence_opening_with_the_home_of_the_buyer_places_nothing() -> None:
    deal = acquisition(
        "Brenlow Capital Partners said on Monday it had agreed to acquire Tarvane "
        "Instruments for about $1.2 billion in cash.\n\n"
        "The deal is the largest yet for Brenlow. The Boise, Idaho-based firm manages "
        "about $9 billion."
    )
    assert places(deal) == []
