"""A French plant or mine named after its noun, its complement between (`le parc éolien en
mer de X`, `la centrale à cycle combiné de X`, `la mine d'or de X`), then placed in an
area its noun names (`dans le gouvernorat de Y`, `dans la wilaya de Y`, `dans le district
du Y`): the name is the facility's own, the area is its region, not a town. A plant named
after a town the towns table knows is in that town, in the area named after it; a power
purchase from such a plant has no site at the buyer's unnamed data centre. Invented
facility names; real towns and areas."""

from __future__ import annotations

import pytest

from pipeline.models import Site
from pipeline.nlp.sites import generating_sites
from tests.nlp_support import Site as Where
from tests.nlp_support import sites_of


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
def test_named_plant_in_an_area(sentence: str, expected: list[Where]) -> None:
    assert sites_of(sentence) == expected


def test_offshore_wind_farm_named_after_its_complement() -> None:
    sentence = (
        "Le groupe achètera une partie de la production du parc éolien en mer de Kerlouan "
        "Large, au large du Finistère."
    )
    assert [name for name, *_ in sites_of(sentence)] == ["Kerlouan Large"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # a town the towns table knows, then a province the gazetteer lacks: the town
            "Elle achètera la production de sa centrale d'Owendo, dans la province de l'Estuaire.",
            [(None, "Owendo", "Estuaire", "GA")],
        ),
        (
            "Elle achètera la production du parc éolien de Berkane, dans la région de l'Oriental.",
            [(None, "Berkane", "Oriental", "MA")],
        ),
    ],
)
def test_plant_named_after_its_town_in_an_area(sentence: str, expected: list[Where]) -> None:
    assert sites_of(sentence) == expected


def test_a_power_purchase_from_a_plant_placed_in_its_town_has_no_site_at_the_buyers() -> None:
    plant = Site(name=None, kind="plant", city="Franceville", country="GA", text="centrale")
    data_centre = Site(name=None, kind="data_center", city="Libreville", country="GA", text="x")
    assert generating_sites([plant, data_centre], "fr") == [plant]
    assert generating_sites([data_centre], "fr") == [data_centre]
