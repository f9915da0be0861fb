"""`X a signé avec Y un contrat d'achat d'électricité (un prêt)`: the power contract or the
loan after a verb's `avec` phrase is the verb's object, not a second object, the name's
modifier or a new sentence."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from tests.nlp_support import french_deals


def _object_of(sentence: str, noun: str) -> tuple[str, str]:
    """The label and head word of a noun of a French sentence, as the frame code reads it."""
    doc = load_model("fr")(sentence)
    token = next(t for t in doc if t.text == noun)
    return token.dep_, token.head.text


def test_contract_after_described_name_is_the_object() -> None:
    sentence = (
        "Condrel Data a signé avec la coopérative Ventoval Wallonie un contrat d'achat "
        "d'électricité de quinze ans pour toute la production du parc éolien de Hautbois."
    )
    assert _object_of(sentence, "contrat") == ("dobj", "signé")


def test_power_contract_after_name_with_legal_form_is_the_object() -> None:
    sentence = (
        "Brivane Calcul a conclu avec Hydrelle Sorens SA un contrat d'approvisionnement "
        "portant sur 80 GWh par an d'électricité d'origine hydraulique."
    )
    assert _object_of(sentence, "contrat") == ("dobj", "conclu")


def test_other_clause_after_with_phrase_left_as_parsed() -> None:
    sentence = (
        "Le groupe Varenne est entré en négociations exclusives avec le fonds Orvel "
        "Infrastructure en vue de lui céder 49 % du capital de sa filiale."
    )
    assert _object_of(sentence, "%") == ("dobj", "céder")


def test_power_purchase_after_investment_found() -> None:
    text = (
        "Le fonds Marvello Capital investit 40 millions d'euros dans Condrel Data. Condrel "
        "Data a signé avec la coopérative Ventoval Wallonie un contrat d'achat d'électricité "
        "de quinze ans pour toute la production du parc éolien de Hautbois."
    )
    ppas = [d for d in french_deals(text) if d.deal_type == "power_purchase"]
    assert [sorted(p.name for p in d.parties) for d in ppas] == [
        ["Condrel Data", "Ventoval Wallonie"]
    ]


def test_loan_after_bank_with_its_acronym_is_the_object() -> None:
    sentence = (
        "Le même jour, Orvane Digital a paraphé avec la Banque Ouest-Atlantique (BOA) un prêt "
        "de 45 milliards de FCFA sur dix ans."
    )
    assert _object_of(sentence, "prêt") == ("dobj", "paraphé")


def test_credit_after_described_pool_names_its_lender() -> None:
    text = (
        "Au cours de l'exercice, la société a conclu avec un pool bancaire composé de la Banque "
        "du Varnel, chef de file, et de la Caisse de Rocas un crédit à moyen terme de 85 "
        "millions de dinars."
    )
    loans = [d for d in french_deals(text) if d.deal_type == "other"]
    assert ("Banque du Varnel", "provider") in {(p.name, p.role) for d in loans for p in d.parties}
