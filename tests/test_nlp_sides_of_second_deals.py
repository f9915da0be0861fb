"""Sides of a deal told beside another one or by one side alone: a lease `for` land is
signed by whoever builds on it, a lease `with` Y for space at Y's campus is let by Y,
graphics processors rented or clusters provided are compute, an order a customer placed
is supplied by the announcer, power bought from Y's station is sold by Y even when the
model reads Y as a person, and capacity `in their data center` is the counterparty's.
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.direction import provider_side
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def leases_of(text: str) -> list[set[tuple[str, str]]]:
    return [roles(d) for d in deals_of(text) if d.deal_type == "lease"]


def test_a_lease_for_a_plot_with_an_estate_company_is_let_by_the_company() -> None:
    leases = leases_of(
        "Marrow Glassworks said on Tuesday it had agreed a term loan with Tessel Bank to "
        "build a float-glass line. Separately, Marrow Glassworks said it had signed a lease "
        "with Qarnel Industrial Zones Company for a 60-hectare plot in the port district "
        "where the line will be built."
    )
    assert {("Marrow Glassworks", "lessee"), ("Qarnel Industrial Zones Company", "lessor")} in (
        leases
    )


def test_a_lease_for_capacity_at_the_counterpartys_campus_is_let_by_it() -> None:
    leases = leases_of(
        "Ostler Compute disclosed a four-year agreement to supply GPU capacity to Varn Labs. "
        "In the same filing Ostler said it had signed a 12-year lease with developer "
        "Brennock Digital for 90MW of critical IT load at Brennock's Coldwater campus "
        "outside Lubbock, Texas."
    )
    assert {("Ostler Compute", "lessee"), ("Brennock Digital", "lessor")} in leases


def test_graphics_processors_rented_from_the_company_are_its_compute() -> None:
    deals = deals_of(
        "Quebec's Harfang Compute Inc. has signed its largest customer yet. Calgary-based "
        "Wenlow AI will rent about 8,000 Nvidia graphics processors from the company for "
        "four years under a contract valued at C$700 million, the two firms said."
    )
    assert deals[0].deal_type == "compute_contract"
    assert roles(deals[0]) == {("Wenlow AI", "customer"), ("Harfang Compute", "provider")}


def test_dedicated_clusters_provided_to_a_customer_are_a_compute_contract() -> None:
    doc = load_model()(
        "Under the agreement, Koski will provide Verlaine with dedicated clusters at its "
        "data centre in Oulu."
    )
    assert [(f.deal_type, sorted(r for r, _ in f.args)) for f in find_frames(doc)] == [
        ("compute_contract", ["customer", "provider"])
    ]


def test_an_order_placed_by_a_customer_is_supplied_by_the_announcer() -> None:
    deals = deals_of(
        "Tallis Power Systems, a maker of grid transformers, today announced that Orlen "
        "Data has placed an order valued at $80 million for 30 large power transformers "
        "for its campus in Abilene, Texas."
    )
    assert deals[0].deal_type == "supply"
    assert roles(deals[0]) == {("Orlen Data", "buyer"), ("Tallis Power Systems", "seller")}


def test_power_bought_from_a_station_whose_owner_reads_as_a_person_is_the_owners() -> None:
    deals = deals_of(
        "Pollard Data has signed a 10-year agreement to buy 250MW from Graham Atomic's "
        "Cedar Fork nuclear station in Ohio, with deliveries starting in 2028."
    )
    assert deals[0].deal_type == "power_purchase"
    assert roles(deals[0]) == {("Pollard Data", "buyer"), ("Graham Atomic", "seller")}


def test_a_lease_at_the_campus_a_developer_is_building_is_let_by_the_developer() -> None:
    leases = leases_of(
        "1. Corbel takes 36MW in Indiana\n\nCorbel Cloud, the GPU rental outfit, has signed "
        "a 12-year lease for 36 megawatts at Oak Hollow, the campus that Lindqvist Data is "
        "building near Plainfield, Indiana."
    )
    assert {("Corbel Cloud", "lessee"), ("Lindqvist Data", "lessor")} in leases


def test_power_from_the_planned_plant_of_the_announcer_written_short_is_its() -> None:
    deals = deals_of(
        "Keller Fission Inc. today announced a licence agreement with Hale Reactors for its "
        "small modular reactor design. Keller also announced its first customer. Pollard "
        "Data, which develops AI campuses across the Midwest, has signed a 15-year power "
        "purchase agreement for 200 megawatts from Keller's planned plant near Enid, "
        "Oklahoma, with deliveries beginning in 2031."
    )
    ppas = [roles(d) for d in deals if d.deal_type == "power_purchase"]
    assert ppas == [{("Pollard Data", "buyer"), ("Keller Fission", "seller")}]


def test_a_second_customer_of_the_same_provider_is_another_contract() -> None:
    deals = deals_of(
        "Tessaly Inc. said it had signed the largest contract in its history, a four-year "
        "agreement under which Orwin AI will rent dedicated GPU clusters worth about $1.2 "
        "billion. Tessaly also disclosed an expansion with an existing customer. Fenlow "
        "Labs, the robotics-model developer, has signed a two-year, $300 million agreement "
        "for 5,000 GPUs at Tessaly's site in Secaucus, New Jersey."
    )
    contracts = [roles(d) for d in deals if d.deal_type == "compute_contract"]
    assert {("Orwin AI", "customer"), ("Tessaly", "provider")} in contracts
    assert {("Fenlow Labs", "customer"), ("Tessaly", "provider")} in contracts


def test_capacity_in_their_data_center_is_the_counterpartys() -> None:
    sides = provider_side(
        {1: ["Pell AI"], 2: ["Garrow Cloud"]},
        [
            "On the compute side, Pell AI signed an agreement with Garrow Cloud for 1,024 "
            "GPUs in their Toronto data center for the next year."
        ],
        "compute_contract",
    )
    assert sides == {1: "customer", 2: "provider"}


def test_an_agreement_with_y_to_serve_its_campus_makes_y_the_customer() -> None:
    sides = provider_side(
        {1: ["Ostry Electric"], 2: ["Bellmark Cloud"]},
        [
            "First, Ostry Electric signed an energy supply agreement with Bellmark Cloud to "
            "serve its Lindale campus."
        ],
        "supply",
    )
    assert sides == {1: "provider", 2: "customer"}
