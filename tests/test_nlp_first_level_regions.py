"""Regions of round 18b (English), on sentences written for the test with invented
names: the counties of Kenya and the provinces of the Philippines and Zambia are regions
(`in Laikipia County`, `in Batangas`; `near Kericho` is the town its county is named
after), a town written before its region's area keeps its town (`at Olereko Heights,
Kajiado County`), and a town measured from at a distance is no town of the site (`in
Kitui County, about 40 kilometres east of Nairobi`)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.places import find_facilities


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Mavuno Data has agreed to buy 30 MW from the Kirima Hill geothermal plant in "
            "Laikipia County.",
            ("Kirima Hill", None, "Laikipia", "KE"),
        ),
        (
            "Tala Cloud has secured a loan for its Kalinaw Ridge data centre campus in Batangas.",
            ("Kalinaw Ridge", None, "Batangas", "PH"),
        ),
        (
            "Kivuli Metals will fund the Mwamba copper mine in Copperbelt Province.",
            ("Mwamba", None, "Copperbelt", "ZM"),
        ),
        (
            "Mavuno Data will take 20 MW from the Chepkube Ridge plant near Kericho.",
            ("Chepkube Ridge", "Kericho", None, "KE"),
        ),
        (
            "Mavuno Data will take 20 MW from the Chepkube Ridge plant in Kericho County.",
            ("Chepkube Ridge", None, "Kericho", "KE"),
        ),
        (
            "Jabali Digital is building a hyperscale campus at Olereko Heights, Kajiado County, "
            "the company said.",
            (None, "Olereko Heights", "Kajiado", "KE"),
        ),
    ],
)
def test_a_first_level_region_places_the_facility(
    text: str, place: tuple[str | None, str | None, str, str]
) -> None:
    (facility,) = find_facilities(text)
    assert (facility.name, facility.city, facility.region, facility.country) == place


def test_a_town_measured_from_at_a_distance_is_no_town_of_the_site() -> None:
    (deal,) = extract_deals(
        Article(
            text="Simba Compute has secured a $90 million loan from Baobab Bank to build its "
            "NDV1 campus at Ndovu Gardens in Kitui County, about 40 kilometres east of "
            "Nairobi, the company said on Wednesday.",
            published="2026-05-05",
        )
    )
    assert [(s.name, s.region) for s in deal.sites] == [("NDV1", "Kitui")]
    assert all(s.city != "Nairobi" for s in deal.sites)
