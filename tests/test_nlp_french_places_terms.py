"""French parties, sites, terms and currencies read from the article's own cues
(round 5): invented companies and towns, real French parses."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def fr_deals(text: str, published: str = "2026-05-12") -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published=published))


def test_a_bare_dollar_in_a_quebec_story_is_the_canadian_dollar() -> None:
    deal = fr_deals(
        "Brumavel Data louera à Quillon Cloud 40 mégawatts de son campus de Rivière-Ouelle, "
        "au Québec, pour 60 millions $ par année. Quillon, filiale d'un groupe qui a déclaré "
        "2,1 milliards $ US de revenus l'an dernier, a signé un bail de dix ans."
    )[0]
    assert [(a.value, a.currency, a.period) for a in deal.amounts] == [(60e6, "CAD", "P1Y")]


def test_a_bare_dollar_stays_american_when_the_story_never_writes_us_dollars() -> None:
    deal = fr_deals(
        "Brumavel Data louera à Quillon Cloud 40 mégawatts de son campus de Rivière-Ouelle, "
        "au Québec, pour 60 millions $ par année."
    )[0]
    assert [(a.value, a.currency) for a in deal.amounts] == [(60e6, "USD")]
