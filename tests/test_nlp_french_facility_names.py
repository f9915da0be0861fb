"""A French facility named after a participle (`Le campus, baptisé Saône Nord,`, `un
nouveau bâtiment baptisé ZAV-3`, `le futur campus, baptisé « Loire Ouest », sera construit à
X`), a ground-mounted plant (`une centrale photovoltaïque au sol de 35 MWc en
construction à X`), and another facility of the noun told before, named after a pronoun
(`le parc de la Haute-Borne, à X, et celui des Trois-Chênes, à Y`). Invented names; real
towns."""

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
