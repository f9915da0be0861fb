"""The seed article end to end through the NLP step (issue 2's acceptance, NLP part)."""

from __future__ import annotations

import pytest

from pipeline.models import PAYING_ROLES, RECEIVING_ROLES, Article, Deal
from pipeline.nlp import extract_deals
from pipeline.parse import parse_text
from tests.conftest import shared_data


@pytest.fixture(scope="module")
def seed_article() -> Article:
    article = parse_text(shared_data("seed", "article.txt").read_text(encoding="utf-8"))
    if not article.published:
        article = article.model_copy(update={"published": "2026-05-22"})
    return article


@pytest.fixture(scope="module")
def main_deal(seed_article: Article) -> Deal:
    deals = extract_deals(seed_article)
    assert deals, "the seed article yields no deal"
    return deals[0]


def test_parties_and_roles(main_deal: Deal) -> None:
    roles = {p.name: p for p in main_deal.parties}
    assert roles["Anthropic"].role in PAYING_ROLES
    assert roles["xAI"].role in RECEIVING_ROLES
    assert roles["xAI"].parent == "SpaceX"


@pytest.mark.parametrize("name", ["AWS", "Azure", "Google Cloud", "Claude", "Grok", "Elon Musk"])
def test_mentioned_names_are_not_parties(seed_article: Article, name: str) -> None:
    deals = extract_deals(seed_article)
    assert deals
    for deal in deals:
        assert all(name.casefold() not in p.name.casefold() for p in deal.parties)


def test_amounts(main_deal: Deal) -> None:
    monthly = [a for a in main_deal.amounts if a.period == "P1M"]
    assert [(a.value, a.currency, a.kind) for a in monthly] == [(1.25e9, "USD", "payment")]
    totals = [a for a in main_deal.amounts if a.kind == "total"]
    assert [(a.value, a.currency, a.qualifier) for a in totals] == [(40e9, "USD", "more_than")]


def test_term(main_deal: Deal) -> None:
    assert main_deal.term is not None
    assert (main_deal.term.start, main_deal.term.end) == ("2026", "2029-05")


def test_site_and_capacity(main_deal: Deal) -> None:
    assert len(main_deal.sites) == 1
    site = main_deal.sites[0]
    assert (site.name, site.city, site.region, site.country) == (
        "Colossus 1",
        "Memphis",
        "Tennessee",
        "US",
    )
    assert site.capacity is not None
    assert (site.capacity.value, site.capacity.unit, site.capacity.qualifier) == (
        300,
        "MW",
        "approx",
    )
    assert [(q.value, q.unit) for q in main_deal.quantities] == [(300, "MW")]


def test_status_is_reported(main_deal: Deal) -> None:
    assert main_deal.status == "reported"


def test_evidence_quotes_the_article(seed_article: Article, main_deal: Deal) -> None:
    fields = {e.field for e in main_deal.evidence}
    assert {"party", "amount", "term", "site", "quantity", "deal_type", "status"} <= fields
    for evidence in main_deal.evidence:
        assert seed_article.text[evidence.start : evidence.end] == evidence.text


def test_summary_reads_as_an_analysts_sentence(main_deal: Deal) -> None:
    assert main_deal.summary == (
        "Anthropic (customer) pays xAI (provider) $1.25 billion per month, more than $40 "
        "billion in total, 2026 to May 2029, for Colossus 1 data center, Memphis, Tennessee, "
        "US (~300 MW)."
    )
