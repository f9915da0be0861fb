"""`Y, jeune pousse spécialisée dans la location de puissance de calcul`, `Z, spécialisée
dans les modèles de langue`: in a contract for computing capacity, a company described
after its name as specialised in renting (supplying, hosting) computing provides it, and
one specialised in language models buys it."""

from __future__ import annotations

import pytest

from tests.nlp_support import french_deals


@pytest.mark.parametrize(
    ("text", "provider", "customer"),
    [
        (
            "Vernet Compute, jeune pousse lyonnaise spécialisée dans la location de puissance "
            "de calcul pour l'intelligence artificielle, a signé avec Biolys Pharma un "
            "contrat de trois ans pour la fourniture de capacités de calcul.",
            "Vernet Compute",
            "Biolys Pharma",
        ),
        (
            "Orvane Cloud a signé avec Lexalys, spécialisée dans les modèles de langue pour "
            "les notaires, un contrat de quatre ans portant sur des capacités de calcul.",
            "Orvane Cloud",
            "Lexalys",
        ),
    ],
)
def test_the_company_specialised_in_computing_provides(
    text: str, provider: str, customer: str
) -> None:
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "compute_contract"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert (provider, "provider") in roles
    assert (customer, "customer") in roles
