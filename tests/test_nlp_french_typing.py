"""French deal typing read from the deal's own clause, on real French parses (invented
companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def main_deal(text: str) -> Deal:
    return extract_deals(Article(text=text, language="fr", published="2026-10-05"))[0]


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


@pytest.mark.parametrize(
    "sentence",
    [
        "Veltrane vend une licence de son logiciel à la Mutuelle Orlanne pour 12 millions d'euros.",
        "Veltrane a cédé une licence d'exploitation de ses brevets à la Mutuelle Orlanne.",
    ],
)
def test_a_licence_sold_is_a_licence_not_an_acquisition(sentence: str) -> None:
    deal = main_deal(sentence)
    assert deal.deal_type == "licence"
    assert sides(deal) == {("Veltrane", "licensor"), ("Mutuelle Orlanne", "licensee")}


def test_a_company_sold_stays_an_acquisition() -> None:
    deal = main_deal(
        "Veltrane vend sa filiale Orlix à la Mutuelle Orlanne pour 12 millions d'euros."
    )
    assert deal.deal_type == "acquisition"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the owner lets what it owns: `de son campus`
            "Brumaire Data louera à l'américaine Quenby Cloud 40 mégawatts de son campus de "
            "Vierzon, dans le cadre d'un bail de 12 ans.",
            {("Brumaire Data", "lessor"), ("Quenby Cloud", "lessee")},
        ),
        (  # the party after `à` described as the developer of the campus lets it
            "L'hyperscaler américain Quenby Cloud loue 40 MW au promoteur Brumaire Infra à "
            "Vierzon (Cher).",
            {("Brumaire Infra", "lessor"), ("Quenby Cloud", "lessee")},
        ),
    ],
)
def test_louer_a_is_read_in_either_direction(text: str, expected: set[tuple[str, str]]) -> None:
    deal = main_deal(text)
    assert deal.deal_type == "lease"
    assert sides(deal) == expected


def test_gpus_let_for_years_are_a_compute_contract() -> None:
    deal = main_deal(
        "La société Calcium Calcul louera pendant trois ans une grappe de processeurs "
        "graphiques à Orbelle Labs, un développeur de modèles d'intelligence artificielle. "
        "Les GPU seront installés dans le centre de données de Calcium Calcul à Limoges."
    )
    assert deal.deal_type == "compute_contract"
    assert sides(deal) == {("Calcium Calcul", "provider"), ("Orbelle Labs", "customer")}


def test_a_provider_described_after_its_name_signs_a_compute_contract() -> None:
    deal = main_deal(
        "Nuvaris, fournisseur français de calcul haute performance, "
        "annonce la signature avec Lexora, éditeur de logiciels juridiques, d'un contrat de "
        "90 millions d'euros portant sur la mise à disposition de 1 024 GPU."
    )
    assert deal.deal_type == "compute_contract"
    assert sides(deal) == {("Nuvaris", "provider"), ("Lexora", "customer")}


def test_an_order_placed_with_the_story_s_company_by_a_dative_clitic() -> None:
    text = (
        "La start-up nantaise Ferrane Semi tient son premier grand client. "
        "L'opérateur breton Nuage d'Iroise lui a passé une commande de 5 000 puces, pour un "
        "montant de 60 millions d'euros."
    )
    deal = main_deal(text)
    assert deal.deal_type == "supply"
    assert sides(deal) == {("Nuage d'Iroise", "buyer"), ("Ferrane Semi", "seller")}
    assert [(a.value, a.kind) for a in deal.amounts] == [(60_000_000, "total")]


@pytest.mark.parametrize(
    "text",
    [
        "L'électricien Vollane fournira à l'opérateur Datarive 120 MW d'électricité pendant "
        "dix ans, à partir de 2028.",
        "Datarive a signé un contrat d'approvisionnement avec le producteur Vollane, qui lui "
        "livrera 120 MW d'électricité pendant dix ans.",
    ],
)
def test_electricity_supplied_is_a_power_purchase(text: str) -> None:
    deal = main_deal(text)
    assert deal.deal_type == "power_purchase"
    assert sides(deal) == {("Vollane", "seller"), ("Datarive", "buyer")}


def test_the_value_an_exercised_option_would_reach_is_an_option() -> None:
    deal = main_deal(
        "Nuvaris, fournisseur de calcul, a signé avec Lexora un contrat de 90 millions "
        "d'euros pour la mise à disposition de 1 024 GPU. Lexora dispose d'une option "
        "d'extension qui, si elle était exercée, porterait sa valeur à 120 millions d'euros."
    )
    assert {(a.value, a.kind) for a in deal.amounts} == {
        (90_000_000, "total"),
        (120_000_000, "option"),
    }


def test_a_loan_to_a_named_joint_venture_is_a_loan_to_its_owners() -> None:
    text = (
        "Lundi, le groupe Castelmoor et le fonds Ombrine Capital ont officialisé la création "
        "d'une coentreprise détenue à parts égales, baptisée Tessin Calcul, pour construire un "
        "campus de 200 MW. La première phase sera financée par un prêt de 600 millions "
        "d'euros accordé à Tessin Calcul par un pool de banques mené par la Banque Lozère et "
        "Velmar Bank."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-05"))
    loan = next(d for d in deals if d.deal_type == "other")
    assert sides(loan) == {
        ("Banque Lozère", "provider"),
        ("Velmar Bank", "provider"),
        ("Castelmoor", "partner"),
        ("Ombrine Capital", "partner"),
    }


def test_an_alliance_stays_a_partnership_and_its_venture_borrows() -> None:
    text = (
        "L'opérateur Kamsar Télécom et le producteur Niokolo Power s'associent pour bâtir un "
        "campus à Thiès. Les deux groupes ont créé une coentreprise pour construire un campus "
        "de centres de données de 40 MW alimenté à l'électricité solaire. La coentreprise a "
        "obtenu un prêt de 30 milliards de FCFA auprès d'un consortium emmené par la Banque "
        "Ouest-Africaine de Crédit et le Crédit Sahélien."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-05"))
    assert [d.deal_type for d in deals] == ["partnership", "other"]
    assert sides(deals[1]) == {
        ("Banque Ouest-Africaine de Crédit", "provider"),
        ("Crédit Sahélien", "provider"),
        ("Kamsar Télécom", "partner"),
        ("Niokolo Power", "partner"),
    }


def test_a_description_stands_for_the_name_written_right_after_it() -> None:
    doc = load_model("fr")(
        "L'hébergeur normand Nuvelle mettra à la disposition de la start-up lyonnaise Orbis "
        "AI 1 024 GPU dans son centre de données de Caen, à compter de janvier 2027."
    )
    found = {(r, m.text) for f in find_frames(doc) for r, m in f.args}
    assert found == {("provider", "Nuvelle"), ("customer", "Orbis AI")}


def test_an_order_beside_a_licence_between_the_same_parties_is_its_own_deal() -> None:
    text = (
        "Photelis accorde à Hoshiba Denki une licence mondiale sur ses brevets de lasers. "
        "La licence est consentie pour dix ans à compter du 1er mai 2026. Dans le même temps, "
        "Hoshiba Denki a passé commande auprès de Photelis de 50 000 puces, pour un montant "
        "d'environ 9 millions d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-05"))
    assert {(d.deal_type, frozenset(sides(d))) for d in deals} == {
        ("licence", frozenset({("Photelis", "licensor"), ("Hoshiba Denki", "licensee")})),
        ("supply", frozenset({("Photelis", "seller"), ("Hoshiba Denki", "buyer")})),
    }


def test_goods_bought_from_a_maker_in_an_aside_are_no_deal() -> None:
    doc = load_model("fr")(
        "Concrètement, Nubéo réservera à Vortal IA 12 288 GPU de génération Blackwell, "
        "achetés à Nvidia, dans son nouveau centre de données de Vannes."
    )
    assert not [f for f in find_frames(doc) if f.trigger == "achetés"]


def test_several_contracts_signed_tell_a_relationship_not_a_deal() -> None:
    several = find_frames(
        load_model("fr")("Nuvelle a notamment signé plusieurs contrats avec l'américain Corvane.")
    )
    one = find_frames(load_model("fr")("Nuvelle a signé un contrat avec l'américain Corvane."))
    assert [f.habitual for f in several] == [True]
    assert [f.habitual for f in one] == [False]


def test_the_second_of_two_contracts_told_in_the_passive() -> None:
    text = (
        "Calvane, fournisseur français de cloud, annonce la signature de deux contrats. Le "
        "premier lie Calvane au laboratoire Zephyr AI, qui versera chaque mois 5 millions "
        "d'euros à Calvane pour l'usage de 2 000 GPU. Le second, d'un montant de 20 millions "
        "d'euros sur trois ans, a été conclu avec Morlaix Santé, éditeur brestois de "
        "logiciels médicaux, qui disposera de capacités dans le même centre."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-05"))
    assert ("Morlaix Santé", "customer") in {p for d in deals for p in sides(d)}
    assert ("Calvane", "provider") in {p for d in deals for p in sides(d)}


def test_a_stake_taken_in_new_shares_is_an_investment() -> None:
    for text in (
        "Le gestionnaire de retraites Boréal Retraite a convenu d'acquérir 30 % de Ardelle "
        "Calcul au moyen d'une souscription d'actions nouvelles de 200 millions d'euros.",
        "Mutuelle Sarvane a annoncé la souscription d'une augmentation de capital de 300 "
        "millions d'euros dans Ardelle Calcul, dont elle obtient 40 % du capital.",
    ):
        deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
        assert deals[0].deal_type == "investment"
        assert {p.role for p in deals[0].parties} == {"investor", "investee"}
        assert {a.kind for a in deals[0].amounts} == {"investment"}


def test_a_stake_bought_from_a_seller_stays_an_acquisition() -> None:
    text = (
        "Boréal Retraite a convenu d'acquérir 30 % de Ardelle Calcul auprès de Morvan "
        "Participations pour 200 millions d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    assert deals[0].deal_type == "acquisition"


def _sellers(text: str) -> set[str]:
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {p.name for d in deals for p in d.parties if p.role == "seller"}


def test_the_former_owner_is_the_seller() -> None:
    owner = (
        "Le prestataire Vornet met la main sur Kalwerk Rechenzentren pour 90 millions de "
        "francs. Kalwerk appartenait jusqu'ici à la holding familiale Stocker Beteiligungen."
    )
    assert _sellers(owner) == {"Stocker Beteiligungen"}


def test_a_dative_after_a_relative_is_not_the_relatives_antecedent() -> None:
    doc = load_model("fr")(
        "Orvane a signé une promesse d'achat avec le fonds Carlow Capital, qui va lui "
        "racheter 100 % de sa filiale Telmis Data pour 300 millions d'euros."
    )
    args = [(r, m.text) for f in find_frames(doc) for r, m in f.args]
    assert ("acquirer", "Carlow Capital") in args
    assert ("seller", "Carlow Capital") not in args
    assert any(r == "seller" for r, _ in args)


def test_a_share_of_the_capital_bought_from_holders_is_a_stake_with_sellers() -> None:
    text = (
        "L'opérateur gantois Leiwerk s'offre son concurrent Duvel Hosting. Il acquiert 70 % "
        "du capital auprès du fonds Brabant Groeifonds pour 50 millions d'euros. "
        "L'opération valorise Duvel Hosting à 70 millions d'euros pour 100 % du capital."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    assert deals[0].deal_type == "acquisition"
    assert ("Brabant Groeifonds", "seller") in {(p.name, p.role) for p in deals[0].parties}
    assert {(a.value, a.kind) for a in deals[0].amounts} == {
        (50_000_000, "price"),
        (70_000_000, "valuation"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "La société Orvane Data a signé un accord de prêt de 40 millions d'euros avec la "
        "Banque Ferlise, destiné à financer un centre de données de 12 MW à Valmy.",
        "Orvane Data a signé un contrat de crédit de 40 millions d'euros avec la Banque "
        "Ferlise pour la construction de son centre de données de Valmy.",
    ],
)
def test_a_named_loan_agreement_for_a_data_center_is_a_loan(sentence: str) -> None:
    deal = main_deal(sentence)
    assert deal.deal_type == "other"
    assert [(a.value, a.kind) for a in deal.amounts] == [(40e6, "total")]


def test_an_asset_sold_and_leased_back_is_a_sale_and_a_lease() -> None:
    text = (
        "L'opérateur Belvane Télécom a conclu avec Ostral Towers la vente de 800 pylônes "
        "répartis dans tout le pays, pour un montant de 60 millions d'euros.\n\n"
        "L'opération prend la forme d'une cession-bail : Belvane Télécom restera locataire "
        "des emplacements pendant douze ans, moyennant un loyer annuel de 5 millions d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-05"))
    found = {(d.deal_type, frozenset(sides(d))) for d in deals}
    assert found == {
        ("acquisition", frozenset({("Belvane Télécom", "seller"), ("Ostral Towers", "acquirer")})),
        ("lease", frozenset({("Belvane Télécom", "lessee"), ("Ostral Towers", "lessor")})),
    }
    lease = next(d for d in deals if d.deal_type == "lease")
    assert [(a.value, a.period) for a in lease.amounts] == [(5e6, "P1Y")]
    sale = next(d for d in deals if d.deal_type == "acquisition")
    assert [(a.value, a.kind) for a in sale.amounts] == [(60e6, "price")]


def test_a_sale_the_parse_hangs_on_the_buyer_is_still_the_verbs_object() -> None:
    deal = main_deal("Belvane Télécom a conclu avec Ostral Towers la vente de ses pylônes.")
    assert deal.deal_type == "acquisition"
    assert sides(deal) == {("Belvane Télécom", "seller"), ("Ostral Towers", "acquirer")}


def test_a_contract_told_in_a_clause_without_a_frame_is_still_drafted() -> None:
    deal = main_deal(
        "Le néocloud Ardanel Cloud a signé avec la start-up parisienne Pivane AI un contrat "
        "de trois ans portant sur environ 2 000 GPU. Montant : 120 millions d'euros."
    )
    assert deal.deal_type == "compute_contract"
    assert sides(deal) == {("Ardanel Cloud", "provider"), ("Pivane AI", "customer")}
    assert [(a.value, a.kind) for a in deal.amounts] == [(120e6, "total")]
