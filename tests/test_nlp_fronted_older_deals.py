"""Older deals told in a sentence opening on their year (round 18b): `In 2024, X licensed
the same technology to Z` tells an older deal of a party of the article's deal; Z is no
side of the deal the article reports, and the sides of that deal are read without it.
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sides(text: str) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-05-05"))
    return {(d.deal_type, frozenset((p.name, p.role) for p in d.parties)) for d in found}


def test_a_licence_of_a_year_the_sentence_opens_with_is_older() -> None:
    found = _sides(
        "Tamberlane Digital Berhad today announced that it has entered into a technology "
        "licence agreement with Osuzu Cooling Labs K.K.\n\n"
        "Tamberlane Digital will pay an upfront licence fee of RM12 million, followed by "
        "running royalties of 3% of net sales of licensed products.\n\n"
        "In 2024, Osuzu licensed the same technology to Penghu Thermal for the Greater "
        "China market."
    )
    assert not any(
        ("Penghu Thermal", role) in sides
        for _, sides in found
        for role in ("licensee", "licensor", "partner")
    )
    assert (
        "licence",
        frozenset({("Tamberlane Digital", "licensee"), ("Osuzu Cooling Labs K.K.", "licensor")}),
    ) in found
