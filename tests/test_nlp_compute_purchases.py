"""Compute bought as a service (round 16): `X has committed to buy $45 million of GPU
capacity from Y` is a compute contract of X (customer) with Y (provider), not goods
traded, a company bought or, beside X's investment in Y, that investment again; power
bought as capacity (`buy 300 MW of capacity from Y`) stays electricity. Every sentence
is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-10-21"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_capacity_bought_is_a_compute_contract() -> None:
    assert frames_of(
        "Tarnwell Telecom has committed to buy $45 million of GPU capacity from Brisca "
        "Cloud over two years."
    ) == [
        (
            "buy",
            "compute_contract",
            [("customer", "Tarnwell Telecom"), ("provider", "Brisca Cloud")],
        )
    ]


def test_capacity_bought_beside_a_stake_is_its_own_deal() -> None:
    found = deals_of(
        "Tarnwell Telecom has agreed to invest $90 million in Brisca Cloud for a minority "
        "stake. Separately, Tarnwell Telecom has committed to buy $45 million of GPU "
        "capacity from Brisca Cloud over two years, starting next March."
    )
    assert (
        "compute_contract",
        {("Tarnwell Telecom", "customer"), ("Brisca Cloud", "provider")},
    ) in found
    assert ("investment", {("Tarnwell Telecom", "investor"), ("Brisca Cloud", "investee")}) in found


def test_power_bought_as_capacity_is_no_compute() -> None:
    assert [
        kind
        for _, kind, _ in frames_of(
            "Dunmere Steel agreed to buy 300 MW of capacity from Halloway Power."
        )
    ] == ["power_purchase"]


def test_a_contract_valued_beside_a_stake_is_the_contract_s_total() -> None:
    found = extract_deals(
        Article(
            text=(
                "Brisca Cloud, a provider of dedicated AI cloud infrastructure, today "
                "announced a four-year agreement under which it will deliver reserved GPU "
                "capacity to Halden Labs. The contract is valued at approximately $900 "
                "million over its term. Under the agreement, Brisca will provide Halden "
                "with a cluster of about 6,000 GPUs. Alongside the capacity deal, Halden "
                "will make a $60 million strategic investment in Brisca."
            ),
            published="2026-10-21",
        )
    )
    money = {(d.deal_type, a.value, a.kind) for d in found for a in d.amounts}
    assert ("compute_contract", 900_000_000, "total") in money
    assert ("investment", 900_000_000, "investment") not in money
