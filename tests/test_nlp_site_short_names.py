"""Site names of round 18b (English), on sentences written for the test with invented
names: a site named with a tail telling what it is or mines (`Copper`, `Energy Storage`,
`Medical Center`) is named without it when the article writes the rest alone, and keeps
it when the article never does."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-05"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tolvern Metals has signed an offtake agreement with Brakka Smelting for copper "
            "concentrate from its Quenby Copper Project near Mount Isa in Queensland. "
            "Brakka will take 40% of the concentrate produced at Quenby over eight years.",
            "Quenby",
        ),
        (
            "Harlow Grid and Pembry Power have formed a joint venture to build the Dunmore "
            "Flats Energy Storage project, a 300-megawatt battery near Midland, Texas. "
            "Commercial operation at Dunmore Flats is expected in 2027.",
            "Dunmore Flats",
        ),
    ],
)
def test_a_site_name_leaves_off_a_tail_the_article_drops(text: str, name: str) -> None:
    names = [s.name for d in deals_of(text) for s in d.sites if s.name]
    assert name in names
    assert all(not n.startswith(f"{name} ") for n in names)


def test_a_site_name_keeps_a_tail_the_article_always_writes() -> None:
    text = (
        "Verrow Cloud has agreed to buy the output of Tamber Ridge Solar, a 200 MW project "
        "in Pecos County, Texas, for 15 years."
    )
    names = [s.name for d in deals_of(text) for s in d.sites if s.name]
    assert "Tamber Ridge" not in names


def test_a_bought_hospital_named_shorter_is_the_site_and_no_target() -> None:
    (deal,) = deals_of(
        "Corley Health said it would buy Ashby Vale Medical Center, a 200-bed hospital in "
        "Dayton, Ohio, from Brenning Healthcare for $180 million. Ashby Vale lost money "
        "last year."
    )
    assert [s.name for s in deal.sites] == ["Ashby Vale"]
    assert "Ashby Vale Medical Center" not in [p.name for p in deal.parties]
