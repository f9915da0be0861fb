"""Notes a company prices (`X priced $900 million of seven-year senior notes`) are its
loan (deal type other: X the customer), and the bookrunners that `bought the entire
issue` lend (providers), named apart even when the NER glues them (`A Securities and B
& C`); banks that `are joint lead arrangers on the facility` (no article) lend too.
Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_bookrunners_buying_a_priced_issue_lend_to_the_issuer() -> None:
    text = (
        "Tamsin Networks Inc priced $900 million of seven-year senior unsecured notes on "
        "Tuesday, according to a term sheet.\n\n"
        "The notes carry a coupon of 6.125% and were priced at par. Joint bookrunners "
        "Corbel Securities and Ashby & Lund bought the entire issue for resale to "
        "institutional investors."
    )
    deals = extract_deals(Article(text=text, published="2026-10-06"))
    loan = next(d for d in deals if d.deal_type == "other")
    assert {(p.name, p.role) for p in loan.parties} == {
        ("Tamsin Networks", "customer"),
        ("Corbel Securities", "provider"),
        ("Ashby & Lund", "provider"),
    }
    assert [(a.value, a.kind) for a in loan.amounts] == [(9e8, "total")]


def test_notes_priced_with_no_buyer_named_are_no_deal() -> None:
    text = (
        "Tamsin Networks Inc priced $900 million of seven-year senior unsecured notes on "
        "Tuesday to refinance debt maturing next year."
    )
    deals = extract_deals(Article(text=text, published="2026-10-06"))
    assert not [d for d in deals if d.parties]


def test_banks_that_are_joint_lead_arrangers_on_a_facility_lend() -> None:
    text = (
        "The Larkfield joint venture, owned 50-50 by Tamsin Networks and Oriel Power, has "
        "secured a $700 million construction loan for its campus outside Odessa, Texas. "
        "Corran Bank and Westby Bank are joint lead arrangers on the seven-year facility."
    )
    deals = extract_deals(Article(text=text, published="2026-04-27"))
    loan = next(d for d in deals if d.deal_type == "other")
    assert {("Corran Bank", "provider"), ("Westby Bank", "provider")} <= {
        (p.name, p.role) for p in loan.parties
    }
