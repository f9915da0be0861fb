"""Deals whose other side is the story's subject, told in a later sentence: a recipient
written as a pronoun or a description (`Y has agreed to sell the operator the output of its
solar park under a PPA`, `... to sell it the output`), and a lease of land told by its noun
alone (`The first is a 30-year lease over a 12-hectare plot, signed with Y, the port
landowner`: Y lets the land). Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals

LEAD = (
    "Quintara Data Centres wants to build a second hub outside the capital, and this week "
    "it put two contracts behind the plan."
)


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-08", language="en"))


def sides(deals: list[Deal], deal_type: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in deals if d.deal_type == deal_type for p in d.parties}


def test_output_sold_to_a_described_recipient_is_bought_by_the_subject() -> None:
    deals = deals_of(
        f"{LEAD} Norvale Renewables has agreed to sell the operator the output of its 60MW "
        "Brask solar park under a 12-year corporate PPA."
    )
    assert sides(deals, "power_purchase") == {
        ("Norvale Renewables", "seller"),
        ("Quintara Data Centres", "buyer"),
    }


def test_an_object_pronoun_of_an_agreed_sale_is_not_its_seller() -> None:
    deals = deals_of(
        f"{LEAD} Norvale Renewables has agreed to sell it the output of its 60MW Brask "
        "solar park under a 12-year corporate PPA."
    )
    assert sides(deals, "power_purchase") == {
        ("Norvale Renewables", "seller"),
        ("Quintara Data Centres", "buyer"),
    }


def test_a_lease_over_a_plot_signed_with_a_landowner_is_let_by_it() -> None:
    deals = deals_of(
        f"{LEAD} The first is a 40-year lease over a nine-hectare reclaimed plot on the "
        "Brenport waterfront in Halden county, signed with Marlowe Estates Corp, the port "
        "landowner controlled by the city."
    )
    assert sides(deals, "lease") == {
        ("Marlowe Estates", "lessor"),
        ("Quintara Data Centres", "lessee"),
    }
