"""A company's total signed across its portfolio and a forecast are not a deal's
capacity; a bought company's fleet so told still is. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.quantities import find_quantities


def _rejected(text: str, owned: bool = False) -> list[tuple[str, bool]]:
    return [
        (q.text, quantity_rejected(text, q.start, q.end, owned=owned))
        for q in find_quantities(text)
    ]


def test_a_total_signed_across_a_portfolio_is_no_deals() -> None:
    text = "Tarrow also said it signed 42MW of new leases across its portfolio in the quarter."
    assert _rejected(text) == [("42MW", True)]
    text = "We signed new contracts totalling 41 MW across our European platform."
    assert _rejected(text) == [("41 MW", True)]


def test_a_bought_companys_footprint_stays_the_deals() -> None:
    text = "Kelmoor controls about 1.3GW of gross power across its data center footprint."
    assert _rejected(text, owned=True) == [("1.3GW", False)]


def test_a_forecast_is_no_deals_capacity() -> None:
    text = (
        "Orlanne Data has pre-let 24MW at its Brackley campus to Vesper Cloud on a "
        "ten-year lease, against our forecast of 30MW for the year."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-05-12"))
    assert [(q.value, q.unit) for q in deal.quantities] == [(24.0, "MW")]


def test_a_market_estimate_is_no_deals_capacity() -> None:
    text = (
        "Industry estimates put the country's installed capacity at about 80MW, against "
        "forecasts of more than 300MW by 2030."
    )
    assert _rejected(text) == [("80MW", True), ("300MW", True)]
