"""A local paper's undated dateline naming a small town (`BRANNOCK, Kan. --`) places the
county's land lease that its sentences place in no town; a wire's dated dateline, a big
city's or a company's does not, and a lease placed in its own town keeps it. Sentences
and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.sites import local_dateline

LEASE = (
    "The Tillman County Board of Commissioners voted 3-2 on Tuesday night to lease 280 "
    "acres of county-owned farmland to Quarrow Digital for a data center campus. Quarrow "
    "will pay the county $1.4 million a year for 40 years."
)


def lease_sites(text: str) -> list[tuple[str | None, str | None, str | None]]:
    deals: list[Deal] = extract_deals(Article(text=text, published="2026-05-12"))
    leases = [d for d in deals if d.deal_type == "lease"]
    assert leases
    return [(s.city, s.region, s.country) for s in leases[0].sites]


def test_a_local_dateline_town_places_the_county_lease() -> None:
    assert lease_sites(f"BRANNOCK, Kan. -- {LEASE}") == [("Brannock", "Kansas", "US")]


def test_a_dateline_under_a_headline_and_byline_is_read() -> None:
    text = (
        "County OKs farmland lease for data center\n\nBy Mara Quill, Staff Writer\n\n"
        f"BRANNOCK, Kan. -- {LEASE}"
    )
    assert local_dateline(text) is not None
    assert lease_sites(text) == [("Brannock", "Kansas", "US")]


def test_a_wire_dateline_with_its_date_places_nothing() -> None:
    assert local_dateline(f"BRANNOCK, Kan., May 12 (Newswire) - {LEASE}") is None


def test_a_big_city_dateline_places_nothing() -> None:
    assert local_dateline(f"HOUSTON - {LEASE}") is None


def test_a_company_heading_is_no_dateline() -> None:
    assert local_dateline(f"QUARROW DIGITAL, INC. - {LEASE}") is None


def test_a_lease_placed_in_its_own_town_keeps_it() -> None:
    text = (
        "BRANNOCK, Kan. -- Harlan Data Parks has leased 40 MW at its data center in "
        "Wichita, Kansas, to Quarrow Digital under a 15-year agreement."
    )
    assert ("Wichita", "Kansas", "US") in lease_sites(text)
    assert all(city != "Brannock" for city, _, _ in lease_sites(text))
