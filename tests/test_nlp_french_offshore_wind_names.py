"""French offshore wind farms named right after their noun (`le parc éolien en mer
Zeelicht`, `du parc éolien offshore Grijze Bank`), with or without a place after them:
the name is the site's, never a party's. Invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, french_deals, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le chimiste a signé un contrat avec Noordlicht Energie, qui exploite le parc "
            "éolien en mer Zeelicht, a-t-on appris mardi.",
            [("Zeelicht", None, None, None)],
        ),
        (
            "Le producteur lui fournira 40 MW issus du parc éolien offshore Grijze Bank, au "
            "large de la côte belge.",
            [("Grijze Bank", None, None, None)],
        ),
    ],
)
def test_offshore_wind_farm_name(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_offshore_wind_farm_is_the_site_not_a_party() -> None:
    deals = french_deals(
        "Le groupe Verrerie de Namur a signé un contrat d'achat d'électricité de dix ans avec "
        "Zeestroom Energie, qui lui fournira 50 MW issus du parc éolien en mer Grijze Bank, "
        "au large de la côte belge."
    )
    assert any(s.name == "Grijze Bank" for d in deals for s in d.sites)
    assert all(p.name != "Grijze Bank" for d in deals for p in d.parties)
