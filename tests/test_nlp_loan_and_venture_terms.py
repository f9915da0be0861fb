"""A loan or a joint venture serves no capacity: when the campus it funds or builds comes
online is not its term; its tenor or length is. Names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-11-02"))


def test_a_ventures_campus_coming_online_is_no_term() -> None:
    found = deals_of(
        "Malaysian developer Harlow Digital and Tokyo-based investor Sendai Crest Partners "
        "have formed a 60/40 joint venture to build a 120 MW data center campus in Kulai, "
        "Johor. The partners will inject RM1.1 billion of equity between them. The first "
        "40MW phase is due to be energised in the fourth quarter of 2027."
    )
    venture = next(d for d in found if d.deal_type == "partnership")
    assert venture.term is None or (venture.term.start, venture.term.end) == (None, None)


def test_a_loans_tenor_is_its_term_and_the_campus_date_is_not() -> None:
    found = deals_of(
        "Kaldmoor Data Centers has closed an €850 million seven-year green construction loan "
        "arranged by Nordvik Bank and Skagen Capital for the first phase of its 96 MW campus "
        "in Kristiansand, which is due to come online in the third quarter of 2027."
    )
    loan = next(d for d in found if d.deal_type == "other")
    assert loan.term is not None
    assert (loan.term.start, loan.term.end, loan.term.duration) == (None, None, "P7Y")
