"""Sides of deals (round 18): a power, energy or electricity supply agreement is a power
purchase, its generator the seller; the agent of a participle in an apposition describing
the company bought (`Y, a developer backed by Z`, `Y, a vehicle set up by Z`) stands
behind it and buys nothing (a round `led by Z` is still Z's); power plants, wind farms, a
portfolio of them or a stake in a plant bought or sold are an acquisition, whatever power
purchase agreements the article names, its buyer the acquirer; the company a PPA is
signed `with` for megawatts `from the X plant` generates them. A deal told only in
sentences the next one denies (`Both companies denied it`), under talks `ended`, or under
a negated verb that takes it (`does not intend to make an offer for Y`) is no deal. The
tenant a bought building is leased back to sold it.
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def _sides(text: str, published: str = "2026-06-01") -> set[tuple[str, frozenset[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published=published))
    return {(d.deal_type, frozenset((p.name, p.role) for p in d.parties)) for d in found}


def test_a_power_supply_agreement_is_bought_from_its_generator() -> None:
    found = _sides(
        "Marlowe Data Centres said on Monday it had signed a 15-year power supply agreement "
        "with Fenwick Hydro for its planned campus near Tillbury.\n\n"
        "The hydro generator will supply up to 80 MW to the site from 2028."
    )
    assert (
        "power_purchase",
        frozenset({("Marlowe Data Centres", "buyer"), ("Fenwick Hydro", "seller")}),
    ) in found


def test_an_energy_supply_agreement_is_a_power_purchase() -> None:
    assert frames_of(
        "Quarrow Cloud has signed an energy supply agreement with Tindle Solar Power."
    ) == [
        (
            "signed",
            "power_purchase",
            [("partner", "Quarrow Cloud"), ("partner", "Tindle Solar Power")],
        )
    ]


def test_the_backer_of_a_company_bought_is_no_buyer() -> None:
    assert frames_of(
        "Karlo Mills will acquire Dunmore Solar, a developer backed by Fenwick Capital, "
        "for $5 million."
    ) == [("acquire", "acquisition", [("acquirer", "Karlo Mills"), ("target", "Dunmore Solar")])]


def test_the_founder_of_a_vehicle_whose_stake_is_bought_is_no_buyer() -> None:
    found = frames_of(
        "Karlo Mills said its board had approved the acquisition of a 26% stake in Dunmore "
        "Solar Ltd, a vehicle set up by Fenwick Power Ltd, for $5 million."
    )
    assert found[0] == (
        "approved",
        "acquisition",
        [("acquirer", "Karlo Mills"), ("target", "Dunmore Solar Ltd")],
    )


def test_a_round_led_by_an_investor_stays_its_own() -> None:
    assert frames_of(
        "Quarrow Labs announced a funding round of $300 million led by Tindle Capital."
    )[0][2] == [("investee", "Quarrow Labs"), ("investor", "Tindle Capital")]


def test_a_wind_farm_bought_is_an_acquisition_beside_its_ppas() -> None:
    found = _sides(
        "Harrowgate Power has agreed to buy the 180MW Kilbride wind farm in Scotland from "
        "Tarvin Renewables for £240m.\n\n"
        "The wind farm sells its output to retailer Pellam Stores under a power purchase "
        "agreement that runs until 2034."
    )
    assert (
        "acquisition",
        frozenset({("Harrowgate Power", "acquirer"), ("Tarvin Renewables", "seller")}),
    ) in found


def test_a_portfolio_of_solar_parks_bought_is_an_acquisition() -> None:
    found = _sides(
        "Harrowgate Power LLC has agreed to acquire a portfolio of three operating solar "
        "parks with a combined capacity of 210 megawatts from developer Tarvin Renewables "
        "for $260 million.\n\n"
        "Two of the parks have power purchase agreements with local utilities."
    )
    assert (
        "acquisition",
        frozenset({("Harrowgate Power", "acquirer"), ("Tarvin Renewables", "seller")}),
    ) in found


def test_the_with_party_of_a_ppa_for_a_plants_output_sells() -> None:
    assert (
        "power_purchase",
        frozenset({("Tarvik Cement", "buyer"), ("Luz del Norte", "seller")}),
    ) in _sides(
        "Tarvik Cement signed a 12-year PPA with Luz del Norte for 45 MW from the Palo Verde "
        "solar plant in Sonora, with supply expected to begin next year."
    )


def test_a_generator_name_decides_before_the_plant_it_sells_from() -> None:
    assert (
        "power_purchase",
        frozenset({("Tarvik Renewables", "seller"), ("Luzon Data Centres", "buyer")}),
    ) in _sides(
        "Tarvik Renewables signed a 15-year PPA with Luzon Data Centres for 150 MW of output "
        "from the Palo Verde wind farm."
    )


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in extract_deals(Article(text=text)) for p in d.parties}


_CONTRACT = (
    "Quarrow Labs has signed a four-year, $900 million agreement for GPU capacity with "
    "Tindle Cloud. The neocloud will serve the contract from its campus in Regina.\n\n"
)


def test_a_takeover_denied_in_the_next_sentence_is_no_deal() -> None:
    found = _pairs(
        _CONTRACT + "A newsletter claimed on Sunday that Pellam Systems was in talks to buy "
        "Tindle Cloud. Both companies denied it, and we found nothing to support the claim."
    )
    assert ("Pellam Systems", "acquirer") not in found
    assert ("Tindle Cloud", "provider") in found


def test_talks_ended_tell_no_merger() -> None:
    found = _pairs(
        _CONTRACT + "Separately, Harrow Mining said it had ended talks to merge with Ostrel "
        "Minerals, a month after the two confirmed they were in discussions."
    )
    assert ("Harrow Mining", "acquirer") not in found
    assert ("Ostrel Minerals", "target") not in found


def test_an_offer_a_company_does_not_intend_to_make_is_no_deal() -> None:
    found = _pairs(
        _CONTRACT + "Separately, Harrow Foods said it does not intend to make an offer for "
        "drugmaker Ostrel Pharma, a week after Ostrel's board rejected an approach."
    )
    assert ("Ostrel Pharma", "target") not in found


def test_the_tenant_a_bought_building_is_leased_back_to_sold_it() -> None:
    found = _sides(
        "DALLAS, March 3 (Example Wire) - Corran Realty Trust said on Tuesday it had acquired "
        "a 12-megawatt data center in Plano, Texas, for $140 million and leased the building "
        "back to its long-time occupant, colocation operator Felden Networks, for an initial "
        "12 years.\n\n"
        "The triple-net lease starts at about $9.6 million a year and gives Felden two renewal "
        "options, Corran said in a statement.",
        "2026-03-03",
    )
    assert (
        "acquisition",
        frozenset({("Corran Realty Trust", "acquirer"), ("Felden Networks", "seller")}),
    ) in found
    assert (
        "lease",
        frozenset({("Corran Realty Trust", "lessor"), ("Felden Networks", "lessee")}),
    ) in found
