"""A French PPA whose plant is commissioned on one date and whose deliveries start on
another (`le parc doit entrer en service fin 2027 ; les livraisons débuteront en 2028`)
starts on the deliveries; a commissioning date alone still starts the term (`dès sa mise
en service, prévue en 2028`). Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _term_start(text: str) -> str | None:
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert deals and deals[0].deal_type == "power_purchase"
    return deals[0].term.start if deals[0].term else None


def test_deliveries_start_the_ppa_not_the_plants_commissioning() -> None:
    text = (
        "L'exploitant de centres de données Corvalis a signé un contrat d'achat "
        "d'électricité de quinze ans avec le producteur Ventaro. D'une capacité de 40 MW, "
        "le parc de Ventaro doit entrer en service fin 2027 ; les livraisons à Corvalis "
        "débuteront en 2028."
    )
    assert _term_start(text) == "2028"


def test_a_later_sentence_s_start_beats_a_campus_phase_commissioning() -> None:
    text = (
        "L'opérateur de centres de données Corvalis a signé avec le producteur Ventaro un "
        "contrat d'achat d'électricité pour alimenter son campus de Brisel, dont la "
        "deuxième phase doit entrer en service l'an prochain. Le contrat court sur dix ans "
        "à partir de mars 2027."
    )
    assert _term_start(text) == "2027-03"


def test_a_commissioning_alone_still_starts_the_term() -> None:
    text = (
        "L'exploitant de centres de données Corvalis a signé avec Ventaro un contrat "
        "d'achat d'électricité de vingt ans portant sur la production de la centrale "
        "solaire de Ventaro, qui fournira environ 70 GWh par an dès sa mise en service, "
        "prévue en 2028."
    )
    assert _term_start(text) == "2028"
