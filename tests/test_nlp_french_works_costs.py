"""`Le montant des travaux du bâtiment est évalué à 150 millions d'euros`: what building
the space costs is the owner's spending, not an amount of the lease."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_the_cost_of_the_works_is_no_amount_of_the_lease() -> None:
    text = (
        "Le fournisseur de cloud Norvane Cloud a signé un bail de douze ans avec Tarnier Data "
        "Parks pour occuper la totalité du bâtiment Orion, à Lyon. Le loyer annuel s'élève à "
        "9 millions d'euros. Le montant des travaux du bâtiment est évalué à 150 millions "
        "d'euros."
    )
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "lease"
    values = {a.value for d in deals for a in d.amounts}
    assert 9_000_000 in values
    assert 150_000_000 not in values
