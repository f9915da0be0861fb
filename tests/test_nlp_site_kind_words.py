"""A facility's name without the words that tell its kind (round 11), on sentences
written for the test with invented names: the kind of plant before a generic noun (`the
Two Forks Wind project` -> `Two Forks`, while `the Prairie Wind campus` keeps it); two
adjectives joined by `and` (`the Gamsberg Flats solar and battery facility`); a word
ending in a lower-case part after a hyphen (`an AI-ready facility`, `its SGX-listed
campus`) describes and names nothing; a `Data Park` is a campus named with its noun
(`Warrigal Data Park at Kemps Creek`); an estate written where the town goes (`its campus
in Kulai Tech Park, Johor`) is the site's name."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Norra Cloud signed a 15-year PPA for 90 MW from the Three Oaks Wind project in "
            "Ford County, Kansas.",
            ("Three Oaks", None, "Kansas", "US"),
        ),
        (
            "Mesa Grid will buy the output of the Copper Bluff Solar farm near Tucson, Arizona.",
            ("Copper Bluff", "Tucson", "Arizona", "US"),
        ),
        (
            "Tolliver leased the Prairie Wind campus in Kansas to Orin AI.",
            ("Prairie Wind", None, "Kansas", "US"),
        ),
        (
            "The power comes from the Kameel Flats solar and battery facility near Upington in "
            "the Northern Cape.",
            ("Kameel Flats", "Upington", "Northern Cape", "ZA"),
        ),
    ],
)
def test_the_kind_of_plant_is_left_off_its_name(sentence: str, site: Site) -> None:
    assert sites_of(sentence) == [site]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kilima Cloud prepares to build an AI-ready facility on the outskirts of Eldoret.",
        "Tembusu Data said its SGX-listed campus in Johor would expand.",
    ],
)
def test_a_hyphenated_description_names_no_facility(sentence: str) -> None:
    assert all(name is None for name, *_ in sites_of(sentence))


def test_a_data_park_is_a_named_campus() -> None:
    assert sites_of(
        "Binding agreement to acquire Warrigal Data Park at Kemps Creek, NSW, from Tarrant "
        "Property Group."
    ) == [("Warrigal Data Park", "Kemps Creek", "New South Wales", "AU")]


def test_an_estate_written_where_the_town_goes_names_the_site() -> None:
    assert sites_of(
        "Tembak DC said it had signed a 10-year lease with Redwing Cloud for 40 megawatts at "
        "its campus in Kulai Tech Park, Johor."
    ) == [("Kulai Tech Park", None, "Johor", "MY")]
