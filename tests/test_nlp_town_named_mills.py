"""Mills and factories named after their town (round 17), on sentences written for the
test with invented companies: `its Torrelavega mill in Cantabria` is in the town of that
name, with no name of its own; a power plant keeps its name."""

from __future__ import annotations

from tests.nlp_support import sites_of


def test_a_mill_named_after_its_town_is_in_the_town() -> None:
    assert sites_of(
        "Carrow Steel has signed a loan to convert its Torrelavega mill in Cantabria, Spain."
    ) == [(None, "Torrelavega", "Cantabria", "ES")]


def test_a_factory_named_after_its_town_is_in_the_town() -> None:
    assert sites_of("Ferrin Motors will expand its Kurashiki factory in Okayama Prefecture.") == [
        (None, "Kurashiki", "Okayama", "JP")
    ]


def test_a_power_plant_keeps_its_name() -> None:
    assert sites_of("Holm Energy will sell power from its Kurashiki plant in Okayama.") == [
        ("Kurashiki", None, "Okayama", "JP")
    ]
