"""`L'hébergeur X a signé avec Y un contrat d'achat d'électricité`: a host (a néocloud)
named right after its trade buys the power of a PPA, it does not sell it."""

from __future__ import annotations

from tests.nlp_support import french_deals


def _ppa_sides(text: str) -> set[tuple[str, str]]:
    ppas = [d for d in french_deals(text) if d.deal_type == "power_purchase"]
    assert len(ppas) == 1
    return {(p.name, p.role) for p in ppas[0].parties}


def test_host_before_its_name_buys_power() -> None:
    text = (
        "L'hébergeur Norvik Data a signé avec Hydralis Rhône un contrat d'achat "
        "d'électricité hydraulique de 25 MW sur sept ans."
    )
    assert _ppa_sides(text) == {("Norvik Data", "buyer"), ("Hydralis Rhône", "seller")}


def test_neocloud_before_its_name_buys_power() -> None:
    text = "Le néocloud Talvane a signé avec Ombrix Rhône un PPA de quinze ans."
    assert _ppa_sides(text) == {("Talvane", "buyer"), ("Ombrix Rhône", "seller")}
