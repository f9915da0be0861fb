"""A commercial contract told in a sentence with no deal frame is a deal of its own, typed
by its own clause (contract words, a sum per period, `over N years`, GPUs), not read into
the funding round told beside it. Texts and names are invented for the test."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.direction import provider_side


def _deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-11-18", language="en"))


def _of_type(deals: list[Deal], deal_type: str) -> Deal:
    found = [d for d in deals if d.deal_type == deal_type]
    assert len(found) == 1, [d.deal_type for d in deals]
    return found[0]


def _roles(deal: Deal) -> dict[str, str]:
    return {p.name: p.role for p in deal.parties}


ROUND_THEN_CONTRACT = (
    "Quorra Labs said on Tuesday it had raised $300 million in a Series B round led by "
    "Tessary Ventures. On the same day Quorra Labs agreed to spend $1.2 billion over three "
    "years on computing capacity from Brandlow Cloud, starting in 2027."
)


def test_a_compute_commitment_beside_a_round_is_its_own_contract() -> None:
    deals = _deals(ROUND_THEN_CONTRACT)
    contract = _of_type(deals, "compute_contract")
    assert _roles(contract) == {"Quorra Labs": "customer", "Brandlow Cloud": "provider"}
    assert [(a.value, a.kind) for a in contract.amounts] == [(1.2e9, "total")]
    assert contract.term is not None and contract.term.duration == "P3Y"
    round_ = _of_type(deals, "investment")
    assert {(a.value, a.kind) for a in round_.amounts} == {(3e8, "investment")}


def test_the_provider_collecting_money_over_years_is_read_from_its_verb() -> None:
    deals = _deals(
        "Varrow Cloud will collect about $2 billion over four years from Pennick AI, the "
        "GPU rental company said. Pennick, which builds coding tools, was valued at $5 "
        "billion in a funding round led by Ostley Partners in August."
    )
    contract = _of_type(deals, "compute_contract")
    assert _roles(contract) == {"Varrow Cloud": "provider", "Pennick AI": "customer"}
    assert [a.kind for a in contract.amounts] == ["total"]
    assert all(a.kind != "investment" for d in deals for a in d.amounts if a.value == 2e9)


def test_descriptions_examples_and_habits_make_no_contract() -> None:
    deals = _deals(
        "Hollin Data agreed to acquire Marrick Systems for $400 million. "
        "Hollin, which is backed by Ardent Peak Partners, operates 400 MW of data centers. "
        "Marrick runs cloud capacity for customers such as Tessaly Bank under contracts."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    named = {p.name for d in deals for p in d.parties}
    assert "Ardent Peak Partners" not in named and "Tessaly Bank" not in named


def test_a_financing_of_the_purchase_is_no_supply_contract() -> None:
    deals = _deals(
        "Calloway Compute signed a cloud services agreement with Orrin AI. "
        "Calloway Compute will finance the GPUs with a $900 million term loan from "
        "Pemberton Bank over five years."
    )
    assert all("Pemberton Bank" not in _roles(d) for d in deals if d.deal_type != "other")
    loan = _of_type(deals, "other")  # the loan is a deal of its own (fixtures' convention)
    assert _roles(loan) == {"Pemberton Bank": "provider", "Calloway Compute": "customer"}


def test_a_sale_and_leaseback_gives_the_lease_to_the_buyer_of_the_buildings() -> None:
    deals = _deals(
        "Marlow Telecom has agreed to sell two of its data centres to infrastructure investor "
        "Kestle Partners for £200m in cash. Marlow will lease back about 6MW across the two "
        "buildings for eight years, paying an initial annual rent of around £14m."
    )
    lease = _of_type(deals, "lease")
    assert _roles(lease) == {"Marlow Telecom": "lessee", "Kestle Partners": "lessor"}
    assert [(a.value, a.period, a.kind) for a in lease.amounts] == [(1.4e7, "P1Y", "payment")]
    assert lease.term is not None and lease.term.duration == "P8Y"
    sale = _of_type(deals, "acquisition")
    assert _roles(sale)["Kestle Partners"] == "acquirer"


def test_power_bought_from_a_plant_just_acquired_is_sold_by_its_new_owner() -> None:
    deals = _deals(
        "Dunmore Energy said it would buy the 900 MW Ashby Creek gas plant from Tolland "
        "Power for $1.1 billion. Orrin Hyperscale, a data-center developer backed by Pell "
        "Street Capital, has agreed to buy 400 MW from the plant for 12 years starting in 2028."
    )
    ppa = _of_type(deals, "power_purchase")
    assert _roles(ppa) == {"Orrin Hyperscale": "buyer", "Dunmore Energy": "seller"}
    assert ppa.term is not None and ppa.term.duration == "P12Y"
    assert all("Pell Street Capital" not in _roles(d) for d in deals)


def test_an_order_of_counted_chips_told_with_its_value_is_a_supply_deal() -> None:
    deals = _deals(
        "Tarrow Compute has agreed to buy 30,000 of Ellery Semiconductor's accelerators in "
        "a deal the cloud company valued at roughly $1.2 billion."
    )
    supply = _of_type(deals, "supply")
    assert _roles(supply) == {"Tarrow Compute": "buyer", "Ellery Semiconductor": "seller"}
    assert [(a.value, a.kind) for a in supply.amounts] == [(1.2e9, "total")]


def test_counted_data_centres_bought_are_an_acquisition_not_goods() -> None:
    deals = _deals(
        "In a separate agreement announced the same day, Hollin Storage will buy two data "
        "centers in Dallas and Denver from Kessel Bank for about $90 million."
    )
    purchase = _of_type(deals, "acquisition")
    assert _roles(purchase) == {"Hollin Storage": "acquirer", "Kessel Bank": "seller"}
    assert [(a.value, a.kind) for a in purchase.amounts] == [(9e7, "price")]


def test_a_sum_per_year_is_no_investment_and_a_derived_sum_follows_its_contract() -> None:
    round_told = "Corvane AI said it had raised $800 million in a round led by Maple Ridge Capital."
    valued = "The round values Corvane at $6 billion."
    contract_told = (
        "On the same day Corvane agreed to spend $4 billion over four years on computing "
        "capacity from Stellan Cloud."
    )
    derived = (
        "That works out at roughly $1 billion a year, five times what Maple Ridge is investing."
    )
    deals = _deals(" ".join([round_told, contract_told, valued, derived]))
    assert all(a.period is None for a in _of_type(deals, "investment").amounts)
    deals = _deals(" ".join([round_told, valued, contract_told, derived]))
    contract = _of_type(deals, "compute_contract")
    assert (1e9, "P1Y", "payment") in [(a.value, a.period, a.kind) for a in contract.amounts]
    assert all(a.period is None for a in _of_type(deals, "investment").amounts)


def test_direction_reads_access_given_and_money_collected() -> None:
    names = {0: ["Lumen Arc"], 1: ["Pebble AI"]}
    given = "Pebble AI signed a deal with Lumen Arc, who will give it dedicated access to GPUs."
    assert provider_side(names, [given]) == {0: "provider", 1: "customer"}
    collected = "Lumen Arc will collect about $3 billion over five years from Pebble AI."
    assert provider_side(names, [collected]) == {0: "provider", 1: "customer"}
    gaining = "Pebble AI will gain access to Lumen Arc's accelerators under the deal."
    assert provider_side(names, [gaining]) == {0: "provider", 1: "customer"}
    a_stake = "Lumen Arc will receive a stake in Pebble AI."
    assert provider_side(names, [a_stake]) == {}


def test_the_contract_a_clause_names_types_it_over_the_keywords_around() -> None:
    deals = _deals(
        "Regulators on Thursday approved an electric service agreement under which Brenlow "
        "Electric will supply up to 900 MW to a data center campus near Salina, Kansas, that "
        "Oakvale Data is building. The 15-year agreement begins in 2028."
    )
    ppa = _of_type(deals, "power_purchase")
    assert _roles(ppa) == {"Brenlow Electric": "seller", "Oakvale Data": "buyer"}


def test_a_seller_taking_the_building_back_on_a_lease_is_the_lessee() -> None:
    deals = _deals(
        "The Harbour Row facility is being sold by Tamsin Digital Holdings to Corbel Data "
        "Trust for S$600 million. Tamsin Digital Holdings will take the whole building back "
        "on a 12-year master lease, paying rent of S$40 million a year."
    )
    lease = _of_type(deals, "lease")
    assert _roles(lease) == {"Tamsin Digital Holdings": "lessee", "Corbel Data Trust": "lessor"}
    assert lease.term is not None and lease.term.duration == "P12Y"
