"""Who joins a round or a loan, and who a described borrower is: banks `joining as
co-lenders` lend, investors that `joined in` or `joined as a new investor` invest, a
unit written with its own name after its owner's (`the venture arm of X, X Ventures`) is
that unit, `the Denver company` is the company told before, two lenders tagged as one
name (`KeyBank and X Banking Corporation`) are two, a sum committed in equity is
invested, and banks that `provided the commitment` lend the loan told before. Invented
names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def _sides(text: str, deal_type: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return {(p.name, p.role) for d in deals if d.deal_type == deal_type for p in d.parties}


def test_banks_joining_as_co_lenders_lend() -> None:
    frames = frames_of(
        "The five-year loan was arranged by Corrin Development Bank, with Elstow Bank and "
        "the Maranta Infrastructure Fund joining as co-lenders."
    )
    assert (
        "joining",
        "other",
        [("provider", "Elstow Bank"), ("provider", "Maranta Infrastructure Fund")],
    ) in frames


def test_an_investor_joining_as_a_new_investor_invests() -> None:
    frames = frames_of("Tallow Growth led the round and Brisk Ventures joined as a new investor.")
    assert ("joined", "investment", [("investor", "Brisk Ventures")]) in frames


def test_investors_that_joined_in_invest() -> None:
    frames = frames_of(
        "Harlow Ventures led the round, and Mossgate Partners and Quince Capital joined in."
    )
    assert (
        "joined",
        "investment",
        [("investor", "Mossgate Partners"), ("investor", "Quince Capital")],
    ) in frames


def test_a_unit_written_with_its_own_name_is_that_unit() -> None:
    frames = frames_of(
        "Mossgate Partners and the venture arm of Orlan Foods, Orlan Ventures, joined the round."
    )
    assert frames == [
        (
            "joined",
            "investment",
            [("investor", "Mossgate Partners"), ("investor", "Orlan Ventures")],
        )
    ]


def test_the_company_described_by_its_town_stands_for_the_company_told_before() -> None:
    frames = frames_of(
        "Alongside the equity, the Denver company has secured a $15 million growth debt "
        "facility from Kelbrook Bank."
    )
    assert frames == [
        ("secured", "other", [("customer", "company"), ("provider", "Kelbrook Bank")])
    ]
    text = (
        "Clinical software startup Pellora has raised $40 million in a Series B round led by "
        "Ashgrove Capital.\n\nAlongside the equity, the Denver company has secured a $15 "
        "million growth debt facility from Kelbrook Bank."
    )
    assert _sides(text, "other") == {("Pellora", "customer"), ("Kelbrook Bank", "provider")}


def test_two_lenders_glued_in_one_name_are_two() -> None:
    frames = frames_of(
        "The construction loan was provided by TrustBank and Harada Mitsui Banking Corporation."
    )
    assert {arg for _, _, args in frames for arg in args} == {
        ("provider", "TrustBank"),
        ("provider", "Harada Mitsui Banking Corporation"),
    }


def test_a_sum_committed_in_equity_is_invested() -> None:
    frames = frames_of(
        "Alongside the debt, Kestrel Partners, a Nairobi-based private equity firm, has "
        "committed $30 million in fresh equity for a minority stake."
    )
    assert frames == [("committed", "investment", [("investor", "Kestrel Partners")])]


def test_banks_that_provided_the_commitment_lend_the_loan() -> None:
    text = (
        "Orlen Software agreed on Monday to acquire Brisk Analytics for $2.1 billion in cash "
        "and stock.\n\nTo cover the cash component, Orlen has lined up a $700 million bridge "
        "loan. Harcourt Bank and Pellow Securities provided the commitment, which runs for "
        "364 days."
    )
    assert _sides(text, "other") == {
        ("Orlen Software", "customer"),
        ("Harcourt Bank", "provider"),
        ("Pellow Securities", "provider"),
    }
