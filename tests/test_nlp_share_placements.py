"""New shares placed with an investor (`X will raise €350 million through a private
placement of new shares with Y`) are an investment: X the investee, Y the investor, the
sum raised the investment; not a purchase. Every sentence is written for the test, with
invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_a_placement_with_an_anchor_investor() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Dutch lender Marlowe Bank NV said on Monday it would raise €280 million through "
                "a private placement of new shares with Corvina Partners, which will become its "
                "largest shareholder.\n\nCorvina will subscribe for 22 million new shares at "
                "€12.70 each."
            ),
            published="2026-09-14",
        )
    )
    investments = [d for d in deals if d.deal_type == "investment"]
    assert investments
    assert {(p.name, p.role) for p in investments[0].parties} == {
        ("Marlowe Bank", "investee"),
        ("Corvina Partners", "investor"),
    }
    assert [(a.value, a.kind) for a in investments[0].amounts] == [(280_000_000, "investment")]


def test_agreements_with_investors_for_a_placement() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Harrier Pipeline Partners LP today announced a definitive agreement to acquire "
                "gas gathering assets in the Anadarko Basin from Selwyn Energy Corp. for "
                "$820 million in cash.\n\nTo fund a portion of the purchase price, Harrier has "
                "entered into agreements with Quarry Lane Infrastructure and Dovecote Capital "
                "Management for a private placement of $300 million of common units."
            ),
            published="2026-11-03",
        )
    )
    investments = [d for d in deals if d.deal_type == "investment"]
    assert investments
    assert {(p.name, p.role) for p in investments[0].parties} >= {
        ("Quarry Lane Infrastructure", "investor"),
        ("Dovecote Capital Management", "investor"),
    }
    assert (300_000_000, "investment") in {(a.value, a.kind) for a in investments[0].amounts}
