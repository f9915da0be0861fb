"""A name written right after a count of goods (`9 000 GPU Corvex`, `256 accélérateurs
graphiques Corvex K40`) names the goods' maker or model, not a side of the contract
(resolution.without_counted_goods)."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_chip_maker_after_a_count_is_no_party() -> None:
    text = (
        "Le néocloud Brumaire Cloud a signé avec Oriel AI, éditeur de modèles de langage, "
        "un contrat de fourniture de capacité de calcul d'une valeur de 600 millions "
        "d'euros sur trois ans. Oriel AI disposera d'environ 9 000 GPU Corvex de dernière "
        "génération, installés dans le centre de données que Brumaire Cloud achève à Lyon."
    )
    names = {p.name for d in french_deals(text) for p in d.parties}
    assert not any("Corvex" in n for n in names)
    assert {"Brumaire Cloud", "Oriel AI"} <= names


def test_buyer_after_counted_goods_stays() -> None:
    text = (
        "Le fabricant Tessaro Systems vendra 4 000 serveurs à Halden Cloud, pour environ "
        "200 millions d'euros, a annoncé lundi le groupe."
    )
    names = {p.name for d in french_deals(text) for p in d.parties}
    assert "Halden Cloud" in names
