"""French names the model cuts before their organisation word: `Le logisticien camerounais
Marembo Logistique`, tagged as `Marembo` and `Logistique`, is one organisation, named in
full as a party (invented companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def party_names(text: str) -> set[str]:
    found = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    return {p.name for d in found for p in d.parties}


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Le logisticien camerounais Marembo Logistique va plus que doubler", "Marembo Logistique"),
        ("Le logisticien ivoirien TransIvoire Logistique va agrandir", "TransIvoire Logistique"),
    ],
)
def test_the_organisation_word_stays_in_the_name(opening: str, name: str) -> None:
    text = (
        f"{opening} ses surfaces d'entreposage à Douala. L'entreprise a signé avec Sanaga "
        "Industrial Parks un bail de douze ans portant sur 42 000 m² d'entrepôts."
    )
    names = party_names(text)
    assert name in names
    assert "Logistique" not in names
