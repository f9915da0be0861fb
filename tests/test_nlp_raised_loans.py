"""A loan raised from lenders is borrowed, not equity sold: `X has raised a seven-year term
loan of $300 million from A and B` makes X the borrower and A and B its lenders, while
money raised from investors stays a round. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _deals(text: str) -> set[tuple[str, str, str]]:
    deals = extract_deals(Article(text=text, published="2026-07-14"))
    return {(d.deal_type, p.name, p.role) for d in deals for p in d.parties}


def test_a_term_loan_raised_from_banks_is_a_loan() -> None:
    found = _deals(
        "Harwick Clinics Ltd has raised a seven-year term loan of $300 million from Pellow"
        " Bank and Garnet Bank, the hospital operator said on Tuesday."
    )
    assert found == {
        ("other", "Harwick Clinics", "customer"),
        ("other", "Pellow Bank", "provider"),
        ("other", "Garnet Bank", "provider"),
    }


def test_money_raised_from_investors_stays_a_round() -> None:
    found = _deals(
        "Harwick Robotics has raised $40 million in a Series B from Tollgate Ventures,"
        " the company said on Tuesday."
    )
    assert ("investment", "Tollgate Ventures", "investor") in found
