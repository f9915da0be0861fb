"""French starts told after `au cours du` (`les premières livraisons sont attendues au cours
du second semestre de 2028`), after a plant's entry into service or operation (`son entrée
en exploitation commerciale est prévue en 2029`) and after a move-in spread over a period
(`l'emménagement s'étalera sur le premier semestre 2027`). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Les premières livraisons sont attendues au cours du second semestre de 2028.", "2028"),
        ("Les livraisons sont prévues au cours de l'année 2027.", "2027"),
        ("Son entrée en exploitation commerciale est prévue en 2029.", "2029"),
        ("L'entrée en service de la centrale est prévue pour 2028.", "2028"),
        ("L'emménagement s'étalera sur le premier semestre 2027.", "2027"),
    ],
)
def test_a_start_cue_gives_the_start(sentence: str, start: str) -> None:
    terms = [t for t in find_terms(sentence, date(2026, 5, 4), "fr") if t.kind == "contract"]
    assert [t.start_date for t in terms] == [start]
