"""Background cues and type keywords read with every rule at once (round 7 speed), on
sentences written for the test with invented names: the first cue written is found
whichever rule names it, and the keyword votes count every keyword's occurrences."""

from __future__ import annotations

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
