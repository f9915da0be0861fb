"""French deal kinds and their sides: a description before the first party does not
describe the party it signs with."""

from __future__ import annotations

import pytest

from pipeline.nlp.direction import provider_side


@pytest.mark.parametrize(
    ("sentence", "deal_type", "sides"),
    [
        (
            "L'exploitant de centres de données Brisel a conclu avec Torrentia un contrat "
            "d'allocation de production nucléaire de dix ans.",
            "power_purchase",
            {1: "customer", 2: "provider"},
        ),
        (
            "Le fournisseur de cloud Brisel a signé avec Torrentia un contrat de trois ans.",
            "compute_contract",
            {1: "provider", 2: "customer"},
        ),
    ],
)
def test_a_description_stops_at_the_party_signed_with(
    sentence: str, deal_type: str, sides: dict[int, str]
) -> None:
    assert provider_side({1: ["Brisel"], 2: ["Torrentia"]}, [sentence], deal_type) == sides
