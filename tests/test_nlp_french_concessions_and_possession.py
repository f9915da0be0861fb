"""French concessions and tenants who take possession: a concession agreement (`convention
de concession`, `contrat de concession`) of a terminal is a lease, the grantor who signs it
the lessor and the concession holder it is signed with the lessee; a party that `prendra
possession des lieux` is the tenant of the lease the article tells. Every sentence is
written for the test, with invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals


def _lease_sides(text: str) -> set[tuple[str, str]]:
    return {
        (p.name, p.role) for d in french_deals(text) if d.deal_type == "lease" for p in d.parties
    }


@pytest.mark.parametrize(
    ("text", "grantor", "holder"),
    [
        (
            "Le Port autonome de Valmoré a signé mardi une convention de concession de trente "
            "ans avec Quaylis Terminal SA pour l'aménagement et l'exploitation du futur terminal "
            "minéralier.",
            "Port autonome de Valmoré",
            "Quaylis Terminal",
        ),
        (
            "L'Office portuaire de Sanvel a conclu avec Marvane Docks un contrat de concession "
            "de vingt-cinq ans portant sur le terminal à conteneurs.",
            "Office portuaire de Sanvel",
            "Marvane Docks",
        ),
    ],
)
def test_a_concession_is_leased_by_its_grantor(text: str, grantor: str, holder: str) -> None:
    assert _lease_sides(text) == {(grantor, "lessor"), (holder, "lessee")}


def test_the_party_taking_possession_is_the_tenant() -> None:
    text = (
        "Le transporteur Norvane Fret a signé avec Calvera Parcs un bail de neuf ans portant "
        "sur 30 000 m² d'entrepôts à Orléans. Norvane Fret prendra possession des lieux en "
        "mars 2027."
    )
    assert _lease_sides(text) == {("Norvane Fret", "lessee"), ("Calvera Parcs", "lessor")}
