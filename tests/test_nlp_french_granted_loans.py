"""French loans whose lenders are told in a sentence of their own, in the passive of a
granting verb (`Le crédit est accordé par A et B`, `Le prêt est octroyé par A`): the
lenders join the loan its borrower took, told before, and stay apart from another deal
of the borrower (invented companies and sentences, on real French parses)."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals as deals
from tests.nlp_support import french_loan_sides as loan_sides


@pytest.mark.parametrize(
    ("text", "lenders"),
    [
        (
            "L'armateur Varnotte Marine a obtenu un prêt de 110 millions d'euros d'une durée "
            "de sept ans pour financer deux navires. Le crédit est accordé par la Banque "
            "Orvalis et la Caisse Ferrand.",
            {"Banque Orvalis", "Caisse Ferrand"},
        ),
        (
            "Le fabricant Lornac Industries a obtenu un prêt de 60 millions d'euros d'une "
            "durée de huit ans. Le prêt est octroyé par la Caisse Ferrand.",
            {"Caisse Ferrand"},
        ),
    ],
)
def test_lenders_of_a_granted_loan_told_apart(text: str, lenders: set[str]) -> None:
    sides = loan_sides(text)
    assert {name for name, role in sides if role == "provider"} == lenders
    assert {role for _, role in sides} == {"provider", "customer"}


def test_granted_loan_beside_an_order_is_its_own_deal() -> None:
    found = deals(
        "L'armateur Varnotte Marine a passé commande de deux navires auprès du chantier "
        "Kessel Werft pour 148 millions d'euros. Pour financer ces unités, Varnotte a obtenu "
        "un prêt de 110 millions d'euros d'une durée de sept ans. Le crédit est accordé par "
        "la Banque Orvalis et la Caisse Ferrand."
    )
    loan = next(d for d in found if d.deal_type == "other")
    order = next(d for d in found if d.deal_type == "supply")
    assert {(p.name, p.role) for p in loan.parties} == {
        ("Varnotte Marine", "customer"),
        ("Banque Orvalis", "provider"),
        ("Caisse Ferrand", "provider"),
    }
    assert [(a.value, a.kind) for a in loan.amounts] == [(110_000_000, "total")]
    assert loan.term is not None and loan.term.duration == "P7Y"
    assert {p.name for p in order.parties} == {"Varnotte Marine", "Kessel Werft"}
    assert [a.value for a in order.amounts] == [148_000_000]
