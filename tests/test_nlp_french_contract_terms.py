"""French contract terms: a start told in the past (`a pris effet le`, `est entrée en
vigueur le`), services provided `depuis` a date, a start bounded by `au plus tard`, and a
duration after a long contract noun and its acronym. Invented names."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.terms import find_terms


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a start told in the past, or bounded by `au plus tard`
        ("Le bail a pris effet le 1er janvier 2026.", ("2026-01-01", None)),
        ("La convention est entrée en vigueur le 1er mars 2026.", ("2026-03-01", None)),
        ("Les services sont fournis depuis mars 2026 à la banque.", ("2026-03", None)),
        ("La fourniture démarrera au plus tard en 2024.", ("2024", None)),
        # a contract noun, its complements and an acronym, then its duration
        (
            "Vernal a signé un contrat d'allocation de production nucléaire (CAPN) de quinze "
            "ans portant sur 40 MW.",
            (None, "P15Y"),
        ),
    ],
)
def test_french_contract_terms(sentence: str, found: tuple[str | None, str | None]) -> None:
    terms = [t for t in find_terms(sentence, date(2026, 4, 8), "fr") if t.kind == "contract"]
    assert [(t.start_date, t.duration) for t in terms] == [found]
