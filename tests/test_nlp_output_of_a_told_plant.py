"""A power purchase told by its buyer alone takes as its seller the company the sentence
before says builds or owns the plant whose output is bought."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _power_sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-09-10"))
    power = [d for d in deals if d.deal_type == "power_purchase"]
    assert len(power) == 1
    return {(p.name, p.role) for p in power[0].parties}


def test_the_builder_of_the_plant_told_before_sells_its_output() -> None:
    text = (
        "Corvina Compute has lined up dedicated power for the AI campus it is planning in "
        "Alberta. The power will come from Hollow Creek Generating Station, "
        "a gas plant that Tamsworth Power Corp. is building next to the campus. Corvina "
        "Compute will buy the plant's full output for 20 years from 2029."
    )
    assert _power_sides(text) == {("Corvina Compute", "buyer"), ("Tamsworth Power", "seller")}


def test_the_plant_being_built_by_a_company_is_its_own() -> None:
    text = (
        "Corvina Compute has signed up power for its campus near Lethbridge. The supply will "
        "come from a 300 MW gas plant being built on the site by Tamsworth Power. Corvina "
        "Compute will buy the plant's entire output for 15 years from 2029."
    )
    assert _power_sides(text) == {("Corvina Compute", "buyer"), ("Tamsworth Power", "seller")}
