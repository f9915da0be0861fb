"""Where a bought French-reported company is: a relative clause on its head office or
plants (`X, dont le siège et l'usine sont à Y`), a fronted participle whose place is
written after a district (`Installée dans la zone industrielle de Z, à Y, X produit`),
Italian regions and German Länder under their French names (`à Y, en Ligurie`), a town
set off after `de` (`X, de Saint-Jérôme,`) or a town's adjective without an article (`X,
spécialiste grenoblois`); a place ending an institution's name (`Caisse de dépôt et
placement du Québec`, `Bourse de Toronto`) is none; on real French parses (invented
companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.places import find_places

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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le transporteur lavallois Brenval a annoncé lundi l'acquisition de Torsalis "
            "Logistique, de Saint-Jérôme, dans une transaction évaluée à 410 M$.",
            ("Saint-Jérôme", None, "CA"),
        ),
        (
            "Le groupe Brenval a annoncé le dépôt d'une offre publique d'achat sur Torsalis "
            "Services, spécialiste grenoblois de l'hébergement, pour 312 millions d'euros.",
            ("Grenoble", None, "FR"),
        ),
    ],
)
def test_a_town_told_in_apposition_places_the_target(text: str, place: Place) -> None:
    assert place in places(text)


def test_a_place_ending_an_institutions_name_is_no_place() -> None:
    found = find_places(
        "Brenval pourra compter sur la Caisse de dépôt et placement du Québec et sur la "
        "Banque de développement du Canada. À la Bourse de Toronto, l'action gagnait 4 %."
    )
    assert found == []


def test_a_place_after_a_company_word_that_names_none_is_kept() -> None:
    assert [p.text for p in find_places("La Société a ouvert une usine au Québec.")] == ["Québec"]


LEASE = (
    "L'opérateur Brenval a signé un bail de dix ans avec Torsalis Cloud pour 20 MW dans son "
    "centre de données de Lieusaint. "
)


def test_the_one_region_an_article_names_holds_the_town() -> None:
    found = places(LEASE + "C'est le plus gros bail signé en Île-de-France cette année.")
    assert ("Lieusaint", "Île-de-France", "FR") in found


def test_a_fleet_across_two_regions_names_no_region_of_the_site() -> None:
    found = places(
        LEASE + "Brenval exploite onze centres de données en Île-de-France et en Normandie."
    )
    assert ("Lieusaint", None, "FR") in found
