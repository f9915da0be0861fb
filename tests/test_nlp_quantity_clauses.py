"""Which capacities are a deal's, read from the clause that holds them (attachment
stage): a party's fleet told with a present verb, a party's other facility or lease
marked as already there. Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str, published: str = "2026-06-10") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def quantities(deal: Deal) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in deal.quantities)


def test_a_partys_fleet_is_not_the_power_it_sells() -> None:
    deal = deals_of(
        "Ketterby Digital has signed a 15-year power purchase agreement to buy 180 MW from "
        "Halvane Energy's Dunmore solar farm, the companies said on Monday. Halvane has about "
        "2.6 gigawatts of wind, solar and storage projects in operation across the West."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert quantities(deal) == [(180.0, "MW")]


def test_a_partys_existing_campus_and_lease_are_not_the_deals() -> None:
    deal = deals_of(
        "Orlen Cloud has agreed to lease 120 MW at Tamsin Data's Red Fork campus near "
        "Abilene, Texas, under a 12-year lease. Its existing campus in Odessa, which it leases "
        "from another developer, draws about 60 MW. The Company's existing 40 MW lease with a "
        "separate tenant at its Merkel site is unaffected."
    )[0]
    assert deal.deal_type == "lease"
    assert quantities(deal) == [(120.0, "MW")]


def test_a_companys_total_after_the_deal_is_not_the_deals() -> None:
    """`lifts X's contracted capacity to`, `has risen to ..., compared with`, `its order
    book stands at`: the company's running totals, not the capacity leased."""
    text = (
        "Pellow Digital has signed a 12-year lease with Orrin Cloud for 48 MW at its Tarn "
        "Hill campus in Reno, Nevada. The agreement lifts Pellow's contracted capacity across "
        "its Nevada sites to 550 MW. Pellow's contracted utilisation has risen to 212MW, "
        "compared with 164MW a year ago, and its forward order book stands at 131MW."
    )
    (deal,) = deals_of(text)
    assert quantities(deal) == [(48.0, "MW")]


def test_a_market_figure_a_source_tells_is_no_deals() -> None:
    """`..., according to broker estimates`: the market's capacity, not the deal's."""
    text = (
        "Pellow Digital has signed a 12-year lease with Orrin Cloud for 48 MW at its Tarn "
        "Hill campus in Reno, Nevada. Data centre operators signed leases for about 9GW of "
        "capacity in the first half, according to broker estimates."
    )
    (deal,) = deals_of(text)
    assert quantities(deal) == [(48.0, "MW")]


def test_a_step_a_share_of_the_volume_and_a_kept_fleet_are_not_the_deals() -> None:
    """`in 80-megawatt blocks`, `About 140 MW of the contracted volume will come from an
    uprate`, `will keep about 60 MW of mining running`: parts and leftovers, not the deal's."""
    text = (
        "Tarnby Nuclear has signed a 20-year power purchase agreement with Orrin Cloud for "
        "640 MW from its Kelso plant. Orrin's take steps up in 80-megawatt blocks. About "
        "140 MW of the contracted volume will come from a planned uprate. Tarnby said it "
        "would keep about 60 MW of mining running at the site until 2028."
    )
    (deal,) = deals_of(text)
    assert quantities(deal) == [(640.0, "MW")]


def test_what_the_buyer_builds_is_its_own_project_not_the_power_it_buys() -> None:
    """`X, backed by Y, is building a 500-megawatt campus`, `X is an operator building a
    400 MW campus in Lordstown`: the buyer's own project, neither the power it buys nor
    where the plant is."""
    text = (
        "Fenmore Power has signed a 15-year tolling agreement with Quillan Compute for 300 MW "
        "from its Brackley gas plant in Marion County, Ohio. Quillan, backed by investor "
        "Tovey Partners, is building a 500-megawatt campus about four miles from the plant. "
        "Quillan is a private GPU cloud operator building a 400 MW campus in Lordstown."
    )
    deal = deals_of(text)[0]
    assert deal.deal_type == "power_purchase"
    assert quantities(deal) == [(300.0, "MW")]
    assert "Lordstown" not in {s.city for s in deal.sites}


def test_what_the_seller_builds_and_a_tenant_plans_on_leased_land_stay_the_deals() -> None:
    """The generator building the plant it sells from delivers the deal; a tenant of land
    builds the deal's campus on it."""
    ppa = deals_of(
        "Severn Cloud has signed a 12-year power purchase agreement with Gwynfa Solar, which "
        "is building a 35MW solar farm near Magor, Wales."
    )[0]
    assert ppa.deal_type == "power_purchase"
    assert quantities(ppa) == [(35.0, "MW")]
    lease = deals_of(
        "The Harlow County board voted to lease 180 acres at the former Brennet mill to "
        "Corvel Data Partners for 30 years. Corvel plans a 300-megawatt campus on the land."
    )[0]
    assert lease.deal_type == "lease"
    assert quantities(lease) == [(300.0, "MW")]
