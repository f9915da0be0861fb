"""Sites and terms of round 12 (English), on sentences written for the test with invented
names: a plant's name without its generic `Energy Center` or `Peaking Station` (`Clean
Energy Center` stays), a bought asset written with that noun is the site and no target
company, a town written before a company noun is that company's home (`A Cleveland
developer`), a bought company placed by an apposition (`X, a privately held implant
company in Warsaw, Indiana`), and the period money is invested or an earnout is earned
over, which is no term."""

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
