"""Whole-word occurrences of a name, as the regex they replace finds them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.nlp.occurrences import name_occurrences


def _by_regex(text: str, name: str, joiners: str) -> list[tuple[int, int]]:
    word = rf"[\w{re.escape(joiners)}]" if joiners else r"\w"
    pattern = rf"(?<!{word}){re.escape(name)}(?!{word})"
    return [m.span() for m in re.finditer(pattern, text)]


def test_a_name_inside_a_longer_word_or_joined_by_a_hyphen_is_not_found() -> None:
    text = "Orvane bought Orvanex; Orvane-Nord and Orvane Capital, then orvane."
    assert list(name_occurrences(text, "Orvane")) == [(0, 6), (23, 29), (39, 45)]
    assert list(name_occurrences(text, "Orvane", joiners="-")) == [(0, 6), (39, 45)]


def test_occurrences_never_overlap() -> None:
    assert list(name_occurrences("A A A", "A A")) == [(0, 3)]


@given(
    st.text(alphabet="ab -_é1.,", max_size=30),
    st.text(alphabet="ab -é.", min_size=1, max_size=4),
    st.sampled_from(["", "-"]),
)
def test_occurrences_are_the_regex_matches(text: str, name: str, joiners: str) -> None:
    assert list(name_occurrences(text, name, joiners)) == _by_regex(text, name, joiners)
