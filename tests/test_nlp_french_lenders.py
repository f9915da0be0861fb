"""French loans and their lenders as news lists them: after a group noun (`un pool de deux
banques, A et B`, `un pool formé de A et de B`), in a list the parse splits (`arrangé par
A, B et la banque japonaise C`, `rejoints par D`), and in a participle hung on the wrong
word (`accordé à X par A`); on real French parses (invented companies and sentences)."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals as deals
from tests.nlp_support import french_loan_sides as loan_sides


@pytest.mark.parametrize(
    ("text", "lenders"),
    [
        (
            "La société Norbelle Data a par ailleurs obtenu un prêt de 120 millions d'euros "
            "d'un pool de deux banques, le Crédit Ardoisier et la Banque Ventrane.",
            {"Crédit Ardoisier", "Banque Ventrane"},
        ),
        (
            "Norbelle Data a obtenu un financement bancaire de 1,1 milliard d'euros sur sept "
            "ans, arrangé par Banque Ardoise, Crédit Vexinois et la banque japonaise Kurogawa "
            "Bank.",
            {"Banque Ardoise", "Crédit Vexinois", "Kurogawa Bank"},
        ),
        (
            "Dans la foulée, Norbelle Data a signé une convention de crédit de 900 millions "
            "d'euros avec un pool formé de la Banque Ardoise (chef de file) et du Crédit "
            "Vexinois.",
            {"Banque Ardoise", "Crédit Vexinois"},
        ),
        (
            "La part en numéraire est financée par une nouvelle ligne de crédit de 60 millions "
            "d'euros accordée à Norbelle Data par Banque Ardoise et Vexibank.",
            {"Banque Ardoise", "Vexibank"},
        ),
        (
            "Le crédit, d'une maturité de six ans, a été arrangé pour Norbelle Data par Banque "
            "Ardoise, Vexibank, Crédit Marlier et ING, rejoints par Banque Palatine.",
            {"Banque Ardoise", "Vexibank", "Crédit Marlier", "ING", "Banque Palatine"},
        ),
    ],
)
def test_every_listed_lender_provides_the_borrowers_loan(text: str, lenders: set[str]) -> None:
    assert loan_sides(text) == {("Norbelle Data", "customer")} | {(n, "provider") for n in lenders}


def test_the_subject_of_the_next_clause_is_no_co_listed_lender() -> None:
    found = deals(
        "En contrepartie d'une avance versée à Elvane Énergie, Noctaris recevra une quote-part "
        "de la production du parc nucléaire existant."
    )
    assert ("Noctaris", "provider") not in {(p.name, p.role) for d in found for p in d.parties}


def test_a_loan_to_the_venture_named_after_its_owners_is_lent_to_the_owners() -> None:
    sides = loan_sides(
        "L'opérateur Tanoli Fibre et le fonds Marvao Infra ont signé lundi un accord de "
        "coentreprise pour construire un centre de données de 30 mégawatts à Thiès. La "
        "société commune, baptisée Baobab Compute SA, sera détenue à 51% par Tanoli Fibre et "
        "à 49% par Marvao Infra. Le projet bénéficie d'un prêt de 36 milliards de francs CFA "
        "accordé à Baobab Compute par la Banque du Fleuve."
    )
    assert sides == {
        ("Tanoli Fibre", "partner"),
        ("Marvao Infra", "partner"),
        ("Banque du Fleuve", "provider"),
    }


def test_lenders_listed_between_dashes_before_the_loan_lend() -> None:
    sides = loan_sides(
        "La société Norbelle Data, qui porte le projet, a signé mardi avec un pool de trois "
        "banques — la Caisse d'Épargne Hauts-de-France, le Crédit du Nord-Artois et la Banque "
        "Scaldienne — un prêt de 85 millions d'euros sur sept ans."
    )
    assert sides == {
        ("Norbelle Data", "customer"),
        ("Caisse d'Épargne Hauts-de-France", "provider"),
        ("Crédit du Nord-Artois", "provider"),
        ("Banque Scaldienne", "provider"),
    }
