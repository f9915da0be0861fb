"""French financings told as an envelope: a green loan from a bank pool whose later
lenders join `aux côtés de` (lenders of the loan, not investors of a round), a loan told
with its lenders alone whose borrower is the story's company even when a lender's name
starts like a joint-venture phrase (`Société Générale` is no `société commune`);
invented companies."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals

ENVELOPE = (
    "Norbelle Data a finalisé le financement de son campus de Vaulmont. L'enveloppe se "
    "compose d'un prêt vert de 400 millions d'euros sur sept ans, souscrit auprès d'un pool "
    "bancaire emmené par Société Générale et la Banque Ardoise, aux côtés du Crédit Vexinois "
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
        ("Société Générale", "provider"),
        ("Banque Ardoise", "provider"),
        ("Crédit Vexinois", "provider"),
        ("Kurogawa Bank", "provider"),
    }
