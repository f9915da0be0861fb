"""A loan's principal is the loan's amount however the sentence frames it: the loan a
buyer funds a deal with, a construction and term loan, the term loans an agreement
provides for, the debt a venture lines up. Names are invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def loan_amounts(text: str) -> list[tuple[float, str | None]]:
    deals = extract_deals(Article(text=text, published="2026-10-20"))
    loan = next(d for d in deals if d.deal_type == "other")
    return [(a.value, a.currency) for a in loan.amounts]


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        (
            "Harrowfield Energy agreed on Tuesday to buy the Moss Lake gas field from Tanter "
            "Resources for C$1.15 billion. Harrowfield will fund the deal with a new C$700 "
            "million three-year term loan from Lakehead Bank and Prairie Trust, with the rest "
            "drawn from cash.",
            (700_000_000, "CAD"),
        ),
        (
            "A group of three lenders - Quay Bank, Farran Commercial and Skellig Bank - is "
            "providing Ardnacrusha Data with a EUR420 million construction and term loan with "
            "a six-year tenor.",
            (420_000_000, "EUR"),
        ),
        (
            'On May 5, 2026, Tarrasque Compute Holdings, Inc. (the "Company") entered into a '
            "Delayed Draw Term Loan Agreement with "
            "Ossory Capital Partners, as administrative agent and a lender. The Loan Agreement "
            "provides for up to $450 million of delayed draw term loans.",
            (450_000_000, "USD"),
        ),
    ],
)
def test_a_loans_principal_is_its_amount(text: str, principal: tuple[float, str]) -> None:
    assert principal in loan_amounts(text)


def test_the_debt_a_venture_lines_up_is_its_loans_principal() -> None:
    text = (
        "Dunmore Digital and Kestle Partners have formed a joint venture to build a "
        "200-megawatt data centre campus near Muscat, and have lined up OMR900 million of "
        "debt for the first phase. The seven-year construction loan is provided by Sohar "
        "Crescent Bank and Nizwa Gulf Bank."
    )
    deals = extract_deals(Article(text=text, published="2026-06-25"))
    venture = next(d for d in deals if d.deal_type == "partnership")
    assert (900_000_000, "OMR") in loan_amounts(text)
    assert all(a.value != 900_000_000 for a in venture.amounts)
