"""Where a bought part of a company is (round 13), on articles written for the test with
invented names: the unit told by its noun in one of the two sentences after the one that
sells it (`The unit, which will be renamed and based in Fargo, North Dakota`, `The
division, which makes crackers at factories in Reading, Pennsylvania`); a bought company
told by a definite noun in a relative clause of a sentence naming it (`valuing the
company, which is based in Tulsa, Oklahoma`)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def target_places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    deals = extract_deals(Article(text=text, published="2026-05-05"))
    deal = next(d for d in deals if d.deal_type == "acquisition")
    return [(s.city, s.region, s.country) for s in deal.sites]


@pytest.mark.parametrize(
    ("second", "place"),
    [
        (
            "The unit, which will be renamed and based in Fargo, North Dakota, serves about "
            "4,000 farm co-operatives.",
            ("Fargo", "North Dakota", "US"),
        ),
        (
            "The division, which makes crackers and biscuits at factories in Reading, "
            "Pennsylvania, had sales of about $700 million last year.",
            ("Reading", "Pennsylvania", "US"),
        ),
    ],
)
def test_a_bought_unit_placed_by_its_noun_in_the_next_sentence(
    second: str, place: tuple[str, str, str]
) -> None:
    assert target_places(
        "Tarrow Holdings has agreed to sell its payroll software business to private equity "
        f"firm Quillan Partners for $520 million, the company said on Monday.\n\n{second}"
    ) == [place]


def test_a_bought_company_placed_by_a_relative_clause_of_its_noun() -> None:
    assert target_places(
        "Marlow Dynamics said on Tuesday it would buy Tessick Mutual for $2.1 billion.\n\n"
        "The price values Tessick at about 14 times earnings, a premium for the company, "
        "which is based in Tulsa, Oklahoma."
    ) == [("Tulsa", "Oklahoma", "US")]
