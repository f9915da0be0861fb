"""Whole deals that were never drafted (issue 8): an order received, placed or awarded,
a bought `rival`, a filing or call told as `the Company` or `we` under a title naming the
filer. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, title: str | None = None, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(title=title, text=text, published=published))


def test_buying_a_smaller_rival_is_an_acquisition_of_the_rival() -> None:
    deals = deals_of(
        "Quarrell Telecom Inc agreed on Monday to buy smaller rival Ostley Fiber in an "
        "all-stock deal valued at about $1.4 billion."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert roles(deals[0]) == {("Quarrell Telecom", "acquirer"), ("Ostley Fiber", "target")}


def test_another_companys_rival_still_tells_another_deal() -> None:
    deals = deals_of(
        "Halvard Compute has signed a five-year agreement to supply Pellow Labs with GPU "
        "capacity for $900 million. Last year Pellow signed a smaller contract with Halvard "
        "rival Tessmoor Cloud."
    )
    assert ("Tessmoor Cloud", "provider") not in {r for d in deals for r in roles(d)}


def test_an_order_placed_with_a_maker_makes_the_subject_the_buyer() -> None:
    deal = deals_of(
        "Vexa Power has placed an order with Orland Turbines for four gas turbines worth "
        "$120 million."
    )[0]
    assert deal.deal_type == "supply"
    assert roles(deal) == {("Vexa Power", "buyer"), ("Orland Turbines", "seller")}


def test_an_order_bagged_from_a_customer_makes_the_winner_the_seller() -> None:
    deal = deals_of("Orland Turbines has bagged an order worth $60 million from Vexa Power.")[0]
    assert roles(deal) == {("Orland Turbines", "seller"), ("Vexa Power", "buyer")}


def test_an_order_awarded_by_a_customer_in_the_passive() -> None:
    deal = deals_of(
        "Tamworth Electric plc announces that it has been awarded an order worth "
        "£40 million by Redgate Campuses Limited for 14 grid transformers."
    )[0]
    assert deal.deal_type == "supply"
    assert roles(deal) == {("Tamworth Electric", "seller"), ("Redgate Campuses", "buyer")}


def test_a_letter_of_award_received_by_the_company_named_in_the_title() -> None:
    deals = deals_of(
        "To the Listing Department, Orchid Stock Exchange Limited, Harbour Plaza, Mumbai.\n\n"
        "We wish to inform you that the Company has received a Letter of Award from "
        "Sarovar Cloud Parks Private Limited for the supply of six gas turbine packages.\n\n"
        "The size of the order is Rs 410 crore.",
        title="Kalindi Power Works: disclosure of receipt of order from Sarovar Cloud Parks",
    )
    assert [d.deal_type for d in deals] == ["supply"]
    sides = {(p.name.split()[0], p.role) for p in deals[0].parties}
    assert sides == {("Kalindi", "seller"), ("Sarovar", "buyer")}


def test_we_in_an_earnings_call_is_the_company_the_title_names() -> None:
    deals = deals_of(
        "Dana Whitlow, Chief Executive Officer: Thanks, and good afternoon. Last Friday we "
        "signed a 12-year lease with Corvane Cloud for 90 megawatts at our Ferris campus.",
        title="Ashby Data Centers Q3 2026 earnings call (excerpt)",
    )
    assert [d.deal_type for d in deals] == ["lease"]
    assert roles(deals[0]) == {("Ashby Data Centers", "lessor"), ("Corvane Cloud", "lessee")}


def test_a_title_opening_with_a_plain_word_names_no_filer() -> None:
    deals = deals_of(
        "We signed a 12-year lease with Corvane Cloud for 90 megawatts, Ashby said.",
        title="Regional landlords sign more leases",
    )
    assert "Regional" not in {p.name for d in deals for p in d.parties}


def test_a_day_month_dateline_names_no_party_and_a_combined_capacity_stops_no_search() -> None:
    deals = deals_of(
        'HARWICH, England, 9 June 2026 - Fenlow Energy plc ("Fenlow") today announces that it '
        "has entered into a conditional agreement to acquire a portfolio of three operating "
        "onshore wind farms in Scotland, with a combined capacity of 300 MW, from Gorse "
        "Renewables Limited for a total cash consideration of £500 million."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert roles(deals[0]) == {("Fenlow Energy", "acquirer"), ("Gorse Renewables", "seller")}


def test_a_pre_let_building_is_leased_by_its_landlord() -> None:
    deal = deals_of(
        "Caversham Data Centres has pre-let the whole of its third building at the Oakridge "
        "campus in Slough to Quorvex, the US cloud software group."
    )[0]
    assert deal.deal_type == "lease"
    assert roles(deal) == {("Caversham Data Centres", "lessor"), ("Quorvex", "lessee")}


def test_megawatts_of_it_capacity_at_a_campus_are_a_lease_not_a_compute_contract() -> None:
    deal = deals_of(
        "Wattle Digital Limited advises that it has signed a customer agreement with Brolga "
        "Cloud Pty Ltd for 36MW of IT capacity at its SYD4 campus in Sydney."
    )[0]
    assert deal.deal_type == "lease"
    assert roles(deal) == {("Wattle Digital", "lessor"), ("Brolga Cloud", "lessee")}


def test_a_gpu_cloud_and_an_ai_startup_take_their_trades_sides() -> None:
    deal = deals_of(
        "GPU cloud Tarnby Compute has signed a five-year agreement with AI startup Merrow Labs "
        "for dedicated capacity valued at about $700 million."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Tarnby Compute", "provider"), ("Merrow Labs", "customer")}


def test_the_payer_under_an_agreement_is_the_customer() -> None:
    deal = deals_of(
        "Corlan Cloud said on Tuesday it had expanded its agreement with Yarrow AI, under which "
        "the chatbot developer will pay up to an additional $1.1 billion for computing capacity."
    )[0]
    assert roles(deal) == {("Corlan Cloud", "provider"), ("Yarrow AI", "customer")}


def test_a_heading_in_capitals_and_a_lone_restatement_add_no_second_deal() -> None:
    deals = deals_of(
        "PROPOSED ACQUISITION OF A 60% INTEREST IN KORO DATA SYSTEMS\n\n"
        "Tavel Digital Infrastructure has agreed to acquire a 60% interest in Koro Data Systems "
        "from Brask Ventures for $86 million.\n\n"
        "Koro Data Systems will be renamed after the acquisition closes."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert "KORO" not in " ".join(p.name for p in deals[0].parties)


def test_power_bought_from_a_fleet_a_company_plans_to_build_is_its_offtake() -> None:
    deals = deals_of(
        "Data center operator Pellam Data has agreed to buy 400 MW from a fleet of small "
        "modular reactors that Norvik Fission plans to build at its Ashby Bend site. "
        "Alongside the offtake, Pellam is investing $150 million in Norvik Fission for a "
        "minority stake."
    )
    assert sorted(d.deal_type for d in deals) == ["investment", "power_purchase"]
    offtake = next(d for d in deals if d.deal_type == "power_purchase")
    assert roles(offtake) == {("Pellam Data", "buyer"), ("Norvik Fission", "seller")}


def test_a_unit_sold_to_a_buyout_firm_read_as_a_verb_has_its_buyer() -> None:
    deal = deals_of(
        "Hollin Industries said on Monday it had agreed to sell its pump business to buyout "
        "firm Tarrant Partners for $900 million."
    )[0]
    assert ("Tarrant Partners", "acquirer") in roles(deal)
    assert ("Hollin Industries", "seller") in roles(deal)


def test_a_tolling_agreement_is_a_power_purchase_from_the_producer() -> None:
    """A toll buys a plant's output: a power purchase whose seller is the independent
    power producer, also when the utility's short name reads like a place."""
    deals = deals_of(
        "Marrow Flats Electric Cooperative said on Tuesday it would add a gas plant for its "
        "new data center load. Marrow Flats has signed a 15-year tolling agreement with "
        "independent power producer Quillan Generation for the output of a 650-megawatt "
        "combined-cycle plant Quillan is building near Dodge City, Kansas."
    )
    assert [d.deal_type for d in deals] == ["power_purchase"]
    assert roles(deals[0]) == {
        ("Marrow Flats Electric Cooperative", "buyer"),
        ("Quillan Generation", "seller"),
    }


def test_a_lease_to_an_unnamed_tenant_stays_beside_a_named_loan() -> None:
    deals = deals_of(
        "Ostrava Data Centers has pre-leased the first building of its Kettle Point campus "
        "to an unnamed hyperscale customer for 15 years. Ostrava also closed a $1.2 billion "
        "construction loan from Harwick Bank and Selden Capital."
    )
    by_type = {d.deal_type: roles(d) for d in deals}
    assert by_type["lease"] == {("Ostrava Data Centers", "lessor")}
    assert ("Harwick Bank", "provider") in by_type["other"]


def test_an_agreement_with_what_the_seller_calls_an_unnamed_buyer() -> None:
    deals = deals_of(
        "Kestrel Vale Power said it has signed a 20-year tolling agreement with what it calls "
        '"an investment-grade technology company" for the entire output of its 900MW gas '
        "plant near Zanesville, Ohio."
    )
    assert [d.deal_type for d in deals] == ["power_purchase"]
    assert roles(deals[0]) == {("Kestrel Vale Power", "seller")}


def test_paying_for_part_of_a_companys_asset_buys_it_from_that_company() -> None:
    (deal,) = deals_of(
        "Wexbury Pension Fund will pay about $900 million for 50 per cent of Harlan "
        "Digital's Copper Gap campus, the companies said on Monday."
    )
    assert deal.deal_type == "acquisition"
    assert roles(deal) == {("Wexbury Pension Fund", "acquirer"), ("Harlan Digital", "seller")}


def test_a_headline_verb_of_takeover_buys_the_company() -> None:
    (deal,) = deals_of(
        "Ostrava Mining has agreed to swallow Pellbrook Metals in a deal valuing the "
        "smaller miner at $2.1 billion."
    )
    assert deal.deal_type == "acquisition"
    assert roles(deal) == {("Ostrava Mining", "acquirer"), ("Pellbrook Metals", "target")}


def test_an_order_won_to_supply_an_unnamed_customer_is_the_winners_sale() -> None:
    deals = deals_of(
        "Taegang Electric said on Monday it had won a 900 billion won ($630 million) order "
        "to supply power transformers to a North American data centre operator."
    )
    assert [d.deal_type for d in deals] == ["supply"]
    assert roles(deals[0]) == {("Taegang Electric", "seller")}
    assert [(a.value, a.currency) for a in deals[0].amounts] == [(900000000000.0, "KRW")]


def test_a_filers_deals_of_earlier_months_of_its_year_are_the_reports_own() -> None:
    deals = deals_of(
        "On August 12, 2026, the Company entered into a lease agreement with Rotmain Immobilien "
        'GmbH (the "Landlord") for a 20 MW data center building in Offenbach, Germany. In '
        "September 2026, the "
        "Company entered into a 12-year virtual power purchase agreement with Zeewind B.V., "
        "the owner of an offshore wind farm, covering 60 MW of its output.",
        title="Tollan Digital Inc. Form 10-Q (quarter ended September 30, 2026): Note 9",
        published="2026-11-05",
    )
    by_type = {d.deal_type: roles(d) for d in deals}
    assert by_type["lease"] == {("Tollan Digital", "lessee"), ("Rotmain Immobilien", "lessor")}
    assert {name for name, _ in by_type["power_purchase"]} == {"Tollan Digital", "Zeewind"}


def test_a_filers_deal_of_an_earlier_year_stays_an_older_deal() -> None:
    deals = deals_of(
        "On August 12, 2026, the Company entered into a lease agreement with Rotmain Immobilien "
        "GmbH for a 20 MW data center building in Offenbach, Germany. In September 2024, the "
        "Company entered into a 12-year virtual power purchase agreement with Zeewind B.V.",
        title="Tollan Digital Inc. Form 10-Q (quarter ended September 30, 2026): Note 9",
        published="2026-11-05",
    )
    assert [d.deal_type for d in deals] == ["lease"]


def test_a_call_title_names_the_company_its_welcome_calls_a_person() -> None:
    deals = deals_of(
        "Operator: Good afternoon and welcome to Corliss Digital's third-quarter earnings "
        "call. In October we executed a fifteen-year lease with Vantry Cloud for 120 "
        "megawatts at our Elm Fork campus. We also signed a ten-year power purchase "
        "agreement with Bluewater Renewables for 100 megawatts from its Mesa Alta wind farm.",
        title="Corliss Digital (CRLD) Q3 2026 earnings call transcript",
        published="2026-11-05",
    )
    by_type = {d.deal_type: roles(d) for d in deals}
    assert by_type["lease"] == {("Corliss Digital", "lessor"), ("Vantry Cloud", "lessee")}
    assert by_type["power_purchase"] == {
        ("Corliss Digital", "buyer"),
        ("Bluewater Renewables", "seller"),
    }


def test_a_call_without_a_date_still_gives_its_deals() -> None:
    deals = extract_deals(
        Article(
            title="Corliss Digital (CRLD) Q3 2026 earnings call transcript",
            text="In October we executed a fifteen-year lease with Vantry Cloud for 120 "
            "megawatts at our Elm Fork campus. We also signed a ten-year power purchase "
            "agreement with Bluewater Renewables for 100 megawatts from its wind farm.",
        )
    )
    assert "lease" in {d.deal_type for d in deals}


def test_megawatts_written_onto_their_figure_are_power_sold_not_a_company() -> None:
    deals = deals_of(
        "Tarnell Energy agreed to buy two gas plants from Osgood Generation for $2 billion. "
        "Tarnell also disclosed a 15-year agreement to sell 700MW from one of the plants to "
        "Quarro Cloud, which plans a campus next to it."
    )
    sales = [d for d in deals if d.deal_type == "power_purchase"]
    assert len(sales) == 1
    assert roles(sales[0]) == {("Tarnell Energy", "seller"), ("Quarro Cloud", "buyer")}


def test_a_lead_investor_told_after_a_newsletters_second_round_joins_that_round() -> None:
    deals = deals_of(
        "Harrowick Systems raised €50 million in a Series B led by Dunmore Partners. "
        "Pellory Optics raised $120 million at a $1.1 billion post-money valuation. "
        "Ashcombe Capital led, with Tormore Ventures joining."
    )
    by_investee = {p.name: roles(d) for d in deals for p in d.parties if p.role == "investee"}
    assert by_investee["Pellory Optics"] == {
        ("Pellory Optics", "investee"),
        ("Ashcombe Capital", "investor"),
    }
    assert ("Ashcombe Capital", "investor") not in by_investee["Harrowick Systems"]


def test_a_round_set_against_its_previous_one_is_still_the_articles_round() -> None:
    deals = deals_of(
        "Ostrel Systems raised €40 million in a Series B led by Pinecombe Partners. "
        "And the down round: Varrow AI raised $60 million from Keswick Ventures at a "
        "valuation of $450 million, down from $700 million in its previous round."
    )
    by_investee = {p.name: roles(d) for d in deals for p in d.parties if p.role == "investee"}
    assert by_investee["Varrow AI"] == {("Varrow AI", "investee"), ("Keswick Ventures", "investor")}


def test_listings_in_brackets_leave_a_merger_of_equals_to_its_two_companies() -> None:
    deals = deals_of(
        "Tamberly Systems Inc. (NASDAQ: TMBY) and Oskerly Software Ltd. (TSX: OSK) today "
        "announced a definitive agreement to combine in an all-stock merger of equals, "
        "creating a leading supplier of supply-chain planning software."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert roles(deals[0]) == {("Tamberly Systems", "acquirer"), ("Oskerly Software", "target")}


def test_an_agreement_to_buy_a_supplier_is_one_acquisition() -> None:
    deals = deals_of(
        "Harrowgate Pumps and Delmore Valves said they had entered into a definitive "
        "agreement under which Harrowgate will acquire Delmore, a supplier of industrial "
        "equipment, for $800 million."
    )
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert roles(deals[0]) == {("Harrowgate Pumps", "acquirer"), ("Delmore Valves", "target")}


def test_the_partners_shares_of_a_joint_venture_buy_no_company() -> None:
    deals = deals_of(
        "Tranh Long Telecom has signed a joint venture agreement with Sakurada Data "
        "Partners to build a 40MW data centre near Haiphong. Tranh Long will hold 51% of "
        "the joint venture and Sakurada 49%. Separately, Tranh Long said it had signed a "
        "three-year contract to supply GPU computing capacity to Mekong Credit Bank."
    )
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("partnership", {("Tranh Long Telecom", "partner"), ("Sakurada Data Partners", "partner")}),
        (
            "compute_contract",
            {("Tranh Long Telecom", "provider"), ("Mekong Credit Bank", "customer")},
        ),
    ]


def test_an_explainers_deal_of_last_week_is_the_articles_deal() -> None:
    deals = deals_of(
        "Few announcements of AI compute contracts say what happens if the customer stops "
        "needing the chips. The answer, in most of them, is nothing: the customer pays "
        "anyway.\n\nTake last week's agreement between Norvane Compute and Ostrel AI. "
        "Ostrel committed to pay $900 million over three years for roughly 6,000 GPUs in "
        "Norvane's facility in Kajaani, Finland, with service beginning in January.",
        published="2026-10-20",
    )
    assert [d.deal_type for d in deals] == ["compute_contract"]
    assert roles(deals[0]) == {("Norvane Compute", "provider"), ("Ostrel AI", "customer")}


def test_a_deal_of_last_year_in_an_explainer_stays_an_older_deal() -> None:
    assert (
        deals_of(
            "Few announcements of AI compute contracts say what happens if the customer "
            "stops needing the chips.\n\nTake last year's agreement between Norvane Compute "
            "and Ostrel AI, signed in 2025.",
            published="2026-10-20",
        )
        == []
    )


def test_a_lease_renewed_with_one_of_the_landlords_customers_is_its_lease() -> None:
    deals = deals_of(
        "Brackwell Realty has renewed a lease with one of its largest enterprise customers "
        "at its RNO-2 facility in Reno, Nevada. The new term runs for seven years from "
        "January 2027."
    )
    assert [d.deal_type for d in deals] == ["lease"]
    assert roles(deals[0]) == {("Brackwell Realty", "lessor")}
    assert deals[0].term is not None and deals[0].term.duration == "P7Y"


def test_a_tenant_renewing_its_own_lease_is_the_lessee() -> None:
    deals = deals_of("Halden Cloud renewed its lease with Brackmoor Realty at the Reno campus.")
    assert [d.deal_type for d in deals] == ["lease"]
    assert roles(deals[0]) == {("Halden Cloud", "lessee"), ("Brackmoor Realty", "lessor")}
