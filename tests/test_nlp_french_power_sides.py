"""Who buys and who sells in a French PPA whose verb says only `a conclu avec`: the data
centre operator (however it is qualified) buys, the producer sells; and which CFA franc an
amount is, from where the deal is."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.direction import provider_side


@pytest.mark.parametrize(
    "sentence",
    [
        "L'exploitant genevois de centres de données Brisel a conclu avec le producteur "
        "hydraulique Torrentia un contrat d'achat d'électricité de douze ans.",
        "Torrentia a signé avec l'opérateur de centres de données Brisel un contrat "
        "d'allocation de production de dix ans.",
        "Brisel, premier opérateur alpin de centres de données neutres, et Torrentia "
        "annoncent un contrat d'achat d'électricité.",
        "Torrentia a signé un contrat de vente d'électricité renouvelable à Brisel.",
        "Le courant alimentera les trois centres de données qu'exploite Brisel, a dit Torrentia.",
        "En contrepartie d'une avance versée à Torrentia, Brisel recevra une part de la "
        "production.",
        "Brisel a conclu avec la société Torrentia un contrat d'achat d'électricité portant "
        "sur la production du parc éolien de Torrentia.",
        "Brisel a conclu un contrat d'achat de l'électricité produite par Torrentia.",
    ],
)
def test_the_data_centre_operator_buys_the_power(sentence: str) -> None:
    sides = provider_side({1: ["Brisel"], 2: ["Torrentia"]}, [sentence], "power_purchase")
    assert sides == {1: "customer", 2: "provider"}


def test_a_ppa_signed_with_each_other_gets_buyer_and_seller() -> None:
    text = (
        "L'opérateur belge de centres de données Corvalis a conclu avec le développeur "
        "éolien Ventaro un contrat d'achat d'électricité de quinze ans portant sur 40 MW, "
        "ont annoncé mardi les deux entreprises."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Corvalis", "buyer"),
        ("Ventaro", "seller"),
    }


@pytest.mark.parametrize(
    "share",
    [
        "l'intégralité de la production",
        "la totalité de la production",
        "la moitié de la production",
    ],
)
def test_a_share_of_a_plants_output_sold_is_power_not_a_company(share: str) -> None:
    text = (
        f"Le producteur Varnelle cédera à Ostrada {share} du parc éolien de Mirebois "
        "pendant quinze ans."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert [d.deal_type for d in deals] == ["power_purchase"]
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Varnelle", "seller"),
        ("Ostrada", "buyer"),
    }


def test_a_share_of_a_companys_capital_sold_is_still_an_acquisition() -> None:
    text = "Le groupe Varnelle cédera à Ostrada la moitié du capital de sa filiale Mirelec."
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert deals[0].deal_type == "acquisition"


def _currencies(text: str) -> set[str | None]:
    article = Article(text=text, language="fr", published="2026-05-04")
    return {a.currency for d in extract_deals(article) for a in d.amounts}


def test_a_cfa_franc_of_central_africa_is_read_from_the_deals_place() -> None:
    cameroon = (
        "Le groupe Nyanga Data a signé l'acquisition de 100 % de Bassa Cloud, qui exploite "
        "à Douala un centre de données de 3 MW. Le prix s'établit à 12 milliards de FCFA."
    )
    senegal = (
        "Le groupe Nyanga Data a signé l'acquisition de 100 % de Bassa Cloud, qui exploite "
        "à Dakar un centre de données de 3 MW. Le prix s'établit à 12 milliards de FCFA."
    )
    assert _currencies(cameroon) == {"XAF"}
    assert _currencies(senegal) == {"XOF"}


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # a state utility's name holds `électricité`: the producer described sells
            "La Société nationale d'électricité du Kalamar (Senkal) a signé mardi un contrat "
            "d'achat d'électricité avec Ventaro Sahel, producteur indépendant chargé de "
            "construire et d'exploiter la centrale solaire de Tiwal.",
            "Société nationale d'électricité du Kalamar",
            "Ventaro Sahel",
        ),
        (  # the producer named after its trade sells, whatever its name says
            "L'hébergeur avignonnais Corvalis Data a conclu un contrat d'achat d'électricité "
            "de vingt ans avec le producteur Soluval Provence.",
            "Corvalis Data",
            "Soluval Provence",
        ),
        (  # a host is no seller of power, whatever it provides elsewhere
            "L'hébergeur Corvalis DC a conclu un PPA de douze ans avec Aurelio Énergies "
            "portant sur 60 % de la production du parc éolien des Trois Chênes.",
            "Corvalis DC",
            "Aurelio Énergies",
        ),
    ],
)
def test_the_words_around_the_names_say_who_sells_the_power(
    text: str, buyer: str, seller: str
) -> None:
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    found = {(p.name, p.role) for d in deals for p in d.parties}
    assert (buyer, "buyer") in found
    assert (seller, "seller") in found
