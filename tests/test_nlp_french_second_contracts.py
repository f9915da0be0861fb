"""French projects that sign two contracts in one sentence (`Il a signé avec A un contrat
d'achat d'électricité, puis un contrat de fourniture de turbines avec le constructeur B`):
the second is the subject's too, and the developer buys the equipment; public buyers named
head first (`Office national de ...`). Invented companies and sentences, on real French
parses."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.grouping import accept
from pipeline.nlp.roles import Mention

TEXT = (
    "Le développeur marocain Saharwind Énergie a franchi deux étapes décisives pour son parc "
    "éolien de Bouizakarne. Il a signé avec l'Office national de l'électricité et de l'eau "
    "potable (ONEE) un contrat d'achat d'électricité d'une durée de vingt ans, puis, quelques "
    "jours plus tard, un contrat de fourniture de turbines avec le constructeur danois "
    "Nordvind Turbines."
)


def sides(deals: list[Deal], deal_type: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in deals if d.deal_type == deal_type for p in d.parties}


def test_the_second_contract_of_the_sentence_is_the_subjects() -> None:
    deals = extract_deals(Article(text=TEXT, language="fr", published="2026-03-30"))
    assert sides(deals, "supply") == {
        ("Saharwind Énergie", "buyer"),
        ("Nordvind Turbines", "seller"),
    }
    assert ("Saharwind Énergie", "seller") in sides(deals, "power_purchase")


def test_a_public_body_named_head_first_is_an_organisation() -> None:
    name = "Office national de l'électricité et de l'eau potable"
    assert accept(Mention(name, 0, len(name), "ORG"), "buyer", set())
    assert not accept(Mention("Office space", 0, 12, "ORG"), "buyer", set())
