"""Deal facts class by class (issue 8), each on sentences written for the test: market data
and other deals' figures are not amounts, a price split into parts stays one price, a
ceiling is the option, qualifiers, capacities in prose, portfolios, terms and expected
closing dates, sites, a second deal of the same buyer, and the confidence of a record."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.terms import find_terms


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def amounts(deal: Deal) -> list[tuple[float, str]]:
    return sorted((a.value, a.kind) for a in deal.amounts)


def test_share_price_market_value_and_a_companys_valuation_are_not_deal_amounts() -> None:
    deal = deals_of(
        "Brennic Cloud will supply GPU capacity to Osterly AI under a contract worth $2 "
        "billion. Osterly AI was last valued at $14 billion in its latest funding round. "
        "Brennic shares rose 9% to $41.30, giving the company a market value of $8 billion."
    )[0]
    assert amounts(deal) == [(2e9, "total")]


def test_another_deals_price_told_for_context_is_not_this_deals() -> None:
    deal = deals_of(
        "Brennic Cloud signed a contract valued at $3 billion to provide capacity to Marlow "
        "Labs. The contract builds on the $1.1 billion deal the two companies signed last "
        "year for a smaller cluster."
    )[0]
    assert amounts(deal) == [(3e9, "total")]


def test_a_partys_spending_financing_and_proceeds_are_not_the_deals() -> None:
    deal = deals_of(
        "Palmera Data agreed to acquire Quillan Networks for $1.2 billion. Palmera will "
        "fund the purchase with cash on hand and a fully committed $900 million bridge "
        "loan from Harcourt Bank. Quillan's parent expects net proceeds of about $1.1 "
        "billion from the sale."
    )[0]
    assert amounts(deal) == [(1.2e9, "price")]


def test_cash_and_stock_parts_of_a_price_do_not_add_amounts() -> None:
    deals = deals_of(
        "Palmera Data agreed to acquire Quillan Networks for $1.2 billion. Palmera will pay "
        "$850 million in cash and issue shares valued at $350 million."
    )
    assert len(deals) == 1
    assert amounts(deals[0]) == [(1.2e9, "price")]


def test_parts_stay_the_price_when_no_whole_is_told() -> None:
    deal = deals_of(
        "Palmera Data agreed to acquire Quillan Networks. Palmera will pay $850 million in "
        "cash and issue shares valued at $350 million."
    )[0]
    assert amounts(deal) == [(3.5e8, "price"), (8.5e8, "price")]


def test_a_ceiling_above_the_base_total_is_the_option() -> None:
    deal = deals_of(
        "Brennic Cloud signed a five-year agreement worth up to $19.4 billion to provide "
        "GPU capacity to Osterly AI. The base value of the contract is $17.4 billion."
    )[0]
    assert amounts(deal) == [(17.4e9, "total"), (19.4e9, "option")]


def test_a_contract_valued_at_is_a_total_and_an_offer_valuing_a_target_is_a_price() -> None:
    contract = deals_of(
        "Corvane Data said it had signed an expanded agreement, valued at $21 billion, to "
        "provide Meridel AI with cloud capacity."
    )[0]
    assert amounts(contract) == [(21e9, "total")]
    takeover = deals_of(
        "Pembrook Digital agreed to acquire Rowan Data Centres, offering 610p a share in "
        "cash and valuing Rowan at about £780m."
    )[0]
    assert amounts(takeover) == [(7.8e8, "price")]


def test_a_minimum_commitment_is_at_least() -> None:
    assert [m.qualifier for m in find_amounts("a minimum commitment of $2.8 billion")] == [
        "at_least"
    ]
    assert [m.qualifier for m in find_amounts("minimum payments of about $3 billion")] == [
        "at_least"
    ]


def test_capacities_in_prose_and_unrelated_capacities() -> None:
    deal = deals_of(
        "Gantry Power agreed to sell 1,920 megawatts from its Bellhaven nuclear plant in "
        "Ohio to Corvane Data under a 15-year power purchase agreement. Gantry has about "
        "12 gigawatts of generation in operation across the Midwest, and plans to add "
        "another 400 MW at Bellhaven later."
    )[0]
    assert [(q.value, q.unit) for q in deal.quantities] == [(1920.0, "MW")]
    prose = deals_of(
        "Velmora AI signed a deal with Tarrock Compute for 10 gigawatts of capacity, "
        "starting in the second quarter of 2026."
    )[0]
    assert [(q.value, q.unit) for q in prose.quantities] == [(10000.0, "MW")]


def test_a_fleet_of_the_acquirer_is_not_the_deals_capacity() -> None:
    deal = deals_of(
        "Quarrow Networks agreed to acquire Pelham Edge for $1.2 billion. Pelham operates "
        "48 MW of capacity in Georgia. Quarrow operates 61 data centers with 410 MW of "
        "capacity across North America."
    )[0]
    assert [q.value for q in deal.quantities] == [48.0]


def test_quarters_months_and_mid_year_start_a_term() -> None:
    for text, start in [
        ("Service starts in the second quarter of 2026.", "2026"),
        ("Deliveries begin in mid-2027.", "2027"),
        ("The lease starts in January 2027.", "2027-01"),
        ("The contract takes effect when the plant is commissioned in the autumn of 2029.", "2029"),
        ("Capacity will be delivered from mid-2027 across two campuses.", "2027"),
        ("The plant should return to service around the first quarter of 2029.", "2029"),
    ]:
        assert [t.start_date for t in find_terms(text)] == [start], text


def test_expected_closing_takes_the_first_month_of_a_quarter_or_half() -> None:
    deal = deals_of(
        "Harlow Systems agreed to buy Dunmore Labs for $400 million. The deal is expected "
        "to close in the second half of 2026."
    )[0]
    assert deal.term is not None
    assert (deal.term.start, deal.term.end, deal.term.expected_close) == (None, None, "2026-07")
    closing = [
        t.end_date
        for t in find_terms("The transaction is expected to close in the fourth quarter of 2026.")
    ]
    assert closing == ["2026-10"]
    assert [t.end_date for t in find_terms("Closing is expected in January 2027.")] == ["2027-01"]


def test_a_named_facility_its_state_and_a_town_written_after_a_capacity() -> None:
    deal = deals_of(
        "Calder Compute signed Inkwell AI to a four-year contract with a minimum commitment "
        "of $2.8 billion. The capacity will come from the 150 MW Quincy facility in "
        "Washington. The Quincy facility will host 32,768 GPUs."
    )[0]
    assert [(s.name, s.city, s.region, s.country) for s in deal.sites] == [
        (None, "Quincy", "Washington", "US")
    ]
    assert sorted((q.value, q.unit) for q in deal.quantities) == [(150.0, "MW"), (32768.0, "GPU")]
    named = deals_of(
        "Halden Ridge AI will buy 300 MW from the Sable Creek Generating Station in Ohio "
        "under a 20-year power purchase agreement with Corbin Energy."
    )[0]
    assert [(s.name, s.region) for s in named.sites] == [("Sable Creek", "Ohio")]


def test_a_second_acquisition_by_the_same_buyer_is_its_own_deal() -> None:
    deals = deals_of(
        "Harlow Systems agreed to buy Dunmore Labs for $400 million. Harlow also agreed to "
        "buy Pexton Software for $90 million in a separate deal."
    )
    assert [sorted((p.name, p.role) for p in d.parties) for d in deals] == [
        [("Dunmore Labs", "target"), ("Harlow Systems", "acquirer")],
        [("Harlow Systems", "acquirer"), ("Pexton Software", "target")],
    ]
    assert [amounts(d) for d in deals] == [[(4e8, "price")], [(9e7, "price")]]


def test_a_funding_round_told_months_ago_is_not_this_deals() -> None:
    deal = deals_of(
        "Ostrand AI agreed to pay Halvard Compute about $47 million a month for a cluster of "
        "20,480 GPUs. Ostrand raised $1.1 billion at an $8 billion valuation in October.",
        published="2026-02-17",
    )[0]
    assert [(a.value, a.period) for a in deal.amounts] == [(47e6, "P1M")]


def test_a_clear_frame_scores_higher_than_a_fallback_guess() -> None:
    clear = deals_of("Halvik Robotics agreed to acquire Brindle Motion for $300 million.")[0]
    guess = deals_of("Lumora Cloud and Vexa Labs: a new chapter for GPU capacity deals.")[0]
    assert clear.confidence is not None and guess.confidence is not None
    assert clear.confidence >= 0.8
    assert guess.confidence <= 0.4
    hedged = deals_of(
        "Halvik Robotics would reportedly acquire Brindle Motion for $300 million, people "
        "familiar with the matter said."
    )[0]
    assert hedged.confidence is not None and hedged.confidence < clear.confidence


def test_an_older_purchase_in_a_relative_clause_leaves_the_current_deal() -> None:
    deals = deals_of(
        "Osprey Capital, which agreed last week to buy Tamber Labs for $2 billion, will invest "
        "$25 million in Halvik Robotics."
    )
    assert [d.deal_type for d in deals] == ["investment"]
    assert amounts(deals[0]) == [(25e6, "investment")]


def test_the_sentence_about_an_investments_terms_goes_to_the_investment() -> None:
    deals = deals_of(
        "Halvik Robotics agreed to acquire Brindle Motion for $300 million. Separately, Osprey "
        "Capital took a stake in Halvik Robotics. Terms of the investment were not disclosed."
    )
    assert [(d.deal_type, d.amount_undisclosed) for d in deals] == [
        ("acquisition", None),
        ("investment", "not disclosed"),
    ]


def test_a_sellers_other_projects_and_fleet_are_not_the_ppas_capacity() -> None:
    deal = deals_of(
        "Halden Ridge AI signed a 15-year power purchase agreement to buy 600 megawatts from "
        "Corbin Wind's Tasker Ridge wind farm near Limon, Colorado. Corbin Wind, which "
        "operates about 4.2 gigawatts of wind capacity across seven states, is also developing "
        "a 1.2 GW solar project in Utah."
    )[0]
    assert [(q.value, q.unit) for q in deal.quantities] == [(600.0, "MW")]
    assert [(s.name, s.region) for s in deal.sites] == [("Tasker Ridge", "Colorado")]


def test_a_county_is_an_area_not_a_city() -> None:
    deal = deals_of(
        "Greyline Data agreed to buy 1,100 megawatts from Constance Power's Oriel Bay nuclear "
        "station in Oswego County, New York, under a 20-year power purchase agreement."
    )[0]
    assert [(s.name, s.city, s.region) for s in deal.sites] == [("Oriel Bay", None, "New York")]


def test_a_target_headquartered_in_a_place_written_before_its_name() -> None:
    deal = deals_of(
        "Quarrow Networks agreed to acquire Pelham Edge for $1.2 billion. Headquartered in "
        "Raleigh, North Carolina, Pelham Edge operates 22 edge data centers."
    )[0]
    assert [(s.kind, s.city, s.region, s.country) for s in deal.sites] == [
        ("location", "Raleigh", "North Carolina", "US")
    ]


def test_a_duration_from_a_date_gives_both() -> None:
    found = find_terms(
        "Fjellkraft will sell 200 MW to Kvasir Data for 10 years from 1 January 2027."
    )
    assert [(t.start_date, t.duration) for t in found] == [(None, "P10Y"), ("2027-01-01", None)]


def test_quantities_go_to_the_deal_whose_clause_holds_them() -> None:
    deals = deals_of(
        "Nadir AI agreed to buy 18,000 GPUs from Kaldera Systems, and Rheon Devices agreed to "
        "supply Nadir with 500 megawatts of computing systems."
    )
    by_seller = {
        next(p.name for p in d.parties if p.role in ("provider", "seller")): d for d in deals
    }
    assert [(q.value, q.unit) for q in by_seller["Kaldera Systems"].quantities] == [
        (18000.0, "GPU")
    ]
    assert [(q.value, q.unit) for q in by_seller["Rheon Devices"].quantities] == [(500.0, "MW")]


def test_minimum_payments_over_the_term_a_prepayment_and_a_value_with_options() -> None:
    deal = deals_of(
        "Greyline Cloud entered into an agreement with Ninefold AI, under which Greyline will "
        "provide Ninefold with GPU capacity. Ninefold has committed to minimum payments of "
        "approximately $2.95 billion over the initial term. Ninefold will make a prepayment "
        "of $295 million. If Ninefold exercises its right to increase capacity, aggregate "
        "payments could reach approximately $3.6 billion."
    )[0]
    assert [(a.value, a.kind, a.qualifier) for a in deal.amounts] == [
        (2.95e9, "total", "at_least"),
        (2.95e8, "payment", "exact"),
        (3.6e9, "option", "approx"),
    ]


def test_the_cash_and_debt_parts_of_a_price_make_no_second_deal() -> None:
    deals = deals_of(
        "Kinloch Partners agreed to buy Velden Power from Hartwell Industries for $725 "
        "million. Kinloch will pay $650 million in cash and assume $75 million of Velden's "
        "debt."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert amounts(deals[0]) == [(7.25e8, "price")]


def test_revenue_over_the_term_of_the_deal_is_its_total() -> None:
    deal = deals_of(
        "Cobalt Peak Infrastructure signed a lease with Veyra AI for its Amberley campus. "
        "Cobalt Peak expects the lease to generate $30-40 billion of revenue over the initial "
        "term. Cobalt Peak reported revenue of $2 billion last year."
    )[0]
    assert [(a.value, a.value_max, a.kind) for a in deal.amounts] == [(30e9, 40e9, "total")]


def test_an_earlier_round_and_a_revenue_run_rate_are_not_the_rounds_amounts() -> None:
    deal = deals_of(
        "Quenby AI raised $6 billion in a Series B round led by Lodestone Equity that values "
        "the company at $45 billion. Quenby raised $1.5 billion at an $18 billion valuation "
        "only last December. Its revenue, people familiar said, is running at about $500 "
        "million a year.",
        published="2026-07-10",
    )[0]
    assert amounts(deal) == [(6e9, "investment"), (45e9, "valuation")]


def test_a_closing_month_at_the_end_of_a_sentence() -> None:
    found = find_terms(
        "The purchase is scheduled to close around the end of October.",
        datetime.date(2026, 3, 2),
    )
    assert [(t.kind, t.end_date) for t in found] == [("closing", "2026-10")]


def test_another_buyer_of_the_same_company_in_its_own_sentence_is_another_deal() -> None:
    deals = deals_of(
        "Lakemont Corp said it agreed to buy 16 pct of Parrow Textiles Ltd for 16.5 mln dlrs. "
        "In addition, Hessing Electronics Co Ltd will buy a further 12 pct stake in Parrow for "
        "20 mln dlrs."
    )
    buyers = [{p.name for p in d.parties if p.role == "acquirer"} for d in deals]
    assert buyers[0] == {"Lakemont"}
    assert any(b and all("Hessing" in n for n in b) for b in buyers[1:])


def test_financing_arranged_for_a_purchase_is_not_its_price() -> None:
    deal = deals_of(
        "Gravan Holdings Inc agreed to buy Melkor Resorts Inc for 300 mln dlrs. Gravan said "
        'its bankers can arrange up to 120 mln dlrs in "mezzanine" financing and another '
        "90 mln dlrs in senior bank loans for the purchase."
    )[0]
    assert [a.value for a in deal.amounts] == [300e6]
