"""The currencies of French-language reporting in Africa: the dinar, Tunisian unless the
deal's places are in Algeria or Libya (`24 milliards de dinars` for plants in Algeria:
DZD), and the national francs named with their country's adjective (`francs congolais`:
CDF), which are no Swiss francs."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _amounts(text: str) -> set[tuple[float, str | None]]:
    article = Article(text=text, language="fr", published="2026-05-04")
    return {(a.value, a.currency) for d in extract_deals(article) for a in d.amounts}


@pytest.mark.parametrize(
    ("place", "currency"),
    [("Sousse, en Tunisie", "TND"), ("Oran, en Algérie", "DZD")],
)
def test_a_dinar_is_the_one_of_the_deals_country(place: str, currency: str) -> None:
    text = (
        f"Le câblier Nafta Câbles a signé avec le groupe Sidra Énergie un contrat de "
        f"fourniture de transformateurs de 48 millions de dinars pour son usine de {place}."
    )
    assert _amounts(text) == {(48_000_000.0, currency)}


@pytest.mark.parametrize(
    ("written", "currency"),
    [("francs congolais", "CDF"), ("francs guinéens", "GNF"), ("dinars algériens", "DZD")],
)
def test_a_currency_named_with_its_country(written: str, currency: str) -> None:
    text = (
        f"La société minière Tenke Cobre a signé un contrat d'achat d'électricité de dix "
        f"ans avec Hydro Lomami, d'une valeur totale de 600 milliards de {written}."
    )
    assert _amounts(text) == {(600_000_000_000.0, currency)}
