"""`au fonds d'investissement Y`: a description whose complement the name follows
(`fonds d'investissement`, `opérateur de centres de données`) describes that name, not a
company (or a town tagged one) named before it in the sentence."""

from __future__ import annotations

from tests.nlp_support import french_deals


def _sides(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in french_deals(text) for p in d.parties}


def test_the_seller_is_the_name_after_the_complement() -> None:
    sides = _sides(
        "Le groupe Varnelle a conclu un accord pour racheter Oxydis, fabricant de capteurs "
        "basé à Nantes, au fonds d'investissement Trévise Capital, pour 80 millions d'euros."
    )
    assert ("Trévise Capital", "seller") in sides
    assert ("Oxydis", "target") in sides
