"""French loans whose lenders are told in a sentence of their own that names no sum and no
deal verb of the cue list: the arranger (`La Banque X agit comme arrangeur du crédit`,
`X intervient en tant que prêteur`) or the arranging verb (`Le crédit a été arrangé par A
et B`); such a sentence is read and its banks lend the loan told before (invented
companies and sentences, on real French parses)."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-06-01"))


@pytest.mark.parametrize(
    ("text", "lenders"),
    [
        (
            "Lornac Industries a obtenu un prêt de 85 millions d'euros. La Banque Orvalis "
            "agit comme arrangeur du crédit.",
            {"Banque Orvalis"},
        ),
        (
            "Lornac Industries a obtenu un prêt vert de 85 millions d'euros sur six ans. Le "
            "crédit a été arrangé par la Banque Orvalis et la Caisse Ferrand.",
            {"Banque Orvalis", "Caisse Ferrand"},
        ),
    ],
)
def test_lenders_told_in_an_arranger_sentence(text: str, lenders: set[str]) -> None:
    loans = [d for d in deals(text) if d.deal_type == "other"]
    assert len(loans) == 1
    sides = {(p.name, p.role) for p in loans[0].parties}
    assert {name for name, role in sides if role == "provider"} == lenders
    assert ("Lornac Industries", "customer") in sides
