"""French deal detection: the currencies and number forms of French-speaking markets and
the deal nouns French reporting uses, read with the French rules (`patterns/fr/`)."""

from __future__ import annotations

import pytest

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.model import load_model
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.roles import find_frames

FR = "fr"


def frames(sentence: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [
        (f.deal_type, {(r, m.text) for r, m in f.args})
        for f in find_frames(load_model(FR)(sentence))
    ]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("touchera 75 millions de francs suisses", 75_000_000, "CHF"),
        ("une option portant le total à 95 millions de francs.", 95_000_000, "CHF"),
        ("pour 1,4 milliard de dirhams", 1_400_000_000, "MAD"),
        ("pour 300 millions de DH", 300_000_000, "MAD"),
        ("3 milliards de dirhams émiratis", 3_000_000_000, "AED"),
        ("un loyer de 18 milliards de FCFA", 18_000_000_000, "XOF"),
        ("un prêt de 9 milliards de F CFA", 9_000_000_000, "XOF"),
        ("une ronde de 60 millions $ CA", 60_000_000, "CAD"),
        ("de l'ordre d'un demi-milliard d'euros", 500_000_000, "EUR"),
        ("un milliard et demi d'euros", 1_500_000_000, "EUR"),
        ("deux milliards et demi de dollars", 2_500_000_000, "USD"),
        ("4 millions et demi d'euros", 4_500_000, "EUR"),
        ("1'250 millions de francs suisses", 1_250_000_000, "CHF"),
    ],
)
def test_currencies_and_number_forms(text: str, value: int, currency: str) -> None:
    found = find_amounts(text, FR)
    assert [(a.value, a.currency) for a in found] == [(value, currency)]
    assert text[found[0].start : found[0].end] == found[0].text


def test_half_needs_a_scale_and_stays_english_too() -> None:
    assert find_amounts("un demi", FR) == []
    english = find_amounts("a billion and a half dollars", "en")
    assert [(a.value, a.currency) for a in english] == [(1_500_000_000, "USD")]


@pytest.mark.parametrize("written", ["4'096 GPU", "4\u2019096 GPU"])
def test_swiss_apostrophe_thousands(written: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(written, FR)] == [(4096, "GPU")]


def test_an_apostrophe_elision_is_no_thousands_separator() -> None:
    assert find_amounts("l'an 2'000 francs", FR)[0].value == 2000
    assert find_quantities("l'exercice 2026", FR) == []


@pytest.mark.parametrize(
    ("sentence", "deal_type", "args"),
    [
        (
            "La jeune entreprise Pivelle a bouclé une ronde de financement de 40 millions de "
            "dollars menée par Orcaline Capital.",
            "investment",
            {("investee", "Pivelle"), ("investor", "Orcaline Capital")},
        ),
        (
            "La ronde a été menée par le fonds Orcaline Capital.",
            "investment",
            {("investor", "Orcaline Capital")},
        ),
        (
            "Hydrolane a conclu une allocation de production de long terme avec Serval Data.",
            "power_purchase",
            {("partner", "Hydrolane"), ("partner", "Serval Data")},
        ),
        (
            "Brevoix a signé un bail en l'état futur d'achèvement avec Coradis Immobilier.",
            "lease",
            {("lessor", "Brevoix"), ("lessee", "Coradis Immobilier")},
        ),
        (
            "Talmont a signé un accord-cadre avec Quessane.",
            "partnership",
            {("partner", "Talmont"), ("partner", "Quessane")},
        ),
        (
            "Talmont a signé un protocole d'accord avec Quessane.",
            "partnership",
            {("partner", "Talmont"), ("partner", "Quessane")},
        ),
    ],
)
def test_french_deal_nouns(sentence: str, deal_type: str, args: set[tuple[str, str]]) -> None:
    assert (deal_type, args) in frames(sentence)
