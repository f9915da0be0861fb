"""`louer de la puissance de calcul à Y`: what a lessee rents, written as a partitive
(parsed as `de` and its object), types the frame as a direct object does: computing power
rented is a compute contract, not a property lease; megawatts of a building stay a lease."""

from __future__ import annotations

from tests.nlp_support import french_deals


def _main(text: str) -> tuple[str, set[tuple[str, str]]]:
    deals = french_deals(text)
    assert deals
    return deals[0].deal_type, {(p.name, p.role) for p in deals[0].parties}


def test_computing_power_rented_as_a_partitive_is_a_compute_contract() -> None:
    text = (
        "La jeune pousse Valdenor IA, qui conçoit des modèles pour les assureurs, s'est "
        "engagée à louer de la puissance de calcul à Quartzine Cloud pendant quatre ans. Le "
        "contrat, d'une valeur de 60 millions d'euros, porte sur 1 024 GPU."
    )
    assert _main(text) == (
        "compute_contract",
        {("Valdenor IA", "customer"), ("Quartzine Cloud", "provider")},
    )


def test_megawatts_of_a_building_rented_stay_a_lease() -> None:
    text = (
        "La banque Mirecourt va louer à Quartzine Data 4 MW de capacité informatique dans "
        "son bâtiment de Nancy pour une durée de douze ans."
    )
    assert _main(text)[0] == "lease"
