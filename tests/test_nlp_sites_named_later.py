"""A deal's site told without a name, then named in a later sentence of no other deal
(`The building, known as X, was built ...`); and the owner's own name for a facility
told with a modal or an adverb (`which X will call RNO-4`, `which the partners simply
call Y`). Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import sites_of


def test_a_later_sentence_names_the_leased_building() -> None:
    text = (
        "Cloud company Ferrow AI has signed a 12-year lease for a 24MW data centre at "
        "Kelbrook Business Park in south Leeds, developer Marlcote Data said on Monday. "
        "Ferrow will pay about £20 million a year in rent. "
        "The building, known as Marlcote LD4, was built on a speculative basis in 2024."
    )
    (lease,) = extract_deals(Article(text=text, published="2026-05-12"))
    assert [(s.name, s.city) for s in lease.sites] == [("Marlcote LD4", "Leeds")]


def test_a_later_sentence_naming_another_site_by_its_town_is_no_name() -> None:
    text = (
        "Cloud company Ferrow AI has signed a 12-year lease for a 24MW data centre in "
        "Leeds, developer Marlcote Data said on Monday. "
        "Marlcote also runs the Bradford campus, which opened in 2023."
    )
    (lease,) = extract_deals(Article(text=text, published="2026-05-12"))
    assert all(s.name is None for s in lease.sites)


def test_the_owners_future_name_for_a_facility() -> None:
    found = sites_of("The facility, which Tollard will call LBA-2, is to be leased for 15 years.")
    assert [name for name, _, _, _ in found] == ["LBA-2"]


def test_the_partners_plain_name_for_a_campus() -> None:
    found = sites_of("The campus, which the partners simply call Greyling Ridge, will have 300 MW.")
    assert [name for name, _, _, _ in found] == ["Greyling Ridge"]
