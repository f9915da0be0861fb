"""A regulatory filing's term fields give the contract's length: `Tenure of the PPA: 25
years`, `Time period for execution: 22 months`, an order `to be executed within 14
months`; a build-out `completed within 18 months` is no term. Sentences and names are
invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 2, 10)


def durations(sentence: str) -> list[tuple[str | None, str]]:
    return [(t.duration, t.kind) for t in find_terms(sentence, PUBLISHED) if t.duration]


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        ("c) Tenure of the PPA: 20 years from the commercial operation date", "P20Y"),
        ("Term of the supply agreement: 7 years", "P7Y"),
        ("(f) Time period for execution: 18 months from the date of award", "P18M"),
        ("The order is to be executed within 16 months of the first approval.", "P16M"),
    ],
)
def test_a_filing_field_gives_the_contract_length(sentence: str, duration: str) -> None:
    assert durations(sentence) == [(duration, "contract")]


def test_a_build_out_completed_within_months_is_no_term() -> None:
    assert durations("The plant will be completed within 18 months of financial close.") == [
        ("P18M", "other")
    ]


def test_an_order_takes_its_execution_period() -> None:
    text = (
        "Ravikiran Cables Ltd has received an order worth Rs 240 crore from Sahyog "
        "Transmission Ltd for the supply of conductors for a 400 kV line. The order is to be "
        "executed within 16 months of the first drawing approval, the company said."
    )
    deals = extract_deals(Article(text=text, published=PUBLISHED.isoformat()))
    assert any(d.term is not None and d.term.duration == "P16M" for d in deals)
