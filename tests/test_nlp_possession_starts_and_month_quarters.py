"""Starts and ends told in a property's or a schedule's own words: taking possession or
getting the keys (`will take possession of the land in January next year`), a quarter
named by its last month (`in the December quarter of 2027`) and a schedule that
`concludes in` a period. Sentences and names are invented."""

from __future__ import annotations

import datetime

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 6, 1)


def dates(sentence: str) -> list[tuple[str | None, str | None]]:
    return [
        (t.start_date, t.end_date)
        for t in find_terms(sentence, PUBLISHED)
        if t.kind == "contract" and (t.start_date or t.end_date)
    ]


def test_possession_and_keys_start_a_term() -> None:
    assert dates("Orwin will take possession of the plot in January next year.") == [
        ("2027-01", None)
    ]
    assert dates("The hall sits in Quincy, Washington, and we get the keys in March 2027.") == [
        ("2027-03", None)
    ]


def test_a_quarter_named_by_its_last_month_gives_the_year() -> None:
    assert dates(
        "The toll starts once the battery is energised, which Marlo expects in the December "
        "quarter of 2027."
    ) == [("2027", None)]


def test_a_schedule_that_concludes_in_a_period_ends_then() -> None:
    assert dates(
        "Deliveries are scheduled to begin in the second half of 2027 and conclude in the "
        "first quarter of 2028."
    ) == [("2027", None), (None, "2028")]


def test_a_land_lease_starts_on_possession() -> None:
    (deal,) = extract_deals(
        Article(
            text="Harlow Data Centres has signed a 30-year lease over a 10-hectare plot in "
            "Sakai, Osaka prefecture, with Tamba Port Holdings. Harlow will take possession "
            "of the land in January next year.",
            published="2026-06-01",
        )
    )
    assert deal.deal_type == "lease"
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027-01", "P30Y")
