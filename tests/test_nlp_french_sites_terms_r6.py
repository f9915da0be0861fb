"""French terms and sites written in the ways round 6's blind articles wrote them:
invented companies, towns and facilities."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.terms import find_terms

PUBLISHED = date(2026, 5, 12)


def _contract(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (t.start_date, t.end_date, t.duration)
        for t in find_terms(sentence, PUBLISHED, "fr")
        if t.kind == "contract"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a modal or passive verb of delivery or service, then the date
        (
            "La fourniture d'électricité doit commencer à l'automne 2027.",
            [("2027", None, None)],
        ),
        (
            "Les premières baies doivent être mises à la disposition du client au "
            "deuxième trimestre 2027.",
            [("2027", None, None)],
        ),
        ("Le parc doit être mis en service au début de 2028.", [("2028", None, None)]),
        (
            "La première tranche doit être livrée à Quernel à l'automne 2027.",
            [("2027", None, None)],
        ),
        ("Entrée dans les lieux prévue au premier semestre 2028.", [("2028", None, None)]),
        # a day and a month with no year: the next such day after publication
        ("Le logiciel sera déployé à partir du 1er juillet.", [("2026-07-01", None, None)]),
        ("Le service démarre à compter du 3 mars.", [("2027-03-03", None, None)]),
        # a duration after a deal named by its acronym, or by a noun and its bracketed acronym
        ("Morvane a signé un CAPN de quinze ans.", [(None, None, "P15Y")]),
        (
            "Ils ont conclu un contrat d'achat d'électricité (PPA) de douze ans.",
            [(None, None, "P12Y")],
        ),
    ],
)
def test_french_term_constructions(
    sentence: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _contract(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no start cue: a construction history, an option, an age
        "Les travaux ont commencé à l'automne 2024.",
        "Le contrat prévoit une option de prolongation de deux ans.",
        "Le 1er juillet, la société a publié ses comptes.",
    ],
)
def test_french_non_terms_stay_out(sentence: str) -> None:
    assert _contract(sentence) == []
