"""A French organisation name joined by `et` inside it (`Banque Entreprises et
Institutionnels`) is one name, not two lenders; a company named after `et` stays apart.
Invented companies and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model


def orgs(text: str) -> list[str]:
    return [e.text for e in load_model("fr")(text).ents if e.label_ == "ORG"]


def test_name_joined_by_et_is_one_organisation() -> None:
    found = orgs(
        "Le crédit est consenti par un pool réunissant la Caisse Ardoise, Crédit Vexinois "
        "et Arvéa Banque Entreprises et Institutionnels, le solde étant prélevé sur la "
        "trésorerie."
    )
    assert "Arvéa Banque Entreprises et Institutionnels" in found
    assert "Institutionnels" not in found


def test_company_after_et_stays_apart() -> None:
    found = orgs("Le pool réunit Crédit Ardoise Entreprises et Vexibank, le solde étant prélevé.")
    assert "Vexibank" in found


def test_lender_named_with_et() -> None:
    text = (
        "Norbelle Data a obtenu un crédit de 35 millions d'euros sur six ans, consenti par "
        "un pool réunissant la Caisse Ardoise, Crédit Vexinois et Arvéa Banque Entreprises et "
        "Institutionnels, le solde étant prélevé sur la trésorerie du groupe."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    lenders = {p.name for d in deals for p in d.parties if p.role == "provider"}
    assert "Arvéa Banque Entreprises et Institutionnels" in lenders
    assert "Institutionnels" not in lenders
