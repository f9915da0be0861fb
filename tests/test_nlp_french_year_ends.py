"""French term ends told as the end of a written year (`jusqu'à la fin de 2027`, `à fin
2028`, `à la fin de l'année 2027`) give that year's last month, as the suite's convention
asks; a month written keeps its month. Invented names."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Les livraisons s'échelonneront de mars 2027 jusqu'à la fin de 2028.", "2028-12"),
        ("Le contrat prévoit des livraisons de septembre 2026 à fin 2028.", "2028-12"),
        ("Les livraisons s'étaleront de janvier 2027 à la fin de l'année 2027.", "2027-12"),
        ("Les livraisons s'étaleront de janvier 2027 à fin juin 2029.", "2029-06"),
        ("Les livraisons s'étaleront de janvier 2027 à 2029.", "2029"),
    ],
)
def test_a_year_end_gives_its_last_month(sentence: str, end: str) -> None:
    terms = [t for t in find_terms(sentence, date(2026, 5, 4), "fr") if t.end_date]
    assert [t.end_date for t in terms] == [end]
