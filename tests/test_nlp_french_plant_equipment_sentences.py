"""A sentence about the contracted plant's equipment, told after the deal with a
possessive (`Ses six turbines, d'une puissance cumulée de 24 MW, produiront environ 60 GWh
par an`), belongs to the deal told before it, as `Les éoliennes ...` does: its capacity
and output are the deal's. Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_the_plants_turbines_told_after_the_ppa_give_its_figures() -> None:
    text = (
        "Corvalis Data, opérateur belge de centres de données, annonce la signature d'un "
        "contrat d'achat d'électricité à long terme.\n\n"
        "Le contrat, conclu pour douze ans avec Ventaro SA, porte sur la totalité de la "
        "production du futur parc éolien des Trois Chênes, à Ciney, en Wallonie. Ses six "
        "turbines, d'une puissance cumulée de 24 MW, produiront environ 60 GWh par an."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert deals and deals[0].deal_type == "power_purchase"
    quantities = {(q.value, q.unit) for q in deals[0].quantities}
    assert {(24.0, "MW"), (60000.0, "MWh")} <= quantities
