"""Which deal a sentence dating a term belongs to (attachment stage): the deal that has a
term among those it names, whatever the subject it opens with (a facility, a filing's
defined term)."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str, published: str = "2026-06-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_dated_sentence_naming_a_party_of_two_deals_dates_the_one_with_a_term() -> None:
    found = deals_of(
        "Tormund Data Centres has sold a 30% stake to the Quellin Infrastructure Fund for "
        "$400 million, it said on Tuesday.\n\n"
        "Separately, Tormund has signed a 15-year power purchase agreement with Brask Wind "
        "for 90MW from the Hollin Moor wind farm. The electricity will be carried to "
        "Tormund's campuses, with deliveries due to begin in the second half of 2027."
    )
    ppa = next(d for d in found if d.deal_type == "power_purchase")
    assert ppa.term is not None
    assert (ppa.term.start, ppa.term.duration) == ("2027", "P15Y")


def test_a_facility_opening_a_sentence_is_no_outside_company() -> None:
    deal = deals_of(
        "Corvell Energy said on Monday it will build a 900-megawatt gas plant in Ward County, "
        "Texas, and sell all of its output to Lattimer Labs for 20 years. The Sable Draw "
        "Power Station will sit next to the campus Lattimer is building outside Monahans, "
        "with power beginning to flow in 2029."
    )[0]
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2029", "P20Y")


def test_a_filings_defined_company_is_the_party_it_defines() -> None:
    deal = deals_of(
        'On May 28, 2026, Pellow Digital Holdings, Inc. (the "Company") entered into a '
        'Master Services Agreement (the "MSA") with Arbery AI, Inc. ("Arbery"), under '
        "which the Company will provide Arbery with dedicated GPU capacity. The MSA has an "
        "initial term of four years, commencing when capacity is made available to Arbery. "
        "The Company expects the capacity to be made available "
        "in phases beginning in the fourth quarter of 2026."
    )[0]
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2026", "P4Y")
