"""French organisation names the statistical NER cuts or mislabels: the organisation word
is written first (`Fonds ...`, `Crédit ...`) or is the French one (`... IA`)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.parties import has_org_head, opens_with_org_word


def _orgs(sentence: str) -> set[str]:
    return {e.text for e in load_model("fr")(sentence).ents if e.label_ == "ORG"}


def test_a_fund_word_names_the_fund_with_the_name_after_it() -> None:
    orgs = _orgs(
        "La jeune pousse Mirelle a bouclé une ronde de 30 millions d'euros, menée par le "
        "Fonds Laurentide Capital."
    )
    assert "Fonds Laurentide Capital" in orgs
    assert "Fonds" not in orgs


def test_organisation_words_written_first_or_in_french() -> None:
    assert has_org_head("Crédit Lorrain")
    assert has_org_head("Fonds Boréal")
    assert has_org_head("Kaskad IA")
    assert has_org_head("Halvard Cloud")
    assert not has_org_head("Fonds")
    assert not has_org_head("Pierre Lorrain")


def test_a_name_after_an_organisation_noun_and_its_adjectives_is_an_organisation() -> None:
    orgs = _orgs(
        "Ventrel Systèmes annonce avoir reçu de l'opérateur gabonais Libreville Numerix une "
        "commande de quatre salles modulaires."
    )
    assert "Libreville Numerix" in orgs
    orgs = _orgs(
        "Norbane Data et le producteur éolien Brises du Morvandiau annoncent la signature "
        "d'un contrat d'achat d'électricité."
    )
    assert "Brises du Morvandiau" in orgs


def test_a_described_name_ends_before_a_town_or_a_figure() -> None:
    orgs = _orgs("Le motoriste nantais livrera à l'opérateur Vesquor 36 moteurs à gaz.")
    assert "Vesquor" in orgs
    assert not any("moteurs" in o for o in orgs)
    orgs = _orgs("L'entreprise de Saint-Herblain a été retenue par Vesquor.")
    assert not any("Saint-Herblain" in o for o in orgs)


def test_a_holding_described_after_its_name_is_an_organisation() -> None:
    orgs = _orgs(
        "Ravenel Participations, la holding de la famille fondatrice, s'est engagée à "
        "apporter ses actions à l'offre."
    )
    assert "Ravenel Participations" in orgs


def test_an_insurer_and_an_organisation_word_after_a_cut_name() -> None:
    orgs = _orgs(
        "Il a acquis auprès de l'assureur Pelvane Assurances le bâtiment Grisoux, un centre "
        "de données de 6 MW."
    )
    assert "Pelvane Assurances" in orgs
    orgs = _orgs(
        "Le contrat prévoit la migration des applications de la banque vers les serveurs de "
        "Sahel Cloud Services installés au centre de données national."
    )
    assert "Sahel Cloud Services" in orgs


def test_a_public_body_named_in_lower_case_words_runs_to_its_short_name() -> None:
    orgs = _orgs(
        "La Société brabançonne de placements numériques (Sobranum) prend une participation "
        "de 20 % dans Ardelle Calcul."
    )
    assert "Société brabançonne de placements numériques" in orgs
    orgs = _orgs(
        "La Caisse de retraite et prévoyance du Québec (CRPQ) injecte 90 millions $ dans "
        "Ardelle Calcul."
    )
    assert "Caisse de retraite et prévoyance du Québec" in orgs


def test_a_name_ends_before_the_words_of_the_next_one() -> None:
    orgs = _orgs(
        "Le projet a obtenu un prêt auprès de la Banque ligérienne d'investissement et de la "
        "Caisse armoricaine de développement."
    )
    assert "Banque ligérienne d'investissement" in orgs
    assert not any(o.endswith(("et de la", "de la", "et")) for o in orgs)


def test_a_fund_word_with_its_lower_case_words_joins_the_name_after_it() -> None:
    orgs = _orgs(
        "Dans la foulée, la Caisse de pension Morvelin Industrie entrera au capital de "
        "Ardelle Calcul."
    )
    assert "Caisse de pension Morvelin Industrie" in orgs


def test_a_body_and_its_short_name_are_one_party() -> None:
    text = (
        "La Société brabançonne de placements numériques (Sobranum) prend une participation "
        "de 25 % dans Ardelle Calcul, jeune opérateur namurois de calcul haute performance, "
        "pour un montant de 18 millions d'euros.\n\n"
        "Sobranum a réalisé une dizaine d'investissements depuis 2022."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-09-03"))
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Société brabançonne de placements numériques", "investor"),
        ("Ardelle Calcul", "investee"),
    }
    assert len(deals) == 1


def test_a_name_opening_with_an_organisation_word_unless_a_legal_form() -> None:
    assert opens_with_org_word("Caisse armoricaine de développement")
    assert opens_with_org_word("Société brabançonne de placements numériques")
    assert not opens_with_org_word("Société anonyme")
    assert not opens_with_org_word("caisse de retraite")
    assert not opens_with_org_word("Caisse")


def test_a_name_with_a_place_of_and_a_sector_word_is_one_name() -> None:
    orgs = _orgs(
        "L'opérateur Kavira Cloud a signé un contrat d'achat d'électricité de quinze ans avec "
        "Brises du Nord Énergie, producteur indépendant d'électricité renouvelable."
    )
    assert "Brises du Nord Énergie" in orgs
    assert "Nord Énergie" not in orgs


def test_a_capitalised_noun_written_right_after_a_name_ends_it() -> None:
    orgs = _orgs(
        "Le développeur de modèles Kavira IA a signé un bail de 12 ans avec Saguenay Data "
        "Parcs pour 20 MW sur le campus Gentilly."
    )
    assert "Saguenay Data Parcs" in orgs
