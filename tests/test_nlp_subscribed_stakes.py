"""Placements told as a subscription and the stake it leaves: a list item's bullet is no
word of its sentence (`• X to subscribe for ...`), new shares written with the issuer's
name (`98 million new Varro shares`) are new shares, and the stake an investor `will
hold` on completion is an investment, where a stake a company holds now stays a stake
bought. Names and sentences are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.sentences import split_sentences
from tests.nlp_support import frames_of


def _sides(text: str) -> set[tuple[str, str, str]]:
    deals = extract_deals(Article(text=text, published="2026-08-11"))
    return {(d.deal_type, p.name, p.role) for d in deals for p in d.parties}


def test_a_bullet_opens_no_sentence_word() -> None:
    texts = [s.text for s in split_sentences("HIGHLIGHTS\n\n• Orlen to buy copper.\n• Rest.")]
    assert texts[1] == "Orlen to buy copper."


def test_a_bulleted_subscription_names_its_investor() -> None:
    text = (
        'Tarvek Lithium Limited ("Tarvek") has signed a binding offtake agreement with '
        'Osung Cathode Co., Ltd ("Osung") for spodumene concentrate.\n\n'
        "HIGHLIGHTS\n\n"
        "• Osung to take 80,000 tonnes a year for five years.\n"
        "• Osung to subscribe for A$24 million of new Tarvek shares at A$0.31 per share."
    )
    sides = _sides(text)
    assert ("investment", "Osung Cathode", "investor") in sides
    assert ("investment", "Tarvek Lithium", "investee") in sides


def test_new_shares_named_by_their_issuer_are_an_investment() -> None:
    text = (
        'Varro Resources Limited ("Varro" or "the Company") said Japanese trader Kessel '
        "Metals Corporation has agreed to subscribe for 40 million new Varro shares at A$1.10 "
        "each, raising about A$44 million."
    )
    sides = _sides(text)
    assert ("investment", "Kessel Metals", "investor") in sides
    assert not any(kind == "acquisition" for kind, _, _ in sides)


def test_a_stake_held_on_completion_is_an_investment() -> None:
    frames = frames_of("Upon completion, Dunlin Partners will hold approximately 12% of Ostrow.")
    assert [(kind, args) for _, kind, args in frames] == [
        ("investment", [("investor", "Dunlin Partners"), ("investee", "Ostrow")])
    ]


def test_a_stake_held_now_stays_a_stake_bought() -> None:
    frames = frames_of("Dunlin Partners holds 12 pct of Ostrow Corp.")
    assert [kind for _, kind, _ in frames] == ["acquisition"]
