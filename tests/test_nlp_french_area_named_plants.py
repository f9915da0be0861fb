"""A French plant or mine named after its noun, its complement between (`le parc éolien en
mer de X`, `la centrale à cycle combiné de X`, `la mine d'or de X`), then placed in an
area its noun names (`dans le gouvernorat de Y`, `dans la wilaya de Y`, `dans le district
du Y`): the name is the facility's own, the area is its region, not a town. Invented
facility names; real areas."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le contrat porte sur l'électricité du futur parc éolien de Ras Kelbane, dans le "
            "gouvernorat de Bizerte.",
            [("Ras Kelbane", None, "Bizerte", "TN")],
        ),
        (
            "Le groupe fournira les turbines de la centrale à cycle combiné de Oran-Sud, dans "
            "la wilaya d'Oran.",
            [("Oran-Sud", None, "Oran", "DZ")],
        ),
        (
            "Minerais du Sud exploite la mine d'or de Tazrit-Ouest, dans la province de Tata.",
            [("Tazrit-Ouest", None, "Tata", "MA")],
        ),
        (
            "Minerais du Sud exploite la mine d’or de Tazrit-Ouest, dans la province de Tata.",
            [("Tazrit-Ouest", None, "Tata", "MA")],
        ),
    ],
)
def test_named_plant_in_an_area(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_offshore_wind_farm_named_after_its_complement() -> None:
    sentence = (
        "Le groupe achètera une partie de la production du parc éolien en mer de Kerlouan "
        "Large, au large du Finistère."
    )
    assert [name for name, *_ in sites_of(sentence)] == ["Kerlouan Large"]
