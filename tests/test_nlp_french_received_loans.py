"""French loans told from the borrower's side: `X s'est vu octroyer (accorder) un prêt`
(the subject of a reflexive `se voir` receives what the infinitive gives), bridge loans
written as one hyphenated word (`crédit-relais`), and the lenders named in a participle
set after the loan's duration (`sur 18 mois, mis à disposition par A et B`); on real
French parses (invented companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def loans(text: str) -> list[Deal]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return [d for d in found if d.deal_type == "other"]


def test_a_bridge_loan_the_borrower_was_granted_names_its_lenders_after_its_term() -> None:
    found = loans(
        "Pour boucler le rachat, Norbelle Data s'est vu octroyer un crédit-relais de 200 "
        "millions de francs sur douze mois, mis à disposition par la Banque Ardoise et le "
        "Crédit Vexinois."
    )
    assert len(found) == 1
    loan = found[0]
    assert {(p.name, p.role) for p in loan.parties} == {
        ("Norbelle Data", "customer"),
        ("Banque Ardoise", "provider"),
        ("Crédit Vexinois", "provider"),
    }
    assert [(a.value, a.currency, a.kind) for a in loan.amounts] == [(200_000_000, "CHF", "total")]
    assert loan.term is not None and loan.term.duration == "P12M"


def test_the_subject_of_se_voir_accorder_borrows() -> None:
    found = loans(
        "La société Kervella Compute s'est vu accorder un prêt de 80 millions d'euros par la "
        "Banque Ardoise."
    )
    assert len(found) == 1
    assert {(p.name, p.role) for p in found[0].parties} == {
        ("Kervella Compute", "customer"),
        ("Banque Ardoise", "provider"),
    }


def test_a_loan_the_parse_hangs_on_the_last_lender_is_the_signers() -> None:
    found = loans(
        "Tarvane Cloud a conclu avec un pool bancaire emmené par la Banque Ardoise et le "
        "Crédit Vexinois un prêt syndiqué de 900 millions de dirhams, destiné à son campus."
    )
    assert len(found) == 1
    assert {(p.name, p.role) for p in found[0].parties} == {
        ("Tarvane Cloud", "customer"),
        ("Banque Ardoise", "provider"),
        ("Crédit Vexinois", "provider"),
    }
    assert [(a.value, a.currency, a.kind) for a in found[0].amounts] == [
        (900_000_000, "MAD", "total")
    ]


def test_a_bridge_loan_is_no_price_of_the_purchase_it_funds() -> None:
    found = extract_deals(
        Article(
            text="Norbelle Data rachète la société Kervella Hosting pour 120 millions d'euros. "
            "Le groupe financera l'opération par un crédit-relais de 80 millions d'euros.",
            language="fr",
            published="2026-06-01",
        )
    )
    assert [
        (a.value, a.kind) for d in found if d.deal_type == "acquisition" for a in d.amounts
    ] == [(120_000_000, "price")]


@pytest.mark.parametrize(
    "text",
    [
        "Tarvane Cloud a obtenu un prêt syndiqué de 900 millions de dirhams de la Banque Ardoise.",
        "Tarvane Cloud a obtenu une ligne de crédit de 900 millions de dirhams de la Banque "
        "Ardoise.",
    ],
)
def test_a_syndicated_loan_or_credit_line_keeps_its_principal(text: str) -> None:
    (loan,) = loans(text)
    assert [(a.value, a.currency, a.kind) for a in loan.amounts] == [(900_000_000, "MAD", "total")]


def test_a_lender_named_after_the_sum_of_a_credit_agreement_lends() -> None:
    (loan,) = loans(
        "Tarvane Cloud a conclu un contrat de crédit (RCF) d'un montant de 200 millions "
        "d'euros avec la Banque Ardoise."
    )
    assert {(p.name, p.role) for p in loan.parties} == {
        ("Tarvane Cloud", "customer"),
        ("Banque Ardoise", "provider"),
    }
