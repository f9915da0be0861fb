"""French financings told as an envelope: a green loan from a bank pool whose later
lenders join `aux côtés de` (lenders of the loan, not investors of a round), and
a guarantee told in a participle after the loan (`garanti par Y`: Y guarantees, lends
nothing); invented companies."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals

ENVELOPE = (
    "Norbelle Data a finalisé le financement de son campus de Vaulmont. L'enveloppe se "
    "compose d'un prêt vert de 400 millions d'euros sur sept ans, souscrit auprès d'un pool "
    "bancaire emmené par Banque Palatine et la Banque Ardoise, aux côtés du Crédit Vexinois "
    "et de la banque japonaise Kurogawa Bank. Le solde, soit 90 millions d'euros, prend la "
    "forme d'une augmentation de capital entièrement souscrite par le fonds Orlis Partners."
)


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-06-01"))


def sides(found: list[Deal], deal_type: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in found if d.deal_type == deal_type for p in d.parties}


def test_lenders_joining_a_pool_lend_and_the_story_company_borrows() -> None:
    assert sides(deals(ENVELOPE), "other") == {
        ("Norbelle Data", "customer"),
        ("Banque Palatine", "provider"),
        ("Banque Ardoise", "provider"),
        ("Crédit Vexinois", "provider"),
        ("Kurogawa Bank", "provider"),
    }


def test_a_participle_guaranteeing_the_loan_names_a_guarantor_not_a_lender() -> None:
    found = deals(
        "Le fournisseur de calcul Norbelle Data a bouclé le financement de son campus. La "
        "Banque Ardoise lui accorde un prêt de 60 millions d'euros sur dix ans, garanti par "
        "l'assureur Kerval Assurances."
    )
    assert sides(found, "other") == {
        ("Norbelle Data", "customer"),
        ("Banque Ardoise", "provider"),
        ("Kerval Assurances", "guarantor"),
    }
