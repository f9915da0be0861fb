"""Deal assembly rules, each on a few sentences written for the test: a generic agreement
next to a stake, sides from context, a deal with no frame, site sentences, decoy numbers."""

from __future__ import annotations

from collections import Counter

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.grouping import Draft, choose_deal_type


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_contract_and_stake_in_one_sentence_are_two_deals() -> None:
    deals = deals_of(
        "Quillon AI has signed a four-year contract worth $6.2 billion with Marrow Cloud to "
        "use the cloud provider's data centers, and will receive a stake in the company as "
        "part of the agreement, Marrow Cloud said on Monday."
    )
    by_type = {d.deal_type: d for d in deals}
    assert set(by_type) == {"compute_contract", "investment"}
    compute = by_type["compute_contract"]
    assert roles(compute) == {("Quillon AI", "customer"), ("Marrow Cloud", "provider")}
    assert [(a.value, a.kind) for a in compute.amounts] == [(6.2e9, "total")]
    assert compute.term is not None and compute.term.duration == "P4Y"
    assert roles(by_type["investment"]) == {
        ("Quillon AI", "investor"),
        ("Marrow Cloud", "investee"),
    }


def test_sides_of_a_plain_agreement_from_the_words_around_the_names() -> None:
    deal = deals_of(
        "Pellucid Labs signed a five-year, $2 billion agreement with Ostrava Cloud for "
        "dedicated capacity at Ostrava's Brno campus, starting in 2027."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Pellucid Labs", "customer"), ("Ostrava Cloud", "provider")}


def test_a_deal_told_without_a_frame_comes_from_the_lead_pair() -> None:
    deal = deals_of(
        "Orrin AI is building its own AI accelerators with Tavern Semiconductor.\n\n"
        "The two companies announced a collaboration for 2 gigawatts of custom accelerators, "
        "which Tavern Semiconductor will develop and deploy from 2027 through 2030."
    )[0]
    assert deal.deal_type == "supply"
    assert roles(deal) == {("Orrin AI", "buyer"), ("Tavern Semiconductor", "seller")}
    assert [q.value for q in deal.quantities] == [2000.0]


def test_lead_pair_uses_the_subject_and_a_possessive_provider() -> None:
    deal = deals_of(
        "Velda AI will expand its use of Halcyon Cloud's GPUs to 200,000 chips, the two "
        "companies said on Tuesday, in an agreement valued at billions of dollars."
    )[0]
    assert roles(deal) == {("Velda AI", "customer"), ("Halcyon Cloud", "provider")}


def test_site_sentence_with_an_unrelated_older_date_belongs_to_the_deal() -> None:
    deal = deals_of(
        "Pico AI has agreed to pay Lodestar Compute $20 million per month for a cluster of "
        "8,192 GPUs.\n\nThe cluster will sit in Lodestar's Granite Peak data center in Boise, "
        "Idaho, a facility that draws 40 MW and that Lodestar finished building last year."
    )[0]
    assert [(s.name, s.city, s.region, s.country) for s in deal.sites] == [
        ("Granite Peak", "Boise", "Idaho", "US")
    ]
    assert deal.sites[0].capacity is not None and deal.sites[0].capacity.value == 40.0


def test_acquisitions_have_no_term_and_a_business_of_a_named_target_is_no_party() -> None:
    deal = deals_of(
        "Harlow Corp has agreed to sell the cable manufacturing business of Denby Systems to "
        "Brisk Industries for $900 million, including a contingent payment of up to $100 "
        "million that depends on the unit's results over the next three years."
    )[0]
    assert deal.deal_type == "acquisition"
    assert ("Denby Systems", "target") in roles(deal)
    assert all(not p.name.endswith("business") for p in deal.parties)
    assert deal.term is None


def test_decoy_numbers_are_not_the_deals() -> None:
    deal = deals_of(
        "Fenwick Data has bought the Moorgate data centre in Leeds from Albany Estates for "
        "£50million.\n\n"
        "Fenwick said it plans to spend a further £20million adding a new data hall and "
        "8MW of capacity over the next two years.\n\n"
        "Fenwick now runs four data centres with a combined 90MW of capacity, and its revenue "
        "is approaching £30 million, up from about £12 million, while Albany is worth "
        "roughly £400 million on the stock market."
    )[0]
    assert [a.value for a in deal.amounts] == [50e6]
    assert deal.quantities == []


def test_a_sentence_listing_other_companies_is_not_the_deals() -> None:
    deal = deals_of(
        "Zentra AI has signed a $12 billion, six-year agreement to buy cloud computing "
        "capacity from Nimbus Web Services, the companies said on Monday.\n\n"
        "Zentra has announced about $900 billion of computing commitments with partners "
        "including Corvane, Ilex Systems, Brightwater and Paloma Cloud."
    )[0]
    assert [a.value for a in deal.amounts] == [12e9]


def test_an_older_purchase_told_in_a_when_clause_is_background() -> None:
    deals = deals_of(
        "Kessel Energy unveiled an expanded power purchase agreement with Ardent Cloud under "
        "which the tech group will buy 800 megawatts of electricity from its Marlow nuclear "
        "plant through 2040.\n\n"
        "The roots of the relationship go back to March 2024, when Ardent Cloud paid $300 "
        "million for Kessel's Beacon data center campus next to the plant."
    )
    assert len(deals) == 1
    assert roles(deals[0]) == {("Ardent Cloud", "buyer"), ("Kessel Energy", "seller")}
    assert [(q.value, q.unit) for q in deals[0].quantities] == [(800.0, "MW")]
    assert 300e6 not in [a.value for a in deals[0].amounts]


def test_a_named_facility_sentence_without_a_deal_word_gives_the_site() -> None:
    deal = deals_of(
        "Brisa Energía has signed a 12-year power purchase agreement with data center "
        "operator Tallis Cloud for 200 MW of solar capacity.\n\n"
        "The electricity will come from the Campo Verde solar complex near Seville, in "
        "Andalusia, which Brisa is building in two phases."
    )[0]
    assert [(s.name, s.city, s.country) for s in deal.sites] == [("Campo Verde", "Seville", "ES")]


def test_a_funding_round_led_by_an_investor_names_the_announcer_as_investee() -> None:
    deal = deals_of(
        "Solace AI today announced a new funding round of up to $8 billion led by Tamarind "
        "Capital, at a post-money valuation of $60 billion.\n\n"
        "Part of the money will go towards Harbor, the venture Solace formed in January with "
        "Tamarind Capital, Oakmere and Quist, which plans to invest up to $90 billion in data "
        "centers.",
        published="2026-04-01",
    )[0]
    assert roles(deal) == {("Tamarind Capital", "investor"), ("Solace AI", "investee")}
    assert 90e9 not in [a.value for a in deal.amounts]


def test_a_deal_said_to_come_years_after_another_keeps_the_other_out() -> None:
    deals = deals_of(
        "Ravel Partners has agreed to buy Quanta Hosting from Brindle Capital for A$6 billion, "
        "the buyer said on Wednesday.\n\n"
        "It comes four years after Brindle Capital and Osier Fund bought 70 per cent of Quanta "
        "Hosting for about A$1 billion."
    )
    assert len(deals) == 1
    assert [a.value for a in deals[0].amounts] == [6e9]


def test_rejected_approaches_assumed_debt_and_metric_moves_are_not_the_deals() -> None:
    deal = deals_of(
        "Vesper Cloud has agreed to buy Pylon Mining in an all-share deal worth about $7bn, "
        "a year after Pylon turned down a roughly $2bn approach.\n\n"
        "Vesper said the purchase price includes about $300 million of assumed debt.\n\n"
        "Vesper's backlog of contracts jumped 120% to $40 billion in the quarter, the "
        "company said of the deal."
    )[0]
    assert [a.value for a in deal.amounts] == [7e9]


def test_a_sentence_opening_with_that_deal_points_to_another_deal() -> None:
    deal = deals_of(
        "Granary Cloud has signed a 10-year lease with Obelisk Mining for 200 MW at its "
        "Red Mesa campus in Texas, starting in July 2027.\n\n"
        "Obelisk had earlier agreed a lease with Finch Compute at its Salt Flat site. That "
        "deal covers 90 MW of critical IT load."
    )[0]
    capacities = [q.value for q in deal.quantities] + [
        s.capacity.value for s in deal.sites if s.capacity
    ]
    assert 90.0 not in capacities
    assert 200.0 in capacities


def test_proposals_for_more_capacity_are_not_the_deals() -> None:
    deal = deals_of(
        "Corvane has signed a 20-year power purchase agreement with Halden Energy for the "
        "output of its 900 MW Eastfield nuclear plant in Ohio.\n\n"
        "Corvane has also asked developers for proposals to add 1 to 3 gigawatts of new "
        "nuclear capacity under a similar agreement."
    )[0]
    assert [q.value for q in deal.quantities] == [900.0]


def test_buying_power_under_a_named_contract_is_that_contract_not_an_acquisition() -> None:
    deal = deals_of(
        "Halden Systems will buy 250 MW of power from Corvane Renewables' wind farm in "
        "Lubbock County, Texas under a 12-year power purchase agreement valued at $900 million."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert roles(deal) == {("Halden Systems", "buyer"), ("Corvane Renewables", "seller")}
    assert [(a.value, a.kind) for a in deal.amounts] == [(9e8, "total")]
    assert deal.term is not None and deal.term.duration == "P12Y"


def test_buying_a_company_stays_an_acquisition_even_near_contract_words() -> None:
    deal = deals_of(
        "Halden Systems agreed to buy Corvane Renewables, which holds a power purchase "
        "agreement with a Texas utility, for $900 million."
    )[0]
    assert deal.deal_type == "acquisition"
    assert ("Corvane Renewables", "target") in roles(deal)


def test_a_person_owning_the_parent_is_never_the_parent() -> None:
    deal = deals_of(
        "Grokline, the artificial intelligence division of Elon Musk's SpaceX, has agreed to "
        "supply computing power to Anthropic."
    )[0]
    parents = {p.name: p.parent for p in deal.parties}
    assert parents == {"Grokline": "SpaceX", "Anthropic": None}


def test_a_possessor_of_a_named_company_is_no_party_of_a_lead_pair() -> None:
    deal = deals_of(
        "Grokline, the artificial intelligence division of Elon Musk's SpaceX, signed a deal "
        "to supply computing power to Anthropic for $1.25 billion a month."
    )[0]
    names = {p.name for p in deal.parties}
    assert "Grokline" in names
    assert "Elon Musk" not in names


def test_who_receives_money_from_whom_gives_provider_and_customer() -> None:
    deal = deals_of(
        "Norvane Cloud, a subsidiary of Halberd Group, will receive $40 million a month from "
        "Pixel Minds for GPU capacity."
    )[0]
    assert roles(deal) == {("Norvane Cloud", "provider"), ("Pixel Minds", "customer")}
    assert {p.name: p.parent for p in deal.parties}["Norvane Cloud"] == "Halberd Group"


def test_receiving_approval_from_a_regulator_is_no_payment() -> None:
    deals = deals_of(
        "Tamsin Bancorp said it has received approval from the Vermont Banking Board for its "
        "acquisition of Ridgeway Savings Bank."
    )
    assert [roles(d) for d in deals] == [
        {("Tamsin Bancorp", "acquirer"), ("Ridgeway Savings Bank", "target")}
    ]


def test_a_named_data_center_paid_for_is_a_site_not_a_party() -> None:
    deal = deals_of(
        "Harrow Compute will collect $90 million a year from Lumen Robotics for the Juniper 2 "
        "data center."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Harrow Compute", "provider"), ("Lumen Robotics", "customer")}
    assert [s.name for s in deal.sites] == ["Juniper 2"]


def test_taking_a_whole_data_center_from_a_company_is_a_compute_contract() -> None:
    deal = deals_of(
        "Quiver AI's agreement to take all of the roughly 150 MW Basalt 3 data center in Reno "
        "from Ferrous Cloud is worth more than $9 billion over its life."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Quiver AI", "customer"), ("Ferrous Cloud", "provider")}
    assert [(a.value, a.kind) for a in deal.amounts] == [(9e9, "total")]
    assert [s.name for s in deal.sites] == ["Basalt 3"]


def test_a_power_unit_before_a_name_is_never_an_organisation() -> None:
    deals = deals_of(
        "Anthropic's agreement to take all of the roughly 300 MW Colossus 1 data center in "
        "Memphis from xAI is worth more than $40 billion over its life."
    )
    assert roles(deals[0]) == {("Anthropic", "customer"), ("xAI", "provider")}
    for deal in deals:
        assert not any("MW" in p.name.split() for p in deal.parties)
        assert all(not s.name or not s.name.startswith("300") for s in deal.sites)


def test_the_parent_named_with_its_owner_is_the_company_alone() -> None:
    deal = deals_of(
        "Pixel Minds will pay Vantor Cloud, the computing arm of Dana Whitfield's Orbis Group, "
        "$30 million a month for GPU capacity."
    )[0]
    assert roles(deal) == {("Pixel Minds", "customer"), ("Vantor Cloud", "provider")}
    assert {p.name: p.parent for p in deal.parties}["Vantor Cloud"] == "Orbis Group"


def test_the_one_contract_the_deals_own_sentences_name_decides_its_type() -> None:
    draft = Draft("partnership", types=Counter({"partnership": 1}))
    texts = [
        "Korimo Semitech said it had signed a supply contract with Hallan Cloud.",
        "The processors go to Hallan Cloud's data center, which sells cloud computing "
        "capacity and GPU servers to AI labs from two other data centers.",
    ]
    assert choose_deal_type(draft, texts) == "compute_contract"  # the keywords alone
    assert choose_deal_type(draft, texts, own=texts[:1]) == "supply"
    both = ["Korimo signed a supply contract and a lease agreement with Hallan Cloud."]
    assert choose_deal_type(draft, texts, own=both) == "compute_contract"


def test_goods_supplied_with_decide_a_power_purchase_but_computing_power_is_no_power() -> None:
    power = deals_of(
        "Under the agreement, Korvath Energy will supply Pinemoor Compute with 250 megawatts "
        "of solar and battery power from its Dry Lake complex for 18 years."
    )[0]
    assert power.deal_type == "power_purchase"
    assert roles(power) == {("Korvath Energy", "seller"), ("Pinemoor Compute", "buyer")}
    compute = deals_of(
        "Brisk Cloud has signed a four-year contract worth $1 billion to provide Tolland Labs "
        "with computing power from about 18,000 graphics processors at its Avonside site."
    )[0]
    assert compute.deal_type == "compute_contract"
    assert roles(compute) == {("Brisk Cloud", "provider"), ("Tolland Labs", "customer")}


def test_a_frame_its_object_types_is_not_retyped_by_keywords_around_it() -> None:
    deal = deals_of(
        "Tollan AI will rent GPU clusters from Varden Cloud for three years. The clusters sit "
        "in a data hall Varden leases from a landlord, where 40 MW of critical IT load comes "
        "online in 2027, and the lease runs to 2040."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Tollan AI", "customer"), ("Varden Cloud", "provider")}


def test_cloud_capacity_supplied_is_a_compute_contract() -> None:
    deal = deals_of(
        "Kestrel Telecom will supply GPU cloud capacity to generative-AI start-up Omari Labs "
        "for three years from April 2027, in a contract valued at 48 billion yen."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Kestrel Telecom", "provider"), ("Omari Labs", "customer")}
