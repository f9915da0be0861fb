"""French facilities named by a word and its number right after their noun (`son bâtiment
Vernel 2`, `le site Brocart 3`), or by a mixed-case code (`le centre de données NorHPC-2
de Wiltz`), with no place written after them. Invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, french_deals, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "L'opérateur Calvane a signé un bail de dix ans avec le fournisseur Ostrim Cloud "
            "pour 3 mégawatts dans son bâtiment Vernel 2, a-t-on appris lundi.",
            [("Vernel 2", None, None, None)],
        ),
        (
            "Le locataire a pris à bail l'intégralité du bâtiment Sorève 4 cette semaine.",
            [("Sorève 4", None, None, None)],
        ),
        (
            "Les serveurs seront hébergés dans le centre de données NorHPC-2 de Wiltz.",
            [("NorHPC-2", "Wiltz", None, "LU")],
        ),
    ],
)
def test_numbered_french_facility(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_numbered_building_is_the_lease_site() -> None:
    deals = french_deals(
        "L'opérateur de centres de données Calvane a signé un bail de douze ans avec le "
        "fournisseur de cloud Ostrim Cloud pour 4 mégawatts dans son bâtiment Vernel 2, "
        "a-t-on appris mardi."
    )
    assert any(s.name == "Vernel 2" for d in deals for s in d.sites)
