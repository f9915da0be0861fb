"""A lease its subject alone signs, with only its term told (`X has signed a 15-year
lease covering the first phase`): the subject rents, from the story's subject named before
it. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sides(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-20"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_a_tenant_signing_a_termed_lease_rents_from_the_story_subject() -> None:
    text = (
        "Marrowind Data Centers has secured a $900 million construction loan from Halvik "
        "Bank for its 200 MW campus in Tarrock, Oklahoma. "
        "The whole first phase is spoken for: Quellan Cloud has signed a 15-year lease "
        "covering it."
    )
    assert ("lease", {("Quellan Cloud", "lessee"), ("Marrowind Data Centers", "lessor")}) in (
        _sides(text)
    )


def test_the_story_subject_signing_a_termed_lease_alone_makes_no_lease() -> None:
    text = "Marrowind Data Centers has signed a 15-year lease covering its first phase."
    assert all(kind != "lease" for kind, _ in _sides(text))
