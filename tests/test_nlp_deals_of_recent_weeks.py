"""Deals told as the article's own weeks (`last month`, `earlier this month`, `a week
earlier`): one the story's subject made with a named side, of a kind no current deal of the
article has, is a deal of the article; one of the kind the article already tells, or one
of other companies, stays background. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sides(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-20"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_a_lease_the_subject_signed_a_week_earlier_is_a_second_deal() -> None:
    text = (
        "Marrowind Digital has signed a 20-year power purchase agreement with Tarrock "
        "Solar for the output of a 200 MW solar plant next to its planned campus. "
        "A week earlier, Marrowind had signed a 40-year lease for a 90-hectare plot in the "
        "Kestley industrial zone with Ostrel Estates, the state landlord."
    )
    found = _sides(text)
    assert ("power_purchase", {("Marrowind Digital", "buyer"), ("Tarrock Solar", "seller")}) in (
        found
    )
    leases = [sides for kind, sides in found if kind == "lease"]
    assert leases == [{("Marrowind Digital", "lessee"), ("Ostrel Estates", "lessor")}]


def test_last_months_deal_of_the_kind_told_stays_background() -> None:
    text = (
        "Marrowind Digital has signed a 20-year power purchase agreement with Tarrock "
        "Solar for the output of a 200 MW solar plant next to its planned campus. "
        "Last month Marrowind agreed a 15-year power purchase agreement with Quellan Wind "
        "for 80 MW."
    )
    assert [kind for kind, _ in _sides(text)] == ["power_purchase"]
    assert all(("Quellan Wind", "seller") not in sides for _, sides in _sides(text))


def test_another_companys_deal_of_last_month_stays_background() -> None:
    text = (
        "Marrowind Digital has signed a 20-year power purchase agreement with Tarrock "
        "Solar for the output of a 200 MW solar plant next to its planned campus. "
        "Last month Quellan Cloud signed a ten-year lease with Ostrel Estates for 30 MW."
    )
    assert [kind for kind, _ in _sides(text)] == ["power_purchase"]


def test_the_subjects_round_of_last_month_is_its_funding_history() -> None:
    text = (
        "Marrowind Digital has signed a 20-year power purchase agreement with Tarrock "
        "Solar for the output of a 200 MW solar plant next to its planned campus. "
        "Marrowind raised $150 million last month in a funding round led by Quellan "
        "Partners to pay for the build-out."
    )
    assert [kind for kind, _ in _sides(text)] == ["power_purchase"]
