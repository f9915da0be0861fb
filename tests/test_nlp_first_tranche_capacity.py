"""A contract's capacity told only as its first tranche (`the first 120 MW of critical IT
load is due to come online ...`) is the contract's; a tranche of a larger capacity the
deal has, or of a loan's project, is not. Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-08-05"))


def test_a_contracts_only_capacity_may_be_its_first_tranche() -> None:
    deal = deals_of(
        "Quell Labs has agreed to pay Tarrow Compute about $2.1 billion for dedicated GPU "
        "capacity over five years. The clusters will sit at Tarrow's Mesa Flats campus in "
        "Childress, Texas, where the first 90 MW of critical IT load is due to come online "
        "in the second quarter of 2027."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert [(q.value, q.unit) for q in deal.quantities] == [(90, "MW")]


def test_a_first_tranche_of_a_larger_capacity_is_not_the_deals() -> None:
    deal = deals_of(
        "Orrick Digital has signed a 15-year lease with Vantell AI for 200 megawatts at its "
        "Sandrun campus outside Lindale, Texas. The first 100 megawatts hand over in October "
        "2027 and the rest follows in mid-2028."
    )[0]
    assert [(q.value, q.unit) for q in deal.quantities] == [(200, "MW")]


def test_a_loans_project_tranche_is_not_the_loans() -> None:
    found = deals_of(
        "Harrow Digital has signed an eight-year $540 million project loan with Bank Perdana "
        "and Straits Union Bank to fund construction of its first two buildings in Kulai. "
        "The first 40 MW is scheduled to be ready for service in the second half of 2027."
    )
    loans = [d for d in found if d.deal_type == "other"]
    assert loans
    assert all(not d.quantities for d in loans)
