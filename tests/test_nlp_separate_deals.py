"""A sentence that says its deal is another one (`Separately, ...`, `In a separate
agreement, ...`) starts a deal of its own, even between parties of a deal told before,
so the money, counts and dates it tells land on it. Texts and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def _deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-12", language="en"))


LICENCE_THEN_ORDER = (
    "BERGEN, May 12 - Oskelund Systems has granted Varnik Cloud a five-year licence to its "
    "immersion cooling patents. Separately, Varnik Cloud has placed an order for 900 of Oskelund's "
    "cooling tanks, valued at approximately $64 million."
)


def test_an_order_told_separately_is_not_the_licence() -> None:
    deals = _deals(LICENCE_THEN_ORDER)
    kinds = sorted(d.deal_type for d in deals)
    assert kinds == ["licence", "supply"], kinds
    order = next(d for d in deals if d.deal_type == "supply")
    assert ("Varnik Cloud", "buyer") in {(p.name, p.role) for p in order.parties}
    assert [a.value for a in order.amounts] == [64e6]
    licence = next(d for d in deals if d.deal_type == "licence")
    assert not licence.amounts


SAME_PAIR_HEADLINE = (
    "Tessaly Telecom signs four-year compute agreement with Marrow AI.\n\n"
    "TOKYO - Tessaly Telecom said on Tuesday it had ordered 4,000 servers from Kobara "
    "Systems. Separately, Tessaly Telecom has entered into a four-year agreement with "
    "Marrow AI under which Marrow AI will reserve 3,000 of those GPUs."
)


def test_a_separate_agreement_named_in_the_headline_stays_one_deal() -> None:
    deals = _deals(SAME_PAIR_HEADLINE)
    marrow = [d for d in deals if any(p.name == "Marrow AI" for p in d.parties)]
    assert len(marrow) == 1, [(d.deal_type, [p.name for p in d.parties]) for d in deals]
