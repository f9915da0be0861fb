"""Amount kinds and amounts that are not the deal's: a tender offer's equity value is its
price and a contingent value right's aggregate is contingent (kind other), a tender
condition on a majority of the shares is no stake; the parts of a price (`in Tarrow
shares`, `deferred consideration of`) beside the whole; combined revenue, the cost of
building the plant, a development budget and market statistics (`$6 billion of
sale-leasebacks closed`) are no deal's money; `crowns` after `Swedish crowns` is SEK; a
stake keeps the valuation it sets apart from its price, unless an offer is made for the
whole company; `a billion-dollar order` is no amount; `the $30 million` restated keeps
the kind told first. Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts


def deal_of(text: str, published: str = "2026-06-08") -> Deal:
    return extract_deals(Article(text=text, published=published))[0]


def money(deal: Deal) -> set[tuple[float, str | None, str]]:
    return {(a.value, a.currency, a.kind) for a in deal.amounts}


def test_a_tender_offers_equity_value_is_its_price_and_the_cvrs_are_contingent() -> None:
    deal = deal_of(
        "Corlin Pharma, Inc. and Wexmoor Bio, Inc. today announced a definitive merger "
        "agreement under which Corlin will acquire Wexmoor for $14.00 per share in cash, "
        "representing an upfront equity value of approximately $820 million, plus one "
        "contingent value right per share. Each CVR entitles its holder to receive up to "
        "$3.00 in cash on approval of Wexmoor's lead drug. The CVRs could pay up to "
        "approximately $150 million in aggregate. Completion is conditioned on the tender "
        "of a majority of Wexmoor's outstanding shares."
    )
    assert money(deal) == {(820_000_000, "USD", "price"), (150_000_000, "USD", "other")}


def test_the_parts_of_a_price_in_cash_and_in_the_buyers_shares_are_dropped() -> None:
    deal = deal_of(
        "Tarrow Digital Limited has entered into a binding contract to acquire the Gannet "
        "Point data centre in Hobart, Tasmania, from Pellam Property Group for A$48.0 "
        "million. The acquisition price comprises A$44.0 million in cash and A$4.0 million "
        "in Tarrow shares issued to the vendor at A$0.95 per share."
    )
    assert money(deal) == {(48_000_000, "AUD", "price")}


def test_deferred_consideration_is_a_part_of_the_total_consideration() -> None:
    deal = deal_of(
        "On 4 March 2026 the Group agreed to sell its Marine Paints division to Holbeck "
        "Chemicals plc. Total consideration is £210 million, comprising £190 million in "
        "cash received at completion and deferred consideration of £20 million payable in "
        "2027."
    )
    assert money(deal) == {(210_000_000, "GBP", "price")}


def test_combined_revenue_of_a_merger_is_no_price() -> None:
    deal = deal_of(
        "Harland Valve Company and Pexton Fluid Corp. today announced a definitive "
        "agreement to combine in an all-stock merger of equals, creating a flow-control "
        "group with approximately $4.1 billion in combined annual revenue."
    )
    assert deal.deal_type == "acquisition"
    assert deal.amounts == []


def test_the_cost_of_building_the_plant_is_no_value_of_its_ppa() -> None:
    deal = deal_of(
        "Brightwater Cloud has signed a power purchase agreement with Ostrel Energy for "
        "400 MW from the Kestrel Flats solar project in Texas. Ostrel puts the cost of "
        "building Kestrel Flats at about $600 million."
    )
    assert deal.deal_type == "power_purchase"
    assert deal.amounts == []


def test_a_development_budget_is_no_value_of_the_lease() -> None:
    deal = deal_of(
        "Tullow Data REIT has pre-let its 30MW Ballyfermot building in Dublin to Quarrel "
        "Cloud on a 12-year lease. Annualised rent is €31m, a 9% yield on the €340m "
        "development budget."
    )
    assert all(a.value != 340_000_000 for a in deal.amounts)


def test_market_statistics_of_closed_deals_are_no_price() -> None:
    deal = deal_of(
        "Oakhurst Data has sold its 24 MW data center in Boise, Idaho, to Fennick Realty "
        "for $210 million and will lease it back for 10 years. Broker figures show about "
        "$5 billion of data center sale-leasebacks closed in North America this year.",
        published="2026-10-02",
    )
    assert all(a.value != 5_000_000_000 for a in deal.amounts)


def test_a_countryless_currency_word_takes_the_currency_named_before() -> None:
    deal = deal_of(
        "STOCKHOLM, Feb 10 (Newswire) - Swedish software group Halvik Systems said on "
        "Tuesday it would buy the 60% of Malmo-based Brantor Data it does not already own "
        "from investment firm Oxelo Invest for 3.1 billion Swedish crowns ($330 million) in "
        "cash.\n\nThe deal values all of Brantor at about 5.2 billion crowns.",
        published="2026-02-10",
    )
    assert money(deal) == {(3_100_000_000, "SEK", "price"), (5_200_000_000, "SEK", "valuation")}


def test_a_stakes_valuation_is_no_price_even_when_no_price_is_told() -> None:
    deal = deal_of(
        "Data center operator Harlan Realty said on Monday it would buy a majority stake in "
        "Ndlovu Data, a South African colocation provider, in a deal that values Ndlovu at "
        "about $2.1 billion.",
        published="2022-01-03",
    )
    assert money(deal) == {(2_100_000_000, "USD", "valuation")}


def test_an_offer_for_the_whole_company_is_priced_at_its_valuation() -> None:
    deal = deal_of(
        "Kestrel Partners has made an offer for Vantor Software that values the German "
        "software maker at 1.8 billion euros, with the company's biggest shareholder "
        "agreeing to sell a 20% stake to Kestrel.",
        published="2023-04-22",
    )
    assert (1_800_000_000, "EUR", "price") in money(deal)


def test_holders_of_the_combined_company_make_no_stake() -> None:
    deal = deal_of(
        "Brambleton Markets agreed on Monday to buy smaller rival Orchard Lane Foods in an "
        "all-stock deal that values Orchard Lane at about $3.1 billion. After closing, "
        "Brambleton investors will own about 58% of the combined company. The companies "
        "expect to close in the second half of 2027.",
        published="2026-09-14",
    )
    assert (3_100_000_000, "USD", "price") in money(deal)


def test_a_billion_dollar_adjective_is_no_amount() -> None:
    assert find_amounts("In this issue: a billion-dollar chip order in Ohio.") == []
    assert find_amounts("It is a million-dollar question.") == []
    assert [m.value for m in find_amounts("a 10-billion-dollar deal")] == [1e10]
    assert [m.value for m in find_amounts("it cost a billion dollars")] == [1e9]


def test_a_restated_sum_keeps_the_kind_told_first() -> None:
    deal = deal_of(
        "Harwick Robotics has licensed Pellory AI's Wren-2 vision model for $30 million up "
        "front, plus royalties on every robot that ships with the model. Royalty rates were "
        "not disclosed, so the $30 million is a floor, not the cost."
    )
    assert money(deal) == {(30_000_000, "USD", "payment")}
