"""French industrial facilities told with what they make or treat between their noun and
their town (`une usine de dessalement d'eau de mer à X`, `une unité de broyage à X`,
`l'usine d'hydrométallurgie en construction près de X`) and port terminals named by their
trade (`un terminal vraquier à X`). Invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le prêt financera la construction d'une usine de dessalement d'eau de mer à "
            "Joal-Fadiouth, dans la région de Thiès.",
            [(None, "Joal-Fadiouth", "Thiès", "SN")],
        ),
        (
            "Le crédit servira à financer une nouvelle unité de broyage à Bouaké.",
            [(None, "Bouaké", None, "CI")],
        ),
        (
            "Le préfinancement couvrira le coût de l'usine d'hydrométallurgie en construction "
            "près de Likasi.",
            [(None, "Likasi", None, "CD")],
        ),
        (
            "La concession porte sur l'exploitation d'un terminal vraquier à Rufisque.",
            [(None, "Rufisque", None, "SN")],
        ),
    ],
)
def test_french_industrial_facility(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_owner_after_de_is_no_complement() -> None:
    # `de la société`: the owner, not what the plant makes; the town still places it
    assert sites_of("Le groupe agrandira l'usine de la société à Rouen.") == [
        (None, "Rouen", None, "FR")
    ]
