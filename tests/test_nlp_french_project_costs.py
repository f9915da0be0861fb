"""French amounts of round 12: a project's estimated cost (`Le coût total du projet est
estimé à 7 milliards d'euros`, `La centrale, d'un coût de 31 millions d'euros`) is a
party's capex, no loan's, lease's or supply's money; invented companies and sentences."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.facts import amount_rejected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le coût total du projet est estimé à 640 millions d'euros, dette comprise.",
        "L'investissement global est estimé à 12 milliards de FCFA.",
        "Le montant total de l'investissement est estimé à 210 millions d'euros.",
        "Le coût de l'opération, terrain compris, est estimé à 44 millions d'euros.",
        "Le site, dont le coût global est estimé à 1,6 milliard de dirhams, ouvrira en 2028.",
        "Les investissements liés au contrat, estimés à 300 millions d'euros, sont décrits "
        "plus loin.",
        "La centrale, d'un coût de 27 millions d'euros, est financée par le développeur.",
        "La construction des parcs, d'un montant d'investissement de 54 millions d'euros, "
        "est en cours.",
        "Le projet d'extension, évalué à 900 millions $, doublera la production.",
    ],
)
def test_a_projects_estimated_cost_is_no_deals_money(sentence: str) -> None:
    (mention,) = find_amounts(sentence, "fr")
    assert amount_rejected(sentence, mention, "fr")
    assert not amount_rejected(sentence, mention, "fr", venture=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le contrat est évalué à 48 millions d'euros.",
        "Son montant est évalué à 1,9 milliard de dirhams.",
        "Les deux groupes ont annoncé un partenariat pour un investissement total estimé à "
        "2 milliards d'euros.",
    ],
)
def test_a_deals_own_value_is_kept(sentence: str) -> None:
    (mention,) = find_amounts(sentence, "fr")
    assert not amount_rejected(sentence, mention, "fr")


def test_a_loan_keeps_its_principal_and_drops_the_project_cost() -> None:
    found = extract_deals(
        Article(
            text="La Banque de Valmorin accorde à Terrabel Data un prêt de 90 millions "
            "d'euros sur douze ans pour construire son centre de données de Lunel. "
            "Le coût total du projet est estimé à 260 millions d'euros.",
            language="fr",
            published="2026-06-01",
        )
    )
    values = {a.value for d in found for a in d.amounts}
    assert 90_000_000 in values
    assert 260_000_000 not in values
