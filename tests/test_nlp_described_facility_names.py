"""A facility's name written before lower-case words describing it that no list holds
(round 18), on sentences written for the test with invented names: `the Tamber Flats gas
processing plant`, `its Corvel Ridge natural gas-fired facility`."""

from __future__ import annotations

import pytest

from tests.nlp_support import sites_of


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Halloway Midstream agreed to buy the Tamber Flats gas processing plant in Lea "
            "County, New Mexico, from Ostrel Energy.",
            ("Tamber Flats", None, "New Mexico", "US"),
        ),
        (
            "Kestrane Power will supply 90 megawatts from its Corvel Ridge natural gas-fired "
            "facility near Lethbridge, Alberta.",
            ("Corvel Ridge", "Lethbridge", "Alberta", "CA"),
        ),
        (
            "Dunmore Metals will sell the Pellow Works forging plant in Ashtabula, Ohio, to "
            "Brannick Group.",
            ("Pellow Works", "Ashtabula", "Ohio", "US"),
        ),
    ],
)
def test_a_name_before_describing_words_names_the_facility(
    sentence: str, site: tuple[str | None, ...]
) -> None:
    assert sites_of(sentence) == [site]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quorrel, a New York startup building agents for insurers, raised $40 million.",
        "The guarantee lets Tessiva raise project debt against the contract.",
        "Marlin Bank arranged a USD 45 million facility for the shipowner.",
    ],
)
def test_a_place_a_verb_or_an_amount_before_the_noun_names_no_facility(sentence: str) -> None:
    assert all(name is None for name, *_ in sites_of(sentence))
