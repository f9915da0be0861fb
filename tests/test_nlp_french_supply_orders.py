"""French supply orders: a contract whose object is the supply of goods (`un contrat-cadre
portant sur la fourniture de`, `le contrat couvre la fourniture de`) is a supply deal, and
a cloud provider described before its name buys the hardware it orders."""

from __future__ import annotations

from tests.nlp_support import french_deals


def _supply_sides(text: str) -> set[tuple[str, str]]:
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "supply"
    return {(p.name, p.role) for p in deals[0].parties}


def test_a_framework_contract_for_the_supply_of_units_is_a_supply() -> None:
    text = (
        "Nantes, le 3 mars 2026 – Brévalis, spécialiste des systèmes de refroidissement pour "
        "centres de données, annonce la signature d'un contrat-cadre avec Ostriva Datacenters "
        "portant sur la fourniture de 60 unités de refroidissement destinées à deux campus "
        "du client."
    )
    assert _supply_sides(text) == {("Ostriva Datacenters", "buyer"), ("Brévalis", "seller")}


def test_the_contract_told_after_the_selection_names_the_supply() -> None:
    text = (
        "Kribi, le 12 mai 2026 – Volteris Énergie, spécialiste des infrastructures électriques, "
        "annonce avoir été retenu par Ombrelia Data SA pour équiper le centre de données "
        "Kribi One.\n\n"
        "D'un montant total de 4 milliards de FCFA, le contrat couvre la fourniture, "
        "l'installation et la mise en service de groupes électrogènes et d'onduleurs."
    )
    assert _supply_sides(text) == {("Ombrelia Data", "buyer"), ("Volteris Énergie", "seller")}


def test_a_cloud_provider_ordering_servers_buys_them() -> None:
    text = (
        "Le fournisseur de cloud souverain Nébulix a passé commande de 800 serveurs de calcul "
        "équipés chacun de quatre processeurs graphiques auprès du fabricant lyonnais "
        "Corvatec, pour un montant de 90 millions d'euros, a annoncé jeudi ce dernier. Les "
        "livraisons des machines s'étaleront du premier trimestre à la fin de l'année 2027."
    )
    assert _supply_sides(text) == {("Nébulix", "buyer"), ("Corvatec", "seller")}


def test_a_power_contract_delivering_electricity_stays_a_power_purchase() -> None:
    text = (
        "Le producteur Solvéra a signé avec l'exploitant de centres de données Datalune un "
        "contrat portant sur la fourniture de 40 MW d'électricité solaire pendant quinze ans."
    )
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "power_purchase"
