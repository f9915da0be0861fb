"""Loans told with the words of project and construction finance: `construction debt`,
`senior debt`, a `debt package`, a `project finance facility` (the signer borrows,
`debt` stating a loan whatever the verb); the package a borrower `reached financial close
on`; lenders in a `club of` banks or a group `coordinated by` two of them; and a borrower
told only in a sentence about an older deal, who takes none of the current loan's lenders;
banks that `are joint lead arrangers`, a title without an article, lend.
Names and sentences are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def _sides(sentence: str) -> set[tuple[str, str]]:
    return {(r, m) for _, kind, args in frames_of(sentence) if kind == "other" for r, m in args}


def test_a_project_finance_facility_with_a_syndicate_is_a_loan() -> None:
    sides = _sides(
        "Torvane Minerals has executed a A$300 million senior secured project finance "
        "facility with a syndicate comprising Brisk Harbour Bank, Ostrel Export Agency and "
        "Pelling Banking Corporation."
    )
    assert sides == {
        ("customer", "Torvane Minerals"),
        ("provider", "Brisk Harbour Bank"),
        ("provider", "Ostrel Export Agency"),
        ("provider", "Pelling Banking Corporation"),
    }


def test_construction_debt_secured_states_a_loan() -> None:
    assert _sides("Halvick Power has secured $900 million of senior construction debt.") == {
        ("customer", "Halvick Power")
    }


def test_a_debt_package_reached_financial_close_on_is_borrowed() -> None:
    sides = _sides(
        "Dunmore Solar reached financial close on a A$210 million debt package from Westrow "
        "Bank and Kelton Capital."
    )
    assert sides == {
        ("customer", "Dunmore Solar"),
        ("provider", "Westrow Bank"),
        ("provider", "Kelton Capital"),
    }


def test_banks_coordinated_by_two_lenders_lend_through_them() -> None:
    sides = _sides(
        "Brightlake Telecom signed a €500 million revolving credit facility with a group of "
        "nine banks coordinated by Arnholt Bank and Velde Bank."
    )
    assert ("provider", "Arnholt Bank") in sides
    assert ("provider", "Velde Bank") in sides


def test_a_club_of_banks_lends_through_its_members() -> None:
    sides = _sides("The loan is provided by a club of Carrow Bank and Halden Trust.")
    assert sides == {("provider", "Carrow Bank"), ("provider", "Halden Trust")}


def test_an_older_borrowing_takes_none_of_the_current_lenders() -> None:
    text = (
        "Sarnia Digital and Okabe Partners have formed a joint venture to build a 150-megawatt "
        "data centre campus in Ras Tanura, and have lined up $700 million of debt for it.\n\n"
        "The six-year construction loan is provided by Tabuk Crescent Bank and Hadeed Bank.\n\n"
        "The announcement comes weeks after Qassim Data Holdings agreed a $900 million "
        "construction loan for a campus outside the capital."
    )
    deals = extract_deals(Article(text=text, published="2026-05-20"))
    loan = next(d for d in deals if d.deal_type == "other")
    assert "Qassim Data Holdings" not in {p.name for p in loan.parties}
    assert {("Tabuk Crescent Bank", "provider"), ("Hadeed Bank", "provider")} <= {
        (p.name, p.role) for p in loan.parties
    }


def test_joint_lead_arrangers_without_an_article_lend() -> None:
    sides = _sides(
        "Pellow Bank and Ardane Capital are joint lead arrangers, with five other lenders."
    )
    assert sides == {("provider", "Pellow Bank"), ("provider", "Ardane Capital")}


def test_a_lender_described_with_an_article_lends_nothing() -> None:
    assert _sides("Pellow Bank is a large lender to the sector.") == set()
