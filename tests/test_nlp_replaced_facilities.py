"""An older facility a new loan replaces (`replaces the company's prior $300 million
facility`, `The new facility replaces a $1.1 billion credit facility`) is not the new
loan's money: the loan keeps its own total. Names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-11-02"))


def loan_totals(text: str) -> list[float]:
    loan = next(d for d in deals_of(text) if d.deal_type == "other")
    return [a.value for a in loan.amounts if a.kind == "total"]


def test_the_facility_a_revolver_replaces_is_not_its_total() -> None:
    text = (
        "Brackenfold Resources has entered into a $900 million senior secured revolving "
        "credit facility with Ostley Bank and Marrow Union Bank as joint lead arrangers. "
        "The revolver matures in June 2030 and replaces the company's prior $600 million "
        "facility."
    )
    assert loan_totals(text) == [9e8]


def test_a_replaced_credit_facility_told_as_its_subject_is_not_the_total() -> None:
    text = (
        "Quenby Foods has signed a $450 million term loan with Harlow Street Bank and "
        "Pennick Bank. The new facility replaces a $320 million credit facility that was "
        "due to mature next year."
    )
    assert loan_totals(text) == [4.5e8]
