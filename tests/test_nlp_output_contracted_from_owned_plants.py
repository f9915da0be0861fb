"""Power bought as a plant's output (`X has contracted for the output of Y's solar project`,
`X will take the output of Y's wind farm`): X buys, the plant's owner sells, even when the
model tags the owner's name as nothing; a sentence adverbial with `not` (`and probably not
by coincidence, X said ...`) names no rival. Every sentence is written for the test, with
invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals

LEAD = "Quintara Data Centres wants to build a second hub outside the capital this year."


def ppa_sides(text: str) -> set[tuple[str, str]]:
    deals: list[Deal] = extract_deals(Article(text=text, published="2026-05-08", language="en"))
    return {(p.name, p.role) for d in deals if d.deal_type == "power_purchase" for p in d.parties}


def test_output_contracted_for_is_bought_from_the_plants_owner() -> None:
    assert ppa_sides(
        f"{LEAD} Quintara has contracted for the entire output of Marden Energy's 200MW "
        "wind farm in Kansas."
    ) == {("Quintara Data Centres", "buyer"), ("Marden Energy", "seller")}


def test_an_owner_the_model_leaves_untagged_sells_its_projects_output() -> None:
    assert ppa_sides(
        f"{LEAD} Quintara will take the output of Bluewater Renewables' Copper Flats Solar "
        "project in Pecos County, Texas."
    ) == {("Quintara Data Centres", "buyer"), ("Bluewater Renewables", "seller")}


def test_a_not_by_coincidence_aside_names_no_rival() -> None:
    assert ppa_sides(
        f"{LEAD} Separately, and probably not by coincidence, Quintara said on Thursday it "
        "has contracted for the output of Marden Energy's Copper Flats solar project."
    ) == {("Quintara Data Centres", "buyer"), ("Marden Energy", "seller")}


def test_most_of_a_plants_output_contracted_away_is_no_stake_bought() -> None:
    deals = extract_deals(
        Article(
            text=f"{LEAD} Quintara will buy 60 MW from Marden Energy under a 10-year PPA. "
            "Marden's sales director Jo Ek said the company has now contracted most of "
            "Lokkisaari's expected output for the next decade with industrial customers.",
            published="2026-05-08",
            language="en",
        )
    )
    assert [d.deal_type for d in deals] == ["power_purchase"]
