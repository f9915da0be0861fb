"""The finders the NLP stages ask about the same sentence again (places, facilities,
amounts, terms, keyword votes) answer from a cache: the same answer every time, and a
fresh list each caller may change."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.chronology import background_cue
from pipeline.nlp.facts import keyword_type
from pipeline.nlp.places import find_facilities, find_places
from pipeline.nlp.terms import find_terms

SENTENCE = (
    "Quorvane Cloud will lease the Tallowmere Data Center in Memphis, Tennessee, for "
    "$1.2 billion over 15 years starting in March 2027."
)
PUBLISHED = datetime.date(2026, 5, 4)
T = TypeVar("T")


def _answers_whole_after_a_change(find: Callable[[], list[T]]) -> None:
    first = find()
    assert first  # the finder reads something in the sentence
    expected = list(first)
    first.clear()
    again = find()
    assert again == expected
    assert again is not first


def test_a_caller_changing_its_list_leaves_the_next_callers_answer_whole() -> None:
    _answers_whole_after_a_change(lambda: find_places(SENTENCE))
    _answers_whole_after_a_change(lambda: find_facilities(SENTENCE))
    _answers_whole_after_a_change(lambda: find_amounts(SENTENCE, "en"))
    _answers_whole_after_a_change(lambda: find_terms(SENTENCE, PUBLISHED, "en"))


def test_places_of_a_sentence_are_the_same_whatever_was_asked_before() -> None:
    places = [(p.text, p.place.country) for p in find_places(SENTENCE)]
    find_places("Brelvik Power opened an office in Oslo, Norway.")
    assert [(p.text, p.place.country) for p in find_places(SENTENCE)] == places
    assert ("Memphis, Tennessee", "US") in places


def test_keyword_votes_add_up_over_sentences_asked_one_by_one_first() -> None:
    lease = "Quillon rents racks from its landlord and signed a lease."
    power = "Quillon will buy solar power."
    assert keyword_type([power]) == "power_purchase"
    assert keyword_type([lease]) == "lease"
    assert keyword_type([power, lease]) == "lease"  # three lease words, one power word
    # three each for power, purchase (`buy`) and lease: the rules' first type wins the tie
    assert keyword_type([power, power, power, lease]) == "power_purchase"
    assert keyword_type([]) is None


def test_background_cue_answers_the_same_when_asked_again() -> None:
    older = "That deal closed in May."
    assert background_cue(older) == background_cue(older) == 0
    assert background_cue("Ostrel signed a ten-year lease with Varnel on Monday.") is None
