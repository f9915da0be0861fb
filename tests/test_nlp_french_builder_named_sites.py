"""A French facility named right after its noun, then placed by its builder's relative
clause (`le campus Vellane-2 que Corvix achève à Blaye`, `le centre de données Orbe 3, que
l'opérateur construit à Mons`): the name and the town are both kept; with no place after
the builder's verb the name alone places nothing. The same name placed by a participle and
the ground it stands on (`le parc solaire Orsane, installé sur une ancienne friche
industrielle à Fleurus`, `installé sur le site de X à Y`). Invented names; real towns."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Les serveurs seront installés sur le campus Vellane-2 que Corvix achève à "
            "Ambarès-et-Lagrave, en Nouvelle-Aquitaine.",
            [("Vellane-2", "Ambarès-et-Lagrave", "Nouvelle-Aquitaine", "FR")],
        ),
        (
            "Le client occupera 10 MW dans le centre de données Orbe 3, que l'opérateur "
            "construit à Mons.",
            [("Orbe 3", "Mons", None, "BE")],
        ),
        (
            "Le campus Vellane que Corvix a revendu en 2024 est complet.",
            [],
        ),
    ],
)
def test_named_facility_placed_by_its_builder(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "L'électricité viendra du parc solaire Orsane Nord, installé sur une ancienne "
            "friche industrielle à Charleroi.",
            [("Orsane Nord", "Charleroi", None, "BE")],
        ),
        (
            "Le centre de données Tellane, installé sur le site de Gravenor à Differdange, "
            "change de propriétaire.",
            [("Tellane", "Differdange", None, "LU")],
        ),
    ],
)
def test_named_facility_placed_on_its_ground(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected
