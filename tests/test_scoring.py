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
    assert same_byline(["Sébastien Farcis"], "Par Sébastien Farcis")
    assert same_byline(
        ["Rob Ewaschuk", "Betsy Beyer"], "Written by Rob Ewaschuk Edited by Betsy Beyer"
    )
    assert same_byline(["Nathan Willis"], "By Nathan Willis\n   March 25, 2015")
    assert not same_byline(["Benjamin Romano"], "April 28, 2019 at 6:01 am")
    assert not same_byline([], "Anyone")
    assert same_language("en", "en-US") and not same_language("fr", "en")
    assert same_instant("2024-12-06T23:00:40+01:00", "2024-12-06T22:00:40.000Z")
    assert same_instant("2017-11-03T03:01:00", "2017-11-03 03:01:00.000000")
    assert not same_instant("2024-12-07T01:36:42+00:00", "2024-12-06T22:00:40.000Z")
