"""Sides of leases (round 18b): a property bought from a vendor and `leased back to` a
company the sentence names alone (the vendor's operating unit, or another occupier) is
let by the buyer to that company, not to the vendor, also when the lease noun stands
between the passive verb and its `to` (`will be leased back on a 12-year master lease to
Z`); a lease agreed `with the campus owner, Y` is let by Y, and one for space at a
facility `being completed (built, developed) by Y` too.
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sides(text: str) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-06-01"))
    return {(d.deal_type, frozenset((p.name, p.role) for p in d.parties)) for d in found}


def test_a_property_leased_back_to_the_vendors_unit_is_let_to_that_unit() -> None:
    found = _sides(
        "Harbourline Data Trust has entered into a conditional sale and purchase agreement "
        "with Kestrin Infra Holdings Pte. Ltd. for the proposed acquisition of a 24MW data "
        "centre in Tuas, Singapore, for S$210 million.\n\n"
        "Upon completion, the property will be leased back to Kestrin DC Services Pte Ltd, "
        "a wholly owned subsidiary of the vendor, under a 12-year master lease."
    )
    assert (
        "lease",
        frozenset({("Harbourline Data Trust", "lessor"), ("Kestrin DC Services", "lessee")}),
    ) in found


def test_a_lease_noun_between_the_passive_verb_and_its_tenant() -> None:
    found = _sides(
        "Harbourline Data Trust has agreed to acquire a four-storey data centre in Jurong "
        "from Marrow Peak Capital Pte. Ltd. for S$300 million.\n\n"
        "On completion, the property will be leased back on a ten-year master lease to "
        "Tessel Compute Asia Pte. Ltd., which already operates the facility."
    )
    assert (
        "lease",
        frozenset({("Harbourline Data Trust", "lessor"), ("Tessel Compute Asia", "lessee")}),
    ) in found


def test_a_lease_agreed_with_the_campus_owner_is_let_by_the_owner() -> None:
    found = _sides(
        "Corran Compute said on Tuesday it had agreed a 12-year lease for a 40MW data hall "
        "at Dry Creek with the campus owner, Belwether Digital Infrastructure."
    )
    assert (
        "lease",
        frozenset({("Corran Compute", "lessee"), ("Belwether Digital Infrastructure", "lessor")}),
    ) in found


def test_the_company_completing_a_facility_lets_space_in_it() -> None:
    found = _sides(
        "Pellham Bank has committed to spend S$200 million over five years on GPU capacity "
        "from Norrow Cloud.\n\n"
        "To host the capacity, Norrow has signed a ten-year lease for 20MW at KX2, a "
        "facility in Marrowby East being completed by Tessaly Data Centres."
    )
    assert (
        "lease",
        frozenset({("Norrow Cloud", "lessee"), ("Tessaly Data Centres", "lessor")}),
    ) in found
