"""Facilities listed after a plural noun, towns with lower-case links, addresses of three
parts, a filing's defined facility name and a relative clause placing a facility
(invented names)."""

from __future__ import annotations

import pytest

from pipeline.nlp.places import resolve_place
from tests.nlp_support import sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brackley owns two data centers, one in Boise, Idaho and one in Nampa, Idaho.",
            [(None, "Boise", "Idaho", "US"), (None, "Nampa", "Idaho", "US")],
        ),
        (
            "Corlett operates two facilities in Ireland, CRX1 in Lucan and CRX2 in Swords.",
            [("CRX1", "Lucan", None, "IE"), ("CRX2", "Swords", None, "IE")],
        ),
        (
            "Veyra runs three facilities in Tolworth and Brampwick with 40MW of capacity.",
            [(None, "Tolworth", None, "GB"), (None, "Brampwick", None, None)],
        ),
        (
            "Hollin will buy two data centers in Madrid and Lisbon from Ostra Bank.",
            [(None, "Madrid", None, "ES"), (None, "Lisbon", None, "PT")],
        ),
        (
            "Quorra will install the racks in its GPU clusters in Quincy, Washington, "
            "and Reno, Nevada.",
            [(None, "Quincy", "Washington", "US"), (None, "Reno", "Nevada", "US")],
        ),
    ],
)
def test_towns_listed_after_a_counted_or_owned_plural_noun(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a fleet: neither counted nor owned
        "The company operates data centres in Madrid and Lisbon.",
        # unknown words after an uncounted noun are no towns
        "Its data centres in Tolworth and Brampwick are full.",
    ],
)
def test_an_uncounted_list_is_a_fleet_or_unknown(sentence: str) -> None:
    assert sites_of(sentence) == []


@pytest.mark.parametrize(
    ("name", "city", "region", "country"),
    [
        ("Offenbach am Main, Hesse", "Offenbach am Main", "Hesse", "DE"),
        ("Usti nad Orlici, Czech Republic", "Usti nad Orlici", None, "CZ"),
        # a town, its region and its country: the region is kept
        ("Tanjung Kelor, Riau Islands, Indonesia", "Tanjung Kelor", "Riau Islands", "ID"),
        ("Marlow Creek, New South Wales, Australia", "Marlow Creek", "New South Wales", "AU"),
    ],
)
def test_town_links_and_three_part_addresses(
    name: str, city: str, region: str | None, country: str
) -> None:
    place = resolve_place(name)
    assert place is not None
    assert (place.city, place.region, place.country) == (city, region, country)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ostrava Digital leased a data center building of 18 MW in Bad Sodenheim am "
            'Taunus, Hesse, Germany (the "TAU-3 Facility") to the Company.',
            [("TAU-3", "Bad Sodenheim am Taunus", "Hesse", "DE")],
        ),
        # the defined name is only the town: no name
        (
            'The Company leased its facility in Sidney, Nebraska (the "Sidney Facility").',
            [(None, "Sidney", "Nebraska", "US")],
        ),
        (
            "The power comes from our Copper Wash project, which sits just outside "
            "Lordsburg, New Mexico.",
            [("Copper Wash", "Lordsburg", "New Mexico", "US")],
        ),
        (
            "It will supply the Greyling campus, which lies near Abilene, Texas.",
            [("Greyling", "Abilene", "Texas", "US")],
        ),
        (
            "Morrow's Ashby Fen campus near Hradec nad Moravici in the Czech Republic",
            [("Ashby Fen", "Hradec nad Moravici", None, "CZ")],
        ),
    ],
)
def test_defined_names_relative_clauses_and_linked_towns(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a direction from a city, after a comma: a landmark, not the plant's town
        (
            "Korrel will take the power of the Tamsin Ridge Generating Station, west of Edmonton.",
            [("Tamsin Ridge", None, None, "CA")],
        ),
        (
            "The Pallid Flats project in Pellow County, east of Reno, will store power.",
            [("Pallid Flats", None, None, "US")],
        ),
        # written without the comma, the direction places an unnamed farm by the town
        (
            "It starts once the 400 MW wind farm west of Toowoomba is built.",
            [(None, "Toowoomba", None, "AU")],
        ),
        # `near` a town after a county still gives the town
        (
            "The plant in Taylor County, near Abilene, Texas, is new.",
            [(None, "Abilene", "Texas", "US")],
        ),
    ],
)
def test_a_direction_from_a_city_is_a_landmark(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # placed in a county, a campus's unknown name is its own, not its town's
        (
            "The lease covers 200 megawatts at our Cedar Hollow campus in Brannock County, Texas.",
            [("Cedar Hollow", None, "Texas", "US")],
        ),
        # placed in a region only, it is named after its town
        (
            "Its Kettle Falls facility in eastern Washington is new.",
            [(None, "Kettle Falls", "Washington", "US")],
        ),
    ],
)
def test_a_campus_placed_in_a_county_keeps_its_name(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert sites_of(sentence) == expected
