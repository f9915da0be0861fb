"""Parties of power, supply, lease and stake deals told in the shapes of trade and filing
prose (round 11, EN-P). Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _parties(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, language="en", published="2026-05-13"))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_order_for_goods_from_a_buyer_hung_on_the_verb() -> None:
    """`received an order worth 40 billion yen for six turbines from Y`: the parse hangs
    `for six turbines` on the verb and `from Y` on the turbines; Y still orders."""
    text = (
        "OSAKA - Kurobane Machinery said on Tuesday it had received an order worth about "
        "40 billion yen for six aeroderivative gas turbines from Shiraoi Grid Power, which "
        "is building a power plant for a data center campus in Muroran, Hokkaido.\n\n"
        "The turbines will be delivered in 2028, Kurobane said."
    )
    assert _parties(text) == {("Shiraoi Grid Power", "buyer"), ("Kurobane Machinery", "seller")}
