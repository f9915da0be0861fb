"""A name opened by an organisation word keeps the link and capitalised words the NER cut
off after it (`la Banque Mirabelle de l'Équipement`, `la Caisse d'Épargne Armor-Pays de
Rance`): one organisation, not two (parties._with_linked_tails)."""

from __future__ import annotations

import pytest

from pipeline.nlp.model import load_model


def _orgs(sentence: str) -> list[str]:
    return [e.text for e in load_model("fr")(sentence).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Un pool conduit par la Banque Sablière de Crédit (BSC), aux côtés de la Banque "
            "Mirabelle de l'Équipement, lui prête 900 millions de dirhams sur 15 ans.",
            "Banque Mirabelle de l'Équipement",
        ),
        (
            "Le tour est mené par la Caisse d'Épargne Armor-Pays de Rance et le fonds "
            "Ouessant Croissance.",
            "Caisse d'Épargne Armor-Pays de Rance",
        ),
    ],
)
def test_lead_word_name_keeps_its_linked_tail(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


def test_name_without_lead_word_keeps_its_end() -> None:
    orgs = _orgs("Le contrat lie Norvane Cloud de Paris à la start-up Lyrbis.")
    assert "Norvane Cloud de Paris" not in orgs


def test_lead_word_outside_the_entity_opens_the_name() -> None:
    orgs = _orgs(
        "C'est Capital Rivière qui mène la ronde ; le Fonds Innovation Mauricie et Caisse "
        "Ambrée Capital complètent le tour de table."
    )
    assert "Caisse Ambrée Capital" in orgs
