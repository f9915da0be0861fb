"""A lease's start told by its handover (`Handover of the first 12MW is planned for ...`,
`hand the building over to its tenant in 2028`, `runs for ten years from handover in April
2027`, `the first 24 MW delivering in August 2027`); a leaseback's length is a contract's;
the date the rest of a build-out follows by (`due to follow in phases through 2028`) is no
end. Sentences and names are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 11, 16)


def starts(sentence: str) -> list[tuple[str | None, str]]:
    return [(t.start_date, t.kind) for t in find_terms(sentence, PUBLISHED) if t.start_date]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Handover of the first 20MW is planned for the third quarter of 2027.", "2027"),
        ("Handover of the first of two halls is scheduled for the first half of 2028.", "2028"),
        ("Orrin expects to hand the building over to its tenant in 2028.", "2028"),
        (
            "Rent starts when we hand the hall over, which should be the second half of next year.",
            "2027",
        ),
        ("The lease runs for twelve years from handover in March 2028.", "2028-03"),
        ("It is a ten-year term, with the first 16 MW delivering in May 2027.", "2027-05"),
    ],
)
def test_a_handover_starts_the_term(sentence: str, start: str) -> None:
    assert (start, "contract") in starts(sentence)


def test_the_year_the_rest_follows_in_phases_by_is_no_end() -> None:
    terms = find_terms("The remaining capacity is due to follow in phases through 2029.", PUBLISHED)
    assert [(t.end_date, t.kind) for t in terms] == [("2029", "other")]


def test_a_leasebacks_length_is_a_contracts() -> None:
    terms = find_terms(
        "Brantley Data has sold its 30 MW data center to Osric Realty for $240 million and "
        "will keep operating it under a 15-year leaseback.",
        PUBLISHED,
    )
    assert [(t.duration, t.kind) for t in terms] == [("P15Y", "contract")]


def test_a_sentence_dating_the_handover_gives_the_lease_its_term() -> None:
    deal = extract_deals(
        Article(
            text="Kestrel Ridge Data has signed a 36 MW lease with Marlow AI at its Dunmore "
            "campus in Ohio. It's a 10-year term for all of Building B, with the first 18 MW "
            "delivering in September 2027 and the rest by early 2028.",
            published="2026-11-16",
        )
    )[0]
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027-09", "P10Y")
