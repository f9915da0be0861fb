"""The sides of a French contract told only as signed between two companies: the words
that describe each where the article first names it (`X, développeur de modèles de
langage`) decide, when the contract's own sentences say nothing (invented companies)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_a_party_described_where_first_named_takes_its_side() -> None:
    found = extract_deals(
        Article(
            text=(
                "Norvelle AI, développeur lyonnais de modèles de langage spécialisés pour "
                "l'assurance, a été fondée en 2021 à Lyon.\n\n"
                "Norvelle AI a conclu avec Kestrane Compute un contrat de trois ans portant sur "
                "2 000 GPU hébergés dans le centre de calcul de Kestrane Compute à Vienne, en "
                "Isère, pour 45 millions d'euros."
            ),
            language="fr",
            published="2026-06-01",
        )
    )
    contracts = [d for d in found if d.deal_type == "compute_contract"]
    assert len(contracts) == 1
    assert {(p.name, p.role) for p in contracts[0].parties} == {
        ("Norvelle AI", "customer"),
        ("Kestrane Compute", "provider"),
    }
