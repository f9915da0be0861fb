"""An elided article the French parse reads as an object pronoun (`met la main sur
l'hébergeur Cumulus Hébergement`, `l'` the pronoun of `hébergeur`, `sur` a subordinator)
is the noun's article, and the name after the noun is the noun's; invented companies."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model


def test_the_article_and_preposition_of_a_noun_are_its_own() -> None:
    doc = load_model("fr")(
        "Le groupe informatique Valdane, coté à la SIX Swiss Exchange, met la main sur "
        "l'hébergeur Brisane Hébergement."
    )
    noun = next(t for t in doc if t.text == "hébergeur")
    assert [c.dep_ for c in noun.children if c.text == "l'"] == ["det"]
    assert noun.head.text == "sur"


def test_the_taker_of_a_hand_on_a_described_name_buys_it() -> None:
    found = extract_deals(
        Article(
            text="Le groupe informatique Valdane, coté à la SIX Swiss Exchange, met la main sur "
            "l'hébergeur Brisane Hébergement. Le prix s'élève à 86 millions de francs.",
            language="fr",
            published="2026-06-01",
        )
    )
    sides = {(p.name, p.role) for d in found for p in d.parties}
    assert ("Valdane", "acquirer") in sides
    assert ("Brisane Hébergement", "target") in sides


def test_the_name_after_a_prepositional_noun_is_the_nouns() -> None:
    doc = load_model("fr")("Le groupe Orvane met la main sur l'hébergeur Brisane Hébergement.")
    noun = next(t for t in doc if t.text == "hébergeur")
    assert doc[noun.i + 2].head.i == noun.i  # `Hébergement`, the name's head word
