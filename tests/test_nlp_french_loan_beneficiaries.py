"""A French loan made `en faveur de Y` (`au profit de Y`) is borrowed by Y and lent by
the subject of the verb that announces it (`La Banque X annonce la signature d'un prêt
en faveur de Y`); a bank named `Banque` + a camel-cased name + `d'Investissement` is one
name; a credit line written after the first conjunct of a pair (`financée par la
trésorerie disponible et une ligne de crédit accordée par Y`) is the one Y grants, and
in an acquisition its borrower is the buyer (invented companies and sentences, on real
French parses)."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals, french_loan_sides


@pytest.mark.parametrize("preposition", ["en faveur de", "au profit de"])
def test_the_company_a_loan_is_made_for_borrows_it(preposition: str) -> None:
    sides = french_loan_sides(
        "La Banque Sarrane annonce la signature d'un prêt de 40 millions d'euros "
        f"{preposition} Kerval Logistique SA, opérateur du futur entrepôt frigorifique du port."
    )
    assert sides == {("Banque Sarrane", "provider"), ("Kerval Logistique", "customer")}


def test_a_camel_cased_bank_of_investment_is_one_name() -> None:
    sides = french_loan_sides(
        "La Banque NordAlpes d'Investissement (BNAI) annonce la signature d'un prêt de 40 "
        "millions d'euros en faveur de Kerval Logistique SA."
    )
    assert ("Banque NordAlpes d'Investissement", "provider") in sides


def test_a_credit_line_after_a_cash_pile_is_the_buyers_borrowing() -> None:
    found = french_deals(
        "Corvane Industries SA a signé un accord en vue d'acquérir la totalité du capital de "
        "Mécalis SA pour 90 millions de francs. L'opération sera financée par la trésorerie "
        "disponible et une nouvelle ligne de crédit de 60 millions de francs accordée par la "
        "Banque Rivane."
    )
    loans = [d for d in found if d.deal_type == "other"]
    assert len(loans) == 1
    assert {(p.name, p.role) for p in loans[0].parties} == {
        ("Banque Rivane", "provider"),
        ("Corvane Industries", "customer"),
    }
