"""Where a French facility is, told past its builder's pronoun (`la centrale qu'elle
construit près de X`), the river it stands on (`de X, sur le Rhône, près de Y`) or with
its area in brackets (`à Y (région du Centre)`, `dans la province de Y (région Z)`: the
larger area). Invented facility names; real towns and areas."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le contrat couvre la production de la centrale solaire qu'elle construit près "
            "de Mbour, dans la région de Thiès.",
            [(None, "Mbour", "Thiès", "SN")],
        ),
        (
            "L'électricité viendra de la centrale hydroélectrique de Roche-Fendue, sur le "
            "Rhône, près de Martigny (canton du Valais).",
            [("Roche-Fendue", "Martigny", "Valais", "CH")],
        ),
        (
            "Le groupe rachète un centre de données situé à Yaoundé (région du Centre).",
            [(None, "Yaoundé", "Centre", "CM")],
        ),
        (
            "Le groupe rachète un centre de données situé à Deido, dans la ville de Douala "
            "(région du Littoral).",
            [(None, "Douala", "Littoral", "CM")],
        ),
        (
            "Minerais du Sud exploite la mine d'or de Tazrit-Ouest, dans la province de Tata "
            "(région Souss-Massa).",
            [("Tazrit-Ouest", None, "Souss-Massa", "MA")],
        ),
    ],
)
def test_french_facility_placed(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected
