"""What a sale's proceeds will fund is the seller's own other project (`will use the sale
proceeds to fund its 40MW Seri DC3 project`, `the proceeds will go toward the company's
120 MW development in Mesa`), none of the deal's capacity (round 18, precision). Sentences
and names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_the_project_a_sales_proceeds_fund_is_not_the_deals() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Corvel Data has agreed to sell its 24 MW Harlow campus in Nevada to Pinemark "
                "REIT for $410 million and lease it back for 15 years.\n\n"
                "Corvel said it will use the sale proceeds to repay debt and fund its 90 MW "
                "Tarrock project in Arizona."
            ),
            published="2026-05-04",
        )
    )
    figures = [q.value for d in deals for q in d.quantities]
    figures += [s.capacity.value for d in deals for s in d.sites if s.capacity]
    assert 24 in figures
    assert 90 not in figures
