"""Background cues and type keywords read with every rule at once (round 7 speed), on
sentences written for the test with invented names: the first cue written is found
whichever rule names it, and the keyword votes count every keyword's occurrences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.chronology import background_cue
from pipeline.nlp.facts import keyword_type


def test_the_first_cue_written_is_found_whatever_rule_lists_it() -> None:
    text = "Varnel, a rival of Ostrel, signed a similar lease earlier this year."
    assert background_cue(text) == text.index("rival")
    assert background_cue("Ostrel signed a lease earlier this year.") == 22
    assert background_cue("That deal closed in May.") == 0
    assert background_cue("Ostrel signed a ten-year lease with Varnel on Monday.") is None


def test_the_type_with_most_keyword_occurrences_wins() -> None:
    assert keyword_type(["Quillon will buy solar and wind power from a cloud campus."]) == (
        "power_purchase"
    )
    assert keyword_type(["Quillon rents GPU servers in its cloud for compute."]) == (
        "compute_contract"
    )
    assert keyword_type(["Quillon named a new chair."]) is None


def test_what_came_before_this_deal_is_background_but_a_period_ahead_is_not() -> None:
    """`Before this, our largest deal was ...`: an older deal; `before this year's end`
    and `I've written before that ...` tell none."""
    text = "Before this, our largest deal was with Varnel Robotics, about 2,000 GPUs."
    assert background_cue(text) == 0
    text = "Their biggest customer prior to this was, what, a $300 million deal?"
    assert background_cue(text) == text.index("prior")
    assert background_cue("Ostrel expects the lease to start before this year's end.") is None
    assert background_cue("Ostrel plans to sign before this summer.") is None
    assert background_cue("I have written before that power deals are risky.") is None


def test_a_podcast_comparison_with_an_older_deal_gives_no_amount() -> None:
    text = (
        "Ostrel Cloud has signed a three-year contract to supply Varnel AI with 4,096 GPUs "
        "for $410 million, the companies said on Monday. Before this, Ostrel's largest "
        "customer contract was worth about $300 million."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-06-10"))
    assert [a.value for a in deal.amounts] == [410_000_000]


def test_a_companys_funding_history_is_background_but_its_new_round_is_not() -> None:
    """`has raised more than $1.1 billion from investors including A and B`, `has now
    raised $112 million since it was founded`: what a company raised before, no deal."""
    for text in (
        "Varnel has raised more than $1.1 billion from investors including Ostrel Capital.",
        "Varnel said it has now raised $112 million since it was founded in 2023.",
        "Varnel has raised a total of $80 million to date.",
    ):
        assert background_cue(text) is not None, text
    assert background_cue("Varnel has raised $310 million in a Series C led by Ostrel.") is None
    text = (
        "Varnel Cloud has signed a three-year contract to supply Tamsin AI with 4,096 GPUs "
        "for $410 million, the companies said on Monday. Varnel has raised more than $1.1 "
        "billion from investors including Ostrel Capital and Brisk Ventures."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-06-10"))
    assert {p.name for p in deal.parties} == {"Varnel Cloud", "Tamsin AI"}


def test_a_contract_already_in_place_is_background_but_an_option_under_it_is_not() -> None:
    """`Power is supplied under the Company's existing agreement with Y`: a contract in
    place, no deal of the article; `exercised its option under its existing agreement to
    add ...` is the news itself."""
    text = "Power for the campus is supplied under the Company's existing agreement with Ostrel."
    assert background_cue(text) == text.index("supplied")
    assert background_cue("The output is sold to Varnel Trading under an existing agreement.")
    assert background_cue("Varnel would source gas through its existing supply arrangements.")
    assert (
        background_cue(
            "Tamsin AI has exercised its option under its existing agreement to add 8,192 GPUs."
        )
        is None
    )
    text = (
        "Varnel Cloud has signed a three-year contract to supply Tamsin AI with 4,096 GPUs for "
        "$410 million, the companies said on Monday. Power for the campus is supplied under "
        "Varnel's existing agreement with Ostrel Power."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-06-10"))
    assert "Ostrel Power" not in {p.name for p in deal.parties}
