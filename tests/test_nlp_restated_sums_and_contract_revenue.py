"""Amounts of a deal told outside its own sentence: a sentence opening with the deal's
sum restated (`$2.4 billion over four years is about $600 million a year`), which may
follow another sentence on the same line, and a contract's revenue over its term (`that
contract represents about $4.1 billion of revenue`), which is no company's revenue.
Sentences and names are invented."""

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
