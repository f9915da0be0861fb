"""What a party's plant costs to build (`The plant will cost about $320 million`, `with a
capital cost estimated at A$1.8 billion`, `will invest ₹420 crore in building it`), a
trust's assets under management after a deal, a company's trailing revenue or written
premiums, the figure a change starts from (`to $250 million from $150 million`) and what a
party needs to invest are none of a sale's, lease's or contract's amounts; a venture whose
common project it is keeps the cost (round 18, precision). Sentences and names are
invented."""

from __future__ import annotations

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.facts import amount_rejected


def rejected(sentence: str, venture: bool = False) -> list[bool]:
    return [amount_rejected(sentence, m, venture=venture) for m in find_amounts(sentence)]


def test_building_costs_are_no_deals_amount_unless_a_venture_builds() -> None:
    cost = "The smelter will cost about $410 million."
    estimate = "Phase one is planned at 60 MW, with a capital cost estimated at A$900 million."
    build = "Corran Solar will invest ₹380 crore in building the plant."
    assert rejected(cost) == [True]
    assert rejected(estimate) == [True]
    assert rejected(build) == [True]
    assert rejected(cost, venture=True) == [False]
    assert rejected(build, venture=True) == [False]


def test_a_companys_figures_are_market_data() -> None:
    aum = "The purchase lifts the trust's assets under management to S$2.7 billion."
    assert rejected(aum) == [True]
    assert rejected("Few firms with $150 million of trailing revenue sign leases.") == [True]
    assert rejected("The merger creates an insurer with $6 billion of written premiums.") == [True]
    assert rejected("The lease represents about $2.1 billion of contracted revenue.") == [False]


def test_the_figure_a_change_starts_from_and_a_partys_needs_are_not_the_deals() -> None:
    raised = "Tarrow raised its revolving credit facility to $400 million from $250 million."
    needs = '"Ostvale needs to invest more than C$3 billion in its network," she said.'
    assert rejected(raised)[1:] == [True]
    assert rejected("The offer was raised to $4.2 billion from $3.9 billion.") == [False, True]
    assert rejected(needs) == [True]


def test_a_saving_is_no_amount_paid() -> None:
    lower = "The contract should lower Tarrow's power cost by about A$20 million a year."
    assert rejected(lower) == [True]
    assert rejected("Its annual power bill would fall by Rs 4-5 crore.") == [True]
    assert rejected("The agreement is worth about A$700 million over ten years.") == [False]
