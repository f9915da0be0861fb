"""The value two partners set on the venture they form (`in a project they valued at about
$900 million`) is their investment, not a valuation; `X Bancorp and Y Financial Corp`,
tagged as one name, are two banks. Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_the_value_partners_set_on_their_venture_is_their_investment() -> None:
    text = (
        "Qasr Industrial Holding and Korea's Hanbyeol Chemicals have agreed to set up a "
        "joint venture to build a specialty resins plant, the two companies said on "
        "Tuesday, in a project they valued at about $900 million."
    )
    deals = extract_deals(Article(text=text, published="2026-01-27"))
    venture = next(d for d in deals if d.deal_type == "partnership")
    assert [(a.value, a.kind) for a in venture.amounts] == [(9e8, "investment")]


def test_two_banks_written_as_one_name_are_two_parties() -> None:
    text = (
        "Reading-based Susquehanna Ridge Bancorp and Allegany Financial Corp said on "
        "Monday they would combine in an all-stock merger valued at about $1.9 billion."
    )
    deals = extract_deals(Article(text=text, published="2026-05-19"))
    names = {p.name for d in deals for p in d.parties}
    assert {"Susquehanna Ridge Bancorp", "Allegany Financial"} <= names
    assert not any(" and " in n for n in names)
