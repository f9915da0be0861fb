"""Which deal an amount told outside the deal's own sentence belongs to, and its kind: a
sentence opening with the deal's sum restated (`$2.4 billion over four years is about $600
million a year`), which may follow another sentence on the same line; a contract's revenue
over its term (`that contract represents about $4.1 billion of revenue`), no company's
revenue; the partners' equity told after a venture's loan; a rate (`the fee at $9 million a
month`) naming a party of a stake and of a contract; rent in the first year; an earn-out
inside a price. Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.sentences import split_sentences


def deal_of(text: str) -> Deal:
    return extract_deals(Article(text=text, published="2026-08-03"))[0]


def test_a_sentence_may_open_with_a_currency_sign() -> None:
    text = "Start with the sums. $2.4 billion over four years is about $600 million a year."
    assert [s.text for s in split_sentences(text)] == [
        "Start with the sums.",
        "$2.4 billion over four years is about $600 million a year.",
    ]


def test_an_abbreviation_before_a_currency_sign_ends_no_sentence() -> None:
    assert len(split_sentences("Torvik paid U.S. $5 billion for the plant.")) == 1


def test_a_sentence_restating_the_deals_sum_gives_the_deals_yearly_payment() -> None:
    deal = deal_of(
        "On Monday Quarrel Cloud said it had signed a four-year, $2.4 billion agreement to "
        "provide Tessaly Labs with a dedicated GPU cluster.\n\n"
        "Start with the sums. $2.4 billion over four years is about $600 million a year. "
        "Quarrel's revenue last year was $300 million."
    )
    assert {(a.value, a.period, a.kind) for a in deal.amounts} == {
        (2_400_000_000, None, "total"),
        (600_000_000, "P1Y", "payment"),
    }


def test_a_contracts_revenue_over_its_term_is_the_deals_value() -> None:
    deal = deal_of(
        "Ferrow Digital has leased 200 megawatts at its Brandt Lake campus in North Dakota to "
        "Quillon Cloud for 15 years. Over the base term that contract "
        "represents approximately $4.1 billion of revenue. Ferrow's quarterly revenue was "
        "$61 million."
    )
    assert [(a.value, a.kind) for a in deal.amounts] == [(4_100_000_000, "total")]


def test_the_partners_equity_told_after_the_ventures_loan_is_the_ventures() -> None:
    found = extract_deals(
        Article(
            text="Pellow Chemicals and Kiroshi Industries have formed a 50:50 joint venture, "
            "Marsh Point Energy, to build a 150 MW green hydrogen plant in Louisiana, and "
            "have secured a $400 million loan from Hollin Bank and Tarrow Bank. The partners "
            "will put in a combined $300 million of equity.",
            published="2026-11-27",
        )
    )
    venture = next(d for d in found if d.deal_type == "partnership")
    assert [(a.value, a.kind) for a in venture.amounts] == [(300_000_000, "investment")]
    loans = [d for d in found if d.deal_type == "other"]
    assert all(a.value != 300_000_000 for d in loans for a in d.amounts)


def test_a_rate_naming_a_party_of_a_stake_and_a_contract_is_the_contracts() -> None:
    found = extract_deals(
        Article(
            text="Harlow Ventures led a $200 million round in Quintel Cloud, with Brisk Capital "
            "joining.\n\nSeparately, the startup Nerrin is renting 2,048 Nvidia H200 GPUs from "
            "Quintel's cluster in Boise, Idaho, for three years starting in January 2027. "
            "Quintel's filing puts the fee at $9 million a month.",
            published="2026-11-20",
        )
    )
    contract = next(d for d in found if d.deal_type == "compute_contract")
    assert (9_000_000, "P1M") in {(a.value, a.period) for a in contract.amounts}
    rounds = [d for d in found if d.deal_type == "investment"]
    assert all(a.period is None for d in rounds for a in d.amounts)


def test_rent_in_the_first_year_is_the_leases_yearly_payment() -> None:
    found = extract_deals(
        Article(
            text="Ardent Data Trust has agreed to buy a 30 MW data centre in Jurong from Pellam "
            "Holdings for S$700 million and will lease it back to Pellam for 12 years. Rent in "
            "the first year is set at S$45 million and will rise by 2 per cent annually.",
            published="2026-11-18",
        )
    )
    lease = next(d for d in found if d.deal_type == "lease")
    assert [(a.value, a.period, a.kind) for a in lease.amounts] == [(45_000_000, "P1Y", "payment")]


def test_an_earn_out_inside_a_price_is_contingent() -> None:
    deal = deal_of(
        "Torvane Industries said it has agreed to buy Quellic, a maker of grid-sensing software, "
        "for $80 million. The $80 million purchase price includes up to $20 million in "
        "earn-out payments tied to revenue milestones over the next two years."
    )
    assert {(a.value, a.kind) for a in deal.amounts} == {
        (80_000_000, "price"),
        (20_000_000, "other"),
    }
