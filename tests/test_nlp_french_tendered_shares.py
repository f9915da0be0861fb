"""A holder who commits to tender its shares to a French takeover offer (`X s'est engagée à
apporter l'ensemble de ses titres à l'offre`) is the seller."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sellers(text: str) -> set[str]:
    deals = extract_deals(Article(text=text, language="fr", published="2026-03-03"))
    return {p.name for d in deals for p in d.parties if p.role == "seller"}


@pytest.mark.parametrize(
    ("holder", "commitment"),
    [
        (
            "Corlane Capital",
            "Corlane Capital, premier actionnaire avec 41 % du capital, s'est engagé à "
            "apporter l'ensemble de ses titres à l'offre.",
        ),
        (
            "Corlane",
            "La société Corlane, qui détient 41 % du capital, s'est engagée à apporter ses "
            "actions à l'offre.",
        ),
        (
            "Corlane Invest",
            "Corlane Invest s'est engagé à apporter la totalité de ses titres à l'offre.",
        ),
    ],
)
def test_a_holder_committed_to_tender_its_shares_sells(holder: str, commitment: str) -> None:
    text = (
        "Le groupe Varnelle lance une offre publique d'achat sur Ostrada Systèmes au prix de "
        f"24 euros par action. {commitment}"
    )
    assert holder in _sellers(text)


def test_money_brought_for_a_stake_is_no_tender() -> None:
    text = (
        "Le fonds Brevane Capital entre au capital de Teldor Data. Il apportera 50 millions "
        "d'euros pour une participation de 20 % dans la société."
    )
    assert "Brevane Capital" not in _sellers(text)
