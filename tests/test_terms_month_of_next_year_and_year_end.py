"""A month of a relative year (`April next year`: that month of the year after the
publication's, even when the month is later in the year than publication) and the end of a
written year as a term's end (`runs until the end of 2030` -> `2030-12`); a closing `by the
end of 2026` keeps its year. Sentences and names are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 1, 27)


def dates(sentence: str) -> list[tuple[str | None, str | None]]:
    return [(t.start_date, t.end_date) for t in find_terms(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The hall covers 18 MW, with occupation starting in April next year.", "2027-04"),
        ("Service for Quillon is due to begin in March of next year.", "2027-03"),
        ("Deliveries start in November this year.", "2026-11"),
        ("Capacity comes online in June of the following year.", "2027-06"),
    ],
)
def test_a_month_of_a_relative_year_starts_the_term(sentence: str, start: str) -> None:
    assert dates(sentence) == [(start, None)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The contract runs until the end of 2030, Marrow said.", [(None, "2030-12")]),
        ("Tarsk will supply capacity from 2027 through the end of 2031.", [("2027", "2031-12")]),
        ("The agreement runs through 2031.", [(None, "2031")]),
    ],
)
def test_the_end_of_a_year_ends_the_term_in_december(
    sentence: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert dates(sentence) == found


def test_a_closing_by_the_end_of_a_year_keeps_the_year() -> None:
    assert dates("The purchase should close by the end of 2026.") == [(None, "2026")]


def test_a_contract_gets_both_dates() -> None:
    text = (
        "Velmora Compute has signed a $900 million contract to provide GPU capacity to "
        "Quillon Labs. Service is due to begin in April next year and the contract runs "
        "until the end of 2030."
    )
    deals = extract_deals(Article(text=text, published=PUBLISHED.isoformat()))
    terms = [(d.term.start, d.term.end) for d in deals if d.term is not None]
    assert terms == [("2027-04", "2030-12")]
