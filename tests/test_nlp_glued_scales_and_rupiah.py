"""The Malaysian press's scales glued to ringgit (`RM198.4mil`, `RM2.1bil`) and the
rupiah's symbol (`Rp 6.4 trillion`) are read as amounts, and a deal takes them. Sentences
and names are invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        ("Kenanga Jaya agreed to pay RM312.5mil for the land.", 312_500_000, "MYR"),
        ("The group is valued at RM4.2bil.", 4_200_000_000, "MYR"),
        ("The contract is worth about Rp 3.1 trillion over its term.", 3_100_000_000_000, "IDR"),
        ("Bayu Cloud raised Rp450 billion from investors.", 450_000_000_000, "IDR"),
    ],
)
def test_a_glued_scale_or_the_rupiah_gives_the_amount(
    sentence: str, value: int, currency: str
) -> None:
    assert [(a.value, a.currency) for a in find_amounts(sentence)] == [(value, currency)]


def test_mil_apart_from_the_digits_is_no_scale() -> None:
    assert find_amounts("The coating is 5 mil thick.") == []


def test_a_land_purchase_in_ringgit_gets_its_price() -> None:
    text = (
        "KUALA LUMPUR: Teratai Bina Holdings Bhd has agreed to buy 40 acres of freehold "
        "industrial land in Kulai, Johor, for RM212.8mil as the builder moves into data "
        "centres. The land is being bought from Sawit Makmur Sdn Bhd."
    )
    deals = extract_deals(Article(text=text, published="2026-06-02"))
    bought = [d for d in deals if d.deal_type == "acquisition"]
    assert bought
    assert [(a.value, a.currency, a.kind) for a in bought[0].amounts] == [
        (212_800_000, "MYR", "price")
    ]
