"""A French company's group written in brackets after its name (`Vantelio (groupe Orvane)`):
blanked for the parser so the sentence keeps its verb, and the group takes no part in the
deal (invented companies)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.sentences import for_parser


def _deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_the_group_in_brackets_is_blanked_at_the_same_length() -> None:
    text = "La Banque Ardenne (Groupe Caisse Velmont) entre au capital de Hydrovane."
    blanked = for_parser(text, "fr")
    assert len(blanked) == len(text)
    assert "Velmont" not in blanked
    assert blanked.startswith("La Banque Ardenne (")
    assert for_parser("Vantelio (groupe de 12 sociétés) rachète Ferlane.", "fr").count("12") == 1


def test_an_investor_followed_by_its_group_enters_the_capital() -> None:
    deals = _deals(
        "Dans le même temps, la Banque Ardenne (Groupe Caisse Velmont) entre au capital "
        "d'Hydrovane en souscrivant à une augmentation de capital de 30 millions d'euros."
    )
    assert ("investment", {("Banque Ardenne", "investor"), ("Hydrovane", "investee")}) in deals


def test_an_acquirer_followed_by_its_group_stays_the_acquirer() -> None:
    deals = _deals("Vantelio (groupe Orvane) rachète la société lyonnaise Ferlane Systèmes.")
    assert deals == [("acquisition", {("Vantelio", "acquirer"), ("Ferlane Systèmes", "target")})]
