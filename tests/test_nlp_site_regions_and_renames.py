"""How English reports place a deal's site in its region and name it again (issue 8), on
sentences written for the test with invented names: a region written with its generic word
after the town (`, Lagos State`, `, County Donegal`, `, in the Dutch province of
Groningen`), a site named later with a generic noun (`The facility, known as X`), a
company's home (`the London-based developer`) that is no place of the site, lists of
several plants, and names given after the facility noun."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal, Site
from pipeline.nlp import extract_deals
from pipeline.nlp.places import find_facilities, in_region, resolve_place
from pipeline.nlp.sites import generating_sites

Where = tuple[str | None, str | None, str | None, str | None]


def facilities(text: str) -> list[Where]:
    return [(f.name, f.city, f.region, f.country) for f in find_facilities(text)]


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-05"))


def sites_of(text: str) -> list[Where]:
    return [(s.name, s.city, s.region, s.country) for d in deals_of(text) for s in d.sites]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ikoyi, Lagos State", ("Ikoyi", "Lagos", "NG")),
        ("Ramelton, County Donegal", ("Ramelton", "Donegal", "IE")),
        ("Delfzijl, in the Dutch province of Groningen", ("Delfzijl", "Groningen", "NL")),
        ("Ghayathi, in the Al Dhafra region of Abu Dhabi", ("Ghayathi", "Abu Dhabi", "AE")),
        ("Sendai, Miyagi Prefecture", ("Sendai", "Miyagi", "JP")),
    ],
)
def test_a_region_written_with_its_generic_word_after_a_town(
    name: str, expected: tuple[str, str, str]
) -> None:
    place = resolve_place(name)
    assert place is not None
    assert (place.city, place.region, place.country) == expected


def test_a_town_alone_stays_a_town_and_a_county_is_named_without_its_word() -> None:
    lagos = resolve_place("Lagos")
    county = resolve_place("County Donegal")
    assert lagos is not None and (lagos.city, lagos.region) == ("Lagos", None)
    assert county is not None and (county.city, county.region) == (None, "Donegal")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brenmoor will host the cluster at its campus in Delfzijl, in the Dutch province "
            "of Groningen.",
            (None, "Delfzijl", "Groningen", "NL"),
        ),
        (
            "Tarnwell will power Ukela Data's data centre campus in Ikoyi, Lagos State, for "
            "15 years.",
            (None, "Ikoyi", "Lagos", "NG"),
        ),
        (
            "The two will build a 200MW AI campus in Ghayathi, in the Al Dhafra region of "
            "Abu Dhabi, the companies said.",
            (None, "Ghayathi", "Abu Dhabi", "AE"),
        ),
    ],
)
def test_a_facility_is_placed_in_the_region_written_after_its_town(
    text: str, expected: Where
) -> None:
    assert facilities(text)[0] == expected


def test_a_site_named_later_with_a_generic_noun_takes_that_name() -> None:
    text = (
        "Corvane Cloud will lease an entire 30-megawatt data center in Inzai, Chiba "
        "Prefecture, from developer Pellow Data for ten years, the companies said on Monday.\n\n"
        "The three-storey facility, known as PD4, is under construction and will be handed "
        "over in May 2027."
    )
    assert ("PD4", "Inzai", "Chiba", "JP") in sites_of(text)


def test_a_facility_named_before_its_generic_noun_is_another_one() -> None:
    text = (
        "Marrow Digital and Fenlock Partners will build a 60 MW data center campus in "
        "Kulai, Johor, the companies said on Monday.\n\n"
        "Until now Marrow has built on its own, most recently the 40 MW Pasir facility it "
        "leased to Quell Cloud in 2025."
    )
    assert all(name != "Pasir" for name, *_ in sites_of(text))


def test_a_companys_home_is_no_place_of_the_site_its_sentence_names() -> None:
    text = (
        "Harlow Gate Data Centres has pre-let all of its next building to a US hyperscale "
        "cloud provider. The London-based developer said the customer has signed a 15-year "
        "lease covering the entire 48MW of IT capacity at TVX-3, a four-storey facility on "
        "Leigh Road."
    )
    assert sites_of(text) == [("TVX-3", None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quillon AI will rent GPU capacity in Ardent Cloud's facilities in Virginia and "
            "Oregon.",
            [(None, None, "Virginia", "US"), (None, None, "Oregon", "US")],
        ),
        (
            "Brasswick owns two campuses in the Phoenix area of Arizona, one in Tolleson and "
            "one in Mesa, with 120 MW in operation.",
            [(None, "Tolleson", "Arizona", "US"), (None, "Mesa", "Arizona", "US")],
        ),
    ],
)
def test_places_listed_after_a_plural_facility_noun_are_its_sites(
    text: str, expected: list[Where]
) -> None:
    assert facilities(text) == expected


def test_a_bought_companys_home_is_no_site_once_its_campuses_towns_are_told() -> None:
    text = (
        "Harlan Realty Trust has agreed to buy Sunvale Data, the Phoenix, Arizona-based "
        "developer, from Mesquite Partners for $1.4 billion, the companies said on Monday. "
        "Sunvale Data owns two campuses in the Phoenix area of Arizona, one in Tolleson and "
        "one in Mesa, with 120 MW in operation."
    )
    cities = {city for _, city, _, _ in sites_of(text)}
    assert {"Tolleson", "Mesa"} <= cities
    assert "Phoenix" not in cities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campus, which Tallis calls Ferrow Yard, will be built in Temple, Texas.",
            ("Ferrow Yard", "Temple", "Texas", "US"),
        ),
        (
            "The data center, code-named Project Orrin, is located in Abilene, Texas.",
            ("Project Orrin", "Abilene", "Texas", "US"),
        ),
        (
            "It has agreed a lease for the whole of a 50MW data centre to be developed at "
            "Corbel Gate, near Didcot, Oxfordshire.",
            ("Corbel Gate", "Didcot", "Oxfordshire", "GB"),
        ),
        (
            "The venture will operate a data centre campus of up to 80 MW of IT load in "
            "Kulai, Johor.",
            (None, "Kulai", "Johor", "MY"),
        ),
        (
            "Tevora will supply power from its Serra do Corvo wind complex near Piripiri, in "
            "Piauí.",
            ("Serra do Corvo", "Piripiri", "Piauí", "BR"),
        ),
        (
            "The second signing is a seven-year lease with Quell AI for 12MW at LDN-4 in "
            "London, starting in 2027.",
            ("LDN-4", "London", None, "GB"),
        ),
    ],
)
def test_how_a_facility_is_named_and_placed(text: str, expected: Where) -> None:
    assert facilities(text)[0] == expected


def test_a_code_after_the_power_gives_way_to_the_apposition_naming_it() -> None:
    text = "Orlen Data has pre-let 36MW at FRA-9, its second building in Offenbach, Hesse."
    assert facilities(text) == [("FRA-9", "Offenbach", "Hesse", "DE")]


def test_a_heading_in_capitals_names_no_facility() -> None:
    assert facilities("ACQUISITION OF TR2 WODONGA DATA CENTRE AND TERM LOAN FACILITY") == []


def test_a_name_written_after_its_noun_is_no_town_of_the_region() -> None:
    texas = resolve_place("Texas")
    assert texas is not None
    (called,) = find_facilities("The campus, which Kestin calls Marl Yard, sits on 900 acres.")
    (before,) = find_facilities("Kestin is building its Waxahachie campus.")
    (no_town,) = find_facilities("Kestin is building its Marl Yard campus.")
    assert (in_region(called, texas).name, in_region(called, texas).city) == ("Marl Yard", None)
    assert (in_region(before, texas).name, in_region(before, texas).city) == (None, "Waxahachie")
    # a name before the noun is its town's only when the towns table holds that town
    assert (in_region(no_town, texas).name, in_region(no_town, texas).city) == ("Marl Yard", None)


def test_a_fleet_listed_after_its_total_power_is_one_site_each_in_the_region_all_are_in() -> None:
    text = (
        "The fleet totals 900 MW: the Tarrow Bend station near Richmond, Elm Flats in "
        "Baytown and Corder Creek in Pasadena, all in Texas."
    )
    assert facilities(text) == [
        ("Tarrow Bend", "Richmond", "Texas", "US"),
        ("Elm Flats", "Baytown", "Texas", "US"),
        ("Corder Creek", "Pasadena", "Texas", "US"),
    ]


def test_names_listed_before_the_plural_of_their_noun_are_one_site_each() -> None:
    text = "It will buy the Red Tarn and Dry Gully solar projects in Arizona."
    assert facilities(text) == [
        ("Red Tarn", None, "Arizona", "US"),
        ("Dry Gully", None, "Arizona", "US"),
    ]
    assert facilities("It compared the Texas and Ohio plants.") == []


def test_a_sentence_about_the_portfolio_bought_tells_the_deals_sites() -> None:
    text = (
        "Calder Power has agreed to buy two gas-fired plants from Brinmoor Generation for "
        "$2.1 billion, the companies said on Monday.\n\n"
        "The portfolio totals 1,800MW: the Oxley Fork station in Greene County, "
        "Pennsylvania, and the Tamsin Ridge plant near Lima, Ohio."
    )
    sites = sites_of(text)
    assert ("Oxley Fork", None, "Pennsylvania", "US") in sites
    assert ("Tamsin Ridge", "Lima", "Ohio", "US") in sites


def test_a_name_then_which_is_its_facility_places_it() -> None:
    text = "We signed Quell AI for the first phase at Larch Bend, which is our campus just "
    text += "outside Waxahachie, Texas."
    assert facilities(text) == [("Larch Bend", "Waxahachie", "Texas", "US")]


def test_a_sentence_placing_the_equipment_bought_tells_the_deals_site() -> None:
    text = (
        "Tolland Compute has agreed to buy 4,000 GPU servers from Arvale Systems for "
        "$310 million, the company said in a filing on Monday.\n\n"
        "The equipment will be deployed at the Company's Orrin Flat data center campus near "
        "Minot, North Dakota."
    )
    assert ("Orrin Flat", "Minot", "North Dakota", "US") in sites_of(text)


def test_a_bought_company_named_by_nationality_is_placed_in_the_town_written_later() -> None:
    text = (
        "AMSTERDAM, Nov 24 (Example Wire) - U.S. chipmaker Harwood Inc raised its offer for "
        "Dutch sensor maker Quenta NV to about $4.1 billion on Tuesday.\n\n"
        "Eindhoven-based Quenta, whose sensors go into electric cars, said it would review "
        "the revised proposal."
    )
    assert ("Eindhoven", "NL") in {(city, country) for _, city, _, country in sites_of(text)}


def test_a_french_power_purchase_from_a_named_plant_has_no_site_at_the_buyers_campus() -> None:
    plant = Site(name="Mirebel", kind="plant", city="Chinon", country="FR", text="centrale")
    campus = Site(name=None, kind="campus", city="Tours", country="FR", text="campus")
    named = Site(name="Tourelle", kind="campus", city="Tours", country="FR", text="campus")
    assert generating_sites([plant, campus, named], "fr") == [plant, named]
    assert generating_sites([campus], "fr") == [campus]
    assert generating_sites([plant, campus], "en") == [plant, campus]
