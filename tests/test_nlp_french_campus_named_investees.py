"""A company named after its campus (`Corvalis Data Campus`) that raises a round is the
round's investee: a facility raises no money, so the name is the company's (as a campus
bought is still the target); a campus named in another role stays no party. Invented
names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.grouping import accept
from pipeline.nlp.roles import Mention


def test_a_round_raised_by_a_campus_named_company() -> None:
    text = (
        "Corvalis Data Campus, la société qui porte le site de Lavaur, en Occitanie, a "
        "bouclé une augmentation de capital de 80 millions d'euros souscrite par le fonds "
        "Ventaro Infra, qui prend ainsi 30 % du capital."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert deals and deals[0].deal_type == "investment"
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Corvalis Data Campus", "investee"),
        ("Ventaro Infra", "investor"),
    }


def test_a_campus_name_is_an_investee_but_no_lessor() -> None:
    campus = Mention("Corvalis Data Campus", 0, 20, "ORG")
    assert accept(campus, "investee", set())
    assert not accept(campus, "lessor", set())
