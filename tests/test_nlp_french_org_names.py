"""French organisation names the statistical NER cuts or mislabels: the organisation word
is written first (`Fonds ...`, `Crédit ...`) or is the French one (`... IA`)."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.parties import has_org_head


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
