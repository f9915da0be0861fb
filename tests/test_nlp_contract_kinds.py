"""The kind of a contract told by what is paid or supplied (round 14): a fee paid with
royalties (`X will pay Y an upfront fee plus a royalty on each unit`) is paid for a
licence, not for a service; capacity supplied or provided as access (`Y will supply X
with access to 20,000 graphics processors`) is rented compute, not hardware sold;
electricity delivered to a company's campus (`Y will deliver 90 gigawatt hours of
electricity a year from the park to X's data centre campus`) is bought by that company
from the generator. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import candidates_of


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_a_fee_paid_with_royalties_is_a_licence() -> None:
    assert deals_of(
        "Brisk Harbor Cooling said on Tuesday that Talvik Data has adopted its Fernwave "
        "cooling design across its Nordic sites. Under the six-year agreement, Talvik Data "
        "will pay Brisk Harbor Cooling an upfront fee of $30 million plus a royalty on each "
        "rack deployed."
    ) == [
        (
            "licence",
            {("Talvik Data", "licensee"), ("Brisk Harbor Cooling", "licensor")},
        )
    ]


def test_a_fee_paid_without_royalties_keeps_its_kind() -> None:
    assert [
        kind
        for kind, _ in deals_of(
            "Under the six-year agreement, Talvik Data will pay Brisk Harbor Cooling an "
            "upfront fee of $30 million for GPU cloud capacity."
        )
    ] == ["compute_contract"]


def test_access_to_processors_supplied_is_compute() -> None:
    c = candidates_of(
        "Pellaro Cloud will supply Wrenfield AI with access to about 20,000 graphics "
        "processors housed in a facility in Tulsa, Oklahoma."
    )
    assert [(f.trigger, f.deal_type) for fs in c.frames for f in fs] == [
        ("supply", "compute_contract")
    ]


def test_access_to_processors_provided_is_compute() -> None:
    c = candidates_of(
        "Under the contract, Pellaro Cloud will provide Wrenfield AI with dedicated access "
        "to a cluster of 8,000 graphics processors."
    )
    assert [(f.trigger, f.deal_type) for fs in c.frames for f in fs] == [
        ("provide", "compute_contract")
    ]


def test_energy_delivered_to_a_companys_campus_is_bought_by_it() -> None:
    assert deals_of(
        "Kelmont Datacenter and Auerwald Solar today announced a ten-year power purchase "
        "agreement for electricity from the Auerwald solar park. Under the agreement, "
        "Auerwald Solar will deliver approximately 80 gigawatt hours of green electricity "
        "per year from a 70 MW section of the park to Kelmont's data centre campus in Kassel."
    ) == [
        (
            "power_purchase",
            {("Kelmont Datacenter", "buyer"), ("Auerwald Solar", "seller")},
        )
    ]
