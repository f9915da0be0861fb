"""Which amounts are a deal's and of what kind, decided from the clause that holds them
(issue 8, round 5): a predicate dated before the article, a company's worth in a relative
clause, a value with extension options, a guaranty's cap, a loan's amendment, reference
and hypothetical sums. Sentences and names are invented."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.amount_clause import company_value, dated_predicate
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
    assert company_value(company, company.text.index("NOK"))
    assert not company_value(contract, contract.text.index("$2"))


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
