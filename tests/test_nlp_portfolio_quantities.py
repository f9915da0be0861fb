"""Capacities that are no deal's: a period's leasing across a portfolio (`42MW of new
leases across its portfolio`, `41 MW across our European platform`), a forecast
(`against our forecast of 30MW`), a market's installed capacity, a relationship's running
total (`now spans four projects and more than 1.3 GW`) and the capacity of the sites a
company owns and operates (`About X: X owns and operates ... sites ... with 210 MW`); a
plant's own installed capacity, and a bought company's footprint so told, stay the deal's.
Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.quantities import find_quantities


def deal_of(text: str, published: str = "2026-08-06") -> Deal:
    return extract_deals(Article(text=text, published=published))[0]


def megawatts(deal: Deal) -> set[float]:
    return {q.value for q in deal.quantities if q.unit == "MW"} | {
        s.capacity.value for s in deal.sites if s.capacity and s.capacity.unit == "MW"
    }


def test_a_periods_leasing_across_a_portfolio_is_no_deals_capacity() -> None:
    deal = deal_of(
        "Corvett Data Centers has renewed its lease with Palisade Cloud for 24MW at its "
        "ASH-7 building in Ashburn, Virginia, for another 10 years. Corvett also said it "
        "signed 38MW of new leases across its portfolio during the quarter."
    )
    assert 38 not in megawatts(deal)
    assert 24 in megawatts(deal)


def test_contracts_across_a_platform_and_a_forecast_are_no_deals_capacity() -> None:
    deal = deal_of(
        "Meridane Data Centres has signed a 10-year lease with Quillon AI for 12 MW at its "
        "MUC-2 building in Munich. Meridane signed new contracts totalling 37 MW across its "
        "European platform in the half, against its forecast of 25MW."
    )
    assert not {37, 25} & megawatts(deal)


def test_a_markets_installed_capacity_and_a_forecast_are_no_deals() -> None:
    deal = deal_of(
        "Okapi Data Centres has signed a 10-year lease with Zambezi Cloud for its 12MW data "
        "centre in Lusaka, Zambia. Industry estimates put the country's installed data "
        "centre capacity at about 40MW, against forecasts of more than 200MW by 2030."
    )
    assert not {40, 200} & megawatts(deal)


def test_the_capacity_of_the_sites_a_company_operates_is_its_fleet() -> None:
    deal = deal_of(
        "Tarrant Digital Corp. today announced that it has signed a 10-year lease with "
        "Velmora AI for 36 MW of critical IT load at its Bighorn campus near Red Deer, "
        "Alberta.\n\nAbout Tarrant Digital Corp.: Tarrant owns and operates power-rich "
        "data center sites in central Alberta with 180 MW of secured grid interconnection."
    )
    assert 180 not in megawatts(deal)
    assert 36 in megawatts(deal)


def test_a_relationships_running_total_is_no_deals_capacity() -> None:
    deal = deal_of(
        "Halden Cloud has agreed to take the entire output of Sorrel Energy's planned Cedar "
        "Draw solar farm in Texas, adding 400 MW to a supply relationship between the two "
        "companies that now spans three projects and more than 1.1 GW."
    )
    assert 1100 not in megawatts(deal)


def test_a_plants_installed_capacity_stays_the_deals() -> None:
    deal = deal_of(
        "Nordhavn Cloud has signed a 12-year power purchase agreement with Fjellborg Kraft. "
        "The power will come from Fjellborg's Skarvdal hydropower plant in Vestland county, "
        "which has an installed capacity of 240 MW."
    )
    assert 240 in megawatts(deal)


def _rejected(text: str, owned: bool = False) -> list[tuple[str, bool]]:
    return [
        (q.text, quantity_rejected(text, q.start, q.end, owned=owned))
        for q in find_quantities(text)
    ]


def test_a_total_signed_across_a_portfolio_is_no_deals() -> None:
    text = "Tarrow also said it signed 42MW of new leases across its portfolio in the quarter."
    assert _rejected(text) == [("42MW", True)]
    text = "We signed new contracts totalling 41 MW across our European platform."
    assert _rejected(text) == [("41 MW", True)]


def test_a_bought_companys_footprint_stays_the_deals() -> None:
    text = "Kelmoor controls about 1.3GW of gross power across its data center footprint."
    assert _rejected(text, owned=True) == [("1.3GW", False)]


def test_a_forecast_is_no_deals_capacity() -> None:
    text = (
        "Orlanne Data has pre-let 24MW at its Brackley campus to Vesper Cloud on a "
        "ten-year lease, against our forecast of 30MW for the year."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-05-12"))
    assert [(q.value, q.unit) for q in deal.quantities] == [(24.0, "MW")]


def test_a_market_estimate_is_no_deals_capacity() -> None:
    text = (
        "Industry estimates put the country's installed capacity at about 80MW, against "
        "forecasts of more than 300MW by 2030."
    )
    assert _rejected(text) == [("80MW", True), ("300MW", True)]


def test_a_total_the_deal_increases_to_is_no_deals_capacity() -> None:
    deal = deal_of(
        "Harwick Compute signed a lease with Brackwater Data for 25 MW at the Tolland "
        "facility in Cheyenne, Wyoming, increasing its total leased capacity at the "
        "facility to 55 MW."
    )
    assert 55 not in megawatts(deal)
    assert 25 in megawatts(deal)


def test_what_a_party_continues_to_operate_is_no_deals_capacity() -> None:
    deal = deal_of(
        "Harwick Compute has signed a 10-year lease with Brackwater Data for 25 MW at the "
        "Tolland campus in Cheyenne, Wyoming. Harwick will continue to operate 18 MW of "
        "bitcoin mining at its Ridley site through 2027."
    )
    assert 18 not in megawatts(deal)
    assert 25 in megawatts(deal)
