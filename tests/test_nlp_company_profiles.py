"""A release's company profiles (`About Kestrel Power: Kestrel owns 640 MW ...`) state a
company's fleet, assets and revenue, none of a deal's amounts, quantities or terms
(round 18, precision). Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.sentences import boilerplate_spans


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-04"))


def test_profile_headings_open_spans_to_the_end_of_their_paragraph() -> None:
    text = (
        "Tallis Data signed a lease.\n\n"
        "About Tallis Data: Tallis runs 12 sites.\n\n"
        "About Morrow Power Ltd.\nMorrow owns 900 MW of wind farms.\n\n"
        "About Quell\n\nQuell is a fund with $4 billion of assets.\n\n"
        "Contacts: press@tallis.test"
    )
    told = [text[start:end] for start, end in boilerplate_spans(text)]
    assert told == [
        "About Tallis Data: Tallis runs 12 sites.",
        "About Morrow Power Ltd.\nMorrow owns 900 MW of wind farms.",
        "About Quell\n\nQuell is a fund with $4 billion of assets.",
    ]


def test_a_sentence_opening_with_about_is_no_profile() -> None:
    text = "About two-thirds of the power will come from wind.\n\nAbout 300 MW is contracted."
    assert boilerplate_spans(text) == []


def test_a_profiles_fleet_and_portfolio_stay_out_of_the_deals() -> None:
    deals = deals_of(
        "Harlow Digital has signed a 15-year power purchase agreement with Pennick "
        "Renewables for 120 MW from its Cobb Ridge wind farm in Victoria, Australia, "
        "starting in July 2027.\n\n"
        "About Pennick Renewables: Pennick Renewables is an independent power producer "
        "owning 870 MW of wind and solar capacity in Victoria.\n\n"
        "About Harlow Digital: Harlow Digital is a data centre trust with a A$2.6 billion "
        "portfolio of 14 properties."
    )
    ppa = next(d for d in deals if d.deal_type == "power_purchase")
    figures = [q.value for q in ppa.quantities]
    figures += [s.capacity.value for s in ppa.sites if s.capacity]
    assert 120 in figures
    assert 870 not in figures
    assert all(a.value != 2.6e9 for d in deals for a in d.amounts)
