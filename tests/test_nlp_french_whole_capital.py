"""French purchases of a whole company told as its capital (`reprendre l'intégralité du
capital de Y`): Y is the target, as with `la totalité du capital de Y`. Invented companies
and sentences, on real French parses."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_the_whole_capital_of_a_company_bought_makes_it_the_target() -> None:
    text = (
        "La société d'investissement namuroise Ardvale Invest a conclu un accord pour "
        "reprendre l'intégralité du capital de Fibrel Datacenters, qui exploite un centre de "
        "données de 12 MW à Gembloux. Le vendeur est le fonds néerlandais Dijkstra Digital "
        "Partners."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-06-23"))[0]
    assert deal.deal_type == "acquisition"
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Ardvale Invest", "acquirer"),
        ("Fibrel Datacenters", "target"),
        ("Dijkstra Digital Partners", "seller"),
    }
