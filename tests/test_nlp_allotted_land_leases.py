"""Land allotted by a state agency (`X has been allotted a 20-acre plot by the state-run Y
Industrial Development Corporation on a 99-year lease`, `Y has allotted a plot to X`): the
agency lets the land, X takes it. Every sentence is written for the test, with invented
names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def lease_sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-11-03", language="en"))
    return {(p.name, p.role) for d in deals if d.deal_type == "lease" for p in d.parties}


def test_a_plot_allotted_by_an_agency_is_leased_from_it() -> None:
    assert lease_sides(
        "Quintara Data Centres Pvt Ltd has been allotted a 20-acre plot in Pune by the "
        "state-run Deccan Industrial Development Corporation (DIDC) on a 99-year lease, the "
        "developer said on Monday."
    ) == {
        ("Quintara Data Centres", "lessee"),
        ("Deccan Industrial Development Corporation", "lessor"),
    }


def test_an_agency_allotting_a_plot_to_a_company_lets_it() -> None:
    assert lease_sides(
        "Quintara Data Centres wants to build a second hub outside the capital this year. "
        "The Varna Industrial Authority has allotted a 12-acre plot to Quintara for the campus."
    ) == {("Varna Industrial Authority", "lessor"), ("Quintara Data Centres", "lessee")}


def test_hardware_allotted_to_providers_is_no_lease() -> None:
    assert not lease_sides(
        "Quintara Data Centres wants to build a second hub outside the capital this year. "
        "The board had in March allotted 18,693 GPUs across ten providers."
    )
