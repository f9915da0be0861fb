"""Parties named by their capacity in an agreement (issue 8): a filing or a loan story
names each side of a credit agreement by what it is in it (`X, N.A., as administrative
agent`, `A and B, each as co-syndication agent`, `with C and D joining as lenders`,
`Y, as borrower`), not by the verb's subject or object. Such a name takes the capacity's
role and joins the deal when the parse hung it elsewhere. Every sentence is written for
the test, with invented names."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.defined_terms import capacities
from pipeline.nlp.model import load_model


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def loans_of(text: str) -> list[Deal]:
    deals = extract_deals(Article(text=text, published="2026-12-01"))
    return [d for d in deals if d.deal_type == "other"]


def test_a_credit_agreement_among_a_borrower_listed_lenders_and_an_agent() -> None:
    (loan,) = loans_of(
        'On November 20, 2026, Tamworth Alloys Corporation (the "Company") entered '
        "into a Term Loan Credit Agreement among the Company, as borrower, the lenders "
        "party thereto, including Pellam Bank and Orkney Trust Bank, each as "
        "co-syndication agent, and Ravensworth Bank, N.A., as administrative agent. The "
        "agreement provides for a senior unsecured term loan facility of $300 million."
    )
    assert roles(loan) == {
        ("Tamworth Alloys", "customer"),
        ("Pellam Bank", "provider"),
        ("Orkney Trust Bank", "provider"),
        ("Ravensworth Bank", "provider"),
    }


def test_a_second_lender_named_after_the_agent_joins_the_loan() -> None:
    (loan,) = loans_of(
        "On May 4, 2026, the Company entered into a Loan Agreement with Fenwick Lane "
        "Capital, as administrative agent and a lender, and Gorsedd Credit Fund II, LP, as "
        "a lender, providing for term loans of up to $250 million."
    )
    providers = {name for name, role in roles(loan) if role == "provider"}
    assert providers == {"Fenwick Lane Capital", "Gorsedd Credit Fund II"}  # not `LP`


def test_lenders_joining_a_loan_arranged_by_a_bank() -> None:
    (loan,) = loans_of(
        "Brindlecote Power will fund the purchase with a new $800 million seven-year "
        "term loan B arranged by Ashby Trust, with Calder Bank and Marrow Bank joining "
        "as lenders."
    )
    assert {("Ashby Trust", "provider"), ("Calder Bank", "provider")} <= roles(loan)
    assert ("Marrow Bank", "provider") in roles(loan)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The notes were bought by Ostrey Capital, in its capacity as collateral agent.",
            {"Ostrey Capital": "agent"},
        ),
        (
            "Hallam Bank, Corran Bank and Peel Bank, as joint bookrunners, placed the loan.",
            dict.fromkeys(("Hallam Bank", "Corran Bank", "Peel Bank"), "bookrunners"),
        ),
        (  # a name beside one in a capacity, but not listed with it, holds none
            "Kestle Foods, which banks with Hallam Bank, said Peel Bank, as agent, agreed.",
            {"Peel Bank": "agent"},
        ),
        (  # `as part of` is no capacity
            "Hallam Bank, as part of its plan, will close two branches.",
            {},
        ),
    ],
)
def test_the_capacity_each_name_holds(sentence: str, expected: dict[str, str]) -> None:
    doc = load_model()(sentence)
    found = capacities(doc)
    names = {e.start_char: e.text for e in doc.ents}
    assert {names[start]: term for start, term in found.items()} == expected
