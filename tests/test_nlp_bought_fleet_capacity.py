"""The capacity of what an acquisition buys, told in the next sentence about the bought
portfolio or fleet as a whole (`The fleet totals 1,150 MW: ...`). Sentences and names are
invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


@pytest.mark.parametrize("noun", ["fleet", "portfolio"])
def test_the_bought_fleets_total_is_the_acquisitions_capacity(noun: str) -> None:
    deal = extract_deals(
        Article(
            text="Independent power producer Marrow Power has agreed to buy three gas plants in "
            "Texas from Quillon Yield Partners for $1.4 billion, the companies said on Monday."
            f"\n\nThe {noun} totals 1,150 MW: the Ashby Bend station near Richmond, Cedar Rock "
            "in Baytown and Holt Creek in Pasadena.",
            published="2026-11-24",
        )
    )[0]
    assert deal.deal_type == "acquisition"
    assert [(q.value, q.unit) for q in deal.quantities] == [(1150, "MW")]
