"""French pair subjects: `Les deux entreprises ont signé un bail de neuf ans` names no one,
but tells the deal of the two organisations the sentence before names; its words type
that deal (invented companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


@pytest.mark.parametrize("pair", ["Les deux entreprises", "Les deux sociétés"])
def test_the_pair_subject_types_the_deal_of_the_two_named_before(pair: str) -> None:
    text = (
        "Le fournisseur de cloud Cirvane Cloud hébergera ses serveurs chez l'opérateur "
        "Norgate Hébergement près de Nantes. "
        f"{pair} ont signé un bail de sept ans portant sur une salle de 3 MW."
    )
    found = deals(text)
    assert [t for t, _ in found] == ["lease"]
    names = {name for name, _ in found[0][1]}
    assert names == {"Cirvane Cloud", "Norgate Hébergement"}
