"""Sides of a French PPA told by what each company does: an industrial buyer described by
its trade (`le chimiste X`, `le producteur de ferroalliages X`, `X, qui exploite une
fonderie`) buys the power; a project company (`la société de projet Y`) or the company
running the plant (`Y, qui exploite la centrale`) sells it. Every sentence is written for
the test, with invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals


def _power_sides(text: str) -> set[tuple[str, str]]:
    return {
        (p.name, p.role)
        for d in french_deals(text)
        if d.deal_type == "power_purchase"
        for p in d.parties
    }


@pytest.mark.parametrize(
    "text",
    [
        "Le producteur de ferroalliages Corvalis Métaux a signé avec Lumenor un contrat "
        "d'allocation de production nucléaire portant sur 180 mégawatts pendant douze ans.",
        "Le chimiste Corvalis Métaux a signé avec Lumenor un contrat d'achat d'électricité "
        "de 180 mégawatts sur douze ans.",
        "Lumenor a annoncé la signature d'un contrat d'achat d'électricité de douze ans avec "
        "Corvalis Métaux, qui exploite une fonderie de zinc à Saint-Amand.",
    ],
)
def test_an_industrial_buyer_described_by_its_trade_buys(text: str) -> None:
    assert _power_sides(text) == {("Corvalis Métaux", "buyer"), ("Lumenor", "seller")}


@pytest.mark.parametrize(
    "text",
    [
        "La compagnie Orbelec Solar a signé un contrat d'achat d'électricité de vingt ans "
        "avec Taliane Solar, société de projet qui construira une centrale de 80 MW.",
        "La compagnie Orbelec Solar et la société de projet Taliane Solar ont signé un "
        "contrat d'achat d'électricité de vingt ans portant sur 80 MW.",
        "La compagnie Orbelec Solar a signé un contrat d'achat d'électricité de vingt ans "
        "avec Taliane Solar, qui exploite depuis 2024 la centrale solaire de Brévanne.",
    ],
)
def test_the_project_company_or_plant_operator_sells(text: str) -> None:
    assert _power_sides(text) == {("Orbelec Solar", "buyer"), ("Taliane Solar", "seller")}
