"""The sides of a compute contract told only as an agreement (round 14): a speaker's `We
signed a three-year agreement with Y` says nothing of who provides; when no words around
the two names do, the one whose name ends in the provider's business (`Y Cloud`, `Y
Compute`) provides and the other is its customer. Two such names decide nothing. Every
sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def compute_sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-04-20"))
    return {(p.name, p.role) for d in deals if d.deal_type == "compute_contract" for p in d.parties}


def test_a_cloud_named_party_provides_when_nothing_else_tells() -> None:
    assert compute_sides(
        "HOST: What did you sign?\n\n"
        "Mira Okafor (CEO, Tessel Labs): We signed a three-year agreement with Harlow "
        "Cloud for roughly 12,000 GPUs. The headline number is about $600 million."
    ) == {("Tessel Labs", "customer"), ("Harlow Cloud", "provider")}


def test_a_compute_named_party_provides_named_second_or_first() -> None:
    assert compute_sides(
        "Grenmoor Compute and Oskari Labs signed a three-year agreement for roughly 8,000 "
        "GPUs worth about $400 million."
    ) == {("Oskari Labs", "customer"), ("Grenmoor Compute", "provider")}


def test_two_cloud_names_tell_no_side() -> None:
    assert compute_sides(
        "Grenmoor Cloud and Harlow Cloud signed a three-year agreement for roughly 8,000 "
        "GPUs worth about $400 million."
    ) <= {("Grenmoor Cloud", "partner"), ("Harlow Cloud", "partner")}
