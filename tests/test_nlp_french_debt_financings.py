"""A French `financement en dette` (debt financing, as the English `debt financing`) is a
loan, whatever round it is told beside: `la Banque X lui accorde un financement en dette
de 20 millions d'euros` lends to the company the article tells (invented companies and
sentences, on real French parses)."""

from __future__ import annotations

from tests.nlp_support import french_loan_sides


def test_a_debt_financing_granted_beside_a_round_is_a_loan() -> None:
    sides = french_loan_sides(
        "La jeune pousse Lumexa boucle une série B de 30 millions d'euros menée par le fonds "
        "Orvane Capital. En parallèle, la Banque Sarrane lui accorde un financement en dette "
        "de 12 millions d'euros, d'une durée de cinq ans."
    )
    assert sides == {("Banque Sarrane", "provider"), ("Lumexa", "customer")}
