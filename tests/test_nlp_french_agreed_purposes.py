"""French agreements told by their purpose: `a conclu un accord avec Y en vue du rachat de
Z`, `a signé un accord avec Y en vue de l'acquisition de Z`: one acquisition, in which the
subject buys and Y sells, not a partnership of the two beside it (invented companies and
sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def parties(text: str) -> set[tuple[str, str]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {(p.name, p.role) for d in found for p in d.parties}


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Le groupe bancaire Banque Orvalis a conclu un accord avec l'assureur Tervane "
            "Assurances en vue du rachat de 60 % du capital de Mutuelle Sarcel pour 240 "
            "millions d'euros.",
            "Banque Orvalis",
            "Tervane Assurances",
        ),
        (
            "Le groupe Talmont Industries a signé un accord avec le fonds Quercy Capital en vue "
            "de l'acquisition de 70 % du capital de Brisane Logistique.",
            "Talmont Industries",
            "Quercy Capital",
        ),
    ],
)
def test_the_subject_buys_and_the_counterparty_sells(text: str, buyer: str, seller: str) -> None:
    found = parties(text)
    assert (buyer, "acquirer") in found
    assert (seller, "seller") in found
    assert not any(role == "partner" for _, role in found)


@pytest.mark.parametrize(
    "subject",
    ["L'opérateur de centres de données", "Le groupe", "L'exploitant lorrain"],
)
def test_a_described_subject_buys_the_purpose_target(subject: str) -> None:
    """`L'opérateur de centres de données a signé un accord en vue d'acquérir Z`: the
    description subject of the agreement stands for the company named before, which buys."""
    text = (
        "Le consolidateur lorrain Groupe Varnel a trouvé sa prochaine cible. "
        f"{subject} a signé lundi un accord en vue d'acquérir 100 % du capital de "
        "Peltrix, spécialiste messin de la colocation, auprès du fonds Orvane Partners."
    )
    found = parties(text)
    assert ("Groupe Varnel", "acquirer") in found
    assert ("Peltrix", "target") in found
