"""French subjects written after their verb in a relative clause: `le crédit, auquel
participent A et B`, `un prêt que lui ont accordé A et B`."""

from __future__ import annotations

from tests.nlp_support import french_loan_sides


def test_lenders_after_auquel_join_the_loan() -> None:
    text = (
        "Le groupe Tavernay a signé mardi une convention de prêt de 40 milliards de FCFA. "
        "La Banque Orlane agit comme arrangeur chef de file du crédit, auquel participent "
        "également Crédit Mistral et la Caisse Ondine."
    )
    sides = french_loan_sides(text)
    assert ("Crédit Mistral", "provider") in sides
    assert ("Caisse Ondine", "provider") in sides
