"""Shares sold in a private placement beside another deal (round 12, financings beside
other deals): `X has agreed to subscribe for 9.4 million common shares of Y ... by way of a
private placement`, `X will buy 7.9 million shares of Y in a private placement`. Shares
subscribed for, or bought in a private placement, are new shares the company issues: an
investment of the subscriber in it, not a purchase of the company. The gross proceeds of
the placement are the money invested. Every sentence is written for the test, with
invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def investments(text: str, published: str = "2026-04-14") -> list[Deal]:
    deals = extract_deals(Article(text=text, published=published))
    return [d for d in deals if d.deal_type == "investment"]


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


LEASE = (
    "Brackfield Computing Corp. today announced that it has entered into a five-year colocation "
    "lease with Quillfen AI Inc. for 12 megawatts of critical IT capacity at its Rivermont "
    "site. "
)


def test_shares_subscribed_for_in_a_placement_are_an_investment() -> None:
    found = investments(
        LEASE + "In a separate transaction, Quillfen has agreed to subscribe for 6,200,000 "
        "common shares of Brackfield at C$0.90 per share, for gross proceeds of about "
        "C$5.6 million, by way of a non-brokered private placement."
    )
    assert len(found) == 1
    assert sides(found[0]) == {("Quillfen AI", "investor"), ("Brackfield Computing", "investee")}
    assert [(a.value, a.currency, a.kind) for a in found[0].amounts] == [
        (5_600_000, "CAD", "investment")
    ]


def test_shares_bought_in_a_private_placement_are_an_investment() -> None:
    deals = extract_deals(
        Article(
            text=LEASE + "As part of the transaction, Quillfen AI has agreed to purchase "
            "4.1 million shares of Brackfield in a private placement.",
            published="2026-04-14",
        )
    )
    assert [d.deal_type for d in deals] == ["lease", "investment"]
    assert sides(deals[1]) == {("Quillfen AI", "investor"), ("Brackfield Computing", "investee")}
