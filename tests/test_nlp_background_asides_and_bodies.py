"""Spurious parties and deals (round 13), on sentences written for the test with invented
names: a company's earlier deals told `after it bought ...` or with `later bought ...
instead` are background, a compass word before a place (`South Texas`) names a part of
it and no party, and a company's board (`the Board of Directors of X Limited`) or its
division named after its business (`its Power Systems division`) acts for the company."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.grouping import accept
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import Mention


def _parties(text: str, published: str = "2026-08-04") -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published=published))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_earlier_deals_after_it_bought_are_background() -> None:
    """`the deal is its third in 18 months, after it bought X and licensed ... from Y`:
    the company's earlier deals, not the news."""
    text = (
        "Marrowgate Therapeutics Inc said on Monday it would acquire Tellis Bio for $900 "
        "million in cash. The deal is Marrowgate's third biotech transaction in two years, "
        "after it bought gene-therapy firm Quorra for $1.4 billion and licensed an antibody "
        "from Japan's Hoshida Pharma for $50 million upfront."
    )
    parties = _parties(text)
    assert ("Tellis Bio", "target") in parties
    assert not any(name in ("Quorra", "Hoshida Pharma") for name, _ in parties)


def test_a_rival_that_later_bought_another_company_is_background() -> None:
    """`Stanwell later bought X for $1.3 billion instead`: a rival's other deal, told
    as the story's background."""
    text = (
        "Ridgewell Resources agreed to buy Corbin Oil & Gas for $4 billion in stock, the "
        "companies said on Monday. Corbin was reported in the spring to have rebuffed an "
        "approach from Stanwell Petroleum. Stanwell later bought Delmar Basin Partners for "
        "$1.3 billion instead."
    )
    parties = _parties(text)
    assert ("Corbin Oil & Gas", "target") in parties
    assert not any(name in ("Stanwell Petroleum", "Delmar Basin Partners") for name, _ in parties)


def test_a_compass_part_of_a_place_is_no_party() -> None:
    """`the Eagle Ford shale of South Texas` read as a bought organisation: a compass word
    before a place names a part of the place; `Southern Vale Energy` stays a company."""
    for name, kept in (("South Texas", False), ("Northern Virginia", False)):
        assert accept(Mention(name, 0, len(name), "ORG"), "target", set()) is kept
    name = "Southern Vale Energy"
    assert accept(Mention(name, 0, len(name), "ORG"), "target", set())


def test_a_board_of_directors_acts_for_its_company() -> None:
    """`the Board of Directors of Kovalam Infra Limited (the "Company") approved the
    acquisition`: the company's name starts after its board's, which is no party."""
    text = (
        "Dear Sir/Madam, pursuant to Regulation 30 of the Listing Regulations, we wish to "
        'inform you that the Board of Directors of Kovalam Infra Limited (the "Company"), at '
        "its meeting held today, approved the acquisition of 100% of the equity shares of "
        "Palghat Datacentres Private Limited from Nilgiri Realty Holdings Private Limited for "
        "Rs 840 crore."
    )
    orgs = [e.text for e in load_model()(text).ents if e.label_ == "ORG"]
    assert "Kovalam Infra Limited" in orgs
    assert not any(name.startswith("Board of Directors") for name, _ in _parties(text))


def test_a_division_named_after_its_business_stands_for_its_owner() -> None:
    """`Harlowe Engineering PLC ... announces that its Power Systems division has signed a
    contract with Y to supply ...`: the division is a business line; Harlowe is the party."""
    text = (
        "Harlowe Engineering PLC, the maker of gas-fired generating sets, is pleased to "
        "announce that its Power Systems division has signed a contract with Brenlow Data "
        "Limited to supply 24 gas-fired generating sets to its data centre campus for "
        "about £60 million."
    )
    names = {name for name, _ in _parties(text)}
    assert "Harlowe Engineering" in names
    assert "Power Systems" not in names
