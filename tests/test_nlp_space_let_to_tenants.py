"""Space let to a named tenant (`X has let the whole of its new 40MW building to Y`): X is
the landlord, Y the tenant; plain `let` with no space let (`would let the group sell its
tools`) tells no deal. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def lease_sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-06-10", language="en"))
    return {(p.name, p.role) for d in deals if d.deal_type == "lease" for p in d.parties}


def test_a_building_let_to_a_named_tenant_is_leased_to_it() -> None:
    assert lease_sides(
        "Harwell Vane Data Centres has let the whole of its new 36MW building on the "
        "Brockley Business Park to Orvanta Cloud, the US cloud provider, in one of the "
        "largest pre-lets of the year."
    ) == {("Harwell Vane Data Centres", "lessor"), ("Orvanta Cloud", "lessee")}


def test_let_with_no_space_let_is_no_lease() -> None:
    assert not lease_sides(
        "Harwell Vane Data Centres said full ownership of the platform would let the group "
        "sell its tools to Orvanta Cloud and other customers across the region."
    )
