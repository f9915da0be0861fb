"""A project or a facility financed by named lenders with no borrower named (`Le projet
sera financé à hauteur de 60 % par A et B`, `le barrage, financé notamment par A et B`)
tells who funds a project, not a loan: its funders are no loan's lenders; a company
financed by a bank still borrows from it (invented companies and sentences, on real
French parses)."""

from __future__ import annotations

from tests.nlp_support import french_deals

_PPA = (
    "La compagnie d'électricité Voltaria a signé avec le développeur Solvane Énergie un "
    "contrat d'achat d'électricité de vingt ans portant sur la centrale solaire de Brévent. "
)


def _lenders(text: str) -> set[str]:
    return {p.name for d in french_deals(text) for p in d.parties if p.role == "provider"}


def test_the_funders_of_a_project_lend_no_loan() -> None:
    text = _PPA + (
        "Le projet, d'un coût de 90 millions d'euros, sera financé à hauteur de 70 % par la "
        "Banque Morvane de développement et la Caisse Sorelle."
    )
    assert _lenders(text) == set()


def test_the_funders_of_a_facility_named_aside_lend_no_loan() -> None:
    text = _PPA + (
        "Voltaria attend aussi la mise en service du barrage de Pont-Ruel (40 MW), financé "
        "notamment par Quernel Capital et la Banque Ardoise."
    )
    assert _lenders(text) == set()


def test_a_company_financed_by_banks_borrows_from_them() -> None:
    found = french_deals(
        "La coentreprise Alvane Data est financée par la Banque Morvane et Crédit Sarrel."
    )
    sides = {(p.name, p.role) for d in found for p in d.parties}
    assert ("Banque Morvane", "provider") in sides
