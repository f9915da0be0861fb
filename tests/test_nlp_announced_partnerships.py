"""A partnership two companies announce is a partnership deal of both: the second company
after a bracketed alias of the first (`X ("X") and Y Inc. announced`), a partnership
noun the parse makes the subject of its infinitive (`announced a strategic partnership to
jointly develop`), a partnership to build together that stays one whatever the campus
sells, and an investment told apart between the same two companies that is another deal.
Names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-01-29"))


def sides(deals: list[Deal], deal_type: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in deals if d.deal_type == deal_type for p in d.parties}


def test_a_pair_with_a_bracketed_alias_announces_a_partnership() -> None:
    found = deals_of(
        'Brask Data Centers ("Brask") and Tolmere Nuclear Inc. today announced a strategic '
        "partnership to co-develop data centre campuses powered by Tolmere's small modular "
        "reactors, targeting up to 900 megawatts of capacity by 2034."
    )
    partners = sides(found, "partnership")
    assert {"Brask Data Centers", "Tolmere Nuclear"} <= {
        n.removesuffix(" Inc.") for n, _ in partners
    }
    assert {r for _, r in partners} == {"partner"}


def test_a_partnership_to_build_together_and_an_investment_are_two_deals() -> None:
    found = deals_of(
        'Ostrel Data Centres, Inc. ("Ostrel") and Japan\'s Hamura Corporation today announced '
        "a strategic partnership to jointly develop, own and operate a 40-megawatt hyperscale "
        "data centre campus in Laguna. In a separate transaction, Hamura will invest PHP 4.1 "
        "billion in Ostrel itself in exchange for newly issued common shares representing a "
        "30% interest."
    )
    partners = sides(found, "partnership")
    assert any(n.startswith("Hamura") and r == "partner" for n, r in partners)
    assert any(n.startswith("Ostrel") and r == "partner" for n, r in partners)
    investment = sides(found, "investment")
    assert any(n.startswith("Hamura") and r == "investor" for n, r in investment)
    assert any(n.startswith("Ostrel") and r == "investee" for n, r in investment)
