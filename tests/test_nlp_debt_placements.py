"""A private placement of notes is a loan to the issuer from the notes' buyers, not an
investment; a placement of shares stays an investment. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_a_placement_of_notes_is_lent_by_their_buyers() -> None:
    text = (
        "Quarrel Plastics Corporation said today that it has completed a private placement "
        "of $250 million of senior unsecured notes with a group of institutional investors "
        "led by Brenholt Life Insurance Company and Osgard Mutual."
    )
    assert _deals(text) == [
        (
            "other",
            {
                ("Quarrel Plastics", "customer"),
                ("Brenholt Life Insurance Company", "provider"),
                ("Osgard Mutual", "provider"),
            },
        )
    ]


def test_a_placement_of_shares_is_still_an_investment() -> None:
    text = "Vantra Mining completed a private placement of new shares with Hollis Capital."
    assert _deals(text) == [
        ("investment", {("Vantra Mining", "investee"), ("Hollis Capital", "investor")})
    ]


def test_notes_sold_in_a_private_placement_are_lent_by_their_buyer() -> None:
    text = (
        "Tolvane Brands has sold $300 million of senior notes in a private placement to a "
        "single buyer, Marrow Life Assurance."
    )
    assert _deals(text) == [
        ("other", {("Tolvane Brands", "customer"), ("Marrow Life Assurance", "provider")})
    ]


def test_notes_placed_with_insurers_are_lent_by_them() -> None:
    text = (
        "Corbel Foods has placed $200 million of 10-year notes with Arnhill Insurance Company and "
        "Sedley Life Insurance."
    )
    assert _deals(text) == [
        (
            "other",
            {
                ("Corbel Foods", "customer"),
                ("Arnhill Insurance Company", "provider"),
                ("Sedley Life Insurance", "provider"),
            },
        )
    ]
