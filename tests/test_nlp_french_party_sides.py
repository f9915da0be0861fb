"""French parties and their sides: loans (the borrower signs, the lenders arrange), dative
clitics, a role noun in apposition (`Le vendeur, le fonds X`), sums and facility towns that
name no party, on real French parses (invented companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames, resolve


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-10-05"))


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


@pytest.mark.parametrize(
    "text",
    [
        "La société Corvane Data a signé un accord de prêt de 80 millions d'euros avec la "
        "Banque Lirane, destiné à financer son centre de données de Vierzon.",
        "Corvane Data a conclu avec la Banque Lirane un contrat de prêt de 80 millions d'euros "
        "pour la construction de son centre de données.",
    ],
)
def test_the_borrower_signs_a_loan_with_its_lender(text: str) -> None:
    deal = deals(text)[0]
    assert deal.deal_type == "other"
    assert sides(deal) == {("Corvane Data", "customer"), ("Banque Lirane", "provider")}


def test_a_lender_granting_a_loan_provides_it() -> None:
    deal = deals("La Banque Lirane accorde un prêt de 80 millions d'euros à Corvane Data.")[0]
    assert sides(deal) == {("Corvane Data", "customer"), ("Banque Lirane", "provider")}


def test_lenders_arranging_the_loan_join_the_borrower_told_before() -> None:
    found = deals(
        "L'opérateur Velmor Cloud a bouclé un financement bancaire de 300 millions d'euros "
        "pour son campus. Le crédit, d'une maturité de sept ans, a été arrangé par la Banque "
        "Orsane et le Crédit Talbeau."
    )
    loans = [d for d in found if d.deal_type == "other"]
    assert len(loans) == 1
    assert sides(loans[0]) == {
        ("Velmor Cloud", "customer"),
        ("Banque Orsane", "provider"),
        ("Crédit Talbeau", "provider"),
    }


def test_a_dative_clitic_with_no_name_before_stands_for_the_story_company() -> None:
    deal = deals(
        "Le fabricant de transformateurs Ternel Industries a enregistré la plus grosse commande "
        "de son histoire. L'opérateur Quorbis Data lui a commandé 20 transformateurs pour un "
        "montant de 40 millions d'euros."
    )[0]
    assert deal.deal_type == "supply"
    assert sides(deal) == {("Quorbis Data", "buyer"), ("Ternel Industries", "seller")}


def test_an_emphatic_pronoun_between_commas_is_no_party() -> None:
    found = deals(
        "Le fonds Orlane Partners a racheté Datavel pour 120 millions d'euros. L'an dernier, "
        "le fonds Marsac Capital avait, lui, déboursé 60 millions d'euros pour un centre de "
        "données plus modeste."
    )
    names = {p.name for d in found for p in d.parties}
    assert "Marsac Capital" not in names
    assert sides(found[0]) == {("Orlane Partners", "acquirer"), ("Datavel", "target")}


def test_the_currency_of_a_sum_is_no_lender() -> None:
    deal = deals(
        "La société Kaya Numérique a signé un accord de prêt de 32 milliards de francs CFA "
        "avec la Banque Sahélienne de Crédit."
    )[0]
    assert sides(deal) == {
        ("Kaya Numérique", "customer"),
        ("Banque Sahélienne de Crédit", "provider"),
    }


def test_the_town_of_a_named_campus_is_no_party() -> None:
    doc = load_model("fr")(
        "Vandelle Cloud, l'opérateur de cloud souverain fondé à Nantes, a signé avec le "
        "promoteur Orsay Parks un bail de douze ans pour 36 MW de capacité informatique sur le "
        "campus Orsay Val Sud, à Wissous."
    )
    town = next(t for t in doc if t.text == "Wissous")
    assert town.ent_type_ == "ORG"  # the model calls it a company
    assert [(m.text, m.label) for m in resolve(town)] == [("Wissous", "PLACE")]


def test_a_role_noun_in_apposition_names_that_party() -> None:
    deal = deals(
        "Le groupe Orlane Partners rachète l'opérateur Datavel pour 120 millions d'euros. Le "
        "vendeur, le fonds d'investissement Marsac Capital, contrôlait l'entreprise depuis sa "
        "fondation."
    )[0]
    assert deal.deal_type == "acquisition"
    assert ("Marsac Capital", "seller") in sides(deal)


def test_contracts_counted_by_an_ordinal_name_their_counterparty_in_a_participle() -> None:
    found = deals(
        "L'opérateur de centres de données Corvane Data a signé deux contrats d'achat "
        "d'électricité pour alimenter ses sites. Le premier accord, conclu avec le développeur "
        "solaire Orsane Énergie, porte sur 40 MW. Le second, signé avec l'exploitant éolien "
        "Talbeau Vent, couvre 30 MW pour une durée de dix ans."
    )
    assert {("Orsane Énergie", "seller"), ("Talbeau Vent", "seller")} <= {
        s for d in found for s in sides(d)
    }
    assert all(("Corvane Data", "buyer") in sides(d) for d in found)


def test_a_lender_coordinated_after_a_long_fund_name_is_kept() -> None:
    doc = load_model("fr")(
        "Les sociétés Korvane Digital et Belmio Réseaux ont signé jeudi un accord de prêt "
        "de 12 milliards de francs CFA avec le Fonds Ténaro pour les infrastructures (FTN) "
        "et la Banque sahélienne de crédit (BSC), en vue de bâtir un centre de données."
    )
    roles = {m.text: role for f in find_frames(doc) for role, m in f.args}
    assert roles.get("Banque sahélienne de crédit") == roles.get(
        "Fonds Ténaro pour les infrastructures"
    )
    assert "Banque sahélienne de crédit" in roles
