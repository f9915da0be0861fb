"""Amounts that are not the deal's (round 15), on sentences written for the test with
invented names: the demand a debt sale drew (`after orders peaked at more than $3.1
billion`) and the cost of the project a deal serves (`to finance the roughly $900 million
project`) or money raised before (`the $300 million of preferred equity we raised`); a
project loan keeps its total."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _amounts(text: str) -> set[tuple[float, str]]:
    deals = extract_deals(Article(text=text, published="2026-06-10"))
    return {(a.value, a.kind) for d in deals for a in d.amounts}


def test_the_order_book_of_a_notes_sale_is_no_amount() -> None:
    amounts = _amounts(
        "Corlan Telecom said on Tuesday it had agreed to buy Westmere Fiber from Ashby "
        "Infrastructure Partners for $1.4 billion. To fund the deal it sold $800 million of "
        "senior notes due 2033. The notes carry a coupon of 6.125% and were priced at par "
        "after orders peaked at more than $3.1 billion."
    )
    assert (1400000000.0, "price") in amounts
    assert not any(value == 3100000000.0 for value, _ in amounts)


def test_the_cost_of_the_project_a_contract_finances_is_no_amount() -> None:
    amounts = _amounts(
        "Mesquite Valley Electric Cooperative has signed a 15-year tolling agreement with "
        "Tarrow Generation for the output of its planned 600 MW gas plant, paying about $95 "
        "million a year. The deal gives Tarrow the contracted revenue it needs to finance the "
        "roughly $900 million project."
    )
    assert not any(value == 900000000.0 for value, _ in amounts)


def test_a_project_loan_keeps_its_total() -> None:
    amounts = _amounts(
        "Kessary Solar has signed a $450 million project loan with Brandmoor Bank and Oakhill "
        "Capital to build its 300 MW Redgate solar farm in Arizona."
    )
    assert (450000000.0, "total") in amounts


def test_equity_raised_before_is_no_amount_of_the_lease() -> None:
    """`Together with the $300 million of preferred equity we raised from X in May`: an
    earlier raise that funds the build, not the lease's worth."""
    amounts = _amounts(
        "Welbeck Digital signed a 15-year lease with Ostrand AI for 200 MW at its Harlow Gate "
        "campus, worth roughly $4.2 billion over the initial term. Together with the $300 "
        "million of preferred equity we raised from Tamsworth Capital in May, the campus is "
        "now fully funded."
    )
    assert (4200000000.0, "total") in amounts
    assert not any(value == 300000000.0 for value, _ in amounts)
