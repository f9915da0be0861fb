"""A takeover told from the target's side: its board `recommended a cash offer from a
consortium of A and B` (the recommending company is bought, the consortium's members
buy), with the target written as a description holding its home town (`the
Leeds-based retailer`, which names no party) and an older approach told in a clause of
its own (`After rejecting two earlier approaches, ...`: the offer is today's). Names are
invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def acquisition_sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-11-17"))
    bought = next(d for d in deals if d.deal_type == "acquisition")
    return {(p.name, p.role) for p in bought.parties}


def test_a_board_recommending_an_offer_from_a_consortium_is_bought() -> None:
    text = (
        "The board of Halden & Brook has finally said yes.\n\n"
        "After rejecting two earlier approaches, the Leeds-based homeware retailer on "
        "Monday recommended a cash offer from a consortium of Oakhurst Capital and Fennick "
        "Equity that values its entire issued share capital at about £900 million."
    )
    assert acquisition_sides(text) == {
        ("Halden & Brook", "target"),
        ("Oakhurst Capital", "acquirer"),
        ("Fennick Equity", "acquirer"),
    }


def test_a_named_target_recommending_an_offer() -> None:
    text = (
        "Pellow Foods said on Tuesday its board had recommended a takeover offer from "
        "Garnet Street Partners that values the company at £410 million."
    )
    assert acquisition_sides(text) == {
        ("Pellow Foods", "target"),
        ("Garnet Street Partners", "acquirer"),
    }
