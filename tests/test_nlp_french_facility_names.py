"""A French facility named after a participle (`Le campus, baptisé Saône Nord,`, `un
nouveau bâtiment baptisé ZAV-3`, `le futur campus, baptisé « Loire Ouest », sera construit à
X`), a ground-mounted plant (`une centrale photovoltaïque au sol de 35 MWc en
construction à X`), and another facility of the noun told before, named after a pronoun
(`le parc de la Haute-Borne, à X, et celui des Trois-Chênes, à Y`), and a plant named
after `de` by a word no town table knows (`le parc de Roc-Bellanger, dans l'Aveyron`: its
name; `son parc éolien de Frasnes-lez-Anvaing`: its town). Invented names; real towns."""

from __future__ import annotations

import pytest

from pipeline.nlp.places import find_facilities

Site = tuple[str | None, str, str | None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le campus, baptisé Saône Nord, comptera à terme 120 MW de puissance informatique.",
            [("Saône Nord", "campus", None)],
        ),
        (
            "Les premières salles seront remises en janvier 2027, dans un nouveau bâtiment "
            "baptisé ZAV-3, dont la construction a démarré à l'automne.",
            [("ZAV-3", "facility", None)],
        ),
        (
            "Le futur campus, baptisé « Loire Ouest », sera construit à Cordemais.",
            [("Loire Ouest", "campus", "Cordemais")],
        ),
        (
            "Il porte sur la production d'une centrale photovoltaïque au sol de 35 MWc en "
            "construction à Mazan.",
            [(None, "plant", "Mazan")],
        ),
        (
            "Le contrat porte sur 95 MW, répartis entre le parc de la Haute-Borne, à "
            "Moislains (Somme), et celui des Trois-Chênes, à Guise (Aisne).",
            [("Haute-Borne", "plant", "Moislains"), ("Trois-Chênes", "plant", "Guise")],
        ),
        (
            "Il servira à construire trois bâtiments sur le campus de Lieusaint et à lancer "
            "celui de Petit-Couronne, près de Rouen.",
            [(None, "campus", "Lieusaint"), (None, "campus", "Petit-Couronne")],
        ),
    ],
)
def test_french_facility_names_and_plants(sentence: str, expected: list[Site]) -> None:
    assert [(f.name, f.kind, f.city) for f in find_facilities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le contrat couvre 30 MW issus du parc de Roc-Bellanger, dans l'Aveyron, pour dix ans.",
            ("Roc-Bellanger", None, "FR"),
        ),
        (
            "L'électricité viendra de la centrale au fil de l'eau de Pré-Moliaz, en Haute-Savoie.",
            ("Pré-Moliaz", None, "FR"),
        ),
        (
            "Le contrat porte sur 45 MW issus du parc éolien de Kastelveld-Oost, dans le Brabant "
            "flamand, actuellement en construction.",
            ("Kastelveld-Oost", None, None),
        ),
        (
            "Il achètera la production de son parc éolien de Frasnes-lez-Anvaing.",
            (None, "Frasnes-lez-Anvaing", "BE"),
        ),
    ],
)
def test_a_plant_named_after_de_by_no_known_town_is_its_name(
    sentence: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert [(f.name, f.city, f.country) for f in find_facilities(sentence)] == [expected]
