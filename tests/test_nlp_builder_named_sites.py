"""A facility placed after the builder a passive participle names (`a data centre being
built by X in Tuas`, `a battery developed by X near Ennis`): the town is the facility's,
the builder is no place. Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import sites_of


def test_a_builder_between_the_participle_and_the_town() -> None:
    found = sites_of(
        "Borrowdale Cloud is in talks to lease a new data centre being built by Harwick "
        "Digital in Leeds, according to people familiar with the matter."
    )
    assert [(name, city) for name, city, _, _ in found] == [(None, "Leeds")]


def test_a_builder_with_two_words_before_a_town_near() -> None:
    found = sites_of(
        "Tarrant Supply will take control of a 90MW battery developed by Ostler Energy "
        "near Doncaster under a seven-year tolling contract."
    )
    assert [(name, city) for name, city, _, _ in found] == [(None, "Doncaster")]


def test_a_leased_building_named_later_keeps_the_builders_town() -> None:
    text = (
        "Cloud provider Marrick Web Services has agreed to lease a new data centre being "
        "built by Stanway Digital in Leeds. The lease covers 30 megawatts at the facility, "
        "known as Kirkgate One, for an initial term of ten years."
    )
    (lease,) = [d for d in extract_deals(Article(text=text, published="2026-05-12"))]
    assert [(s.name, s.city) for s in lease.sites] == [("Kirkgate One", "Leeds")]
