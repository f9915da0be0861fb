"""Sites, amounts and quantities class by class (issue 8, second round), each on sentences
written for the test with invented names: where a described bought company is, which
deals take a site at all, amounts an article derives for the deal."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def places(deal: Deal) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.city, s.region, s.country) for s in deal.sites]


def test_a_described_target_that_the_deal_word_governs_is_located() -> None:
    deal = deals_of(
        "Tolvern Systems said on Monday that it had agreed with Brisk Instruments on a "
        "takeover, and will buy the Boulder, Colorado-based maker of lab sensors for about "
        "$640 million in cash."
    )[0]
    assert deal.deal_type == "acquisition"
    assert ("Boulder", "Colorado", "US") in places(deal)


def test_a_described_buyer_or_a_described_bystander_is_not_the_targets_place() -> None:
    deal = deals_of(
        "The Boulder, Colorado-based firm Tolvern Systems agreed to buy Brisk Instruments for "
        "about $640 million in cash. Analysts said the Denver-based rival Harth Labs had "
        "also looked at the business."
    )[0]
    assert deal.deal_type == "acquisition"
    assert places(deal) == []


def test_an_investment_takes_no_site_from_headquarters_or_use_of_funds() -> None:
    deal = deals_of(
        "Pellow Ventures led a $45 million Series B in Quarrel Robotics, an Austin, "
        "Texas-based start-up, which says the money will pay for a factory in Tulsa, Oklahoma."
    )[0]
    assert deal.deal_type == "investment"
    assert deal.sites == []


def amounts(deal: Deal) -> list[tuple[float, str | None, str]]:
    return sorted((a.value, a.period, a.kind) for a in deal.amounts)


def test_a_sum_the_article_derives_from_the_deals_is_the_deals() -> None:
    deal = deals_of(
        "Marlow AI agreed to take 900 megawatts of capacity from Fenwick Cloud over six years "
        "for about $24 billion. That works out to roughly $4 billion a year, more than "
        "Marlow's revenue in 2025."
    )[0]
    assert amounts(deal) == [(4e9, "P1Y", "payment"), (24e9, None, "total")]


def test_fees_and_contingent_sums_are_other_and_financing_is_not_the_deals() -> None:
    deal = deals_of(
        "Dunley Foods agreed to buy Carrow Mills for $820 million, plus as much as $45 "
        "million more depending on next year's results. The merger agreement provides for a "
        "termination fee of $25 million. Brackwell Bank agreed "
        "to provide a term loan facility of up to $600 million for the purchase."
    )[0]
    assert amounts(deal) == [(25e6, None, "other"), (45e6, None, "other"), (820e6, None, "price")]


def test_the_size_of_the_company_a_merger_makes_is_no_price() -> None:
    deal = deals_of(
        "Ostrava Holdings and Peller Group agreed to merge in an all-stock deal that would "
        "create a $3 billion packaging company, the companies said."
    )[0]
    assert deal.amounts == []


def test_a_founding_year_does_not_make_the_targets_fleet_an_older_story() -> None:
    deal = deals_of(
        "Harwick Partners agreed to buy Selkie Data Centres for A$4 billion. Selkie, founded "
        "in 2015, operates campuses in Perth and Darwin with more than 300MW of capacity.",
        published="2026-05-04",
    )[0]
    assert deal.deal_type == "acquisition"
    assert [(q.value, q.unit) for q in deal.quantities] == [(300, "MW")]


def test_rent_the_bought_buildings_tenants_pay_is_not_the_price() -> None:
    deal = deals_of(
        "Corrie Estates has bought the Bexley data centre from Lanark Property for £52 "
        "million. The 12MW facility is let to two tenants, who together pay about £2.9 "
        "million a year in rent."
    )[0]
    assert amounts(deal) == [(52e6, None, "price")]


def test_a_companys_generating_capacity_plans_and_needs_are_not_the_deals() -> None:
    deal = deals_of(
        "Tamsin Cloud signed a 15-year power purchase agreement with Orla Power for 250 MW "
        "from its Loughmore wind farm. Orla owns approximately 4,200 MW of generating "
        "capacity. The deal covers a fifth of the 1.2 GW that Tamsin says it will need by "
        "2030, part of a plan to secure about 3 GW of capacity by 2032."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert [(q.value, q.unit) for q in deal.quantities] == [(250, "MW")]


def sites(deal: Deal) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(s.name, s.city, s.region, s.country) for s in deal.sites]


def test_a_county_then_its_nation_gives_the_nation_as_region() -> None:
    deal = deals_of(
        "Harlaw Data has signed a 12-year power purchase agreement with Corran Renewables for "
        "180MW from the Beinn Dubh wind farm off the coast of Fife, Scotland."
    )[0]
    assert sites(deal) == [("Beinn Dubh", None, "Scotland", "GB")]


def test_a_landmark_next_to_the_site_and_another_campus_of_a_party_are_not_sites() -> None:
    deal = deals_of(
        "Pellow Cloud and Tarn Atomics agreed to build up to 600 MW of nuclear capacity at "
        "the Marl Hollow site near Ashby, Kentucky, next to Tarn's retired Ashby Creek coal "
        "plant. Pellow also has a 300 MW campus under construction near Lorain, Ohio."
    )[0]
    assert sites(deal) == [("Marl Hollow", "Ashby", "Kentucky", "US")]


def test_the_state_a_company_is_incorporated_in_is_not_where_it_is() -> None:
    deal = deals_of(
        "On May 4, 2026, Fenwick Tools, Inc., a Delaware corporation, agreed to acquire "
        "Harbury Gauge, Inc., a Nevada corporation, for $410 million in cash."
    )[0]
    assert deal.deal_type == "acquisition"
    assert deal.sites == []


def test_a_licence_sentence_and_a_coming_online_date_belong_to_the_deal() -> None:
    deal = deals_of(
        "Quillan Cloud agreed to license Harrowby Semiconductor's memory controller designs "
        "for $40 million upfront. The licence runs for eight years.",
        published="2026-08-11",
    )[0]
    assert deal.deal_type == "licence"
    assert deal.term is not None and deal.term.duration == "P8Y"
    lease = deals_of(
        "Brackley Data signed a ten-year lease with Ostrow AI for a 120 MW campus near "
        "Amarillo, Texas. Ostrow is a young company, which is why the backstop matters, and "
        "Brackley has to build fast: the first hall is due to come online in the first half "
        "of 2027.",
        published="2026-08-11",
    )[0]
    assert lease.term is not None and lease.term.start == "2027"


def test_next_with_a_month_is_the_first_such_month_after_the_article() -> None:
    found = find_terms(
        "Dunmore will pay $12 million a year for three years, starting next January.",
        datetime.date(2026, 8, 5),
    )
    assert [(t.start_date, t.duration) for t in found] == [(None, "P3Y"), ("2027-01", None)]


def test_an_order_valued_by_people_familiar_is_its_total_and_a_revenue_rate_is_not() -> None:
    deal = deals_of(
        "Kestrel Robotics said it would buy 12,000 of Halden Micro's accelerators, in an "
        "order that people familiar with the terms valued at about $600 million. Kestrel's "
        "revenue has doubled in a year to an annual rate of about $90 million."
    )[0]
    assert amounts(deal) == [(600e6, None, "total")]


def test_what_the_round_values_the_company_at_is_that_investments_valuation() -> None:
    found = deals_of(
        "Harwell Ventures led a $40 million round in Pipit Robotics. Osgood Capital joined. "
        "Separately, Lindqvist Growth led a $120 million Series C in Corvale Grid. The round "
        "values Corvale at $900 million, nearly three times the $320 million it fetched last "
        "year."
    )
    rounds = {
        p.name: amounts(d)
        for d in found
        if d.deal_type == "investment"
        for p in d.parties
        if p.role == "investee"
    }
    assert (900e6, None, "valuation") in rounds.get("Corvale Grid", [])
    assert all(
        (900e6, None, "valuation") not in a for n, a in rounds.items() if n != "Corvale Grid"
    )
    assert all(v != 320e6 for a in rounds.values() for v, _, _ in a)


def test_the_bought_companys_fleet_is_the_deals_and_the_buyers_is_not() -> None:
    deal = deals_of(
        "Harwick Partners agreed to buy Selkie Data Centres from Tamar Capital for $900 "
        "million. Selkie runs three facilities near Leeds with a combined 36 MW of capacity "
        "and generated revenue of $70 million in 2025. Harwick, which is backed by pension "
        "funds, now runs eleven data centres across the north of England with a combined "
        "140 MW of capacity.",
        published="2026-05-04",
    )[0]
    assert deal.deal_type == "acquisition"
    assert [(q.value, q.unit) for q in deal.quantities] == [(36, "MW")]


def test_an_older_purchase_with_a_long_seller_name_keeps_its_price_out() -> None:
    deal = deals_of(
        "Calloway Compute signed Brisk AI to a three-year GPU contract worth $1.2 billion. "
        "The capacity will come from the 90 MW Ephrata facility that Calloway bought in "
        "2024 from hosting company Grant County Hosting Partners for $180 million.",
        published="2026-03-02",
    )[0]
    assert amounts(deal) == [(1.2e9, None, "total")]


def test_a_hydropower_plant_is_a_named_site() -> None:
    deal = deals_of(
        "Kvale Data signed a ten-year power purchase agreement with Fjordkraft for 80 MW "
        "from its Selje hydropower plant in Vestland county."
    )[0]
    assert sites(deal) == [("Selje", None, "Vestland", "NO")]


def test_a_compass_word_before_the_place_of_a_facility() -> None:
    deal = deals_of(
        "Ostrow Cloud has signed Pelham AI to a three-year GPU contract worth $900 million. "
        "The capacity will come from the 60 MW Wenatchee facility in central Washington."
    )[0]
    assert sites(deal) == [(None, "Wenatchee", "Washington", "US")]
    ppa = deals_of(
        "Brolga Energy will supply Coralline Data with 200 MW from a wind farm west of "
        "Dubbo, New South Wales, under a 12-year power purchase agreement."
    )[0]
    assert sites(ppa) == [(None, "Dubbo", "New South Wales", "AU")]


def test_named_sites_listed_after_a_plural_facility_noun() -> None:
    deal = deals_of(
        "Merrow AI agreed to take 600 megawatts of capacity from Dunlin Cloud over five years "
        "for about $20 billion. Capacity will come from two Dunlin campuses: Coldwater in "
        "Abilene, Texas, and the Kestle site near Ruston, Louisiana."
    )[0]
    assert sorted(sites(deal), key=str) == sorted(
        [("Coldwater", "Abilene", "Texas", "US"), ("Kestle", "Ruston", "Louisiana", "US")],
        key=str,
    )


def test_older_dated_purchases_capex_building_costs_and_cash_balances_are_not_the_deals() -> None:
    deal = deals_of(
        "Harlan Cloud will supply Quennell AI with GPU capacity under a contract worth $3 "
        "billion. Quennell said it would spend a further $200 million on its own servers. "
        "Harlan is building the campus at a cost of about $1.8 billion, and is still paying "
        "down debt from its 2023 purchase of Brixham Data for $700 million. Harlan ended "
        "June with about $2.2 billion in cash and short-term investments."
    )[0]
    assert amounts(deal) == [(3e9, None, "total")]


def test_the_sites_capacity_told_next_and_another_campus_a_party_also_has() -> None:
    deal = deals_of(
        "Halvard Power has agreed to supply Ostrow AI with 300 MW from its Greyhawk wind farm "
        "in Ford County, Kansas, under a 12-year contract. The wind farm has 450 MW of "
        "turbines. Ostrow also has a 700 MW campus under construction near Lubbock, Texas."
    )[0]
    assert sorted(q.value for q in deal.quantities) == [300, 450]


def test_a_nationality_before_a_facility_noun_is_no_name() -> None:
    deal = deals_of(
        "Corrin Holdings agreed to buy the German data centre unit of Pellow Group for "
        "€400 million."
    )[0]
    assert all(s.name is None for s in deal.sites)


def test_annual_revenue_the_agreement_contributes_is_its_payment() -> None:
    deal = deals_of(
        "Harlow Power signed a 15-year power purchase agreement with Ostrow Data for 300 MW. "
        "Harlow expects the agreement to contribute approximately $180 million in annual "
        "revenue at full load."
    )[0]
    assert amounts(deal) == [(180e6, "P1Y", "payment")]


def test_a_building_handed_over_starts_the_term() -> None:
    found = find_terms(
        "The first hall will be handed over to the tenant in March 2027.",
        datetime.date(2026, 7, 24),
    )
    assert [(t.kind, t.start_date) for t in found] == [("contract", "2027-03")]


def test_where_the_buyer_uses_the_power_is_not_the_ppas_site() -> None:
    deal = deals_of(
        "Kvale Data signed a ten-year power purchase agreement with Fjordkraft for 80 MW "
        "from its Selje hydropower plant in Vestland county. Kvale will use it at its "
        "Brekke campus north of Bergen, where it hosts GPU clusters."
    )[0]
    assert sites(deal) == [("Selje", None, "Vestland", "NO")]


def test_background_sums_around_a_deal_are_not_its_amounts() -> None:
    """A sum compared with (`compared with £296 million`), a per-unit price (`apiece`),
    a buyback, a build cost (`to cost ... to build`), proceeds after tax and a company's
    liquidity are told beside the deal, not its amounts."""
    deal = deals_of(
        "Tarnby Power has agreed to sell its Kelso Ridge data campus to Orrin Cloud for "
        "$520 million. Tarnby said it would use the net proceeds, about $450 million after "
        "taxes, for a $200 million share repurchase. Orrin expects the campus to cost about "
        "$1.7 billion to build, funded from existing liquidity of approximately $2.6 billion. "
        "The deal takes Tarnby's order book to $900 million, compared with $640 million a "
        "year ago. Orrin's chips cost more than $40,000 apiece."
    )[0]
    assert deal.deal_type == "acquisition"
    assert amounts(deal) == [(520_000_000.0, None, "price")]


def test_a_prepayment_and_a_yearly_sum_are_payments() -> None:
    deal = deals_of(
        "Pellow AI has agreed to a four-year, $3.6 billion contract for dedicated GPU capacity "
        "from Orrin Cloud. Orrin says the contract includes a $400 million prepayment and is "
        "worth about $900 million a year once fully ramped."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert amounts(deal) == [
        (400_000_000.0, None, "payment"),
        (900_000_000.0, "P1Y", "payment"),
        (3_600_000_000.0, None, "total"),
    ]


def test_a_buyers_conditional_extra_sum_is_contingent() -> None:
    deal = deals_of(
        "Tolvern Health said it would buy Brisk Diagnostics from Harth Capital for $2.3 "
        "billion in cash. Tolvern could pay up to $300 million more if Brisk's new test wins "
        "regulatory approval."
    )[0]
    assert deal.deal_type == "acquisition"
    assert amounts(deal) == [(300_000_000.0, None, "other"), (2_300_000_000.0, None, "price")]


def test_a_rounds_valuation_told_on_its_own_is_the_rounds() -> None:
    """`The new money values the company at`, `Post-money: $2.4B`: a sentence naming no
    party still gives the round its valuation."""
    for sentence in (
        "The new money values the company at $1.1 billion post-money, its founder said.",
        "Two people familiar put the post-money valuation at $1.1 billion.",
    ):
        deal = deals_of(
            "Quarrel Robotics has raised $120 million in a Series B round led by Pellow "
            f"Ventures. {sentence}"
        )[0]
        assert deal.deal_type == "investment"
        assert amounts(deal) == [
            (120_000_000.0, None, "investment"),
            (1_100_000_000.0, None, "valuation"),
        ]


def test_an_implied_enterprise_value_of_a_stake_bought_is_a_valuation() -> None:
    deal = deals_of(
        "Tolvern Digital will buy a 60% interest in Brisk Racks from Harth Capital for US$86 "
        "million. The purchase consideration implies an enterprise value for 100% of Brisk "
        "Racks of US$158 million."
    )[0]
    assert deal.deal_type == "acquisition"
    assert amounts(deal) == [(86_000_000.0, None, "price"), (158_000_000.0, None, "valuation")]


def test_money_a_partner_pours_in_or_a_placement_is_an_investment() -> None:
    """`will pour $50 billion into`, `will fund $250 million of`, `a C$175 million private
    placement`: equity put in, not a contract's value."""
    deal = deals_of(
        "Tarnby Capital will pour $50 billion into data centers built in partnership with "
        "Orrin AI by the end of the decade, the two companies said."
    )[0]
    assert [a.kind for a in deal.amounts] == ["investment"]
    deal = deals_of(
        "Under the partnership agreement, Kelso Atomics will supply its reactors and Pellow "
        "Cloud will fund $250 million of early development and licensing costs."
    )[0]
    assert [a.kind for a in deal.amounts] == ["investment"]
