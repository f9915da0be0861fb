"""A French deal a company `a récemment conclu (levé, signé)` is one it made before the one
the article tells (`Y a récemment conclu une facilité de crédit avec A et B`, `Y, qui a
récemment levé 60 millions d'euros auprès de Z`): background, not a deal of the article
(invented companies and sentences, on real French parses)."""

from __future__ import annotations

from tests.nlp_support import french_deals

_CONTRACT = (
    "Orvane Compute SA annonce la signature d'un contrat pluriannuel avec Belvane Pharma. "
    "Belvane Pharma disposera d'une capacité dédiée de 256 accélérateurs graphiques hébergés "
    "dans le centre de données d'Orvane Compute à Sion. "
)


def _parties(text: str) -> set[str]:
    return {p.name for d in french_deals(text) for p in d.parties}


def test_a_credit_facility_recently_closed_is_background() -> None:
    text = _CONTRACT + (
        "Orvane Compute a récemment conclu une facilité de crédit de 90 millions de francs "
        "avec la Banque Sarrane et Crédit Morvel."
    )
    assert not {"Banque Sarrane", "Crédit Morvel"} & _parties(text)


def test_a_credit_facility_just_closed_is_a_deal() -> None:
    text = _CONTRACT + (
        "Orvane Compute a par ailleurs conclu une facilité de crédit de 90 millions de francs "
        "avec la Banque Sarrane et Crédit Morvel."
    )
    assert {"Banque Sarrane", "Crédit Morvel"} <= _parties(text)
