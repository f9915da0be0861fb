"""The investors of a funding round: a fund whose first word the tagger took for an
adjective (`co-led by A Ventures and Pinecrest Growth`: `Pinecrest Growth`, not
`Growth`), and backers who `put in more money` (a money noun, no sum) invest too. Names
are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def round_sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-09-08"))
    funding = next(d for d in deals if d.deal_type == "investment")
    return {(p.name, p.role) for p in funding.parties}


ROUND = (
    "Ledgerwise, the New York startup whose software reconciles invoices, has raised "
    "$180 million in a Series C round that values it at $1.6 billion post-money.\n\n"
    "The round was co-led by Hollowmere Ventures and Pinecrest Growth, with Tarrow "
    "Capital also taking part."
)


def test_a_fund_name_opening_with_an_adjective_keeps_its_first_word() -> None:
    sides = round_sides(ROUND)
    assert ("Pinecrest Growth", "investor") in sides
    assert ("Growth", "investor") not in sides


def test_backers_who_put_in_more_money_invest() -> None:
    text = (
        ROUND + " Existing backers Quarry Lane Partners and Orlen Bay Ventures put in more "
        "money as well, the company said."
    )
    sides = round_sides(text)
    assert {("Quarry Lane Partners", "investor"), ("Orlen Bay Ventures", "investor")} <= sides
    assert ("Ledgerwise", "investee") in sides


def test_capital_put_to_work_elsewhere_is_no_investment() -> None:
    text = (
        "Brisa Analytics has raised $40 million from Kestrum Ventures. Kestrum puts its "
        "capital to work across Europe."
    )
    sides = round_sides(text)
    assert sides == {("Brisa Analytics", "investee"), ("Kestrum Ventures", "investor")}
