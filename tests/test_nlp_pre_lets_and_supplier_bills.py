"""A lease let before it is built (`a 15-year pre-let`, `a 12-year pre-lease`) is a
contract noun its duration measures; a yearly sum paid to a supplier (`to pay about $60
billion a year to one supplier`, `$900 million a year of compute bills`) is the deal's
payment even after the customer's revenue. Sentences and names are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.facts import amount_rejected
from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        ("Harwell Data has signed a 15-year pre-let with Corvex Cloud for its first hall.", "P15Y"),
        ("It is a 12-year pre-lease of the whole building.", "P12Y"),
        ("The developer agreed a ten-year prelet with the tenant.", "P10Y"),
    ],
)
def test_a_pre_let_is_a_contract_its_duration_measures(sentence: str, duration: str) -> None:
    found = find_terms(sentence, datetime.date(2026, 3, 2))
    assert [(t.duration, t.kind) for t in found if t.duration] == [(duration, "contract")]


def test_a_pre_lease_gives_the_lease_its_length() -> None:
    (deal,) = extract_deals(
        Article(
            text="Harwell Data Centres said on Monday it had signed a 15-year pre-lease with "
            "Corvex Cloud for all 40MW of its LHR9 data centre in Slough, England.",
            published="2026-03-02",
        )
    )
    assert deal.term is not None
    assert deal.term.duration == "P15Y"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Tarlow makes about $8 billion of annual revenue; it would need to grow sales "
            "to pay about $45 billion a year to one supplier.",
            45_000_000_000,
        ),
        (
            "Can a company with $200 million of annual revenue carry nearly $700 million a "
            "year of compute bills?",
            700_000_000,
        ),
    ],
)
def test_a_yearly_sum_paid_to_a_supplier_is_no_revenue(sentence: str, value: int) -> None:
    kept = [m.value for m in find_amounts(sentence) if not amount_rejected(sentence, m)]
    assert kept == [value]


def test_revenue_a_year_is_still_revenue() -> None:
    sentence = "Tarlow's revenue rose to $900 million a year in 2025."
    assert all(amount_rejected(sentence, m) for m in find_amounts(sentence))
