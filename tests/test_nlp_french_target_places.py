"""Where a bought French-reported company is: a relative clause on its head office or
plants (`X, dont le siège et l'usine sont à Y`), a fronted participle whose place is
written after a district (`Installée dans la zone industrielle de Z, à Y, X produit`),
and Italian regions and German Länder under their French names (`à Y, en Ligurie`); on
real French parses (invented companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals

Place = tuple[str | None, str | None, str | None]


def places(text: str) -> set[Place]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {(s.city, s.region, s.country) for d in found for s in d.sites}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le groupe Brenval va racheter Torsalis Mécanique pour 120 millions d'euros. "
            "Torsalis Mécanique, dont le siège et l'usine principale sont à Sierre, dans le "
            "canton du Valais, emploie 400 personnes.",
            ("Sierre", "Valais", "CH"),
        ),
        (
            "Le groupe Brenval va racheter Torsalis Mécanique pour 120 millions d'euros. "
            "Torsalis Mécanique, dont le principal site de production est situé à Grenoble, "
            "emploie 400 personnes.",
            ("Grenoble", None, "FR"),
        ),
    ],
)
def test_a_relative_clause_on_the_head_office_places_the_target(text: str, place: Place) -> None:
    assert place in places(text)


def test_a_fronted_participle_after_a_district_places_the_target() -> None:
    found = places(
        "Le groupe Brenval va prendre le contrôle de Kalimé Foods pour 9 milliards de francs "
        "CFA. Installée dans la zone portuaire de Bonabéri, à Douala, Kalimé Foods produit "
        "des jus de fruits."
    )
    assert ("Douala", None, "CM") in found


def test_a_place_of_another_clause_is_not_the_targets() -> None:
    found = places(
        "Le groupe Brenval va racheter Torsalis Mécanique pour 120 millions d'euros. "
        "Torsalis Mécanique, dont la mise en service de la nouvelle ligne est prévue à "
        "Grenoble, emploie 400 personnes."
    )
    assert ("Grenoble", None, "FR") not in found


@pytest.mark.parametrize(
    ("region", "country"), [("Vénétie", "IT"), ("Ligurie", "IT"), ("Bade-Wurtemberg", "DE")]
)
def test_a_neighbours_region_named_in_french_places_the_target(region: str, country: str) -> None:
    found = places(
        "Le groupe monégasque Brenval va acquérir 60 % du chantier naval Cantiere Orsolani, "
        f"installé à Valdoria, en {region}, pour 40 millions d'euros."
    )
    assert ("Valdoria", region, country) in found
