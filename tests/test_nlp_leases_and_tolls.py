"""Leases, tolls and trusts: space taken in a data centre, a toll's fuel, a tenant leasing
a landlord's facility, a vehicle called by its generic head, an older lease in a relative
clause."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="en", published="2026-05-04"))


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def test_megawatts_taken_in_a_hall_of_a_campus_are_leased() -> None:
    (deal,) = deals(
        "Norhaven Cloud, the GPU cloud founded in Bergen, has taken all 30 megawatts of "
        "Hall C at Cranmoor Data's Ridgefield campus outside Tulsa, Oklahoma. The lease "
        "runs for ten years from 2027."
    )
    assert deal.deal_type == "lease"
    assert sides(deal) == {("Norhaven Cloud", "lessee"), ("Cranmoor Data", "lessor")}


def test_megawatts_taken_from_a_wind_farm_are_no_lease() -> None:
    found = deals(
        "Norhaven Cloud agreed to take 200 MW from Tessmoor Power's Kilby wind farm in "
        "Wyoming under a 15-year power purchase agreement."
    )
    assert [d.deal_type for d in found] == ["power_purchase"]


def test_an_older_lease_in_a_relative_clause_leaves_the_new_space_current() -> None:
    (deal,) = deals(
        "Tamber Cloud is taking a further 10MW from Oakvale Data in Leeds, more than "
        "doubling the footprint it already rents from the operator. The new space will "
        "be handed over from next March."
    )
    assert deal.deal_type == "lease"
    assert sides(deal) == {("Tamber Cloud", "lessee"), ("Oakvale Data", "lessor")}


def test_the_company_delivering_fuel_under_a_toll_buys_the_power() -> None:
    found = deals(
        "Corvex Cloud signed an eight-year tolling agreement with Dunmore Peaking LLC for "
        "the 300MW Ashby gas plant in Ohio. Corvex will deliver fuel and take the power "
        "from January 2028."
    )
    (toll,) = [d for d in found if d.deal_type == "power_purchase"]
    assert sides(toll) == {("Corvex Cloud", "buyer"), ("Dunmore Peaking", "seller")}


def test_a_tenant_leasing_the_landlords_facility_rents_it_from_the_landlord() -> None:
    (deal,) = deals(
        "Harlow Data Centre REIT said on Monday that Vesta Cloud, the Dutch cloud "
        "provider, had agreed to lease its entire HX-1 facility in Leeds for ten years."
    )
    assert deal.deal_type == "lease"
    assert sides(deal) == {("Vesta Cloud", "lessee"), ("Harlow Data Centre REIT", "lessor")}


def test_the_trust_is_the_trust_its_manager_names() -> None:
    (deal,) = deals(
        "Pellham Asset Management Pte. Ltd., the manager of Pellham Data Centre Trust, "
        "announced that the trust has entered into an agreement to acquire a data centre "
        "in Osaka from Kiso Denki Co., Ltd. for JPY 30 billion."
    )
    assert deal.deal_type == "acquisition"
    assert ("Pellham Data Centre Trust", "acquirer") in sides(deal)
    assert ("Kiso Denki", "seller") in sides(deal)


def test_the_reit_signing_a_ppa_is_the_reit_of_the_story() -> None:
    found = deals(
        "Harlow Data Centre REIT said on Monday it would expand its Leeds campus. To meet "
        "its tenants' needs, the REIT has signed a 15-year PPA with Brisk Solar Partners, "
        "which will supply the campus from a 40-megawatt solar farm."
    )
    (ppa,) = [d for d in found if d.deal_type == "power_purchase"]
    assert ("Harlow Data Centre REIT", "buyer") in sides(ppa)


def test_a_lease_signed_with_a_landlord_is_rented_from_it() -> None:
    lease = next(
        d
        for d in deals(
            "To house its cluster, Brisa Compute has signed a lease with landlord Ostrava "
            "Data Parks for 200 megawatts at its campus outside Amarillo, Texas."
        )
        if d.deal_type == "lease"
    )
    assert sides(lease) == {("Brisa Compute", "lessee"), ("Ostrava Data Parks", "lessor")}


def test_the_tenant_named_in_apposition_rents_from_the_other_side() -> None:
    (lease,) = deals(
        "Tembu Land sold a data centre in Jurong last month. Its new tenant, Vesta Cloud "
        "Services, has signed a 12-year lease with Harlow Industrial REIT."
    )
    assert sides(lease) == {
        ("Vesta Cloud Services", "lessee"),
        ("Harlow Industrial REIT", "lessor"),
    }


def test_a_named_property_sold_is_the_asset_the_buyer_acquires_and_leases_back() -> None:
    found = deals(
        "Pellham Data Centre Trust has agreed to acquire a fully fitted data centre in "
        "Osaka. The property, Kita Yard, is being sold by Kiso Denki Holdings for JPY 30 "
        "billion. Kiso Denki will remain an anchor tenant under a ten-year leaseback of "
        "part of the building."
    )
    assert [(d.deal_type, sides(d)) for d in found] == [
        (
            "acquisition",
            {("Pellham Data Centre Trust", "acquirer"), ("Kiso Denki Holdings", "seller")},
        ),
        ("lease", {("Kiso Denki Holdings", "lessee"), ("Pellham Data Centre Trust", "lessor")}),
    ]


def test_the_occupier_named_after_a_copula_rents_from_the_story_subject() -> None:
    (lease,) = deals(
        "Harwick Realty Ltd said its subsidiary has executed a leave-and-licence arrangement "
        "for a data centre building at its Thane campus. The occupier is Pavona Cloud "
        "Services Pvt Ltd, the Indian arm of a Dutch cloud platform, which has taken the "
        "entire 20 MW of IT load in the building for 15 years."
    )
    assert lease.deal_type == "lease"
    assert sides(lease) == {("Pavona Cloud Services", "lessee"), ("Harwick Realty", "lessor")}


def test_the_owner_of_the_generating_park_sells_under_a_virtual_ppa() -> None:
    (ppa,) = deals(
        'Warsaw, 3 March 2026 - Ostrowin Polska ("Ostrowin") and cement maker Kalwa S.A. '
        "have signed a 12-year virtual power purchase agreement covering 90 GWh of "
        "electricity per year. The electricity will be generated by Ostrowin's Orla wind "
        "and solar park in Silesia, an 60 MW hybrid plant."
    )
    assert sides(ppa) == {("Ostrowin Polska", "seller"), ("Kalwa", "buyer")}


def test_the_tenant_named_past_a_relative_clause_rents_from_the_speaker() -> None:
    found = deals(
        "Orrick Digital said on Tuesday it had executed a 15-year lease for 120 megawatts "
        "at its Lark Hill campus near Fargo, North Dakota. The tenant, which has agreed that "
        "the company can name it, is Halvex Networks."
    )
    (lease,) = [d for d in found if d.deal_type == "lease"]
    assert sides(lease) == {("Halvex Networks", "lessee"), ("Orrick Digital", "lessor")}
