"""A sale-leaseback's sale keeps no term: the length and dates its sentences tell (`will
stay on as tenant under a 12-year lease`, `will rent space on the towers for 12 years`)
are the article's one commercial deal's, unless the sentence names a side of the sale
that is not the contract's (`X agreed to buy a plot from Y, which Y will hand over in
2029`). Names are invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _lease_term(text: str) -> tuple[str | None, str | None]:
    deals = extract_deals(Article(text=text, published="2026-05-04"))
    lease = next(d for d in deals if d.deal_type == "lease")
    return (lease.term.start, lease.term.duration) if lease.term else (None, None)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Marlowe Networks has agreed to sell its data centre in Leeds to Pennock Property "
            "Trust for £140 million, and will stay on as the building's only tenant under a "
            "12-year lease. Under the leaseback, Marlowe will pay rent of £9 million a year.",
            (None, "P12Y"),
        ),
        (
            "Kinross Mobile has agreed to sell 1,200 telecom towers to Baobab Towers for $310 "
            "million. Under the deal, Kinross Mobile will rent space on all the transferred "
            "towers for 12 years. Kinross will pay Baobab about $28 million a year under the "
            "lease.",
            (None, "P12Y"),
        ),
        (
            "Dunmere Telecom has agreed to sell its Leeds data centre to Pennock Property Trust "
            "for £140 million, and will stay on as the building's only tenant for ten years "
            "from September 2026. Under the leaseback, Dunmere will pay Pennock rent of £9 "
            "million a year.",
            ("2026-09", "P10Y"),
        ),
    ],
)
def test_the_sale_s_sentence_gives_the_leaseback_its_term(
    text: str, term: tuple[str | None, str | None]
) -> None:
    assert _lease_term(text) == term


def test_a_purchase_from_another_company_dates_no_lease() -> None:
    text = (
        "Developer Orvane Data Parks has signed a 15-year lease with cloud provider Tellico "
        "Compute for a 40 MW building outside Bristol. Separately, Orvane agreed to buy a "
        "plot from Kestle Farms for £20 million, which Kestle will hand over in 2029."
    )
    assert _lease_term(text)[0] != "2029"
