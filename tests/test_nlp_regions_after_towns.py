"""The region written after a facility's town (round 17), on sentences written for the
test with invented names: `near X in North West Queensland`, `in X, in Finland's Kainuu
region`."""

from __future__ import annotations

import pytest

from tests.nlp_support import sites_of


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Tarvale Energy will sell the output of the 240MW Mulga Downs Wind Farm, located "
            "near Hughenden in North West Queensland.",
            ("Mulga Downs", "Hughenden", "Queensland", "AU"),
        ),
        (
            "Vessa Cloud will take 40MW at the Lumi campus in Kajaani, in Finland's Kainuu "
            "region, from its owner.",
            ("Lumi", "Kajaani", "Kainuu", "FI"),
        ),
        (
            "Orrel Data will build a 30MW data centre in Kulai in southern Johor.",
            (None, "Kulai", "Johor", "MY"),
        ),
    ],
)
def test_a_region_after_the_town_places_the_site(sentence: str, site: tuple[str, ...]) -> None:
    assert sites_of(sentence) == [site]
