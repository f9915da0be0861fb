"""A sentence that goes on about what the deal before it covers (`The 3.2 lakh sq ft
building ...`, `The generating sets will provide ...`, `In total, the deployment comprises
...`) gives that deal its capacity, though it names no party. Names are invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


@pytest.mark.parametrize(
    ("text", "capacity"),
    [
        (
            "Indus Cloud Services has signed a 15-year lease with Konkan Digital Parks for a "
            "new data centre building in Navi Mumbai. The 2.1 lakh sq ft building, known as "
            "KDP-3, is designed for 36 MW of IT load.",
            (36.0, "MW"),
        ),
        (
            "Fellgate Engineering has won a GBP96 million order from Calderway Data to supply "
            "gas engines for its campus at Seal Sands. The generating sets will provide around "
            "240MW of prime power to the campus while the grid connection is reinforced.",
            (240.0, "MW"),
        ),
        (
            "Brackwell Cloud will supply GPU capacity to Sorrow Lane AI under a five-year "
            "contract worth $1.2 billion. In total, the deployment comprises about 16,000 GPUs "
            "occupying roughly thirty megawatts of critical IT load.",
            (30.0, "MW"),
        ),
    ],
)
def test_a_capacity_told_about_the_deal_before_is_its(
    text: str, capacity: tuple[float, str]
) -> None:
    deals = extract_deals(Article(text=text, published="2026-09-01"))
    assert capacity in [(q.value, q.unit) for q in deals[0].quantities]
