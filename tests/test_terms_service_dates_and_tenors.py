"""Contract terms written as a service date someone plans or targets, a loan's tenor, a
`Term:` line, and an option's deadline (which is no end of the term). Sentences and
names are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 10, 1)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Rent starts once the hall is ready for service, which Quenby is targeting "
            "for late 2027.",
            "2027",
        ),
        ("Commercial operation is targeted for mid-2029.", "2029"),
        ("Handover is planned for the first half of 2028.", "2028"),
        ("Orvane expects the site to be energized in the first quarter of 2027.", "2027"),
    ],
)
def test_a_planned_or_targeted_service_date_starts_the_term(sentence: str, start: str) -> None:
    found = [t for t in find_terms(sentence, PUBLISHED) if t.start_date]
    assert [(t.start_date, t.kind) for t in found] == [(start, "contract")]


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        ("Lenders led by Hollin Bank agreed a C$2.3 billion loan with a seven-year tenor.", "P7Y"),
        ("The facility has a five-year tenor and can be refinanced later.", "P5Y"),
        ("a $4 billion bridge loan from Tarrow Bank, which has a one-year tenor", "P1Y"),
        ("- Term: 12 years from the first service date", "P12Y"),
    ],
)
def test_a_tenor_or_a_term_line_is_the_contract_duration(sentence: str, duration: str) -> None:
    found = [t for t in find_terms(sentence, PUBLISHED) if t.duration]
    assert [(t.duration, t.kind) for t in found] == [(duration, "contract")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The customer has an option, exercisable until June 30, 2027, to add a phase.",
        "Pellow holds an option to extend the lease through 2040.",
    ],
)
def test_an_options_deadline_is_no_end_of_the_term(sentence: str) -> None:
    ends = [t for t in find_terms(sentence, PUBLISHED) if t.end_date]
    assert ends and all(t.kind == "other" for t in ends)
