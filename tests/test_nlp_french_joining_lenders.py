"""A French lender's relative clause that joins the deal (`Le financement a été arrangé par
A, B et C, qui y participe aux côtés de six autres banques`) tells a loan's lenders, not
investors of a round (invented companies and sentences, on real French parses)."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_an_arranger_joining_beside_other_banks_lends() -> None:
    found = french_deals(
        "Le groupe Kervane Data a obtenu un prêt de 400 millions d'euros pour son campus de "
        "Lorient. Le financement, d'une durée de huit ans, a été arrangé par la Banque "
        "Sarrane, Crédit Morvel et la Caisse Ardoise, qui y participe aux côtés de quatre "
        "autres banques."
    )
    sides = {(p.name, p.role) for d in found for p in d.parties}
    assert ("Caisse Ardoise", "provider") in sides
    assert not [d for d in found if d.deal_type == "investment"]
