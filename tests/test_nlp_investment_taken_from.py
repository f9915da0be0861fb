"""An investment taken or raised `from` an investor (`X said it had taken a $600 million
minority investment from Y`, `X has raised a $60 million investment from Y`): the subject
is invested in, the `from` company invests; a stake taken `in` a company keeps its
taker as the investor. Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-11-02"))
    investment = next(d for d in deals if d.deal_type == "investment")
    return {(p.name, p.role) for p in investment.parties}


def test_an_investment_taken_from_an_investor_is_made_by_it() -> None:
    text = (
        "Brennock Data said it had taken a $600 million minority investment from "
        "Ostley Capital, the Oslo-based infrastructure investor."
    )
    assert sides(text) == {("Brennock Data", "investee"), ("Ostley Capital", "investor")}


def test_an_investment_raised_from_an_investor_is_made_by_it() -> None:
    text = "Quarrow Robotics has raised a $60 million investment from Tallis Ventures."
    assert sides(text) == {("Quarrow Robotics", "investee"), ("Tallis Ventures", "investor")}


def test_a_stake_or_investment_taken_in_a_company_keeps_the_taker_investing() -> None:
    assert sides("Tallis Ventures took a 20% stake in Quarrow Robotics.") == {
        ("Tallis Ventures", "investor"),
        ("Quarrow Robotics", "investee"),
    }
    assert sides("Tallis Ventures has taken a $60 million investment in Quarrow Robotics.") == {
        ("Tallis Ventures", "investor"),
        ("Quarrow Robotics", "investee"),
    }
