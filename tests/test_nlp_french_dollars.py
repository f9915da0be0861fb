"""French news in Canada writes its own dollar bare (`95 millions de dollars`) and the US
dollar with a mark (`$ US`): a bare dollar in a story on Canadian places is Canadian."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.attachment import local_dollar


def _currencies(text: str) -> set[str | None]:
    article = Article(text=text, language="fr", published="2026-05-04")
    return {a.currency for d in extract_deals(article) for a in d.amounts}


def test_a_bare_dollar_in_a_quebec_story_is_canadian() -> None:
    text = (
        "La jeune pousse montréalaise Sylvane IA a bouclé une ronde de financement de "
        "40 millions de dollars, menée par Érablière Capital, de Québec.\n\n"
        "L'entreprise, installée à Montréal, compte 90 employés."
    )
    assert _currencies(text) == {"CAD"}


@pytest.mark.parametrize("written", ["212 millions $", "212 M$", "212 millions de dollars"])
def test_a_bare_dollar_sign_in_a_quebec_story_is_canadian_without_us_marks(written: str) -> None:
    text = (
        f"Le Groupe Orvalis, de Sherbrooke, a annoncé l'acquisition de Fibre Bécancour, "
        f"établie à Trois-Rivières, pour {written}, dette comprise."
    )
    assert _currencies(text) == {"CAD"}


def test_a_dollar_with_its_mark_stays_american() -> None:
    text = (
        "La jeune pousse montréalaise Sylvane IA a bouclé une ronde de financement de "
        "40 millions $ US, menée par Érablière Capital, de Québec."
    )
    assert _currencies(text) == {"USD"}


def test_only_a_language_whose_press_writes_its_dollar_bare() -> None:
    text = "Maple Loop raised $40 million from investors in Montreal and Toronto."
    assert local_dollar(text, "en", unmarked=True) is None
    montreal = "Sylvane IA, à Montréal, lève 40 millions de dollars."
    assert local_dollar(montreal, "fr", unmarked=True) == "CAD"
    assert local_dollar(montreal, "fr") is None  # a bare `$` stays American unless marked


def test_a_story_that_names_its_canadian_dollars_keeps_bare_ones_american() -> None:
    text = (
        "Sylvane IA, à Montréal, lève 40 millions de dollars auprès d'Érablière Capital, "
        "de Québec, après 12 millions de dollars canadiens l'an dernier."
    )
    assert local_dollar(text, "fr", unmarked=True) is None
