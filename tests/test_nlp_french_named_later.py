"""A French site told first without a name (`le premier bâtiment de son campus de Lisses`)
and named in a later sentence by a definite determiner (`Ce bâtiment, baptisé LSS-1`,
`Le campus, baptisé X`): one site, with the name and the town. Invented companies; real
towns."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


@pytest.mark.parametrize("determiner", ["Ce bâtiment", "Le nouveau bâtiment"])
def test_a_definite_noun_names_the_site_told_before(determiner: str) -> None:
    text = (
        "L'opérateur Valdane a signé un bail de douze ans avec l'hébergeur Corbel Cloud, "
        "qui occupera le premier bâtiment de son campus de Lisses (Essonne).\n\n"
        f"{determiner}, baptisé VLD-2, offrira 30 mégawatts de puissance informatique."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    assert [(s.name, s.city, s.country) for d in deals for s in d.sites] == [
        ("VLD-2", "Lisses", "FR")
    ]
