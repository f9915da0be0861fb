"""French leases: who takes and who gives the space, read from the clause (`pour occuper`,
the described signer, `le bâtiment de Y`), not from the order of the names."""

from __future__ import annotations

import pytest

from pipeline.nlp.direction import provider_side
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


@pytest.mark.parametrize(
    ("texts", "tenant", "landlord"),
    [
        (
            [
                "Brumel Cloud a signé un bail de dix ans avec Tarnier Data Parks pour occuper "
                "la totalité du bâtiment B."
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (
            [
                "Le fournisseur de cloud souverain a signé avec Tarnier Data Parks un bail de "
                "dix ans pour 20 MW.",
                "Brumel Cloud s'installe à Nantes.",
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (
            ["Le développeur nantais a signé un bail de 12 ans avec la start-up Brumel Cloud."],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (
            [
                "Brumel Cloud a signé un bail de sept ans pour 6 MW dans le bâtiment « Loire » "
                "de Tarnier Data Parks."
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (
            [
                "Brumel Cloud a conclu avec la société immobilière Tarnier Data Parks un bail "
                "commercial."
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (  # the party finishing the building lets it
            [
                "Brumel Cloud a signé un bail de dix ans avec Tarnier Data Parks, qui achève un "
                "centre de données à Vertou."
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (  # `dont X loue 6 MW à Y`: X lets part of the building the clause is about
            [
                "Le courant alimentera le bâtiment B2 du campus de Vertou, dont Tarnier Data "
                "Parks vient de louer 6 MW à Brumel Cloud."
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (  # the subsidiary of a property company lets the space
            [
                "L'opérateur a conclu avec Tarnier Data Parks, filiale du foncier Groupe "
                "Ormesson, un bail de dix ans portant sur une salle de 8 MW.",
                "Brumel Cloud loue ses salles.",
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
        (
            [
                "Brumel Cloud a signé un bail avec Tarnier Data Parks, une filiale de la "
                "foncière Ormesson Patrimoine, pour 6 MW."
            ],
            "Brumel Cloud",
            "Tarnier Data Parks",
        ),
    ],
)
def test_lease_sides_from_the_clause(texts: list[str], tenant: str, landlord: str) -> None:
    sides = provider_side({0: [tenant], 1: [landlord]}, texts, "lease")
    assert sides == {0: "customer", 1: "provider"}


def test_a_cloud_provider_still_provides_outside_a_lease() -> None:
    texts = ["Orsalys a signé un contrat avec le fournisseur de cloud Brevan Cloud."]
    sides = provider_side({0: ["Orsalys"], 1: ["Brevan Cloud"]}, texts, "compute_contract")
    assert sides == {0: "customer", 1: "provider"}


def test_a_country_written_with_its_title_is_no_lessee() -> None:
    doc = load_model("fr")(
        "Orvelle SA a conclu avec Tarnier Data Parks un bail portant sur un bâtiment situé "
        "à Bertrange, au Grand-Duché de Luxembourg."
    )
    names = {m.text for f in find_frames(doc) for r, m in f.args if m.label != "PLACE"}
    assert "Grand-Duché de Luxembourg" not in names
    assert {"Orvelle SA", "Tarnier Data Parks"} <= names
