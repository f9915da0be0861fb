"""Which mentions tell a deal's site (invented names): an investment's site is a named
facility its frame puts the money in, never the place the money will go; a park placed
without a name takes the name `The X project` gives it in the next sentence."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def _investment(text: str) -> Deal:
    deals = extract_deals(Article(text=text, published="2026-05-05"))
    return next(d for d in deals if d.deal_type == "investment")


def test_a_named_campus_the_money_goes_into_is_the_site() -> None:
    deal = _investment(
        "Infrastructure investor Corvel Partners has agreed to put $900 million into "
        "Tamsin Digital's Harrowfield data center campus, in return for a 35 "
        "percent stake in the project."
    )
    assert [s.name for s in deal.sites] == ["Harrowfield"]


def test_a_factory_the_money_will_open_is_no_site() -> None:
    deal = _investment(
        "Pellory Robotics, a Denver maker of picking arms, has raised $120 million in a "
        "Series C round led by Quarrel Capital, and will use the money to open a second "
        "factory in Ohio."
    )
    assert deal.sites == []


def test_the_named_project_told_after_an_unnamed_placed_park_names_it() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Data centre operator Quellan Data has signed a 15-year power purchase "
                "agreement with Morvath Energy for electricity from a solar and battery park "
                "near Tarnock in Scotland, the companies said on Wednesday.\n\n"
                "The Corrie Fell project will combine 49.9MW of solar panels with a 40MW "
                "battery and is due to start supplying power in 2028."
            ),
            published="2026-05-05",
        )
    )
    assert [(s.name, s.city, s.region) for s in deals[0].sites] == [
        ("Corrie Fell", "Tarnock", "Scotland")
    ]
