"""A rent named yearly before a verb (`Initial annual rent under the Master Lease is
S$15.1 million`, `First-year rent ... is`, `Rent in the first year will be`, `annual rent
totals`) is paid each year; a plain sum stays one-off. Sentences are invented."""

from __future__ import annotations

import pytest

from pipeline.nlp.amounts import find_amounts


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Initial annual rent under the Master Lease is S$15.1 million.", "P1Y"),
        ("Initial annual rent under the master lease is S$12.4 million.", "P1Y"),
        ("Rent in the first year will be RM64.0 million.", "P1Y"),
        ("First-year rent under the master lease is ¥1.43 billion, rising 1.5% a year.", "P1Y"),
        ("Rent in the first year will be RM84.2 million, with fixed escalations.", "P1Y"),
        ("Initial annual rent totals $15.9 million and increases by 2.25% each year.", "P1Y"),
        ("The purchase price is $15.9 million, payable on completion.", None),
    ],
)
def test_a_rent_named_yearly_is_paid_each_year(sentence: str, period: str | None) -> None:
    assert [m.period for m in find_amounts(sentence, "en")] == [period]
