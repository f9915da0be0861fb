"""A solar plant's peak power written out in French (`25 mégawatts-crête`, `trois cents
mégawatts-crête`) is its power in MW, as `25 MWc` is."""

from __future__ import annotations

import pytest

from pipeline.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("D'une puissance de 32 mégawatts-crête, la centrale ouvrira en 2027.", (32.0, "MW")),
        ("La commande porte sur deux cents mégawatts-crête de modules.", (200.0, "MW")),
        ("Le parc de 1,5 gigawatts-crête sera le plus grand du pays.", (1500.0, "MW")),
        ("Chaque toiture produit 250 kilowatts-crête.", (0.25, "MW")),
    ],
)
def test_peak_power_written_out(sentence: str, expected: tuple[float, str]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence, "fr")] == [expected]
