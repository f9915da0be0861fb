"""A loan named by coordinated modifiers (`a US$300 million syndicated acquisition and
development facility with A and B`) is the loan its first modifier names (`acquisition
facility`): the signer borrows, A and B lend, the sum is its total. Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_an_acquisition_and_development_facility_is_a_loan() -> None:
    text = (
        "Tarrant Minerals has agreed to buy ASX-listed Quoll Copper in an all-scrip deal "
        "that values the junior at A$900 million.\n\n"
        "Alongside the takeover, the company said it had signed a US$300 million "
        "syndicated acquisition and development facility with Wattle Bank and Coral Sea "
        "Banking Corporation, which are acting as joint underwriters."
    )
    deals = extract_deals(Article(text=text, published="2026-07-14"))
    loan = next(d for d in deals if d.deal_type == "other")
    assert {(p.name, p.role) for p in loan.parties} == {
        ("Tarrant Minerals", "customer"),
        ("Wattle Bank", "provider"),
        ("Coral Sea Banking Corporation", "provider"),
    }
    assert [(a.value, a.kind) for a in loan.amounts] == [(3e8, "total")]
