"""A loan or a stake whose money funds the first phase of a campus (`to fund the first 20
MW phase`, `To pay for the first 30MW phase`) has that phase's capacity; a first phase
told only as due for service is not the loan's. Names are invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _capacities(text: str) -> list[tuple[float, str]]:
    deals = extract_deals(Article(text=text, published="2026-06-10"))
    return [(q.value, q.unit) for d in deals for q in d.quantities]


@pytest.mark.parametrize(
    ("text", "capacity"),
    [
        (
            "Tamsin Data Kenya has closed a KES 3.1 billion seven-year term loan from Maroon "
            "Commercial Bank to fund the first 24 MW phase of its campus near Nairobi.",
            (24.0, "MW"),
        ),
        (
            "To pay for the first 30MW phase of the campus, Brisa Edge has signed a US$70 "
            "million ten-year loan with Coral Development Finance.",
            (30.0, "MW"),
        ),
    ],
)
def test_the_phase_a_loan_funds_is_its_capacity(text: str, capacity: tuple[float, str]) -> None:
    assert capacity in _capacities(text)


def test_a_first_phase_due_for_service_is_not_the_loan_s() -> None:
    text = (
        "Pellin Digital has signed a US$200 million eight-year project loan with Harbour "
        "Union Bank for its campus in Johor. The first 45 MW is scheduled to be ready for "
        "service in 2028."
    )
    assert (45.0, "MW") not in _capacities(text)
