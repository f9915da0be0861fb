"""An order or contract its winner alone is told to have won (`X has won a $148 million
order to supply transformers to a data centre campus`) is sold to the customer the next
sentences name (`The customer is Y, a developer ...`); with none named, the winner alone
makes no deal. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sides(text: str) -> list[set[tuple[str, str]]]:
    deals = extract_deals(Article(text=text, published="2026-05-20"))
    return [{(p.name, p.role) for p in d.parties} for d in deals]


def test_the_customer_named_after_a_won_order_buys_it() -> None:
    text = (
        "Marrowind Electric has won a $148 million order to supply transformers to a data "
        "centre campus in Texas. The customer is Quellan Hyperscale Partners, a developer "
        "building a 1.2-gigawatt campus near Dallas."
    )
    assert {("Marrowind Electric", "seller"), ("Quellan Hyperscale Partners", "buyer")} in (
        _sides(text)
    )


def test_a_won_order_with_no_customer_named_makes_no_deal_of_the_winner_alone() -> None:
    text = "Marrowind Electric has won a $148 million order to supply transformers."
    assert all(len(sides) != 1 for sides in _sides(text))
