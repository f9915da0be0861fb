"""The owners of a joint venture are the partners of its loan however the sentence names
them: `a joint venture between A and B` with the parse hanging B outside the venture's
phrase, a holding verb splitting the venture between them (`A owns 65% of X, the joint
venture ..., and B the remaining 35%`), an owner the tagger reads as a person. Names are
invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def loan_sides(text: str) -> set[tuple[str, str]]:
    """Names and roles of the loan (deal type `other`) of a text."""
    deals = extract_deals(Article(text=text, published="2026-05-06"))
    return {(p.name, p.role) for d in deals if d.deal_type == "other" for p in d.parties}


def test_a_venture_between_two_companies_borrows_for_both() -> None:
    sides = loan_sides(
        "A joint venture between the utility Brenmoor Energy and developer Castell Digital "
        "has secured a $900 million construction loan for the first phase of its Larkspur "
        "campus near Abilene, Texas, the companies said on Tuesday. The five-year facility "
        "was arranged by Tolland Bank and Ferrow Bank."
    )
    assert {("Brenmoor Energy", "partner"), ("Castell Digital", "partner")} <= sides
    assert not any(role == "customer" for _, role in sides)


def test_a_holding_verb_splits_the_venture_between_its_owners() -> None:
    sides = loan_sides(
        "Harth Minerals and Oskel Mining have closed a $500 million project finance package "
        "for their Vessa copper mine in Zambia. The debt was provided by Lindell Bank and "
        "Morrow Development Bank, with a 12-year tenor. Harth owns 65% of Vessa Copper Ltd, "
        "the joint venture that holds the mine licence, and Oskel Mining the remaining 35%; "
        "both partners will guarantee the loans."
    )
    assert {("Harth Minerals", "partner"), ("Oskel Mining", "partner")} <= sides
    assert not any(name.startswith("Vessa") for name, _ in sides)


def test_a_name_modifying_the_venture_noun_is_the_ventures() -> None:
    sides = loan_sides(
        "Over in the power world, the Kelso Ridge joint venture, owned 50-50 by Dunmore "
        "Energy and Pellin Digital, has secured a $700 million construction loan for its "
        "campus outside Amarillo, Texas. Carrow Bank and Linden Bank are joint lead arrangers "
        "on the seven-year facility."
    )
    assert {("Dunmore Energy", "partner"), ("Pellin Digital", "partner")} <= sides
    assert not any(name.startswith("Kelso") for name, _ in sides)


def test_venture_debt_is_no_joint_venture() -> None:
    sides = loan_sides(
        "Tallis, the Denver-based maker of fleet-routing software, has raised $60 million in "
        "a Series C round led by Corbin Ventures. On top of the equity, Tallis has signed a "
        "$15 million venture debt facility with Brookmere Bank. The facility runs for four "
        "years."
    )
    assert ("Brookmere Bank", "provider") in sides
    assert not any(role == "partner" for _, role in sides)


def test_a_venture_told_in_a_sentence_of_its_own_is_read() -> None:
    sides = loan_sides(
        "Railcar builders have spent two years talking about nearshoring. Harrow Rail will "
        "own 60 per cent of the joint venture, Corra Railcar, and Kelby Heavy Industries the "
        "remaining 40 per cent. Corra Railcar has signed a $180 million construction loan "
        "arranged by Banco Linde and Osaki Bank."
    )
    assert {("Harrow Rail", "partner"), ("Kelby Heavy Industries", "partner")} <= sides
    assert not any(name.startswith("Corra") for name, _ in sides)
