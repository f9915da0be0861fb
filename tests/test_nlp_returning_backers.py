"""Backers returning to a company's round join it: `existing investors A and B returned
for the round`, `existing backer C doubled down`; a company `doubling down on` a market
joins none. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals

_LEAD = "Pellow Robotics raised $60 million in a Series B led by Garnet Hill Ventures."


def _investors(text: str) -> set[str]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return {
        p.name
        for d in deals
        if d.deal_type == "investment"
        for p in d.parties
        if p.role == "investor"
    }


def test_existing_investors_returning_for_the_round_invest() -> None:
    text = (
        _LEAD + " Existing investors Brocklea Capital and Tarn Fen Partners returned for the round."
    )
    assert _investors(text) >= {"Garnet Hill Ventures", "Brocklea Capital", "Tarn Fen Partners"}


def test_an_existing_backer_doubling_down_invests() -> None:
    text = _LEAD + " Existing backer Ostwick Partners also doubled down."
    assert "Ostwick Partners" in _investors(text)


def test_a_company_doubling_down_on_a_market_invests_nothing() -> None:
    text = _LEAD + " Meanwhile Harrowby Cloud is doubling down on inference hardware."
    assert "Harrowby Cloud" not in _investors(text)
