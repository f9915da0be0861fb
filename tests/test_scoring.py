"""The benchmark scorers follow the READMEs' metric definitions."""

from __future__ import annotations

from benchmarks.scoring import (
    body_score,
    page_counts,
    same_byline,
    same_instant,
    same_language,
    same_text,
    shingles,
)


def test_shingles_of_short_and_long_texts() -> None:
    assert shingles("one two") == {("one", "two"): 1}
    assert sum(shingles("a b c d e").values()) == 2
    assert shingles("") == {}


def test_page_counts_and_means() -> None:
    perfect = page_counts(
        "The deal was signed today in Memphis.", "The deal was signed today in Memphis!"
    )
    assert (perfect.fp, perfect.fn, perfect.exact) == (0, 0, True)
    half = page_counts("a b c d e f g h", "a b c d")
    assert (half.tp, half.fp, half.fn) == (1, 4, 0)
    score = body_score([perfect, half])
    assert score.recall == 1.0
    assert score.precision == (1.0 + 0.2) / 2
    assert body_score([page_counts("", "x y z w")]).recall == 0.0


def test_metadata_comparisons() -> None:
    assert same_text("A  title\u00a0here", "A title here")
    assert not same_text("A Title", "A title")
    assert same_byline(["Mathilde Roux"], "Par Mathilde Roux")
    assert same_byline(["Ola Berg", "Tim Vance"], "Written by Ola Berg Edited by Tim Vance")
    assert same_byline(["Ivo Petrov"], "By Ivo Petrov\n   June 2, 2021")
    assert not same_byline(["Cara Mills"], "July 9, 2020 at 8:15 am")
    assert not same_byline([], "Anyone")
    assert same_language("en", "en-US") and not same_language("fr", "en")
    assert same_instant("2023-03-05T10:30:00+01:00", "2023-03-05T09:30:00.000Z")
    assert same_instant("2022-08-01T14:05:00", "2022-08-01 14:05:00.000000")
    assert not same_instant("2023-03-05T11:00:00+00:00", "2023-03-05T09:30:00.000Z")
