"""A contract's length told inside the words of its start (`will occupy the building for
ten years from April 2027`) or before a plural or order noun (`the two-year
arrangements`, `a five-year order`), and a money word several countries use read by the
article's country (`27 billion shillings` in a Kenyan story). Sentences and names are
invented."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 5, 1)


def deals_of(text: str, published: str = "2026-05-01") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def lengths(sentence: str) -> list[tuple[str | None, str]]:
    return [(t.duration, t.kind) for t in find_terms(sentence, PUBLISHED) if t.duration]


def test_a_length_inside_a_start_is_kept() -> None:
    """The start's words run over the length: both are facts."""
    found = find_terms(
        "Pellow Cloud will occupy the 24MW building for ten years from April 2027.", PUBLISHED
    )
    assert [(t.start_date, t.duration) for t in found] == [("2027-04", None), (None, "P10Y")]


def test_a_lease_keeps_the_length_told_inside_its_start() -> None:
    (deal,) = deals_of(
        "Harlow Data Centres has signed a lease with Pellow Cloud for its new building in "
        "Sendai, Miyagi Prefecture. Pellow Cloud will occupy the 24MW building for ten years "
        "from April 2027."
    )
    assert deal.deal_type == "lease"
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027-04", "P10Y")


def test_lengths_of_arrangements_orders_and_tolls() -> None:
    assert lengths("Under the two-year arrangements, Brenwick will pay a fixed fee.") == [
        ("P2Y", "contract")
    ]
    assert lengths("Tollan said it had won a five-year order worth 900 billion won.") == [
        ("P5Y", "contract")
    ]
    assert lengths("Corbel signed a similar seven-year toll for a peaking plant.") == [
        ("P7Y", "contract")
    ]


def test_shillings_in_a_kenyan_story_are_kenyan() -> None:
    (deal,) = deals_of(
        "Kenyan data centre operator Tana Digital has agreed to buy 40 megawatts of "
        "geothermal electricity from Kibwezi Steam under a 12-year contract for its campus "
        "in Nanyuki, Kenya. Tana said the contract was worth about 18 billion shillings over "
        "its life."
    )
    assert [(a.value, a.currency) for a in deal.amounts] == [(18e9, "KES")]
