"""French contract terms: a start told in the past (`a pris effet le`, `est entrée en
vigueur le`), services provided `depuis` a date, a start bounded by `au plus tard`, and a
duration after a long contract noun and its acronym. Invented names."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a start told in the past, or bounded by `au plus tard`
        ("Le bail a pris effet le 1er janvier 2026.", ("2026-01-01", None)),
        ("La convention est entrée en vigueur le 1er mars 2026.", ("2026-03-01", None)),
        ("Les services sont fournis depuis mars 2026 à la banque.", ("2026-03", None)),
        ("La fourniture démarrera au plus tard en 2024.", ("2024", None)),
        # a contract noun, its complements and an acronym, then its duration
        (
            "Vernal a signé un contrat d'allocation de production nucléaire (CAPN) de quinze "
            "ans portant sur 40 MW.",
            (None, "P15Y"),
        ),
        # Quebec's `entente`; a loan's tenor after a comma (`Le crédit, d'une maturité de`)
        ("Norvane a signé une entente de cinq ans avec Pivane IA.", (None, "P5Y")),
        ("Le crédit, d'une maturité de sept ans, a été arrangé par la Banque Orle.", (None, "P7Y")),
    ],
)
def test_french_contract_terms(sentence: str, found: tuple[str | None, str | None]) -> None:
    terms = [t for t in find_terms(sentence, date(2026, 4, 8), "fr") if t.kind == "contract"]
    assert [(t.start_date, t.duration) for t in terms] == [found]


def test_an_item_of_a_newsletter_keeps_its_figures_told_without_names() -> None:
    text = (
        "1. Norvane décroche un contrat. Le fournisseur montréalais de nuage GPU a signé une "
        "entente de cinq ans avec Pivane IA, un laboratoire torontois. Pivane disposera de "
        "2048 GPU dans le centre de Norvane à Laval. Valeur annoncée : 170 millions $ US sur "
        "la durée de l'entente. Les premières grappes doivent être livrées au deuxième "
        "trimestre de 2027. Notre lecture : c'est environ 34 millions $ US par année.\n\n"
        "2. Orbisel lève 12 M$. La jeune pousse de Québec a bouclé une ronde de série A de "
        "12 millions $ menée par Cap-Rouge Ventures."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-05"))
    contract = next(d for d in deals if d.deal_type == "compute_contract")
    assert [(a.value, a.period) for a in contract.amounts] == [(170e6, None), (34e6, "P1Y")]
    assert contract.term is not None
    assert (contract.term.start, contract.term.duration) == ("2027", "P5Y")
    round_ = next(d for d in deals if d.deal_type == "investment")
    assert [a.value for a in round_.amounts] == [12e6]


def test_a_loans_tenor_told_in_the_next_sentence_is_the_loans() -> None:
    text = (
        "La société Orvane Data a signé un accord de prêt de 40 millions d'euros avec la "
        "Banque Ferlise, destiné à financer un centre de données à Valmy.\n\n"
        "Le prêt est remboursable sur dix ans, dont deux années de grâce, a précisé son "
        "directeur général."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-10-05"))[0]
    assert deal.term is not None
    assert deal.term.duration == "P10Y"
