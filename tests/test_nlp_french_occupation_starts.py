"""French starts told by moving in or taking possession (`L'emménagement est prévu dans le
courant de 2028`, `X y emménagera à la mi-2027`, `X prendra possession des premières salles
en avril 2027`) and by a delivery verb written before `début` or `mi-` (`La capacité sera
mise à disposition début 2027`, `devraient être injectés début 2028`); a delivery schedule
between two dates written with their articles (`entre le second semestre 2027 et la fin de
2029`). Invented names."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

LEASE = (
    "Lyon, le 3 mars 2026 – La foncière Brenval Immobilier annonce la signature d'un bail de "
    "dix ans avec l'opérateur Corvalis Cloud pour un centre de données de 6 MW. "
)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("L'emménagement est prévu dans le courant de 2028.", "2028"),
        ("Corvalis Cloud y emménagera à la mi-2027.", "2027"),
        ("Corvalis Cloud prendra possession des premières salles en avril 2027.", "2027-04"),
    ],
)
def test_moving_in_starts_a_lease(sentence: str, start: str) -> None:
    deals = extract_deals(Article(text=LEASE + sentence, language="fr", published="2026-03-03"))
    assert deals and deals[0].deal_type == "lease"
    assert deals[0].term is not None and deals[0].term.start == start


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("La capacité sera mise à disposition début 2027.", "2027"),
        ("Les premiers kilowattheures devraient être injectés début 2028.", "2028"),
        ("Les serveurs seront livrés mi-2027.", "2027"),
    ],
)
def test_a_delivery_verb_before_a_part_of_a_year_starts_the_term(sentence: str, start: str) -> None:
    found = find_terms(sentence, datetime.date(2026, 3, 3), "fr")
    assert [t.start_date for t in found] == [start]


def test_moving_out_is_no_start() -> None:
    found = find_terms(
        "Corvalis Cloud quittera ses anciens locaux en 2027.", datetime.date(2026, 3, 3), "fr"
    )
    assert [t.start_date for t in found] == []


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Les livraisons, échelonnées entre le second semestre 2027 et la fin de 2029, "
            "sortiront de l'usine de Gand.",
            "2027",
            "2029-12",
        ),
        # the end of a year gives its last month (`year_end_pattern`)
        ("Les livraisons s'étaleront entre la mi-2027 et la fin de 2028.", "2027", "2028-12"),
    ],
)
def test_a_schedule_between_two_dates_told_with_articles(
    sentence: str, start: str, end: str
) -> None:
    found = find_terms(sentence, datetime.date(2026, 3, 3), "fr")
    assert [(t.start_date, t.end_date) for t in found] == [(start, end)]
