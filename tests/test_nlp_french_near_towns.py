"""French facilities placed by the town they are next to, `de` elided or not: `près
d'Agboville`, `aux portes de Cambrai`, `au nord-est de Gien`, `à proximité d'Arras`.
Invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le contrat porte sur la production de la future centrale photovoltaïque "
            "Solvéra, près d'Agboville, dans la région de l'Agnéby-Tiassa.",
            [("Solvéra", "Agboville", "Agnéby-Tiassa", "CI")],
        ),
        (
            "Le producteur fournira l'électricité du parc éolien de Brévane, près d'Amiens.",
            [("Brévane", "Amiens", None, "FR")],
        ),
        (
            "Le groupe construit une centrale solaire au nord-est d'Orléans.",
            [(None, "Orléans", None, "FR")],
        ),
        (
            "Le développeur exploite une centrale solaire à proximité de Tours.",
            [(None, "Tours", None, "FR")],
        ),
    ],
)
def test_french_facility_near_a_town(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected
