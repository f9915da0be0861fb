"""Amounts, quantities and terms class by class (issue 8, unseen-style text), each on
sentences written for the test with invented names: a takeover's price and the values it
sets, permits and expansion room beside a deal's capacity, terms in filing wording, and
the sentence after a second deal's own sentence."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.places import find_facilities
from pipeline.nlp.sentences import is_topic
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 3, 11)


def deals_of(text: str, published: str = "2026-03-11") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def amounts(deal: Deal) -> list[tuple[float, str | None, str]]:
    return sorted((a.value, a.period, a.kind) for a in deal.amounts)


def test_a_whole_company_is_priced_at_its_equity_and_at_the_value_with_debt() -> None:
    deal = deals_of(
        "Dunhollow Power has agreed to buy grid software maker Tessarine from buyout firm "
        "Orlop Partners in a deal that values the company at €900m including debt, the two "
        "sides said. Dunhollow will pay €610 million for the equity and take on about €290 "
        "million of net debt."
    )[0]
    assert deal.deal_type == "acquisition"
    assert amounts(deal) == [(610e6, None, "price"), (900e6, None, "price")]


def test_an_enterprise_value_is_the_price_of_a_whole_company_bought() -> None:
    deal = deals_of(
        "Quillmark Systems will buy Ferrow Labs for $31 a share in cash, representing an "
        "equity value of about $1.4 billion and an enterprise value of about $1.6 billion."
    )[0]
    assert amounts(deal) == [(1.4e9, None, "price"), (1.6e9, None, "price")]


def test_a_stake_keeps_the_valuation_its_price_implies() -> None:
    deal = deals_of(
        "Brackwater Digital will acquire a 60% stake in Selvane Parks for $300 million, it "
        "said on Thursday. The price implies an enterprise value of about $520 million for "
        "the whole company."
    )[0]
    assert amounts(deal) == [(300e6, None, "price"), (520e6, None, "valuation")]


def test_a_multiple_of_operating_profit_is_no_amount_of_the_deal() -> None:
    deal = deals_of(
        "Hoshida Electric said it would buy 60% of Tanvir Works from Kolmar Group for 12bn "
        "baht. The price values the whole of Tanvir Works at about 20bn baht, a rich multiple "
        "of its 1.5bn baht of operating profit."
    )[0]
    assert amounts(deal) == [(12e9, None, "price"), (20e9, None, "valuation")]


def quantities(deal: Deal) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in deal.quantities)


def test_permits_for_more_are_not_the_bought_companys_capacity() -> None:
    deal = deals_of(
        "Corvane Grid agreed to buy Hallow Data from Ternbury Capital for $400 million. "
        "Hallow runs three data centres with 60 megawatts of capacity in operation and "
        "permits for a further 90 MW at a site near its home town."
    )[0]
    assert deal.deal_type == "acquisition"
    assert quantities(deal) == [(60.0, "MW")]


def test_room_to_expand_is_not_the_deals_but_a_contracted_option_is() -> None:
    deal = deals_of(
        "Ostry Cloud signed a lease with Pendle Estates for 120 MW at a campus in Kearney, "
        "Nebraska, with an option to lease an additional 40 MW. The campus could eventually "
        "expand to 500 MW."
    )[0]
    assert quantities(deal) == [(40.0, "MW"), (120.0, "MW")]


@pytest.mark.parametrize(
    ("sentence", "start", "end", "duration"),
    [
        (
            "The initial term of the Order Form is 36 months, commencing on the date Pardo "
            "accepts the cluster, which the Company expects to occur in the third quarter "
            "of 2026.",
            "2026",
            None,
            "P36M",
        ),
        (
            "Deliveries will run from Jan. 1, 2027 to Dec. 31, 2029.",
            "2027-01-01",
            "2029-12-31",
            None,
        ),
        (
            "The first phase is scheduled to be accepted in the second quarter of 2027.",
            "2027",
            None,
            None,
        ),
        ("It is a contract that took effect in October 2026.", "2026-10", None, None),
        ("It will buy any capacity left unsold, for as long as April 2032.", None, "2032-04", None),
        ("Occupation starts with the first hall in the first quarter of 2028.", "2028", None, None),
        ("They will give us access to 1,024 GPUs, starting in Q2.", "2026", None, None),
        ("Deliveries start in the third quarter.", "2026", None, None),
        (
            "The lease has an initial term of ten years with two five-year renewal options.",
            None,
            None,
            "P10Y",
        ),
    ],
)
def test_terms_in_filing_wording(
    sentence: str, start: str | None, end: str | None, duration: str | None
) -> None:
    contract = [t for t in find_terms(sentence, PUBLISHED) if t.kind == "contract"]
    assert [t.start_date for t in contract if t.start_date] == ([start] if start else [])
    assert [t.end_date for t in contract if t.end_date] == ([end] if end else [])
    assert [t.duration for t in contract if t.duration] == ([duration] if duration else [])


def test_renewal_options_are_not_the_term() -> None:
    (option,) = find_terms("The county granted two 10-year extension options.", PUBLISHED)
    assert option.duration == "P10Y" and option.kind == "other"


def test_the_sentence_after_a_second_deals_own_sentence_is_that_deals() -> None:
    found = deals_of(
        "Ambrel Digital will acquire a 70% stake in Sorrel Parks for $200 million, it said "
        "on Monday.\n\n"
        "In a second filing, the company said it had signed a 20-year power purchase "
        "agreement under which Quenby Wind will supply it with 90 MW of wind power. Power is "
        "due to start flowing in October 2027."
    )
    kinds = {d.deal_type: d for d in found}
    assert kinds["power_purchase"].term is not None
    assert kinds["power_purchase"].term.start == "2027-10"
    stake = kinds["acquisition"].term
    assert stake is None or stake.start is None


def test_fees_payable_over_the_term_are_the_contracts_total() -> None:
    deal = deals_of(
        "Pursuant to the Order Form, Ravel Compute LLC will provide Pardo Labs with access to "
        "a cluster of 4,096 GPUs. Aggregate fees payable over the initial term are "
        "approximately $300 million and would be approximately $420 million if both "
        "extension options are exercised. Ravel also entered into an equipment financing "
        "agreement with Tolley Capital providing for term loans of up to $250 million."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert amounts(deal) == [(300e6, None, "total"), (420e6, None, "option")]


def towns(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.city, f.region, f.country) for f in find_facilities(text)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It will lease a data centre in Velmarsh near Frankfurt.", ("Velmarsh", None, "DE")),
        ("Supply starts once the wind farm west of Tallowby is built.", ("Tallowby", None, None)),
        (
            "The power comes from a solar farm the developer is building near Corrow Flats, "
            "Arizona.",
            ("Corrow Flats", "Arizona", "US"),
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_is_read_where_a_facility_is(
    sentence: str, found: tuple[str | None, str | None, str | None]
) -> None:
    assert towns(sentence) == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        "It will build a campus in Northern Finland.",
        "The plant in January was idle.",
        "The campus in Nvidia territory is full.",
    ],
)
def test_a_known_region_a_month_or_a_word_before_a_noun_is_no_unknown_town(sentence: str) -> None:
    assert [city for city, _, _ in towns(sentence) if city] == []


def test_a_bought_company_in_an_unknown_town_near_a_city_is_placed() -> None:
    deal = deals_of(
        "Dunhollow Power has agreed to buy data centre operator Tessarine from Orlop "
        "Partners for €600 million.\n\n"
        "Tessarine, based in Velmarsh near Frankfurt, runs three data centres with 50 "
        "megawatts of capacity in operation and permits for a further 80 MW at a site near "
        "Hanau."
    )[0]
    assert [(s.city, s.country) for s in deal.sites] == [("Velmarsh", "DE")]


def test_a_rival_bid_in_a_relative_clause_is_not_the_price() -> None:
    deal = deals_of(
        "Dunhollow Power has agreed to buy data centre operator Tessarine from Orlop "
        "Partners for €600 million. The agreement ends an auction in which infrastructure "
        "investor Halbeck Infra bid about €540 million, two people familiar said."
    )[0]
    assert amounts(deal) == [(600e6, None, "price")]


def facilities(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.name, f.city, f.region) for f in find_facilities(text)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Tarrow will serve it from its Heron Wind campus in Cedar Rapids, Iowa.",
            ("Heron Wind", "Cedar Rapids", "Iowa"),
        ),
        ("The county leased the Northgate Data Campus to Brisk.", ("Northgate", None, None)),
        (
            "It will buy 300 megawatts from Pell Creek, our combined-cycle station in eastern "
            "North Carolina.",
            ("Pell Creek", None, "North Carolina"),
        ),
        ("It will build the Stargate AI campus in Abilene.", ("Stargate", "Abilene", None)),
    ],
)
def test_facility_names_with_generic_nouns(
    sentence: str, found: tuple[str | None, str | None, str | None]
) -> None:
    assert facilities(sentence) == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ravel Digital Infra, the data centre arm of Ravel Industries, will buy it.",
        "It signed with Pardo Cloud, a data centre operator in Texas.",
    ],
)
def test_a_company_described_by_a_facility_word_is_no_facility(sentence: str) -> None:
    assert facilities(sentence) == []


def test_a_capital_plan_and_a_share_of_it_are_not_the_deals_amounts() -> None:
    deal = deals_of(
        "Brightmoor Energy signed a 20-year power purchase agreement with Tallis Cloud for "
        "600 megawatts from Pell Creek, our combined-cycle station in eastern North Carolina, "
        "for about $4 billion. We are also lifting the five-year capital plan to $21 billion, "
        "with about $2 billion of that going to the Pell Creek expansion."
    )[0]
    assert amounts(deal) == [(4e9, None, "total")]


def test_a_sum_a_month_is_a_rate_not_a_term() -> None:
    found = find_terms(
        "Pardo AI is paying Ravel Cloud €12 million a month for 4,000 GPUs at Ravel's Leipzig "
        "facility, from September through December 2028.",
        PUBLISHED,
    )
    assert [(t.start_date, t.end_date, t.duration) for t in found] == [("2026-09", "2028-12", None)]


def test_power_beginning_to_flow_starts_the_term() -> None:
    (start,) = find_terms("The plant will sit off the grid, with power beginning to flow in 2029.")
    assert start.kind == "contract" and start.start_date == "2029"


def test_a_hall_handed_over_later_in_the_paragraph_starts_the_lease() -> None:
    deal = deals_of(
        "Tolvane Data has signed a 10-year lease with Brisk Compute for 40 MW at its Orrel "
        "campus in Hilliard, Ohio. Tolvane says the first hall will be handed over in October."
    )[0]
    assert deal.deal_type == "lease"
    assert deal.term is not None and (deal.term.start, deal.term.duration) == ("2026-10", "P10Y")


def test_a_partys_own_cluster_and_a_rejected_figure_told_again_are_not_the_deals() -> None:
    deal = deals_of(
        "Ardwell Labs raised $2 billion in a Series C led by Corrow Capital. Ardwell is "
        "building its own cluster near Reno, Nevada, which will hold 100,000 GPUs by the end "
        "of next year. It plans data centres in Utah with as much as 1.5 gigawatts of "
        "capacity by 2030. Finding customers for 1.5 gigawatts is the hard part, the "
        "investment's lead said."
    )[0]
    assert deal.deal_type == "investment"
    assert deal.quantities == []


def test_an_amount_its_clause_dates_to_an_earlier_year_is_not_the_deals() -> None:
    deal = deals_of(
        "Corvane Grid will acquire a 70% stake in Hallow Data for $400 million, its largest "
        "purchase to date. The shares are being bought from investor Ternbury Capital, "
        "which put $42 million into the company in 2022."
    )[0]
    assert amounts(deal) == [(400e6, None, "price")]


def test_land_and_floor_area_are_no_deal_quantities() -> None:
    deal = deals_of(
        "Tolvane Data has signed a 20-year lease with Brisk Compute for 40 MW at a 300,000 "
        "square foot building on 120 acres in Hilliard, Ohio."
    )[0]
    assert quantities(deal) == [(40.0, "MW")]


def test_the_sum_of_two_deals_and_the_debt_inside_a_price_are_not_prices() -> None:
    found = deals_of(
        "On Monday Pardew Digital announced two acquisitions within an hour, committing more "
        "than £3bn. The larger is Alder Grid, which Pardew is buying from Castle Fund for "
        "£2.4bn, including about £600m of project debt it will assume."
    )
    assert amounts(found[0]) == [(2.4e9, None, "price")]


def test_a_capacity_written_before_a_town_is_not_part_of_its_name() -> None:
    assert facilities("Its 200 MW Ellendale, North Dakota campus is full.") == [
        (None, "Ellendale", "North Dakota")
    ]


def test_a_per_share_offer_valuing_the_company_with_debt_is_priced() -> None:
    deal = deals_of(
        "Quillmark Systems agreed to buy Ferrow Labs for $42 a share in cash, valuing the "
        "company at $3.1 billion including debt."
    )[0]
    assert amounts(deal) == [(3.1e9, None, "price")]


def test_a_topic_sentence_names_the_company_the_next_one_calls_it() -> None:
    deal = deals_of(
        "It has been a strange week for anyone who owns chip stocks. Take Brindle Compute. "
        "The Austin neocloud said on Monday that Corvo Labs will take 500 megawatts of "
        "capacity from it for about $4bn over four years. That works out at roughly $1bn a "
        "year."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert sorted((p.name, p.role) for p in deal.parties) == [
        ("Brindle Compute", "provider"),
        ("Corvo Labs", "customer"),
    ]
    assert amounts(deal) == [(1e9, "P1Y", "payment"), (4e9, None, "total")]


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [("Take Brindle Compute.", True), ("Consider the Halvern Group:", True), ("Take it.", False)],
)
def test_topic_sentences(sentence: str, topic: bool) -> None:
    assert is_topic(sentence) is topic


def test_towns_listed_after_a_plural_facility_noun_share_the_region_after_them() -> None:
    assert towns(
        "Corvo Labs will take 500 MW spread across campuses in Tarrow and Big Sedge, Texas."
    ) == [("Tarrow", "Texas", "US"), ("Big Sedge", "Texas", "US")]


def test_fees_collateral_and_deposits_are_other_and_stamp_duty_is_no_amount() -> None:
    deal = deals_of(
        "Quillmark Systems agreed to buy Ferrow Labs for about $2.1 billion including debt. "
        "Ferrow would owe Quillmark a $60 million break fee if it walks away, while the buyer "
        "would pay a $120 million reverse termination fee if the deal fails on antitrust "
        "grounds."
    )[0]
    assert amounts(deal) == [(60e6, None, "other"), (120e6, None, "other"), (2.1e9, None, "price")]
    lease = deals_of(
        "Pardo Cloud has leased an entire data centre building from Tallis Parks for 15 years, "
        "with rent adding up to about $300 million over the period. Rent in the first year is "
        "set at $16 million. It has also paid a security deposit of $8 million, and stamp duty "
        "of $1.2 million was paid on the deal."
    )[0]
    assert lease.deal_type == "lease"
    assert amounts(lease) == [
        (8e6, None, "other"),
        (16e6, "P1Y", "payment"),
        (300e6, None, "total"),
    ]


def test_a_quarter_without_its_year_is_the_next_one_not_over() -> None:
    (start,) = find_terms("It gets 1,024 GPUs, starting in Q1.", datetime.date(2026, 12, 2))
    assert start.start_date == "2027"


def test_a_bare_dollar_in_a_story_that_writes_us_dollars_is_the_local_one() -> None:
    deal = deals_of(
        "Wattle Super has agreed to buy half of the Kellyville campus in Sydney, New South "
        "Wales, from Brindabella Digital for about $900 million. The price implies an "
        "enterprise value of roughly "
        "$2.1 billion for the whole asset. The $80 billion industry fund will share the cost "
        "of a $1.5 billion expansion. A rival consortium led by Corrow Capital was understood "
        "to have offered closer to $800 million. Wattle made a US$400 million commitment to "
        "a US platform last year."
    )[0]
    assert sorted((a.value, a.currency, a.kind) for a in deal.amounts) == [
        (900e6, "AUD", "price"),
        (2.1e9, "AUD", "valuation"),
    ]


def test_without_us_dollars_written_a_bare_dollar_stays_usd() -> None:
    deal = deals_of(
        "Wattle Super has agreed to buy half of the Kellyville campus in Sydney, New South "
        "Wales, from Brindabella Digital for about $900 million."
    )[0]
    assert [(a.value, a.currency) for a in deal.amounts] == [(900e6, "USD")]


def test_capacity_under_construction_and_a_system_peak_are_not_the_deals() -> None:
    deal = deals_of(
        "Harrow Capital agreed to buy data center operator Vessel Grid for $1.2 billion. "
        "Vessel runs about 110 megawatts of capacity and has another 60 megawatts under "
        "construction. The seller's system peak is about 3,400 MW."
    )[0]
    assert quantities(deal) == [(110.0, "MW")]


def test_an_older_sale_of_a_placed_facility_is_not_the_deals_site() -> None:
    deal = deals_of(
        "Orchid Trust will buy the Tallis Link facility in Singapore from Kestrel Holdings for "
        "S$900 million. Kestrel Holdings sold a 20-megawatt data centre in Jurong to Meranti "
        "Trust for S$410 million in 2023."
    )[0]
    assert [s.city for s in deal.sites if s.city] == ["Singapore"]
    assert quantities(deal) == []


def test_a_described_company_before_a_facility_noun_is_no_facility_name() -> None:
    assert facilities("Regulators approved the deal for an Emberly-backed data center.") == []


def test_a_dated_sentence_without_a_deal_word_gives_the_deals_term() -> None:
    deal = deals_of(
        "Harlow Compute has ordered 12,000 accelerators from chip designer Vessant Micro in a "
        "deal worth about $400 million. Vessant will ship the chips in three batches between "
        "October 2026 and June 2027, Harlow said."
    )[0]
    assert deal.deal_type == "supply"
    assert deal.term is not None
    assert (deal.term.start, deal.term.end) == ("2026-10", "2027-06")


def site_capacities(deal: Deal) -> list[tuple[str | None, float | None]]:
    return [(s.city, s.capacity.value if s.capacity else None) for s in deal.sites]


def test_a_plan_an_uprate_and_an_older_contract_are_not_the_deals_capacity() -> None:
    deal = deals_of(
        "Brisvold Energy will sell 90 megawatts of power to data centre operator Quarrel "
        "Compute for 12 years, the companies said. The agreement also supports an uprate of "
        "about 25 megawatts at the plant, and Brisvold has asked the regulator for permission "
        "to expand the plant by a further 50 megawatts. Quarrel runs a 70 MW campus at "
        "Tormund and has bought power from Lestrel Utility under a 20 MW contract signed in "
        "2023."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert quantities(deal) == [(90.0, "MW")]
    assert ("Tormund", 70.0) not in site_capacities(deal)


def test_the_main_verb_expanding_a_deal_and_a_contracted_option_keep_their_capacity() -> None:
    deal = deals_of(
        "Pellan Labs will expand its use of Corrow Cloud's accelerators to up to 40,000 GPUs "
        "under a new agreement, the companies said on Monday. The contract includes the "
        "option to expand to 60,000 GPUs."
    )[0]
    assert quantities(deal) == [(40000.0, "GPU"), (60000.0, "GPU")]


def test_a_site_in_a_town_the_gazetteer_lacks_is_in_the_articles_country() -> None:
    deal = deals_of(
        "Geothermal producer Vatnsfell Orka will sell 80 megawatts of power to data centre "
        "operator Brimhólar Compute for 12 years, the companies said. The power will come "
        "from Vatnsfell's planned Hraunsnes plant near the town of Skorravik, which is due "
        "to start supplying Brimhólar at the beginning of 2028. Cheap, firm power is what "
        "brings data centres to Iceland, Brimhólar said."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert [(s.name, s.city, s.country) for s in deal.sites] == [("Hraunsnes", "Skorravik", "IS")]
    assert deal.term is not None and deal.term.start == "2028"


def test_where_the_buyer_uses_the_power_is_not_the_plants_site() -> None:
    deal = deals_of(
        "Solvik Kraft AS and Brattli Data AS have signed a 12-year power purchase agreement "
        "for 40 MW from the Kvitfjell wind farm in Sauda, Rogaland. The agreement covers "
        "about 150 GWh a year, which Brattli will use at its data centre in Sandnes."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert [(s.name, s.city) for s in deal.sites] == [("Kvitfjell", "Sauda")]


def test_an_unplaced_campus_named_after_its_town_takes_the_datelines_region() -> None:
    deal = deals_of(
        "JOHOR - Merbok DC has pre-leased a 40 MW building at its Tampoi campus to Ranjau "
        "Cloud for an initial term of ten years."
    )[0]
    assert deal.deal_type == "lease"
    assert [(s.name, s.city, s.region, s.country) for s in deal.sites] == [
        (None, "Tampoi", "Johor", "MY")
    ]
