"""Space taken at a landlord's building or site on a lease (`X has taken 36MW at Y's
building in Z on a seven-year lease`): the taker is the lessee, the building's owner the
lessor. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-04-14", language="en"))


def sides(text: str) -> set[tuple[str, str, str]]:
    return {(d.deal_type, p.name, p.role) for d in deals_of(text) for p in d.parties}


LEAD = "Cloud start-up Orvanta Compute has been expanding quickly across the Pacific Northwest."


def test_megawatts_glued_to_their_figure_taken_at_a_building_are_leased() -> None:
    found = sides(
        f"{LEAD} Orvanta Compute has taken 24MW at Pelling Data's KX-2 building in "
        "Bend, Oregon, on a nine-year lease."
    )
    assert found == {("lease", "Orvanta Compute", "lessee"), ("lease", "Pelling Data", "lessor")}


def test_capacity_taken_at_a_landlords_site_is_leased_from_it() -> None:
    found = sides(
        f"{LEAD} Separately, Orvanta Compute has taken 12 MW of capacity at Brenmoor "
        "Digital's site in Yakima, Washington, on a 10-year lease."
    )
    assert found == {
        ("lease", "Orvanta Compute", "lessee"),
        ("lease", "Brenmoor Digital", "lessor"),
    }
