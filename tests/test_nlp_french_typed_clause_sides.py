"""A French agreement told in a sentence without a frame naming both sides (the parse cuts
`X a signé avec la société immobilière Y un bail de douze ans`) is kept when the words
around its parties show their sides by the rules kept to its type (a property company lets
the space of a lease). Every sentence is written for the test, with invented names."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_a_lease_beside_a_ppa_keeps_its_property_company_as_landlord() -> None:
    text = (
        "Orvelis SA, opérateur de services d'hébergement, annonce la signature de deux "
        "accords.\n\nLe premier est un contrat d'achat d'électricité conclu avec Brevent "
        "Énergie, producteur indépendant. Aux termes de ce contrat, Brevent livrera à Orvelis "
        "30 GWh par an.\n\nParallèlement, Orvelis a signé avec la société immobilière "
        "Castelmont Properties un bail de douze ans portant sur une salle de 3,5 MW au sein "
        "du parc d'activités de Bettange."
    )
    sides = {
        (p.name, p.role) for d in french_deals(text) if d.deal_type == "lease" for p in d.parties
    }
    assert sides == {("Orvelis", "lessee"), ("Castelmont Properties", "lessor")}
