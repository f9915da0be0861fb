"""How long money lasts (`extend our cash runway into 2029`, `would fund the company's
pipeline into 2029`) ends no contract: it is no term of a licence or a placement (round
18, precision). Sentences and names are invented."""

from __future__ import annotations

import datetime

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 5, 4)


def test_a_funding_horizon_is_no_contract_end() -> None:
    runway = "Together, these deals extend our cash runway into 2029, said Dr. Ines Varga."
    fund = "Tobin said the licence fee would fund the company's trials into 2030."
    term = "The supply agreement runs into 2031."
    assert [(t.kind, t.end_date) for t in find_terms(runway, PUBLISHED)] == [("other", "2029")]
    assert [(t.kind, t.end_date) for t in find_terms(fund, PUBLISHED)] == [("other", "2030")]
    assert [(t.kind, t.end_date) for t in find_terms(term, PUBLISHED)] == [("contract", "2031")]


def test_a_licence_takes_no_end_from_its_funding_horizon() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Quorra Bio has licensed its kinase inhibitor QB-12 to Shenwei Pharma for "
                "Greater China in a deal worth up to $240 million, the companies said.\n\n"
                '"The licence extends our cash runway into 2029," said Quorra chief '
                "executive Lena Marsh."
            ),
            published=PUBLISHED.isoformat(),
        )
    )
    assert all(d.term is None or d.term.end != "2029" for d in deals)
