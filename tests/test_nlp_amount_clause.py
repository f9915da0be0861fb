"""Which amounts are a deal's and of what kind, decided from the clause that holds them
(issue 8, round 5): a predicate dated before the article, a company's worth in a relative
clause, a value with extension options, a guaranty's cap, a loan's amendment, reference
and hypothetical sums. Sentences and names are invented."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.amount_clause import company_value, dated_predicate, metric_value
from pipeline.nlp.model import load_model


def deals_of(text: str, published: str = "2026-11-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def amounts(deal: Deal) -> list[tuple[float, str, str | None]]:
    return sorted((a.value, a.kind, a.currency) for a in deal.amounts)


def test_a_predicate_dated_before_the_article_governs_an_older_deals_amount() -> None:
    doc = load_model("en")(
        "In 2024 Tervale signed a ten-year lease for 80 MW at the Brookfen site, worth "
        "some $1.4 billion, and last month it took another 40 MW there."
    )
    char = doc.text.index("$1.4")
    assert dated_predicate(doc, char, datetime.date(2026, 11, 2), set())
    assert not dated_predicate(doc, char, datetime.date(2024, 11, 2), set())


def test_a_value_word_about_a_company_is_its_worth_not_a_deals() -> None:
    nlp = load_model("en")
    company = nlp("Quorrin, which is listed in Oslo and worth about NOK 40 billion, said so.")
    contract = nlp("The contract, which is worth about $2 billion, runs for five years.")
    aside = nlp("Quorrin, worth about $74 billion, gets a tenant for its new campus.")
    near = nlp("Brint signed a lease with Amazon Web Services worth about $5.5 billion.")
    assert company_value(company, company.text.index("NOK"))
    assert company_value(aside, aside.text.index("$74"))
    assert not company_value(contract, contract.text.index("$2"))
    placed = nlp("Brint signed a lease for a campus in Abilene, Texas, worth about $3 billion.")
    assert not company_value(near, near.text.index("$5.5"))
    assert not company_value(placed, placed.text.index("$3"))


def test_an_older_lease_and_a_suppliers_worth_stay_out_of_the_contract() -> None:
    deal = deals_of(
        "Maravel Cloud will provide GPU capacity to Ostrin Labs under a four-year contract "
        "worth $3.2 billion, the companies said on Monday. Maravel, which is listed in "
        "Stockholm and worth about SEK 90 billion, said the order lifts its backlog. In "
        "2024 Ostrin signed a two-year lease with Pellow Data, worth some $400 million."
    )[0]
    assert amounts(deal) == [(3.2e9, "total", "USD")]


def test_a_value_assuming_extensions_are_exercised_is_the_option() -> None:
    deal = deals_of(
        "Hollin Data Parks entered into a lease agreement with Sarrow AI for 120 MW at its "
        "Cade campus. Aggregate base rent payable over the initial term is expected to be "
        "approximately $2.1 billion; assuming both renewal options are exercised by the "
        "tenant, aggregate base rent would be approximately $3.3 billion."
    )[0]
    assert amounts(deal) == [(2.1e9, "total", "USD"), (3.3e9, "option", "USD")]


def test_a_guarantys_cap_is_other_and_a_loan_amendment_is_no_amount() -> None:
    deal = deals_of(
        "Hollin Data Parks entered into a lease agreement with Sarrow AI for 120 MW at its "
        "Cade campus, with rent over the initial term of about $2.1 billion. Sarrow's "
        "obligations under the lease are guaranteed by its parent pursuant to a guaranty "
        "dated October 1, 2026, up to a maximum of $500 million. On the same day Hollin "
        "entered into an amendment to its construction loan agreement with Pemberly Bank "
        "increasing the commitments thereunder from $600 million to $900 million."
    )[0]
    assert amounts(deal) == [(5e8, "other", "USD"), (2.1e9, "total", "USD")]


def test_reference_and_hypothetical_sums_are_not_the_deals() -> None:
    deal = deals_of(
        "Corrow Reit will buy a data centre in Jurong from its sponsor for S$820 million. "
        "The price is a 2 per cent discount to S$837 million, the average of two "
        "independent valuations. Brokers said market rents would imply more than S$70 "
        "million a year, and the sponsor plans to add a second hall at an estimated cost "
        "of S$300 million."
    )[0]
    assert amounts(deal) == [(8.2e8, "price", "SGD")]


def test_values_with_options_written_in_several_ways_are_the_option() -> None:
    """`or $X with two five-year options`, `could expand to $X at full exercise`, `$X
    including four optional 12-month extensions`, `an option to extend ..., which would
    lift the total value to $X`: the value with options, beside the base total."""
    base = "Orrin Cloud will rent 20,000 GPUs to Pexa AI for $2.3 billion over five years"
    for tail in (
        ", or $3.4 billion with two five-year options.",
        ", which could expand to $3.4 billion at full exercise.",
        ", or $3.4 billion including four optional 12-month extensions.",
        ". The deal includes an option for Pexa to extend by two years, which would lift "
        "the total value to as much as $3.4 billion.",
    ):
        deal = deals_of(base + tail)[0]
        assert amounts(deal) == [(2.3e9, "total", "USD"), (3.4e9, "option", "USD")], tail


def test_a_sum_the_article_works_out_after_a_lead_in_is_the_deals() -> None:
    """`By the Gazette's calculation, that comes to about $45 million over the initial
    term`: the sum worked out from the sentence before belongs to its deal."""
    deal = deals_of(
        "Brannel Data has signed a lease with Wexcombe Digital for a 40 MW data center in "
        "Ohio, paying rent of $3 million a year over a 15-year initial term.\n\n"
        "By the Gazette's calculation, that comes to about $45 million over the initial term."
    )[0]
    assert (4.5e7, "total", "USD") in amounts(deal)


def test_a_filers_purchase_obligations_are_not_the_contract() -> None:
    deal = deals_of(
        "Brint Logic entered into a cloud services agreement with Tallis Networks under which "
        "we committed to spend a minimum of $3.1 billion over five years. As of December 31, "
        "2026, we had non-cancelable purchase obligations of $900 million, primarily for "
        "networking equipment."
    )[0]
    assert (9e8, "total", "USD") not in amounts(deal)


def test_a_companys_own_figures_named_by_the_clause_are_not_the_deals() -> None:
    nlp = load_model("en")
    revenue = nlp(
        "Sales at its turbine unit slipped 8% in the fourth quarter, to about $2.1 billion, "
        "while the company has doubled its target for data center orders to $4 billion."
    )
    debt = nlp("Pellow will use the money to pay down borrowings, which stood at £1.9bn.")
    book = nlp("The Group's order book stands at £880 million, against £510 million in June.")
    contract = nlp("The contract runs to $2.2 billion and the lease was signed at $40 million.")
    assert metric_value(revenue, revenue.text.index("$2.1"))
    assert metric_value(revenue, revenue.text.index("$4"))
    assert metric_value(debt, debt.text.index("£"))
    assert not metric_value(debt, debt.text.index("£"), loan=True)
    assert metric_value(book, book.text.index("£880"))
    assert metric_value(book, book.text.index("£510"))
    assert not metric_value(contract, contract.text.index("$2.2"))
    assert not metric_value(contract, contract.text.index("$40"))


def test_cash_and_share_parts_and_cumulative_funding_are_not_the_deals() -> None:
    deal = deals_of(
        "Tarrow Cloud said it had agreed to buy Ennis Data from Halbrook Partners for $520 "
        "million in cash and stock. Tarrow will pay $340 million in cash and issue about 7 "
        "million shares worth roughly $180 million."
    )[0]
    assert amounts(deal) == [(520e6, "price", "USD")]
    round_ = deals_of(
        "Quellan Systems has raised $210 million in a Series C led by Ostrey Ventures. The "
        "round values Quellan at $1.4 billion and brings its total funding to $330 million."
    )[0]
    assert amounts(round_) == [(210e6, "investment", "USD"), (1.4e9, "valuation", "USD")]


def test_the_valuation_a_stakes_price_sets_is_the_acquisitions_valuation() -> None:
    found = deals_of(
        "Harlow Telecom has agreed to sell a 40% stake in its fibre unit Quarrel Fibre to "
        "Ostley Infrastructure for 480 million pounds, it said on Thursday.\n\n"
        "The price values Quarrel, whose network passes about 1.1 million homes in towns "
        "across the south, at 1.05 billion pounds including debt."
    )
    assert [d.deal_type for d in found] == ["acquisition"]
    assert amounts(found[0]) == [(480e6, "price", "GBP"), (1.05e9, "valuation", "GBP")]


def test_a_sum_worked_out_for_the_deal_stays_its_own_whatever_it_compares() -> None:
    found = deals_of(
        "Orrin AI said on Tuesday it had raised $1.8 billion in a Series D round led by "
        "chipmaker Tamsk Silicon, which put in $800 million. Pellow Cloud contributed $250 "
        "million and Birch Lane Capital also took part.\n\n"
        "On the same day Orrin agreed to spend $5 billion over four years on computing "
        "capacity from Pellow, starting in the second quarter of 2027. That works out at "
        "roughly $1.25 billion a year, five times what Pellow is investing, and most of it "
        "will be spent on servers built around Tamsk's T4 chips."
    )
    contract = next(d for d in found if d.deal_type == "compute_contract")
    assert (1.25e9, "P1Y") in [(a.value, a.period) for a in contract.amounts]
