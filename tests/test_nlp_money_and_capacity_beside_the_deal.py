"""Money and capacities told beside a deal that are not its facts: the money the deal is
funded with, a total outlay with fees, an independent valuation, a subsidy, a development
cost, the sums of several leases, a portfolio lifted above a figure, the rest of a
capacity told after its first part, a site's approved capacity. Sentences and names are
invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str, published: str = "2026-06-10") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def amounts(deals: list[Deal]) -> list[float]:
    return sorted(a.value for d in deals for a in d.amounts)


def quantities(deals: list[Deal]) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for d in deals for q in d.quantities)


def test_the_money_a_purchase_is_funded_with_is_not_its_price() -> None:
    deals = deals_of(
        "Corrawong Data Centres has agreed to acquire the Pellinga Data Park in Penrith, New "
        "South Wales, from Bexley Property Group for A$312 million. The acquisition will be "
        "funded through a A$180 million institutional placement, with the balance drawn "
        "from existing debt facilities."
    )
    assert deals[0].deal_type == "acquisition"
    assert amounts(deals) == [312000000.0]


def test_a_total_outlay_and_an_independent_valuation_are_not_the_price() -> None:
    deals = deals_of(
        "Lorong DC REIT has agreed to acquire a 100% interest in KTA-3, a data centre in "
        "Kulai, Johor, from Tasek Capital for RM1.2 billion. The agreed price compares with "
        "two independent valuations of the property, at RM1.23 billion and RM1.21 billion. "
        "Including acquisition fees, stamp duty and other transaction costs, the total "
        "outlay is estimated at S$381.4 million."
    )
    assert deals[0].deal_type == "acquisition"
    assert amounts(deals) == [1200000000.0]


def test_a_subsidy_for_an_order_is_not_its_value() -> None:
    deals = deals_of(
        "Kamome Telecom has placed an order with Oshiro Server Systems for AI server racks "
        "worth about ¥90 billion. The server purchase is supported by a subsidy of up to "
        "¥12 billion approved by the ministry."
    )
    assert amounts(deals) == [90000000000.0]


def test_a_development_cost_is_no_deals_amount() -> None:
    """`put the development cost at roughly $540 million, which it intends to fund from
    ... a $900 million revolving credit facility`: the cost of the build, not the lease's
    nor the loan's money."""
    deals = deals_of(
        "Tallis Data REIT said on Wednesday it had signed a build-to-suit lease with an "
        "investment-grade cloud provider for a 36-megawatt data center it will develop in "
        "Sparks, Nevada. The facility is to be leased for an initial 15 years. First-year "
        "base rent will be about $48 million. Tallis put the development cost at roughly $540 "
        "million, which it intends to fund from its equity program and a $900 million "
        "revolving credit facility arranged by Brannock Bank and Kessel Bank."
    )
    assert deals[0].deal_type == "lease"
    assert 540000000.0 not in amounts(deals)


def test_a_debt_package_is_not_a_power_purchases_value() -> None:
    deals = deals_of(
        "Kerrow Data Centres has signed a 15-year power purchase agreement with Tamblyn "
        "Energy for 126 MW from the Yallock Hills wind farm in Victoria. Tamblyn reached "
        "financial close on Yallock Hills in February with a A$280 million debt package."
    )
    assert deals[0].deal_type == "power_purchase"
    assert 280000000.0 not in amounts(deals)


def test_the_sums_of_several_leases_are_no_deals() -> None:
    """`We signed leases totalling 210 megawatts, representing $182 million of annualized
    rent`: a quarter's leases told beside the one deal."""
    deals = deals_of(
        "Dunmere Digital has signed a 12-year lease with Korva Cloud for 72 MW at its Ridley "
        "campus in Macon, Georgia. In the quarter we signed leases totalling 180 megawatts, "
        "representing a record $150 million of annualized rent."
    )
    assert deals[0].deal_type == "lease"
    assert quantities(deals[:1]) == [(72.0, "MW")]
    assert 150000000.0 not in amounts(deals)


def test_a_portfolio_lifted_above_a_figure_is_not_the_deals() -> None:
    deals = deals_of(
        "Varrow Energy has agreed to buy the 300 MW Tallon Creek wind farm in Iowa from "
        "Brisk Renewables for $410 million. Varrow said the deal would lift its operating "
        "generation portfolio above 4,000 MW."
    )
    assert deals[0].deal_type == "acquisition"
    assert (4000.0, "MW") not in quantities(deals)


def test_the_rest_of_a_capacity_and_an_approved_capacity_are_not_the_deals() -> None:
    deals = deals_of(
        "Kestow Cloud has signed a seven-year lease with Ardley Data for 18 MW at its "
        "Lachute site in Quebec. Kestow's first 6 MW is scheduled to be energized in "
        "October 2026, with the remaining 12 MW to follow in two phases. Its Lachute site "
        "has 60 MW of approved capacity."
    )
    assert deals[0].deal_type == "lease"
    assert quantities(deals[:1]) == [(18.0, "MW")]


def test_an_older_deal_told_beside_its_add_on_is_not_the_add_ons() -> None:
    """`the original 100 MW lease was valued at $2.6 billion`: the figures of the deal an
    add-on extends, not the add-on's."""
    deals = deals_of(
        "Marlow Compute has agreed to lease an extra 40 MW from Dunstan Data at its Ashby "
        "campus in Columbus, Ohio, under a 12-year lease. Dunstan did not give a dollar figure "
        "for the add-on; the original 100 MW lease was valued at $2.1 billion."
    )
    assert deals[0].deal_type == "lease"
    assert (100.0, "MW") not in quantities(deals)
    assert 2100000000.0 not in amounts(deals)
