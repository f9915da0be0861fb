"""A French sentence that gives a contract's length after `durée` (`Le marché, d'une durée
de cinq ans, est estimé à 48 millions d'euros.`) tells the deal told before it, even
without a deal word the rules know: its length and its value are that deal's. Invented
names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_a_duration_sentence_after_the_deal_is_the_deal_s() -> None:
    text = (
        "Le Groupement hospitalier Sorelle a retenu l'hébergeur Nuvéa Cloud pour héberger "
        "ses données de santé, à l'issue d'un appel d'offres.\n\n"
        "Le marché, d'une durée de cinq ans, est estimé à 36 millions d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-02"))
    assert len(deals) == 1
    deal = deals[0]
    assert deal.term is not None and deal.term.duration == "P5Y"
    assert (36000000.0, "EUR") in {(a.value, a.currency) for a in deal.amounts}
