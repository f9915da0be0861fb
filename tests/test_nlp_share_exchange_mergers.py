"""A share-for-share takeover told by what the target's owners receive (`X shareholders
will receive 0.5 of a Y share`), whatever word names the deal. Invented names and
sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_the_owners_receiving_shares_tell_the_target_and_the_acquirer() -> None:
    text = (
        "Miners like to call their combinations mergers of equals. The all-share tie-up "
        "announced on Monday between Norberg Copper and Felsite Minerals has the vocabulary, "
        "but the arithmetic points one way.\n\n"
        "Under the agreement, Felsite shareholders will receive 0.55 of a Norberg share for "
        "each share they own, valuing Felsite at about C$2.1 billion."
    )
    assert _deals(text) == [
        ("acquisition", {("Norberg Copper", "acquirer"), ("Felsite Minerals", "target")})
    ]


def test_shares_of_the_acquirers_common_stock() -> None:
    text = (
        "Under the terms of the agreement, Quillby Pumps shareholders will receive 0.74 "
        "shares of Harrowden Valve common stock for each Quillby share they own."
    )
    assert _deals(text) == [
        ("acquisition", {("Harrowden Valve", "acquirer"), ("Quillby Pumps", "target")})
    ]


def test_the_kind_of_share_is_no_part_of_the_acquirers_name() -> None:
    text = (
        "Sorrel Devices and Tarnwick Semiconductor announced a deal on Monday. Sorrel "
        "shareholders will get 0.2 of a Tarnwick American depositary share for each Sorrel "
        "share."
    )
    sides = {p for _, parties in _deals(text) for p in parties}
    assert ("Tarnwick Semiconductor", "acquirer") in sides
    assert ("Sorrel Devices", "target") in sides
    assert not any("American" in name for name, _ in sides)
