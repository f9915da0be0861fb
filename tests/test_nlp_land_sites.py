"""Sites of land deals and Irish counties (round 17), on sentences written for the test
with invented names: land leased or bought is the deal's site where the sentence places it
(`64 hectares of industrial land in Kulai, Johor`, `a 25-acre plot in X`, `a 31-hectare
parcel of land in X`; land only when its area is given), a company's name ending in
`Land` is none; `Co Meath` and `Co. Clare` are the counties `County Meath` and `County
Clare`."""

from __future__ import annotations

import pytest

from tests.nlp_support import sites_of


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Tarvane Data has signed a 30-year lease for 48 hectares of industrial land in "
            "Kulai, Johor, from developer Bukit Orchard Holdings.",
            (None, "Kulai", "Johor", "MY"),
        ),
        (
            "Marrow Digital has agreed to buy 61.5 acres of freehold land in Joliet, Illinois, "
            "for $38 million.",
            (None, "Joliet", "Illinois", "US"),
        ),
        (
            "Corlan Compute has been allotted a 30-acre plot in Pune by the state agency.",
            (None, "Pune", None, "IN"),
        ),
        (
            "Halden Digital will acquire a 22-hectare parcel of land in Truganina, Victoria, "
            "from Bellwood Property.",
            (None, "Truganina", "Victoria", "AU"),
        ),
    ],
)
def test_land_placed_in_a_town_is_a_site(sentence: str, site: tuple[str, ...]) -> None:
    assert sites_of(sentence) == [site]


def test_a_company_named_land_is_no_site() -> None:
    assert sites_of("Orchid Land said its unit will build the campus for the tenant.") == []


def test_land_not_measured_is_no_site() -> None:
    assert sites_of("Developers are still hunting for powered land in Frankfurt.") == []


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Brennock Data has bought a 40-acre campus at Dunshaughlin, Co Meath, from a "
            "local farmer.",
            (None, "Dunshaughlin", "Meath", "IE"),
        ),
        (
            "The battery is being built near Kilrush, Co. Clare, by Shannock Energy.",
            (None, "Kilrush", "Clare", "IE"),
        ),
    ],
)
def test_an_irish_county_written_short_is_the_region(sentence: str, site: tuple[str, ...]) -> None:
    assert sites_of(sentence) == [site]
