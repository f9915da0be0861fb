"""French contract ends: an end verb in the plural or the infinitive (`les livraisons
débuteront en juillet et s'achèveront en décembre 2027`, `pour se terminer en décembre
2045`) ends the term; an end date before the contract's start is the end of the contract
it replaces (`en remplacement de l'ancien contrat, qui arrive à échéance fin 2026` beside
deliveries from January 2027): the deal keeps its start and no end. Invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def _deal(text: str, deal_type: str) -> Deal:
    deals = extract_deals(Article(text=text, language="fr", published="2026-03-24"))
    found = [d for d in deals if d.deal_type == deal_type]
    assert found, [(d.deal_type, [p.name for p in d.parties]) for d in deals]
    return found[0]


def test_the_replaced_contract_s_expiry_is_no_end() -> None:
    text = (
        "Le producteur Norvent a signé un contrat d'achat d'électricité de quinze ans avec "
        "le verrier Cristalis, qui absorbera 200 GWh par an à partir de janvier 2027, en "
        "remplacement de l'ancien contrat avec le distributeur public, qui arrive à "
        "échéance fin 2026."
    )
    term = _deal(text, "power_purchase").term
    assert term is not None
    assert (term.start, term.end, term.duration) == ("2027-01", None, "P15Y")


def test_an_end_after_the_start_stays() -> None:
    text = (
        "Le producteur Norvent a signé avec le verrier Cristalis un contrat d'achat "
        "d'électricité portant sur 200 GWh par an, à partir de janvier 2027 et jusqu'en "
        "décembre 2036."
    )
    term = _deal(text, "power_purchase").term
    assert term is not None and (term.start, term.end) == ("2027-01", "2036-12")


def test_a_plural_end_verb_ends_a_delivery_schedule() -> None:
    text = (
        "Le développeur Solvanor a attribué au fabricant Kerimod un marché portant sur la "
        "fourniture de 300 000 modules photovoltaïques.\n\n"
        "Les livraisons débuteront en juillet et s'achèveront en décembre 2027."
    )
    term = _deal(text, "supply").term
    assert term is not None and (term.start, term.end) == ("2026-07", "2027-12")


def test_an_infinitive_end_verb_ends_the_contract() -> None:
    text = (
        "Le producteur Norvent a signé avec le verrier Cristalis un contrat d'achat "
        "d'électricité portant sur 200 GWh par an. Le contrat débutera en mai 2027 pour se "
        "terminer en décembre 2041."
    )
    term = _deal(text, "power_purchase").term
    assert term is not None and (term.start, term.end) == ("2027-05", "2041-12")
