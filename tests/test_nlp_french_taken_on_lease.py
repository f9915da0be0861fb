"""`X a pris à bail 20 MW (l'intégralité du bâtiment) auprès de Y`: the French locution
`prendre à bail` is a lease taken by its subject, whatever its object names; the lessor is
the organisation after `auprès de` (`chez`), or the owner of the campus or building where
the space is (`sur le campus de Y`, `dans le bâtiment de Y`)."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals


@pytest.mark.parametrize(
    ("text", "tenant", "landlord"),
    [
        (
            "Le fournisseur de cloud Norvane Cloud a pris à bail l'intégralité du bâtiment "
            "Orion, sur le campus de Pelléas Data Parks à Rungis, a-t-on appris lundi.",
            "Norvane Cloud",
            "Pelléas Data Parks",
        ),
        (
            "L'éditeur Quillon Software a pris à bail 12 MW dans le nouveau bâtiment de "
            "Marcéa Datacenters, à Lisses, pour une durée de dix ans.",
            "Quillon Software",
            "Marcéa Datacenters",
        ),
        (
            "Norvane Cloud prend à bail 20 MW auprès de Pelléas Data Parks à Nanterre pour "
            "douze ans.",
            "Norvane Cloud",
            "Pelléas Data Parks",
        ),
    ],
)
def test_the_subject_of_prendre_a_bail_is_the_lessee(text: str, tenant: str, landlord: str) -> None:
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "lease"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert (tenant, "lessee") in roles
    assert (landlord, "lessor") in roles


def test_a_stake_taken_is_still_an_investment() -> None:
    deals = french_deals("Le fonds Arvéal Capital prend la moitié du capital de Norvane Cloud.")
    assert deals
    assert deals[0].deal_type == "investment"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert ("Arvéal Capital", "investor") in roles
    assert ("Norvane Cloud", "investee") in roles
