"""`X fait entrer Y à son capital`: with causative `faire`, the company that lets an
investor in is the investee and the one let in invests (read the other way round without
`faire`: `Y entre au capital de X`)."""

from __future__ import annotations

from tests.nlp_support import french_deals


def _sides(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for d in french_deals(text) for p in d.parties}


def test_the_subject_of_faire_is_the_investee() -> None:
    sides = _sides(
        "Ondoria, fabricant lyonnais de capteurs, a fait entrer à son capital le fonds "
        "Perdrigon Capital pour 40 millions d'euros."
    )
    assert ("Ondoria", "investee") in sides
    assert ("Perdrigon Capital", "investor") in sides


def test_the_causee_written_before_the_capital_invests() -> None:
    sides = _sides(
        "Spécialiste des batteries, Volmérane fait entrer Cassiopée Partners à son capital "
        "pour 25 millions d'euros."
    )
    assert ("Volmérane", "investee") in sides
    assert ("Cassiopée Partners", "investor") in sides


def test_without_faire_the_subject_still_invests() -> None:
    sides = _sides(
        "Le fonds Perdrigon Capital entre au capital d'Ondoria pour 40 millions d'euros."
    )
    assert ("Perdrigon Capital", "investor") in sides
    assert ("Ondoria", "investee") in sides
