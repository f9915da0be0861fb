"""Sides of a deal told beside another one, or told by its noun alone (`The larger deal is
a 15-year PPA with Y`): the side the sentence leaves out is the story's subject. Every
sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_ppa_written_as_an_acronym_with_its_seller_is_the_subjects() -> None:
    deals = deals_of(
        "Data centre operator Tarrow Digital has signed two long-term power purchase "
        "agreements for its Kansas campuses. The larger deal is a 15-year PPA with Bellmoor "
        "Energy for the full 200MW output of a solar project in Ford County. Tarrow Digital "
        "said the contracts cover most of its planned load."
    )
    ppas = [d for d in deals if d.deal_type == "power_purchase"]
    assert [roles(d) for d in ppas] == [
        {("Bellmoor Energy", "seller"), ("Tarrow Digital", "buyer")}
    ]


def test_a_ppa_with_a_described_developer_is_the_subjects() -> None:
    deals = deals_of(
        "Grocery chain Pellbury Foods has agreed to buy most of the electricity from a wind "
        "farm under construction in Wales. The 10-year power purchase agreement with "
        "developer Ostrand Renewables covers 60% of the output of the 70MW Glyn Ridge "
        "wind farm near Tywyn. Pellbury Foods said the deal fixes its power price for a decade."
    )
    assert deals[0].deal_type == "power_purchase"
    assert roles(deals[0]) == {("Ostrand Renewables", "seller"), ("Pellbury Foods", "buyer")}


def test_a_ppa_whose_sentence_names_its_buyer_keeps_that_buyer() -> None:
    deals = deals_of(
        "Harlan Cloud has signed a 15-year lease for 60 megawatts at Ostrow Data's campus in "
        "Ohio. Separately, Neocloud Vantor Compute has agreed to buy the output of 90 MW of "
        "a wind farm in Texas under a 12-year power purchase agreement with Tillman "
        "Renewables. Harlan Cloud said the lease starts next year."
    )
    ppas = [d for d in deals if d.deal_type == "power_purchase"]
    assert ppas
    assert all(("Harlan Cloud", "buyer") not in roles(d) for d in ppas)


def test_the_owner_of_the_campus_a_lease_is_at_lets_the_space() -> None:
    deals = deals_of(
        "Vantor Cloud has exercised its option to lease a second building at Quillby Data "
        "Infrastructure's Stonemere campus near Tyler, Texas, the landlord said on Monday. "
        "Separately, Corlis Compute has agreed to lease a 10-megawatt data hall on the "
        "Harwick campus of Pellmont Data Centers for ten years."
    )
    leases = [roles(d) for d in deals if d.deal_type == "lease"]
    assert {("Vantor Cloud", "lessee"), ("Quillby Data Infrastructure", "lessor")} in leases
    assert {("Corlis Compute", "lessee"), ("Pellmont Data Centers", "lessor")} in leases


def test_a_customer_signing_for_capacity_alone_buys_it_from_the_subject() -> None:
    deals = deals_of(
        "Marrow Cloud has signed a 12-year lease for 80 MW at Tillbrook Realty's Fenmoor "
        "campus in Ohio. On the same day the Denver-based company said Quessa Labs, a "
        "developer of language models, had signed a three-year agreement for dedicated GPU "
        "capacity at Fenmoor valued at $1.2 billion. Deliveries are scheduled to begin in "
        "the first half of 2027, according to a Marrow Cloud presentation."
    )
    contracts = [d for d in deals if d.deal_type == "compute_contract"]
    assert [roles(d) for d in contracts] == [
        {("Quessa Labs", "customer"), ("Marrow Cloud", "provider")}
    ]
    assert [(a.value, a.kind) for a in contracts[0].amounts] == [(1.2e9, "total")]
    assert contracts[0].term is not None
    assert (contracts[0].term.start, contracts[0].term.duration) == ("2027", "P3Y")


def test_a_customer_committing_to_a_contract_for_capacity_buys_it_from_the_filer() -> None:
    deals = deals_of(
        "Halden Compute said on Tuesday that its backlog had doubled. Tessaly AI has committed "
        "to a four-year contract for dedicated capacity on 12,000 GPUs at our Brook Hollow "
        "campus, Halden Compute said. Total contract value is about $1.6 billion."
    )
    contracts = [d for d in deals if d.deal_type == "compute_contract"]
    assert [roles(d) for d in contracts] == [
        {("Tessaly AI", "customer"), ("Halden Compute", "provider")}
    ]


def test_a_short_name_that_is_also_a_town_still_signs_the_second_deal() -> None:
    deals = deals_of(
        "Aurora Cloud Data Centres has secured a $150 million loan from Kestrel Bank to build "
        "the second phase of its campus near Nairobi. Alongside the financing, Aurora has "
        "signed a 15-year power purchase agreement with Tarnby Geothermal for 20 MW from its "
        "Ol Doinyo geothermal plant. Aurora Cloud said power would start flowing in January "
        "2027."
    )
    ppas = [roles(d) for d in deals if d.deal_type == "power_purchase"]
    assert ppas == [{("Aurora Cloud Data Centres", "buyer"), ("Tarnby Geothermal", "seller")}]


def test_a_land_lease_signed_with_an_authority_is_let_by_the_authority() -> None:
    deals = deals_of(
        "Tallis Compute has raised $300 million in a Series B round led by Harrow Ventures. "
        "Tallis disclosed separately that it has signed a 25-year land lease for a 40-hectare "
        "plot with the Marrow Bay Development Authority, which will also build a substation."
    )
    leases = [roles(d) for d in deals if d.deal_type == "lease"]
    assert leases == [
        {("Tallis Compute", "lessee"), ("Marrow Bay Development Authority", "lessor")}
    ]


def test_a_dateline_with_a_place_in_mixed_case_is_not_part_of_the_name() -> None:
    deals = deals_of(
        "Frankfurt am Main, 3 November 2026 - Oderwerk Rechenzentren GmbH today announced "
        "that it has signed a seven-year lease with Kestral Cloud AG for 20 MW at its campus."
    )
    names = {p.name for d in deals for p in d.parties}
    assert "Oderwerk Rechenzentren" in names
    assert not any("2026" in n for n in names)


def test_a_tenant_signing_a_lease_on_space_alone_rents_it_from_the_subject() -> None:
    deals = deals_of(
        "Welsh developer Brynmor Digital has signed a 15-year power purchase agreement with "
        "Gwent Solar for 40MW. Brynmor Digital, which opened the first hall at its Usk Meadows "
        "site in 2024, said software firm Caldera Cloud had agreed a ten-year lease on 24MW of "
        "capacity in the second building."
    )
    leases = [roles(d) for d in deals if d.deal_type == "lease"]
    assert leases == [{("Caldera Cloud", "lessee"), ("Brynmor Digital", "lessor")}]


def test_a_tenant_leasing_a_hall_alone_leases_it_from_the_subject() -> None:
    deals = deals_of(
        "Farran Digital has signed a 15-year power purchase agreement with Moyne Wind for "
        "40MW from 2027. Farran Digital, which developed the campus on former farmland, said "
        "Kelvar Cloud had exercised its option to lease the second hall, adding 20MW."
    )
    leases = [roles(d) for d in deals if d.deal_type == "lease"]
    assert leases == [{("Kelvar Cloud", "lessee"), ("Farran Digital", "lessor")}]


def test_space_only_sought_by_the_subject_makes_no_lease() -> None:
    deals = deals_of(
        "Tarvik Compute has signed a three-year contract worth $400 million to provide GPU "
        "capacity to Omsa Labs. Tarvik Compute said it is in advanced talks to lease 40 MW "
        "of additional data centre space in Pune, without naming a partner."
    )
    assert [d.deal_type for d in deals] == ["compute_contract"]
    assert roles(deals[0]) == {("Tarvik Compute", "provider"), ("Omsa Labs", "customer")}
