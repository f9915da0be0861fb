"""A sum a French loan noun introduces (`un financement bancaire de 480 millions d'euros`,
`un prêt de 15 millions`, `une convention de crédit de 900 millions de dirhams`) is the
loan's principal, its total, not an investment; money invested stays an investment and a
tax credit is no loan. Invented companies."""

from __future__ import annotations

import pytest

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.facts import amount_kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "La coentreprise a conclu un financement bancaire de 480 millions d'euros, d'une "
            "maturité de sept ans.",
            "total",
        ),
        ("Le tour est complété par un prêt de 15 millions d'euros d'une banque publique.", "total"),
        (
            "Tarvane Cloud a signé une convention de crédit de 900 millions de dirhams avec "
            "deux banques.",
            "total",
        ),
        ("Le fonds Orlis a investi 40 millions d'euros dans Tarvane Cloud.", "investment"),
    ],
)
def test_a_loan_noun_gives_the_principal(sentence: str, kind: str) -> None:
    (mention,) = find_amounts(sentence, "fr")
    assert amount_kind(sentence, mention, "other", "fr") == kind


def test_a_tax_credit_is_no_loan() -> None:
    sentence = "Le groupe a obtenu un crédit d'impôt de 5 millions d'euros pour son usine."
    (mention,) = find_amounts(sentence, "fr")
    assert amount_kind(sentence, mention, "investment", "fr") == "investment"
