"""A deal whose only counterparty is described, not named, is the story's subject's."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_capacity_leased_to_an_unnamed_customer_is_let_by_the_subject() -> None:
    text = (
        "Harrowfield Data has closed a $900 million construction loan from Quarry Bank for "
        "its campus near Tamsin, Nevada. The loan will fund 90 megawatts of capacity that is "
        "fully leased to an unnamed cloud customer under a 15-year agreement."
    )
    deals = extract_deals(Article(text=text, published="2026-08-03"))
    leases = [d for d in deals if d.deal_type == "lease"]
    assert len(leases) == 1
    assert [(p.name, p.role) for p in leases[0].parties] == [("Harrowfield Data", "lessor")]
