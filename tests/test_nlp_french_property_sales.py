"""French sales of buildings and towers: a head office, data centres or telecom towers sold
to a buyer stay a sale whatever lease the article tells beside it (the seller's new head
office, the lease back of the towers), and a tower sale leased back is two deals with the
new owner as lessor (invented companies and sentences)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def deals_of(text: str) -> dict[str, set[tuple[str, str]]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {d.deal_type: {(p.name, p.role) for p in d.parties} for d in found}


def test_a_head_office_sold_beside_a_new_lease_stays_a_sale() -> None:
    found = deals_of(
        "Banque Valmorel a trouvé son futur siège. L'établissement a signé un bail ferme de "
        "dix ans pour l'ensemble de l'immeuble Horizon, à Nancy.\n\n"
        "Dans la foulée, la banque a cédé son siège historique de la place Stanislas au fonds "
        "Orbeval Real Estate pour 64 millions d'euros."
    )
    assert found.get("acquisition") == {
        ("Banque Valmorel", "seller"),
        ("Orbeval Real Estate", "acquirer"),
    }
    assert ("Banque Valmorel", "lessor") not in found.get("lease", set())


def test_towers_sold_and_leased_back_are_a_sale_and_a_lease() -> None:
    found = deals_of(
        "L'opérateur Kalimo Mobile a accepté de vendre 2.100 pylônes à Karité Towers, "
        "filiale du groupe Ronier Capital, pour 120 milliards de francs CFA.\n\n"
        "L'accord est doublé d'un contrat de location de douze ans : Kalimo Mobile continuera "
        "d'installer ses antennes sur les sites cédés.\n\n"
        "Selon les analystes, ces transactions de cession-bail se multiplient sur le continent."
    )
    assert found.get("acquisition") == {("Kalimo Mobile", "seller"), ("Karité Towers", "acquirer")}
    assert found.get("lease") == {("Kalimo Mobile", "lessee"), ("Karité Towers", "lessor")}
