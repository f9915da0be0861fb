"""Amounts and capacities told in a sentence of their own after the deal's: the valuation
a round or a price sets, a bank buyer's deposit premium, the revenue a contract will
generate over its term, and the capacity of a site told with when it was completed.
Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str, published: str = "2026-06-10") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def amounts(deals: list[Deal]) -> list[tuple[float, str]]:
    return sorted((a.value, a.kind) for d in deals for a in d.amounts)


def test_the_valuation_of_the_round_a_participant_joined() -> None:
    """`..., the largest single investor in the round, which values X at $7.5 billion`."""
    deals = deals_of(
        "Separately, Norlet closed a $600 million Series D led by Pallas Growth. Kestrin "
        "contributed $200 million of that, making it the largest single investor in the "
        "round, which values Norlet at $6.4 billion."
    )
    investment = next(d for d in deals if d.deal_type == "investment")
    assert (6400000000.0, "valuation") in amounts([investment])


def test_the_value_a_stake_price_sets_whatever_it_is_compared_with() -> None:
    """`The price values X at €600 million, more than double the valuation of its last
    funding round in 2024`: the valuation the purchase sets, not an older deal's."""
    deals = deals_of(
        "Dutch lender Veldhoven Bank has agreed to buy a 25% stake in Cashmint, a Porto-based "
        "provider of payment software, from venture investor Brisa Ventures for €150 million. "
        "The price values Cashmint at €600 million, more than double the valuation of its "
        "last funding round in 2024."
    )
    assert deals[0].deal_type == "acquisition"
    assert (600000000.0, "valuation") in amounts(deals)


def test_a_deposit_premium_is_the_price_of_branches_not_their_deposits() -> None:
    deals = deals_of(
        "Harlow Bancorp has agreed to buy six branches in northern Michigan from Tessel "
        "Savings Bank. Harlow Bancorp will assume approximately $280 million of deposits and "
        "pay a deposit premium of about $8.4 million."
    )
    assert deals[0].deal_type == "acquisition"
    assert (280000000.0, "price") not in amounts(deals)
    assert (8400000.0, "price") in amounts(deals)


def test_the_revenue_a_lease_will_generate_is_its_total() -> None:
    deals = deals_of(
        "Merbau Data Parks has signed a 20-year lease with a US hyperscaler for a 100 MW "
        "campus in Kulai, Johor. Merbau said the contract would generate total lease revenue "
        "of about RM7.2 billion over its term."
    )
    assert deals[0].deal_type == "lease"
    assert (7200000000.0, "total") in amounts(deals)


def test_a_site_completed_this_year_keeps_its_capacity() -> None:
    """`Completed in May 2026, the Property offers 64 MW`: when the site was finished, no
    older deal."""
    deals = deals_of(
        "Selangor DC REIT has agreed to acquire KLP-4, a newly completed data centre in "
        "Kulai, Johor, from Rimba Capital for RM1.5 billion. Completed in May 2026, the "
        "Property offers 48 MW of IT capacity across two data halls.",
        published="2026-08-04",
    )
    assert deals[0].deal_type == "acquisition"
    assert [(q.value, q.unit) for q in deals[0].quantities] == [(48.0, "MW")]
