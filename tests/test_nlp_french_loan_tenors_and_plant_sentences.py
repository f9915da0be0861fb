"""A French loan's tenor written as its maturity or its repayment (`d'une maturité de sept
ans`, `remboursable sur dix ans`, `à maturité cinq ans`, `amortissable sur quinze ans`) is a
contract term, while a grace period (`un différé de remboursement de deux ans`) is not; a
sentence opening on the deal's plants or their output (`Les trois parcs, implantés à ...`,
`La production sera adossée à la centrale ...`) tells the deal told before it, its sites
and capacity. Invented companies; real towns."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        (
            "La coentreprise a conclu un financement bancaire de 480 millions d'euros, d'une "
            "maturité de sept ans, auprès de trois banques.",
            "P7Y",
        ),
        (
            "Le fonds accompagne le projet avec un prêt de 75 millions $, remboursable sur "
            "dix ans.",
            "P10Y",
        ),
        ("Le crédit, à maturité cinq ans, est assorti de deux options d'extension.", "P5Y"),
        ("Le prêt est amortissable sur quinze ans.", "P15Y"),
    ],
)
def test_a_loan_tenor_is_a_contract_term(sentence: str, duration: str) -> None:
    terms = [t for t in find_terms(sentence, datetime.date(2026, 5, 4), "fr") if t.duration]
    assert [(t.duration, t.kind) for t in terms] == [(duration, "contract")]


def test_a_grace_period_is_not_the_loan_tenor() -> None:
    sentence = (
        "Le prêt, d'une maturité de douze ans assortie d'un différé de remboursement de deux "
        "ans, financera le campus."
    )
    kinds = {t.duration: t.kind for t in find_terms(sentence, None, "fr") if t.duration}
    assert kinds == {"P12Y": "contract", "P2Y": "other"}


_PPA = (
    "L'opérateur de centres de données Pelvane Data a conclu avec le développeur éolien "
    "Brisecourt Énergie un contrat d'achat d'électricité à long terme portant sur la "
    "production de trois parcs éoliens en Wallonie, ont annoncé mardi les deux entreprises.\n\n"
    "Les trois parcs, implantés à Havelange, Sombreffe et Walcourt, totaliseront 42 MW. Ils "
    "sont en construction et les livraisons d'électricité débuteront en 2028, pour une durée "
    "de quinze ans."
)


def test_a_sentence_on_the_deals_plants_gives_its_sites_and_capacity() -> None:
    article = Article(text=_PPA, language="fr", published="2026-05-04")
    (deal,) = extract_deals(article)
    assert deal.deal_type == "power_purchase"
    assert {s.city for s in deal.sites} == {"Havelange", "Sombreffe", "Walcourt"}
    assert {s.country for s in deal.sites} == {"BE"}
    assert [(q.value, q.unit) for q in deal.quantities] == [(42, "MW")]
