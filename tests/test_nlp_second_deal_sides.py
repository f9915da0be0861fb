"""Sides of a deal told beside another one, or told by its noun alone (`The larger deal is
a 15-year PPA with Y`): the side the sentence leaves out is the story's subject. Every
sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_ppa_written_as_an_acronym_with_its_seller_is_the_subjects() -> None:
    deals = deals_of(
        "Data centre operator Tarrow Digital has signed two long-term power purchase "
        "agreements for its Kansas campuses. The larger deal is a 15-year PPA with Bellmoor "
        "Energy for the full 200MW output of a solar project in Ford County. Tarrow Digital "
        "said the contracts cover most of its planned load."
    )
    ppas = [d for d in deals if d.deal_type == "power_purchase"]
    assert [roles(d) for d in ppas] == [
        {("Bellmoor Energy", "seller"), ("Tarrow Digital", "buyer")}
    ]


def test_a_ppa_with_a_described_developer_is_the_subjects() -> None:
    deals = deals_of(
        "Grocery chain Pellbury Foods has agreed to buy most of the electricity from a wind "
        "farm under construction in Wales. The 10-year power purchase agreement with "
        "developer Ostrand Renewables covers 60% of the output of the 70MW Glyn Ridge "
        "wind farm near Tywyn. Pellbury Foods said the deal fixes its power price for a decade."
    )
    assert deals[0].deal_type == "power_purchase"
    assert roles(deals[0]) == {("Ostrand Renewables", "seller"), ("Pellbury Foods", "buyer")}


def test_a_ppa_whose_sentence_names_its_buyer_keeps_that_buyer() -> None:
    deals = deals_of(
        "Harlan Cloud has signed a 15-year lease for 60 megawatts at Ostrow Data's campus in "
        "Ohio. Separately, Neocloud Vantor Compute has agreed to buy the output of 90 MW of "
        "a wind farm in Texas under a 12-year power purchase agreement with Tillman "
        "Renewables. Harlan Cloud said the lease starts next year."
    )
    ppas = [d for d in deals if d.deal_type == "power_purchase"]
    assert ppas
    assert all(("Harlan Cloud", "buyer") not in roles(d) for d in ppas)
