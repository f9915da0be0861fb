"""A loan or a note that matures in a number of years (`a term loan maturing in seven
years`, `notes that mature in 12 years`) has that tenor. Names are invented."""

from __future__ import annotations

import pytest

from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "tenor"),
    [
        (
            "Brantley Bank will provide a $600 million senior secured term loan maturing in "
            "seven years, alongside a $90 million revolving credit facility.",
            "P7Y",
        ),
        (
            "The notes, which carry a 6.1% coupon and mature in 12 years, will fund the "
            "purchase of Orvel Foods.",
            "P12Y",
        ),
    ],
)
def test_a_maturity_in_years_is_the_loan_s_tenor(sentence: str, tenor: str) -> None:
    assert [(t.duration, t.kind) for t in find_terms(sentence)] == [(tenor, "tenor")]


def test_a_maturity_year_stays_an_end() -> None:
    assert [(t.end_date, t.kind) for t in find_terms("The bonds mature in 2031.")] == [
        ("2031", "tenor")
    ]
