"""French parties and amounts of round 11: what a party's building costs (`Le bâtiment a
nécessité un investissement de 28 milliards de FCFA`) is no sale's, lease's or supply's
money, only a joint venture's; invented companies and sentences."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.facts import amount_rejected


def _amounts(text: str) -> set[tuple[float, str]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {(a.value, a.kind) for d in found for a in d.amounts}


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bâtiment TD3 a nécessité un investissement de 28 milliards de FCFA.",
        "Le programme représente un investissement estimé à 2,3 milliards d'euros sur dix ans.",
        "Le campus, dont la première tranche représente un investissement de 1,9 milliard de "
        "dirhams, accueillera des clients européens.",
    ],
)
def test_a_partys_capex_is_no_deals_money(sentence: str) -> None:
    (mention,) = find_amounts(sentence, "fr")
    assert amount_rejected(sentence, mention, "fr")
    assert not amount_rejected(sentence, mention, "fr", venture=True)


def test_a_lease_keeps_its_rent_and_drops_the_buildings_cost() -> None:
    found = _amounts(
        "L'opérateur Tarvane Datacenters a signé un bail de dix ans avec Orlis Cloud pour "
        "4 MW dans son bâtiment TD3, à Lyon, pour un loyer total de 60 millions d'euros. "
        "Le bâtiment TD3 a nécessité un investissement de 90 millions d'euros."
    )
    assert (60_000_000, "total") in found
    assert all(value != 90_000_000 for value, _ in found)


def test_money_invested_in_a_company_is_kept() -> None:
    sentence = "Le fonds Orlis a investi 40 millions d'euros dans Tarvane Cloud."
    (mention,) = find_amounts(sentence, "fr")
    assert not amount_rejected(sentence, mention, "fr")


def _sides(text: str) -> set[tuple[str, str]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {(p.name, p.role) for d in found for p in d.parties}


def test_the_filer_of_a_tender_offer_buys() -> None:
    found = _sides(
        "Le groupe Talvane a annoncé lundi le dépôt d'une offre publique d'achat sur "
        "Brisane Hosting, spécialiste lyonnais du cloud, pour 210 millions d'euros."
    )
    assert ("Talvane", "acquirer") in found
    assert ("Brisane Hosting", "target") in found


def test_the_bank_presenting_an_offer_is_no_party() -> None:
    found = _sides(
        "Le groupe Talvane lance une offre publique d'achat sur Brisane Hosting pour 210 "
        "millions d'euros. Talvane demandera le retrait obligatoire à l'issue de l'offre, qui "
        "sera présentée par Kerlouan Securities et devrait être clôturée en mars."
    )
    assert ("Talvane", "acquirer") in found
    assert not any(name == "Kerlouan Securities" for name, _ in found)


def test_a_town_placed_by_a_bearing_is_no_party() -> None:
    found = _sides(
        "L'opérateur ivoirien Lagoa Datacenters a signé un contrat de location de huit ans "
        "avec Savane Cloud, fournisseur régional de services infonuagiques, portant sur 3 MW "
        "dans son deuxième bâtiment, LD2, à Anyama, au nord d'Abidjan."
    )
    assert ("Savane Cloud", "lessee") in found
    assert not any(name == "Anyama" for name, _ in found)
