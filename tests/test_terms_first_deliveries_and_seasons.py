"""A contract's start told by when its first part is delivered (`deliver the first
building in April 2027`, `handed over in phases from March 2027`), by a season without its
year (`this summer`), and what is no start: when construction begins; a sentence giving
the term after a term noun (`- Term: 10 years`) is the deal's even when it names no party.
Sentences and names are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms, tells_contract_term

PUBLISHED = datetime.date(2026, 3, 10)


def starts(sentence: str) -> list[tuple[str | None, str]]:
    return [(t.start_date, t.kind) for t in find_terms(sentence, PUBLISHED) if t.start_date]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Torvald expects to deliver the first building in April 2027.", "2027-04"),
        ("We plan to hand over the first 40 megawatts in the middle of 2027.", "2027"),
        (
            "The 90 MW will be delivered in two phases, the first in the third quarter of 2027.",
            "2027",
        ),
        ("Halls will be handed over in phases from March 2027.", "2027-03"),
        ("Rent is expected to commence on the first phase in July 2027.", "2027-07"),
        ("The first hall would be ready for Quill in the first half of 2028.", "2028"),
        ("The first 8 MW is to be made available in the autumn.", "2026"),
        ("We'll begin moving in our first racks this summer.", "2026"),
        ("The lease runs from handover, which is pencilled in for mid-2028.", "2028"),
        ("It commences on practical completion, which is targeted for late 2028.", "2028"),
        ("Orla will deliver the 60 megawatts in two phases, the first in late 2027.", "2027"),
        (
            "Brenner expects the unit to resume supplying power in the fourth quarter of 2028.",
            "2028",
        ),
        ("- First service date: expected in the second half of calendar 2027", "2027"),
        (
            "It runs five years, beginning on acceptance of the first cluster, which is "
            "expected in the fourth quarter of 2026.",
            "2026",
        ),
    ],
)
def test_the_first_delivery_starts_the_term(sentence: str, start: str) -> None:
    assert starts(sentence) == [(start, "contract")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Construction is due to start this summer.",
        "Construction at the site is set to begin in March 2027.",
        "Work on the second hall will start in 2027.",
    ],
)
def test_when_building_starts_is_no_start_of_the_term(sentence: str) -> None:
    assert [kind for _, kind in starts(sentence)] == ["other"]


def test_a_season_read_after_an_end_cue_is_no_end() -> None:
    sentence = "The shares that carried the index through the summer gave back their gains."
    assert find_terms(sentence, datetime.date(2026, 9, 24)) == []


def test_a_season_is_the_next_one_not_over() -> None:
    late = datetime.date(2026, 11, 20)
    found = find_terms("Deliveries will start in the spring.", late)
    assert [t.start_date for t in found] == ["2027"]


def test_a_lease_starts_when_its_first_building_is_delivered_not_when_building_starts() -> None:
    deal = extract_deals(
        Article(
            text="Korrin Data has signed a 12-year lease with Vessa AI for 60 MW at its campus "
            "near Abilene, Texas. Construction is due to start this summer, and Korrin expects "
            "to deliver the first building in October 2027.",
            published="2026-03-10",
        )
    )[0]
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027-10", "P12Y")


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("The initial term is five years, with two one-year extensions.", True),
        ("- Term: 12 years from the first service date", True),
        ("The facility has a tenor of seven years.", True),
        ("Deliveries start in the third quarter of 2027.", True),
        ("The company has operated in Ohio for 20 years.", False),
        ("Its shares rose 4% on the news.", False),
    ],
)
def test_a_sentence_giving_a_term_after_a_term_noun_tells_the_contracts_term(
    sentence: str, tells: bool
) -> None:
    assert tells_contract_term(sentence, PUBLISHED) is tells


def test_a_term_line_naming_no_party_is_the_deals() -> None:
    deal = extract_deals(
        Article(
            text="Marrick Data Limited advises that it has signed a customer agreement with "
            "Tolland Cloud for 30MW at its Brayfield campus in Perth.\n\n"
            "Key terms of the agreement:\n"
            "- Capacity: 30MW, made available in two stages\n"
            "- Term: 10 years from the first service date\n"
            "- First service date: expected in the first half of calendar 2027",
            published="2026-03-10",
        )
    )[0]
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027", "P10Y")
