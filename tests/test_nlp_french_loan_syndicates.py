"""French loans whose lenders are told in the sentence after the borrower's: a pool that
lists its banks in a participle (`un pool réunissant A, B et C`), a facility arranged by
one bank with others joining it (`La facilité a été arrangée par A, avec la participation
de B`), a participle opening the sentence (`Arrangé par A, le crédit ...`), and banks
joining in syndication (`rejoints en syndication par C`, the parse hanging `par C` on
`syndication`); on real French parses (invented companies and sentences)."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals as deals
from tests.nlp_support import french_loan_sides as loan_sides

BORROWER = "L'exploitant Corvalis Data a finalisé un prêt de 80 millions d'euros. "


@pytest.mark.parametrize(
    ("text", "lenders"),
    [
        (
            BORROWER + "D'une maturité de six ans, le crédit a été accordé par un pool "
            "réunissant la Banque Mirandole, la Caisse Vellane et Ostrabank.",
            {"Banque Mirandole", "Caisse Vellane", "Ostrabank"},
        ),
        (
            BORROWER + "Le crédit a été consenti par un pool regroupant la Banque Mirandole "
            "et Ostrabank.",
            {"Banque Mirandole", "Ostrabank"},
        ),
        (
            BORROWER + "La facilité, d'une durée de cinq ans, a été arrangée par la Banque "
            "Mirandole, avec la participation de la Caisse Vellane et de la Banque Sorenne.",
            {"Banque Mirandole", "Caisse Vellane", "Banque Sorenne"},
        ),
        (
            BORROWER + "Arrangé par la Banque Mirandole, le crédit est remboursable sur sept ans.",
            {"Banque Mirandole"},
        ),
        (
            BORROWER + "Arrangé par la Caisse Vellane, le crédit a été signé mardi à Lyon.",
            {"Caisse Vellane"},
        ),
        (
            BORROWER + "Le crédit, d'une maturité de sept ans, a été arrangé par la Banque "
            "Mirandole, Ostrabank et Quentar, rejoints en syndication par la Banque Sorenne et "
            "Arvalis.",
            {"Banque Mirandole", "Ostrabank", "Quentar", "Banque Sorenne", "Arvalis"},
        ),
    ],
)
def test_lenders_told_after_the_borrower_lend_its_loan(text: str, lenders: set[str]) -> None:
    assert loan_sides(text) == {("Corvalis Data", "customer")} | {(n, "provider") for n in lenders}


def test_a_bank_joining_an_arranged_loan_invests_nothing() -> None:
    found = deals(
        BORROWER + "La facilité a été arrangée par la Banque Mirandole, avec la "
        "participation de la Caisse Vellane."
    )
    assert [d.deal_type for d in found] == ["other"]
