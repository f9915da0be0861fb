"""Sites of round 13, on sentences written for the test with invented names: a battery
or a storage system is a plant (`the Brolga Creek battery near Tamworth`), though a
capitalised `Battery` ends a company's name (`Haneul Battery`); a locality after `at`
with a facility noun apposed to it (`at Mossgiel Heights, the 300-acre campus it is
developing near Ballarat`, `at Redgum Flat, Yarrow Digital's campus in Bendigo`, `at
Banjo Flats, next to X's campus near Midland`) names the site, in the town the apposition
gives; an estate after a named facility (`its SYD9 data centre at Norwest Business
Park`) is no town; a locality written in a part of a known city (`at Wetherill Park in
Sydney's west`) is the town, while a named facility there (`the Orchard Hills campus in
Sydney's north-west`) is in the city; a place in a relative clause telling a party's own
facilities (`X, which runs data centers in Houston and San Antonio`) places no site of its
sentence."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Harlow Energy agreed to toll the 120 MW battery near Dubbo for eight years.",
            (None, "Dubbo", None, "AU"),
        ),
        (
            "Fenmore Power signed a tolling deal for the Brolga Creek battery near Tamworth, "
            "New South Wales.",
            ("Brolga Creek", "Tamworth", "New South Wales", "AU"),
        ),
        (
            "Ostwind Handel will pay a fixed fee for a 50-megawatt storage system in Bavaria.",
            (None, None, "Bavaria", "DE"),
        ),
    ],
)
def test_a_battery_is_a_plant(sentence: str, site: Site) -> None:
    assert sites_of(sentence) == [site]


def test_a_capitalised_battery_ends_a_company_name() -> None:
    assert sites_of("Cells come from Haneul Battery and are assembled in Texas.") == []


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Corvale will build a data centre at Mossgiel Heights, the 300-acre campus it is "
            "developing near Ballarat.",
            ("Mossgiel Heights", "Ballarat", None, "AU"),
        ),
        (
            "Brightwell ordered transformers for a substation at Redgum Flat, Yarrow Digital's "
            "campus in Bendigo, Victoria.",
            ("Redgum Flat", "Bendigo", "Victoria", "AU"),
        ),
        (
            "Tarrant Power will build a peaking plant at Banjo Flats, next to Corliss Cloud's "
            "campus near Midland, Texas.",
            ("Banjo Flats", "Midland", "Texas", "US"),
        ),
    ],
)
def test_a_locality_with_an_apposed_facility_names_the_site(sentence: str, site: Site) -> None:
    assert sites_of(sentence) == [site]


def test_an_estate_after_a_named_facility_is_no_town() -> None:
    assert sites_of(
        "Quoll Data leased its SYD9 data centre at Norwest Business Park in New South Wales "
        "to Kestrel AI."
    ) == [("SYD9", None, "New South Wales", "AU")]


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Corella Telecom agreed to sell its data centre at Wetherill Park in Sydney's west "
            "to landlord Banksia Property for A$300 million.",
            (None, "Wetherill Park", None, "AU"),
        ),
        (
            "Banksia paid A$900 million for half of the Orchard Hills campus in Sydney's "
            "north-west.",
            ("Orchard Hills", "Sydney", None, "AU"),
        ),
    ],
)
def test_a_locality_in_a_part_of_a_city_is_the_town(sentence: str, site: Site) -> None:
    assert sites_of(sentence) == [site]


def test_a_tolled_battery_is_the_deal_site() -> None:
    text = (
        "Fenmore Power said on Tuesday it had signed a seven-year tolling agreement with "
        "retailer Harlow Energy for its 200 MW Brolga Creek battery near Tamworth, New South "
        "Wales.\n\n"
        "Harlow will pay a fixed fee of about A$20 million a year to charge and discharge the "
        "battery."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-05-05"))
    assert [(s.name, s.city, s.region, s.country) for s in deal.sites] == [
        ("Brolga Creek", "Tamworth", "New South Wales", "AU")
    ]


def test_a_place_of_a_party_s_own_facilities_places_no_site() -> None:
    text = (
        "Marlstone Renewables said Tealwater Cloud, which runs data centers in Houston and "
        "San Antonio, agreed to buy the entire output of the 200-megawatt Cotton Draw solar "
        "plant under a 15-year power purchase agreement."
    )
    deal = next(
        d
        for d in extract_deals(Article(text=text, published="2026-05-05"))
        if d.deal_type == "power_purchase"
    )
    assert [(s.name, s.city) for s in deal.sites] == [("Cotton Draw", None)]
