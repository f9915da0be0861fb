"""A round's valuation compared by a multiple with an older one (`values it at $1.2 billion,
more than triple its valuation 18 months ago`) is the news, not an older deal: the cue
dates the older figure only. A round `in late 2024` is dated to that year. Every sentence
is written for the test, with invented names."""

from __future__ import annotations

import datetime

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.chronology import background_cue, tells_older


def test_a_multiple_of_an_older_valuation_is_no_background_cue() -> None:
    assert (
        background_cue(
            "The round values Pellin at $900 million, triple its valuation two years ago."
        )
        is None
    )
    assert (
        background_cue(
            "It valued Pellin at ¥40 billion, nearly four times what it was worth a year ago."
        )
        is None
    )
    assert background_cue("Pellin raised $20 million two years ago.") is not None


def test_a_year_told_early_or_late_dates_the_sentence() -> None:
    published = datetime.date(2026, 5, 12)
    assert tells_older("Corwin led Pellin's $30 million Series A in late 2024.", published)
    assert not tells_older("Pellin expects to open a second plant in late 2027.", published)


def test_the_round_valued_by_a_multiple_keeps_its_figures() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Pellin, the Denver-based startup that sells scheduling software to hospitals, "
                "has closed a $90 million Series C round that values it at $800 million "
                "post-money, more than triple its valuation 18 months ago.\n\nThe round was "
                "led by Ormsby Ventures, with Carrow Capital also taking part.\n\nCarrow led "
                "Pellin's $25 million Series B in late 2024."
            ),
            published="2026-05-12",
        )
    )
    amounts = {(a.value, a.kind) for d in deals if d.deal_type == "investment" for a in d.amounts}
    assert (90_000_000, "investment") in amounts
    assert (800_000_000, "valuation") in amounts
    assert (25_000_000, "investment") not in amounts
