"""French leases told by their tenant alone (`X a signé un bail de douze ans portant sur 100
mégawatts`): the signer of a lease for space (megawatts, a hall, a building) with no
landlord named rents it from the company the story is about, as in English (`sought`).
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_a_described_tenant_alone_rents_from_the_story_subject() -> None:
    text = (
        "Le projet de campus de Morvelle Data, à Tarbes, a trouvé son premier locataire. "
        "La start-up parisienne Lorix Tensor a signé un bail de douze ans portant sur 100 "
        "mégawatts, a annoncé mardi le développeur."
    )
    sides = {
        (p.name, p.role) for d in french_deals(text) if d.deal_type == "lease" for p in d.parties
    }
    assert sides == {("Lorix Tensor", "lessee"), ("Morvelle Data", "lessor")}
