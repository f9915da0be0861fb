"""French contract lengths and volumes told around the deal: a length after a long
contract noun (`un contrat d'approvisionnement en électricité d'origine nucléaire de douze
ans`); a sentence opening on the contract's volume (`Le volume annuel correspondant
approche 1,5 TWh`); a season in a relative clause (`dont l'aménagement débutera cet été`)
does not make the signing sentence an older deal's. Invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def _deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-04-28"))


def test_a_length_after_a_long_contract_noun() -> None:
    text = (
        "L'électricien Voltane a signé avec l'opérateur Granelle Data un contrat "
        "d'approvisionnement en électricité d'origine nucléaire de douze ans, portant sur "
        "une puissance de 120 mégawatts livrée à partir de 2028."
    )
    deals = _deals(text)
    assert deals and deals[0].term is not None
    assert deals[0].term.duration == "P12Y"


def test_a_sentence_on_the_contract_s_volume() -> None:
    text = (
        "L'électricien Voltane a signé avec l'opérateur Granelle Data un contrat d'achat "
        "d'électricité de dix ans portant sur une puissance de 150 mégawatts.\n\n"
        "Le volume annuel correspondant approche 1,3 TWh, soit l'équivalent de la "
        "consommation d'une grande ville."
    )
    deals = _deals(text)
    assert deals
    assert (1300000.0, "MWh") in {(q.value, q.unit) for q in deals[0].quantities}


def test_a_season_in_a_relative_clause_dates_no_older_deal() -> None:
    text = (
        "L'opérateur Brévanne Télécom va installer ses équipements dans le centre de "
        "données d'Ardelis Edge à Carquefou.\n\n"
        "Les deux entreprises ont signé un bail de neuf ans portant sur une salle de 2 MW, "
        "dont l'aménagement débutera cet été."
    )
    deals = [d for d in _deals(text) if d.deal_type == "lease"]
    assert deals and deals[0].term is not None
    assert deals[0].term.duration == "P9Y"
    assert (2.0, "MW") in {(q.value, q.unit) for q in deals[0].quantities}
