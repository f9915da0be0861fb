"""Sides of two-party deals the frames leave open (issue 8, reversed roles): a leaseback
is let by the buyer of the asset to its seller, whether the lease is told in a frame of
its own, in a later sentence or in a clause of the sale's sentence; a party a press release
describes after its ticker (`X, Inc. (NASDAQ: X), a provider of ...`) provides; `an
agreement with Y ("Y") to provide capacity` makes the subject the provider; the foundry
that `will make` the buyer's chips sells them; the company whose portfolio a PPA's
megawatts come from sells the power. Every sentence is written for the test, with
invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def by_type(text: str, published: str = "2026-06-08") -> dict[str, set[tuple[str, str]]]:
    return {d.deal_type: roles(d) for d in extract_deals(Article(text=text, published=published))}


def test_a_lease_the_seller_signs_with_the_buyer_of_its_towers_is_leased_back() -> None:
    found = by_type(
        "Carrow Mobile has agreed to sell its tower business to Ellery Towers for "
        "€900 million. As part of the transaction Carrow has signed a 15-year master lease "
        "with Ellery Towers for space on the sites, with annual fees of about €60 million."
    )
    assert found["acquisition"] == {("Carrow Mobile", "seller"), ("Ellery Towers", "acquirer")}
    assert found["lease"] == {("Carrow Mobile", "lessee"), ("Ellery Towers", "lessor")}


def test_a_leaseback_told_in_the_sales_own_sentence_is_a_lease() -> None:
    found = by_type(
        "Harnwood Estates has agreed to acquire two data centres from Pellow Bank for "
        "£150 million, with the lender staying on as the sole occupier under a 20-year "
        "leaseback. Pellow will pay an initial rent of £9.1 million a year."
    )
    assert found["acquisition"] == {("Harnwood Estates", "acquirer"), ("Pellow Bank", "seller")}
    assert found["lease"] == {("Pellow Bank", "lessee"), ("Harnwood Estates", "lessor")}


def test_towers_sold_and_then_occupied_by_their_seller_are_leased_back() -> None:
    found = by_type(
        "Polish operator Vorel said on Thursday it will sell 800 telecom towers to "
        "Quillan Towers for 600 million zlotys. Under the agreement Vorel will stay on as "
        "anchor tenant under a 15-year master lease."
    )
    assert found["lease"] == {("Vorel", "lessee"), ("Quillan Towers", "lessor")}


def test_a_provider_described_after_its_ticker_provides() -> None:
    found = by_type(
        "Tolvane Cloud, Inc. (NASDAQ: TLVC), a provider of dedicated AI compute, today "
        "announced that Brisket Labs has exercised its option under its existing master "
        "services agreement to add 4,096 GPUs. The expansion carries a contract value of "
        "approximately $210 million over a three-year term."
    )
    assert found["compute_contract"] == {
        ("Tolvane Cloud", "provider"),
        ("Brisket Labs", "customer"),
    }


def test_an_agreement_with_a_customer_to_provide_capacity() -> None:
    found = by_type(
        'Harrowfield Compute Corp. ("Harrowfield") today announced that it has entered into '
        'a five-year agreement with Quenby AI Inc. ("Quenby") to provide dedicated cloud '
        "capacity built on 4,096 GPUs at its facility in Sherbrooke, Quebec. The agreement "
        "has a total contract value of approximately C$410 million."
    )
    assert found["compute_contract"] == {
        ("Harrowfield Compute", "provider"),
        ("Quenby AI", "customer"),
    }


def test_the_foundry_that_will_make_the_chips_sells_them() -> None:
    found = by_type(
        "Ostry announced a multi-year supply agreement with Kaelum Semiconductor, under which "
        "the Taiwanese foundry will make Ostry's inference accelerator on its 3-nanometre "
        "process. The company says the deal is worth about $900 million."
    )
    assert found["supply"] == {("Ostry", "buyer"), ("Kaelum Semiconductor", "seller")}


def test_the_company_whose_portfolio_the_megawatts_come_from_sells_the_power() -> None:
    found = by_type(
        "Brenmoor Data has signed a ten-year power purchase agreement with Ashkel GmbH for "
        "45MW from its wind portfolio in Lower Saxony, starting in January 2027."
    )
    assert found["power_purchase"] == {("Brenmoor Data", "buyer"), ("Ashkel", "seller")}


def test_a_company_that_backstops_the_tenants_obligations_guarantees_the_lease() -> None:
    found = by_type(
        "Harrowby Mining has signed a 15-year lease with Quellan Cloud for 120MW at its "
        "Pine Gully campus. Technology group Ostwick will backstop $900 million of "
        "Quellan's lease obligations if the neocloud cannot pay."
    )
    assert found["lease"] == {
        ("Harrowby Mining", "lessor"),
        ("Quellan Cloud", "lessee"),
        ("Ostwick", "guarantor"),
    }


def test_a_parent_that_has_guaranteed_the_obligations_with_no_named_object() -> None:
    found = by_type(
        "Tidewell Data has leased 40MW at its Marlow campus to Fennick Compute for ten "
        "years. Fennick is a young company, so its parent Orrly Group has guaranteed its "
        "obligations under the lease."
    )
    assert ("Orrly Group", "guarantor") in found["lease"]


def test_a_guarantor_of_a_contract_not_typed_yet_joins_it() -> None:
    found = by_type(
        "On Thursday Brellin Compute, the Amsterdam-listed GPU cloud, told investors it had "
        "signed a five-year, $1.2 billion agreement to provide Ossory Labs with a dedicated "
        "cluster at its campus in Eemshaven. Ossory's payment obligations are guaranteed by "
        "Tarrant Holdings, the conglomerate that owns 40% of it."
    )
    assert ("Tarrant Holdings", "guarantor") in found["compute_contract"]
