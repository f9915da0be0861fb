"""Sites and terms of round 12 (English), on sentences written for the test with invented
names: a plant's name without its generic `Energy Center` or `Peaking Station` (`Clean
Energy Center` stays), a bought asset written with that noun is the site and no target
company, a town written before a company noun is that company's home (`A Cleveland
developer`), a bought company placed by an apposition (`X, a privately held implant
company in Warsaw, Indiana`), the period money is invested or an earnout is earned
over, which is no term, a site named after a town of its country (`the Ishikari campus of
X`), and a date not yet past after `from` (`available to the agency from February 2027`),
which starts the term, as `commence on 1 March 2027` and `in the final quarter of 2028` do;
the end of a build-out (`to follow in two phases through mid-2027`, `the X build through
2028`) is no term's end; a basin is no town; a town the gazetteer puts in no region is
in the one region the article names in its country."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.places import find_facilities
from pipeline.nlp.terms import find_terms


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-05"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tessark owns the 640 MW Marlow Fen Energy Center in Pennsylvania.", "Marlow Fen"),
        ("It is building the 300MW Quarry Hill Peaking Station near Mudgee.", "Quarry Hill"),
        ("The utility renamed it the Tamsin Clean Energy Center.", "Tamsin Clean Energy Center"),
    ],
)
def test_a_plant_name_leaves_off_its_generic_noun(text: str, name: str) -> None:
    assert [f.name for f in find_facilities(text)] == [name]


def test_a_bought_plant_written_with_its_noun_is_the_site_not_a_target() -> None:
    (deal,) = deals_of(
        "Orvane Utility said on Monday it has agreed to buy the Fallow Creek Energy Center, "
        "a 500-megawatt gas plant near Zanesville, Ohio, from Brisk Power Partners for "
        "$300 million."
    )
    assert [s.name for s in deal.sites] == ["Fallow Creek"]
    assert "Fallow Creek Energy Center" not in [p.name for p in deal.parties]


def test_a_town_before_a_company_noun_is_the_company_home() -> None:
    deals = deals_of(
        "A Cleveland developer will build a 400,000-square-foot warehouse in Greene County "
        "and lease it to battery-pack maker Pellow Cells for at least 10 years, according to "
        "documents filed with the county this week. The lease sets base rent at about $3.1 "
        "million a year."
    )
    assert [d.deal_type for d in deals] == ["lease"]
    assert all(s.city != "Cleveland" for d in deals for s in d.sites)


def test_a_bought_company_placed_by_its_described_apposition() -> None:
    (deal,) = deals_of(
        "Tarlen Medical said it has agreed to acquire Brisa Implants, a privately held "
        "implant company in Warsaw, Indiana, for $300 million in cash."
    )
    assert [(s.city, s.region, s.country) for s in deal.sites] == [("Warsaw", "Indiana", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "Up to $20 million of the price is an earnout tied to sales milestones over the next "
        "two years.",
        "The partners will invest up to $1.6 billion in the campus over the next three years.",
        "It also gets contingent payments tied to its financial performance over four years.",
    ],
)
def test_a_period_of_investment_or_earnout_is_no_term(text: str) -> None:
    found = find_terms(text, published=datetime.date(2026, 5, 5))
    assert [t.duration for t in found if t.duration] == []


def test_a_contract_value_over_years_keeps_its_term() -> None:
    found = find_terms(
        "Pellam agreed to pay $900 million over five years for the capacity.",
        published=datetime.date(2026, 5, 5),
    )
    assert [t.duration for t in found] == ["P5Y"]


def test_a_site_named_after_a_town_of_its_country_is_in_that_town() -> None:
    (deal,) = deals_of(
        "Tomikawa Compute has agreed to lease a 12-megawatt data hall on the Ishikari campus "
        "of Hoshizuki Data Centers for ten years. Tomikawa already runs its GPUs in Japan, "
        "in rented halls."
    )
    assert [(s.name, s.city, s.country) for s in deal.sites] == [(None, "Ishikari", "JP")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Under the contract, Brenna will make 4,096 GPUs available to the agency from "
            "February 2027.",
            "2027-02",
        ),
        (
            "The deal gives Tolvane exclusive use of a cluster at its facility from the first "
            "quarter of 2027, the people said.",
            "2027",
        ),
        ("Capacity comes online in stages from October.", "2026-10"),
    ],
)
def test_a_date_not_yet_past_after_from_starts_the_term(text: str, start: str) -> None:
    found = find_terms(text, published=datetime.date(2026, 5, 5))
    assert [t.start_date for t in found if t.start_date] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "The purchase is expected to be accretive to earnings from the 2028 financial year.",
        "Brenna has leased the building from 2019.",
        "The lease runs from 2027 to 2037.",
    ],
)
def test_a_past_date_an_earnings_date_or_a_range_after_from_starts_no_term(text: str) -> None:
    found = find_terms(text, published=datetime.date(2026, 5, 5))
    assert [(t.start_date, t.end_date) for t in found if t.start_date] in (
        [],
        [("2027", "2037")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarsel Cloud signed a lease for 40 MW at Brannock Data Centers' Fairfield County "
            "campus.",
            (None, None, None, None),
        ),
        (
            "It will lease its KST-2 campus in Hattersheim am Main, west of Frankfurt, to "
            "Orvel Cloud.",
            ("KST-2", "Hattersheim am Main", None, "DE"),
        ),
    ],
)
def test_an_area_or_a_town_with_a_link_is_no_facility_name(
    text: str, expected: tuple[str | None, ...]
) -> None:
    found = find_facilities(text)
    assert [(f.name, f.city, f.region, f.country) for f in found] == [expected]


def test_a_job_title_names_no_facility() -> None:
    assert find_facilities("Mara Lindqvist, Head of Data Centre Leasing, Orvel Partners") == []


def test_a_basin_is_no_town_of_a_bought_asset() -> None:
    deals = deals_of(
        "HOUSTON -- Harlow Midstream Partners LP today announced a definitive agreement to "
        "acquire natural gas gathering and processing assets in the Permian Basin from Brisk "
        "Energy Corp. for $200 million."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert all(s.city != "Permian Basin" for d in deals for s in d.sites)


def test_a_town_of_no_known_region_is_in_the_one_region_the_article_names() -> None:
    (deal,) = deals_of(
        "Kestrova Data has leased 30 megawatts at its FRA9 facility in Hattersheim, west of "
        'Frankfurt, to AI developer Pellin Labs under a ten-year agreement. "Space is hard '
        'to find in Hesse," Kestrova chief executive Ola Brandt said.'
    )
    assert [(s.name, s.city, s.region, s.country) for s in deal.sites] == [
        ("FRA9", "Hattersheim", "Hesse", "DE")
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The lease will commence on 1 March 2027 once the tenant's fit-out is complete.",
            "2027-03-01",
        ),
        (
            "The toll starts once the plant is commissioned, which Harrel expects in the final "
            "quarter of 2028.",
            "2028",
        ),
    ],
)
def test_a_start_on_a_day_or_in_the_final_quarter(text: str, start: str) -> None:
    found = find_terms(text, published=datetime.date(2026, 5, 5))
    assert [t.start_date for t in found if t.start_date] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "The first 6 MW is due in October 2026, with the remaining 12 MW to follow in two "
        "phases through mid-2027.",
        "We expect capital expenditure of about $900 million on the Brisk Hollow build "
        "through 2028.",
    ],
)
def test_the_end_of_a_build_out_is_no_term_end(text: str) -> None:
    found = find_terms(text, published=datetime.date(2026, 5, 5))
    assert [t.kind for t in found if t.end_date] == ["other"]
