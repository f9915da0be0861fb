"""An investment's site: a named facility its frame puts the money in, never the place
the money will go or the company sits (invented names)."""

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
