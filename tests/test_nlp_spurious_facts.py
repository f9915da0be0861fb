"""Figures an article tells beside a deal that are not the deal's facts (issue 8, precision):
a filing's balances and period costs, the deal's financing, a party's earnings or spending,
money raised so far, an older deal told as background, the parts of a capacity and a
company's record; and the kind of the amounts that are the deal's (a rent stated as a
yearly sum, a total of payments, a value for the whole company a stake implies). Every
name and sentence is invented for the test."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.chronology import background_cue
from pipeline.nlp.facts import merge_term
from pipeline.nlp.parties import is_placeholder
from pipeline.nlp.places import unknown_town
from pipeline.nlp.terms import find_terms


def deals_of(text: str, published: str = "2026-09-14") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def amounts(deal: Deal) -> list[tuple[float, str | None, str]]:
    return sorted((a.value, a.period, a.kind) for a in deal.amounts)


def all_amounts(deals: list[Deal]) -> set[float]:
    return {a.value for d in deals for a in d.amounts}


def all_quantities(deals: list[Deal]) -> set[float]:
    return {q.value for d in deals for q in d.quantities}


def test_a_filings_balances_and_period_costs_are_not_the_contracts_value() -> None:
    deals = deals_of(
        "Orlimar Labs entered into a cloud services agreement with Pettigrew Compute under "
        "which Orlimar committed to minimum payments of $1.8 billion over a term of three "
        "years. As of June 30, 2026, remaining obligations under the agreement were $1.2 "
        "billion, of which $300 million is payable during the remainder of 2026. Amounts "
        "paid under the agreement in fiscal 2026 were $410 million. Operating lease cost "
        "was $5.4 million for the three months ended June 30, 2026."
    )
    assert all_amounts(deals) == {1.8e9}
    assert amounts(deals[0]) == [(1.8e9, None, "total")]


def test_the_financing_of_a_purchase_is_not_its_price() -> None:
    deals = deals_of(
        "Tarrow Data completed its acquisition of the Sedgefield campus from Holm Partners "
        "for $900 million. Tarrow funded the purchase price with cash on hand and $350 "
        "million of borrowings under its revolving credit facility. A group of banks has "
        "also committed a $500 million seven-year term loan to Tarrow, which replaces its "
        "existing $60 million credit line."
    )
    assert all_amounts(deals) == {9e8}


def test_a_partys_earnings_spending_and_money_raised_so_far_are_not_amounts() -> None:
    deals = deals_of(
        "Wexley Power signed a 15-year power purchase agreement to supply 200 MW to "
        "Cadmire Cloud. Wexley expects the agreement to contribute between C$40 million "
        "and C$55 million of annual adjusted EBITDA once running. Cadmire plans about $3 "
        "billion of capital spending this year. Cadmire has raised more than $900 million "
        "from investors including Pell Ventures."
    )
    assert all_amounts(deals) == set()


def test_an_older_sale_told_as_background_is_no_deal() -> None:
    deals = deals_of(
        "Corvey Data Centres has pre-let its 60MW Usk Vale campus near Newport to an "
        "unnamed hyperscaler on a 20-year lease. Last October, Bramble Edge sold its "
        "Cardiff facility to Halyard Infrastructure for £140m."
    )
    names = {p.name for d in deals for p in d.parties}
    assert "Halyard Infrastructure" not in names
    assert 140e6 not in all_amounts(deals)


def test_a_total_of_payments_is_the_contracts_total() -> None:
    deals = deals_of(
        "Ferrand Cloud signed a lease with Oakhurst AI for its Pine Hollow campus. Ferrand "
        "said the lease carries total contract payments of about $2.6 billion."
    )
    assert (2.6e9, None, "total") in amounts(deals[0])


def test_the_value_a_stakes_price_implies_for_the_whole_company_is_a_valuation() -> None:
    deal = deals_of(
        "Morula Infrastructure has agreed to buy a 55% stake in Kesho Data Centres from "
        "Tembo Holdings for R880 million. The consideration implies a value of "
        "approximately R1.6 billion for 100% of Kesho's equity."
    )[0]
    assert amounts(deal) == [(8.8e8, None, "price"), (1.6e9, None, "valuation")]


def test_a_parts_size_further_capacity_and_a_companys_record_are_not_quantities() -> None:
    deals = deals_of(
        "Harlow Data Centers signed a lease with Pennine AI covering 144MW of critical IT "
        "load in two 72MW buildings at its Redfern campus. Pennine has a right "
        "of first offer on a further 100 megawatts at the campus. Harlow has delivered "
        "more than 300 MW of capacity across Ohio and Indiana."
    )
    assert all_quantities(deals) == {144}


def test_units_of_a_stated_size_each_are_not_the_orders_quantity() -> None:
    deals = deals_of(
        "Brannock Turbines won an order from Sefton Data to supply four gas turbine "
        "packages of 37 MW each, totalling 148 MW, for Sefton's Halden campus."
    )
    assert all_quantities(deals) == {148}


def test_defined_terms_fragments_and_deal_nouns_are_no_party_names() -> None:
    for name in ("Property", "the Manager", "Renewables", "MMBtu", "72MW Madrid"):
        assert is_placeholder(name), name
    for name in ("Strategic Private Placement", "Co-Packaged Optics Collaboration"):
        assert is_placeholder(name), name
    for name in ("Brightholm Renewables", "Ardent Capital", "Tarrow Property Group", "Kestrel"):
        assert not is_placeholder(name), name


def test_a_frame_held_by_a_defined_term_keeps_its_facts_but_not_the_term() -> None:
    deals = deals_of(
        "Harrowby Data Trust has agreed to acquire a data centre in Sakai from Osaka Bayline "
        "Properties GK for ¥24.0 billion. On completion, the Property will be leased to "
        "Kansai Fibrenet under a master lease for an initial term of 15 years. First-year "
        "rent under the master lease is ¥1.2 billion."
    )
    lease = next(d for d in deals if d.deal_type == "lease")
    # the Property's buyer lets it; the defined term itself is no party
    assert {(p.name, p.role) for p in lease.parties} == {
        ("Harrowby Data Trust", "lessor"),
        ("Kansai Fibrenet", "lessee"),
    }
    assert amounts(lease) == [(1.2e9, "P1Y", "payment")]
    assert lease.term is not None and lease.term.duration == "P15Y"


def test_a_loans_term_is_its_tenor_not_the_funded_projects_dates() -> None:
    texts = [
        "The venture has signed a five-year green loan of S$640 million with Merlion Bank.",
        "The facility is expected to be ready for service in the second half of 2028.",
    ]
    mentions = [
        (m, i) for i, text in enumerate(texts) for m in find_terms(text, datetime.date(2026, 9, 14))
    ]
    loan, _ = merge_term(mentions, texts, [0, 1], "other")
    assert loan is not None
    assert (loan.start, loan.end, loan.duration) == (None, None, "P5Y")
    lease, _ = merge_term(mentions, texts, [0, 1], "lease")
    assert lease is not None and lease.start == "2028"


def test_a_continent_is_no_town_of_a_site() -> None:
    for name in ("Europe", "Asia", "Latin America", "Africa"):
        assert unknown_town(name) is None, name
    assert unknown_town("Kralupy") is not None


def test_the_parts_a_sentence_splits_a_stated_price_into_are_not_prices() -> None:
    for parts in (
        "Tessary will pay roughly $500 million in cash and issue about $300 million worth "
        "of its own shares to Quorn's owners.",
        "Tessary pays $500 million at closing, and the remaining $300 million is held in "
        "escrow until the campus is energised.",
    ):
        deals = deals_of(
            "Tessary Cloud has agreed to buy Quorn Data, a developer of edge sites, for $800 "
            "million. " + parts
        )
        assert amounts(deals[0]) == [(8e8, None, "price")], parts


def test_a_filers_office_leases_give_no_term_to_its_contract() -> None:
    deals = deals_of(
        "Orlimar Labs entered into a cloud services agreement with Pettigrew Compute for GPU "
        "capacity over a term of three years beginning on April 1, 2026.\n\nOperating "
        "Leases\n\nThe Company leases office space in Denver and Boise under non-cancelable "
        "operating leases that expire between 2028 and 2031."
    )
    term = deals[0].term
    assert term is not None
    assert (term.start, term.end, term.duration) == ("2026-04-01", None, "P3Y")


def test_background_cues_for_older_denied_and_accounting_sentences() -> None:
    for sentence in (
        "Last October, Bramble Edge sold its Cardiff facility to Halyard for £140m.",
        "That is triple the valuation of its Series B, when the company raised $310 million.",
        "The tower boom peaked when Spain's Altovia sold its masts for €7.7 billion.",
        "Reports that Lattice Forge is in talks to rent capacity remain unconfirmed.",
        "Reports that Thessan would buy a stake in Corvale were denied by both companies.",
        "Pellmore denied press reports that it had approached Ordwin about a takeover.",
        "The Company leases office space under non-cancelable operating leases.",
    ):
        assert background_cue(sentence) is not None, sentence
    assert background_cue("Tessary will pay $500 million at closing for Quorn Data.") is None
    # the deal's own earlier step is no older deal
    own = "Hollin's board approved the acquisition last November for 90 mln dlrs."
    assert background_cue(own) is None
