"""French company names the model cuts at an area word or an elided link (`DataCore
Wallonie` as a company and a region, `Mer d'Iroise Énergies` as `Mer d'` and `Iroise
Énergies`): one organisation. Invented companies and sentences, on real French parses."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model


def orgs(sentence: str) -> list[str]:
    return [e.text for e in load_model("fr")(sentence).ents if e.label_ == "ORG"]


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-03-02"))


def test_a_region_ending_a_company_name_belongs_to_it() -> None:
    assert "CloudCore Wallonie" in orgs(
        "Aux termes de l'accord, CloudCore Wallonie achètera pendant douze ans l'électricité."
    )


def test_a_name_cut_at_an_elided_link_is_one_name() -> None:
    tail = " pour acheter une partie de la production."
    assert "Baie d'Armor Énergies" in orgs("Le groupe négocie avec Baie d'Armor Énergies" + tail)
    assert "Mer d'Opale Énergies" in orgs("Le groupe négocie avec Mer d'Opale Énergies" + tail)


def test_a_town_after_a_company_stays_apart() -> None:
    assert "CloudCore Mons" not in orgs("Le contrat lie CloudCore à Mons depuis 2024.")


def test_a_glued_buyer_is_the_party() -> None:
    text = (
        "Solvire, producteur indépendant d'énergie renouvelable, et CloudCore Wallonie, "
        "opérateur de centres de données, annoncent la conclusion d'un contrat d'achat "
        "d'électricité (PPA). Aux termes de l'accord, CloudCore Wallonie achètera pendant "
        "douze ans l'électricité produite par le parc solaire de Solvire."
    )
    parties = {(p.name, p.role) for d in deals(text) for p in d.parties}
    assert ("CloudCore Wallonie", "buyer") in parties
