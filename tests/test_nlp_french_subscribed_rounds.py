"""French capital increases whose investors are told in the passive of `souscrire`
(`L'opération a été souscrite par X`, `L'émission a été souscrite par A et par B`): the
agents invest in the company whose increase the article told before (invented companies
and sentences, on real French parses)."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-06-01"))


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "Rivoli Hosting a bouclé une augmentation de capital de 42 millions d'euros. "
            "L'opération a été souscrite à hauteur de 25 millions d'euros par la société "
            "d'investissement Garance Capital.",
            {"Garance Capital"},
        ),
        (
            "Rivoli Hosting a bouclé une augmentation de capital de 42 millions d'euros. "
            "L'émission a été souscrite par le fonds Garance Capital et par la Caisse Ferrand.",
            {"Garance Capital", "Caisse Ferrand"},
        ),
    ],
)
def test_agents_of_a_subscribed_increase_invest(text: str, investors: set[str]) -> None:
    rounds = [d for d in deals(text) if d.deal_type == "investment"]
    assert len(rounds) == 1
    sides = {(p.name, p.role) for p in rounds[0].parties}
    assert {name for name, role in sides if role == "investor"} == investors
    assert ("Rivoli Hosting", "investee") in sides
