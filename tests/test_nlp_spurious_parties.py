"""Spurious parties and deals (round 12), on sentences written for the test with invented
names: a funding round dated by the words describing it is background, whatever verb
tells it."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_a_round_dated_by_its_participle_is_background() -> None:
    """`raised £90 million in a funding round led by Y in March`: the date hangs on `led`,
    which describes the round; in a September article the round is an older deal."""
    text = (
        "Pellory Cloud has signed a three-year contract to supply computing power to "
        "Marrick Bio, the companies said. The agreement is valued at about £40 million. "
        "Pellory was founded in 2021 and raised £90 million in a funding round led by "
        "Ostwyn Ventures in March."
    )
    deals = extract_deals(Article(text=text, published="2026-09-10"))
    parties = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Ostwyn Ventures", "investor") not in parties
    assert [d.deal_type for d in deals] == ["compute_contract"]
    assert [a.value for a in deals[0].amounts] == [40_000_000]
