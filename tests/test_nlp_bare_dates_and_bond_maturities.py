"""A day and month written without their year start a term on that day's next date from
publication (`takes effect July 1`, `starts on January 1`, `from 1 July`), and a bond's
name gives its maturity (`senior notes due 2033`: the end of the notes' term, a loan's
tenor). Sentences and names are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 4, 14)


def dates(sentence: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (t.start_date, t.end_date, t.kind)
        for t in find_terms(sentence, PUBLISHED)
        if t.start_date or t.end_date
    ]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The ground lease takes effect July 1 and runs for 40 years.", "2026-07-01"),
        ("It is a four-year agreement that starts on January 1.", "2027-01-01"),
        ("Supply under the contract starts on September 15.", "2026-09-15"),
        ("The tenant takes the hall from 1 August.", "2026-08-01"),
    ],
)
def test_a_day_without_its_year_starts_the_term_on_its_next_date(sentence: str, start: str) -> None:
    assert dates(sentence) == [(start, None, "contract")]


def test_a_day_with_its_year_keeps_that_year() -> None:
    assert dates("The lease starts on March 3, 2028.") == [("2028-03-03", None, "contract")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brenlow Telecom priced $900 million of 6.25% senior unsecured notes due 2033.",
        "The notes, due 2033, were priced at par.",
        "Ostrell Power sold green bonds due 2033 to fund the plant.",
    ],
)
def test_a_bond_named_with_its_due_year_ends_in_that_year(sentence: str) -> None:
    assert dates(sentence) == [(None, "2033", "tenor")]


def test_a_lease_taking_effect_on_a_day_gets_that_start() -> None:
    text = (
        "The Harwick County Port Authority has agreed to lease 300 acres to Quellmoor "
        "Digital for a data center campus. The ground lease runs for 60 years and takes "
        "effect July 1, and Quellmoor will pay $2.1 million a year in rent."
    )
    deals = extract_deals(Article(text=text, published=PUBLISHED.isoformat()))
    leases = [d for d in deals if d.deal_type == "lease"]
    assert leases
    term = leases[0].term
    assert term is not None
    assert (term.start, term.duration) == ("2026-07-01", "P60Y")
