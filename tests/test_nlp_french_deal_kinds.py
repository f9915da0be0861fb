"""French deal kinds and their sides: a description before the first party does not
describe the party it signs with; a loan's borrower described after its name, the members
of its pool and the fund guaranteeing it."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.direction import provider_side


@pytest.mark.parametrize(
    ("sentence", "deal_type", "sides"),
    [
        (
            "L'exploitant de centres de données Brisel a conclu avec Torrentia un contrat "
            "d'allocation de production nucléaire de dix ans.",
            "power_purchase",
            {1: "customer", 2: "provider"},
        ),
        (
            "Le fournisseur de cloud Brisel a signé avec Torrentia un contrat de trois ans.",
            "compute_contract",
            {1: "provider", 2: "customer"},
        ),
    ],
)
def test_a_description_stops_at_the_party_signed_with(
    sentence: str, deal_type: str, sides: dict[int, str]
) -> None:
    assert provider_side({1: ["Brisel"], 2: ["Torrentia"]}, [sentence], deal_type) == sides


def _loan_roles(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, language="fr", published="2026-08-05"))
    return {(p.name, p.role) for d in deals if d.deal_type == "other" for p in d.parties}


def test_a_borrower_described_after_its_name_borrows_from_the_pool_members() -> None:
    text = (
        "Kopéra Data, société gabonaise spécialisée dans l'hébergement de données, a signé "
        "le 4 juin à Libreville une convention de prêt de 12 milliards de FCFA avec un pool "
        "bancaire composé de la Banque Ogooué Commerciale (BOC), chef de file, et de la "
        "Société Gabonaise de Crédit (SGC)."
    )
    roles = _loan_roles(text)
    assert ("Kopéra Data", "customer") in roles
    assert ("Banque Ogooué Commerciale", "provider") in roles
    assert ("Société Gabonaise de Crédit", "provider") in roles


def test_a_fund_guaranteeing_the_loan_is_its_guarantor() -> None:
    text = (
        "Kopéra Data a signé une convention de prêt de 12 milliards de FCFA avec la Banque "
        "Ogooué Commerciale pour financer son centre de données de Libreville. Le Fonds "
        "Gabonais de Garantie (FGG) garantit le prêt à hauteur de 50 %, selon l'institution."
    )
    assert ("Fonds Gabonais de Garantie", "guarantor") in _loan_roles(text)


def test_a_tender_won_is_a_contract_the_headline_types() -> None:
    text = (
        "Brumoire, l'hébergeur lillois coté sur Euronext Growth, a annoncé mardi avoir "
        "remporté l'appel d'offres lancé par la Caisse Vendéenne pour la migration de ses "
        "applications. Le contrat, d'une durée de quatre ans, représente 90 millions d'euros."
    )
    title = "Brumoire décroche un contrat cloud de 90 millions"
    deals = extract_deals(Article(text=text, title=title, language="fr", published="2026-11-03"))
    assert deals[0].deal_type == "compute_contract"
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Brumoire", "provider"),
        ("Caisse Vendéenne", "customer"),
    }


def test_a_borrower_described_with_an_article_borrows_from_the_banks_leading_the_pool() -> None:
    text = (
        "Sorbane Data, la plateforme créée en 2022 par le fonds Yvelin Capital, a signé un "
        "financement bancaire de 900 millions d'euros destiné à son campus de Cholet. Le "
        "pool est mené par Banque Armelle, Crédit Vernois et Société Ligérienne, rejoints "
        "par quatre autres établissements."
    )
    roles = _loan_roles(text)
    assert ("Sorbane Data", "customer") in roles
    assert {("Banque Armelle", "provider"), ("Crédit Vernois", "provider")} <= roles
    assert all(name != "Yvelin Capital" for name, _ in roles)


def test_an_equipment_maker_sells_an_order_delivered_from_one_year_to_the_next() -> None:
    text = (
        "Électro-Varennes inc., fabricant québécois d'équipements électriques, annonce avoir "
        "conclu un contrat avec Bassam Datacenters pour la fourniture de 12 transformateurs "
        "destinés au campus que Bassam construit à Bouaké. D'une valeur totale de 20 millions "
        "de dollars canadiens, la commande sera livrée de 2027 à 2028."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-09-30"))
    assert deals[0].deal_type == "supply"
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Électro-Varennes", "seller"),
        ("Bassam Datacenters", "buyer"),
    }
    assert deals[0].term is not None
    assert (deals[0].term.start, deals[0].term.end) == ("2027", "2028")


def test_a_loan_told_before_an_inverted_reporting_clause_is_the_opening_companys() -> None:
    text = (
        "L'opérateur liégeois de centres de données Ourthe Data Centers a conclu un crédit "
        "syndiqué de 180 millions d'euros auprès de Banque Mosane, Crédit Hesbignon et Caisse "
        "Ardennaise pour financer la construction de son campus Ourthe 1, dans le parc "
        "d'activités des Hauts-Sarts, à Herstal (Liège), a-t-il annoncé lundi."
    )
    roles = _loan_roles(text)
    assert ("Ourthe Data Centers", "customer") in roles
    assert ("Banque Mosane", "provider") in roles


def test_the_value_an_extension_option_would_bring_the_loan_to_is_its_option() -> None:
    text = (
        "Ourthe Data Centers a conclu un crédit syndiqué de 180 millions d'euros auprès de "
        "Banque Mosane et de Crédit Hesbignon pour financer son campus de Herstal. Le prêt, "
        "d'une durée de six ans, est assorti d'une option d'extension de 60 millions "
        "d'euros, qui pourrait porter l'enveloppe totale à 240 millions d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-11-23"))
    amounts = {(a.value, a.kind) for d in deals for a in d.amounts}
    assert (240_000_000, "option") in amounts
