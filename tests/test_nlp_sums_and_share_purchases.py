"""Figures that are no single deal's (round 17, precision): a sum over several deals
(`a pair of contracts that together exceed $5 billion`, `two power purchase agreements
with data center operators totaling 350 megawatts`), and shares bought beside a commercial
deal (`has agreed to purchase $250 million of X's Class A common stock`), an investment,
never the contract's value. Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-06-03"))


def figures(deals: list[Deal]) -> set[float]:
    """Every amount and quantity value of the deals, with their sites' capacities."""
    out = {a.value for d in deals for a in d.amounts}
    out |= {q.value for d in deals for q in d.quantities}
    return out | {s.capacity.value for d in deals for s in d.sites if s.capacity}


def test_a_sum_over_several_agreements_is_no_deals_quantity() -> None:
    deals = deals_of(
        "Marlow Grid LLC today announced two long-term power purchase agreements with data "
        "center operators totaling 420 megawatts.\n\n"
        "Pennock Cloud has agreed to buy the output of Ashby Fen Solar, a 250 MW project in "
        "Lincolnshire, for 15 years. Separately, Torrin Data will take 170 MW from Marlow's "
        "Kesteven Solar project under a 12-year agreement."
    )
    assert 420 not in figures(deals)
    assert 250 in figures(deals)


def test_a_pair_of_contracts_together_worth_a_sum_is_no_deals_amount() -> None:
    deals = deals_of(
        "Quenby Compute has secured a 15-year tolling agreement for the 900-megawatt Redmire "
        "Generating Station in Ohio and has lined up the gas to run it, in a pair of "
        "contracts that together exceed $4 billion. Quenby will pay plant owner Ashdale "
        "Power a fixed capacity charge of about $18 million a month."
    )
    assert 4e9 not in figures(deals)
    assert 18e6 in figures(deals)


def test_shares_bought_beside_a_compute_contract_are_not_its_value() -> None:
    deals = deals_of(
        "Ostley Cloud has signed a five-year, $1.8 billion contract to provide GPU capacity "
        "to Pemrose AI, the companies said on Tuesday. As part of the transaction, Pemrose "
        "AI has agreed to purchase $150 million of Ostley's Class A common stock in a "
        "private placement at $22.10 per share."
    )
    contract = next(d for d in deals if d.deal_type == "compute_contract")
    assert [(a.value, a.kind) for a in contract.amounts] == [(1.8e9, "total")]
