"""A sentence that names no party but speaks of the deal's facility (`L'ouvrage a une
puissance installée de 14 mégawatts`, `La tranche louée représente 22 mégawatts`, `D'une
capacité de 35 MWc, l'installation ...`) belongs to the deal told before it: its capacity
is the deal's; so is a sentence naming the facility a lede told
before the deal (`Le financement du campus BRV-2 est bouclé.`, then `BRV-2 offrira 28 MW`).
The whole building's total (`Le bâtiment, d'une puissance totale de 11 MW`) is not the
capacity of a lease of one of its rooms. Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _quantities(text: str) -> set[tuple[float, str]]:
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-12"))
    return {(q.value, q.unit) for d in deals for q in d.quantities}


def test_the_works_installed_power_is_the_ppas() -> None:
    text = (
        "Le papetier Cartonnerie Valdane a signé avec le producteur Hydro Valserine un "
        "contrat d'achat d'électricité de dix ans portant sur la production de la centrale "
        "hydroélectrique de Chanteraine.\n\n"
        "L'ouvrage a une puissance installée de 14 mégawatts."
    )
    assert (14.0, "MW") in _quantities(text)


def test_the_leased_tranche_is_the_leases_capacity() -> None:
    text = (
        "L'opérateur Quorvane Datacenters a signé un bail de douze ans avec l'éditeur "
        "Telmara Cloud pour une partie de son campus de Vernouillet.\n\n"
        "La tranche louée représente 22 mégawatts de puissance informatique."
    )
    assert (22.0, "MW") in _quantities(text)


def test_an_opening_capacity_describes_the_contracted_plant() -> None:
    text = (
        "La compagnie d'électricité Sodelma a signé avec le producteur Soltara Énergie un "
        "contrat d'achat d'électricité de vingt ans pour la centrale solaire de Ndiaré.\n\n"
        "D'une capacité de 35 MWc, l'installation devrait injecter environ 60 GWh par an "
        "dans le réseau national."
    )
    assert {(35.0, "MW"), (60000.0, "MWh")} <= _quantities(text)


def test_a_campus_named_in_the_lede_gives_its_capacity_later() -> None:
    text = (
        "Le financement du campus BRV-2 est bouclé. L'opérateur breton Armélis Data a "
        "signé un prêt vert de 310 millions d'euros auprès de la Banque Ondine et du "
        "Crédit Corsaire.\n\n"
        "Situé près du port de commerce, BRV-2 offrira 28 MW de puissance informatique."
    )
    assert (28.0, "MW") in _quantities(text)


def test_the_whole_buildings_total_is_not_the_leased_rooms() -> None:
    text = (
        "L'hébergeur Valmorin Data a signé avec l'assureur Mutuelle Oriane un bail de "
        "sept ans portant sur une salle de 3 MW dans son centre de données de Rezé.\n\n"
        "Le bâtiment, d'une puissance totale de 11 MW, est désormais occupé à 60 %."
    )
    quantities = _quantities(text)
    assert (3.0, "MW") in quantities
    assert (11.0, "MW") not in quantities


def test_an_opening_total_of_the_building_is_not_the_leases() -> None:
    text = (
        "L'opérateur Sorvelle Datacenters a signé avec la Banque Arvine un bail de dix "
        "ans portant sur 5 mégawatts de capacité informatique dans son nouveau bâtiment "
        "de Martigny.\n\n"
        "D'une capacité totale de 24 MW, le bâtiment doit être réceptionné à l'automne."
    )
    quantities = _quantities(text)
    assert (5.0, "MW") in quantities
    assert (24.0, "MW") not in quantities
