"""French guarantors: `X s'est portée garante des obligations de sa filiale` names the
guarantor of the deal told before it, and `la Société` is the name the filing defines."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


@pytest.mark.parametrize(
    "sentence",
    [
        "Varlin Holding s'est portée garante de l'ensemble des obligations de sa filiale.",
        "Varlin Holding s'est porté garant du paiement des loyers par sa filiale.",
        "Varlin Holding se portera garante des obligations de sa filiale.",
    ],
)
def test_standing_guarantor_is_a_frame(sentence: str) -> None:
    frames = find_frames(load_model("fr")(sentence))
    roles = {(role, mention.text) for f in frames for role, mention in f.args}
    assert ("guarantor", "Varlin Holding") in roles


def test_defined_company_guarantees_the_contract_told_before() -> None:
    text = (
        "Le 3 mars 2026, Quillane Cloud SAS, filiale à 100 % de Groupe Quillane SA (la "
        "« Société »), a conclu avec la société Borval IA SAS un contrat de fourniture de "
        "capacités de calcul de 200 millions d'euros sur trois ans. La Société s'est portée "
        "garante des obligations de Quillane Cloud SAS au titre du contrat."
    )
    deals = extract_deals(Article(text=text, language="fr"))
    roles = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Groupe Quillane", "guarantor") in roles or ("Groupe Quillane SA", "guarantor") in roles
    assert all(role != "guarantor" for name, role in roles if "Borval" in name)
