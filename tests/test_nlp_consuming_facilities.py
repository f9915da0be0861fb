"""A power purchase's figures are what the generator delivers: the power a buyer's own
campus draws (`matched against consumption at X's 90MW campus`, `campuses ..., which
together draw about 85 MW`, `designed for 150 MW of IT load`) is the buyer's load, none of
the deal's quantities (round 18, precision). Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def power_figures(text: str) -> list[float]:
    deals: list[Deal] = extract_deals(Article(text=text, published="2026-05-04"))
    ppa = next(d for d in deals if d.deal_type == "power_purchase")
    figures = [q.value for q in ppa.quantities if q.unit == "MW"]
    return figures + [s.capacity.value for s in ppa.sites if s.capacity]


def test_the_buyers_campus_and_its_load_are_no_quantities_of_the_purchase() -> None:
    figures = power_figures(
        "Tarrow Data has signed a 12-year power purchase agreement with Quenby Wind for "
        "140 MW from the Carrick Moor wind farm in Ayrshire, Scotland.\n\n"
        "The power will be matched against consumption at Tarrow's 60MW campus in "
        "Livingston, which hosts several banks.\n\n"
        "Its Dalry campus, which Tarrow is still building, is designed for 45 MW of IT load."
    )
    assert 140 in figures
    assert 60 not in figures
    assert 45 not in figures


def test_what_the_buyers_campuses_draw_is_no_quantity_of_the_purchase() -> None:
    figures = power_figures(
        "Pellow Cloud has agreed a 15-year power purchase agreement with Marten Energy for "
        "95 MW from its Orrin Flats solar farm in Victoria, Australia.\n\n"
        "The energy will be matched against Pellow's campuses in Melbourne's north, which "
        "together draw about 70 MW."
    )
    assert 95 in figures
    assert 70 not in figures
