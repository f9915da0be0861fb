"""A French deal told as done in a season with no year (`a levé 80 millions d'euros au
printemps`, `a signé cet été`) is an older deal beside the article's: not a deal of its
own. A season the deal is planned for (`la mise en service est prévue au printemps`), or
one with a year, is no such cue. Invented names."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.chronology import tells_older

PUBLISHED = datetime.date(2026, 10, 21)


@pytest.mark.parametrize(
    ("sentence", "older"),
    [
        ("Corvalis, qui a levé 80 millions d'euros au printemps auprès de Ventaro, grandit.", True),
        ("Brisel a signé cet été un premier contrat avec Torrentia.", True),
        ("Ventaro a conclu à l'automne un accord avec Lumbra.", True),
        # a planned season, or one with its year, is no older deal
        ("La mise en service est prévue au printemps 2027.", False),
        ("Les serveurs seront livrés au printemps.", False),
        ("Brisel a signé un contrat dont la livraison débutera à l'automne 2027.", False),
    ],
)
def test_a_deal_done_in_a_past_season_is_older(sentence: str, older: bool) -> None:
    assert tells_older(sentence, PUBLISHED, language="fr") is older


def test_a_round_raised_in_spring_is_no_deal_of_the_article() -> None:
    text = (
        "PARIS, 21 octobre - Corvalis, jeune pousse parisienne, a signé avec le fournisseur "
        "de cloud Brisel un contrat de trois ans lui donnant accès à 2.000 processeurs "
        "graphiques, pour un montant total de 90 millions d'euros, ont annoncé mercredi les "
        "deux sociétés. Corvalis, qui a levé 80 millions d'euros au printemps auprès "
        "notamment de Ventaro Partners, compte utiliser cette capacité pour ses modèles."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-21"))
    assert [d.deal_type for d in deals] == ["compute_contract"]
    assert "Ventaro Partners" not in {p.name for d in deals for p in d.parties}
