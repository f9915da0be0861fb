"""A French PPA's seller told in a relative: `X a signé un contrat d'achat d'énergie avec Y,
qui lui vendra toute la production de la centrale`: the output sold makes a power purchase
(Y sells, X buys), not a company changing hands. Invented companies and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def parties(text: str) -> set[tuple[str, str]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {(p.name, p.role) for d in found for p in d.parties}


def test_the_producer_that_sells_the_output_is_the_seller_of_a_ppa() -> None:
    found = parties(
        "La Société d'électricité du Fouta a signé un contrat d'achat d'énergie de 25 ans "
        "avec Labé Solaire SA, qui lui vendra toute la production d'une centrale "
        "photovoltaïque de 30 MWc."
    )
    assert ("Société d'électricité du Fouta", "buyer") in found
    assert ("Labé Solaire", "seller") in found
    assert not any(role in ("acquirer", "partner") for _, role in found)
