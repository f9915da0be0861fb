"""Sides of a commercial deal from the words around the parties' names."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.direction import provider_side


@pytest.mark.parametrize(
    ("sentence", "provider"),
    [
        ("Lark signed a contract with Moss to use its data centers.", "Moss"),
        ("Lark signed an agreement to buy power from reactors to be developed by Moss.", "Moss"),
        ("Lark designs the chips, which Moss will develop and deploy.", "Moss"),
        ("Lark signed a deal with Moss for capacity at Moss's Reno campus.", "Moss"),
        ("Moss signed a deal with Lark, which will rent the whole site.", "Moss"),
        ("Moss signed a supply deal with telecom group Lark for 40,000 of its chips.", "Moss"),
    ],
)
def test_the_provider_is_read_from_context(sentence: str, provider: str) -> None:
    sides = provider_side({1: ["Lark"], 2: ["Moss"]}, [sentence])
    by_name = {"Lark": sides.get(1), "Moss": sides.get(2)}
    assert by_name[provider] == "provider"
    assert "customer" in by_name.values()


def test_no_sides_without_a_cue_or_when_both_look_the_same() -> None:
    assert provider_side({1: ["Lark"], 2: ["Moss"]}, ["Lark signed a deal with Moss."]) == {}
    clash = ["Lark will supply racks. Moss will supply power."]
    assert provider_side({1: ["Lark"], 2: ["Moss"]}, clash) == {}


def test_a_partys_own_facilities_do_not_make_it_the_provider() -> None:
    sides = provider_side(
        {1: ["Lark"], 2: ["Moss"]},
        ["Racks go into Lark's own facilities.", "Moss will deploy the racks."],
    )
    assert sides == {1: "customer", 2: "provider"}


def test_a_supply_deal_for_the_subjects_goods_sides_the_deal() -> None:
    deals = extract_deals(
        Article(
            text="Chip designer Tarrow Silicon said it had signed a supply agreement with "
            "telecom group Ilsan Mobile for 50,000 of its inference accelerators."
        )
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Tarrow Silicon", "seller"),
        ("Ilsan Mobile", "buyer"),
    }
