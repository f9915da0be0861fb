"""A loan's tenor is its own term (its length told by a loan noun or by its maturity, its
maturity date), which no commercial contract takes; and a first service date written
without `in` (`goes live this quarter`, `handed over ... early next year`, `targeting first
power in 2031`, `will feed the campus from 2029`) starts a contract. Sentences and names
are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms

PUBLISHED = datetime.date(2026, 10, 1)


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        ("The Facility matures on the fifth anniversary of the closing date.", "P5Y"),
        ("The loans mature on the 7th anniversary of the first draw.", "P7Y"),
        ("The Facility matures five years after closing and bears interest at SOFR.", "P5Y"),
        ("Maturity Date means the date that is six years after the Closing Date.", "P6Y"),
        ("It's a six-year facility, secured against the Quarrel contract.", "P6Y"),
        ("The seven-year construction and term loan is provided by Brill Bank.", "P7Y"),
        ("Tamber entered into a new three-year, $75 million revolving credit facility.", "P3Y"),
        ("The lenders provide a term loan facility with a maturity of seven years.", "P7Y"),
    ],
)
def test_a_loans_length_is_its_tenor(sentence: str, duration: str) -> None:
    found = [t for t in find_terms(sentence, PUBLISHED) if t.duration]
    assert [(t.duration, t.kind) for t in found] == [(duration, "tenor")]


def test_a_maturity_date_ends_a_tenor() -> None:
    found = find_terms(
        "The Term Loan matures on November 25, 2031, the fifth anniversary of the closing date.",
        PUBLISHED,
    )
    assert [(t.end_date, t.duration, t.kind) for t in found] == [
        ("2031-11-25", None, "tenor"),
        (None, "P5Y", "tenor"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ionis signed a four-year, $2 billion contract and a $300 million loan with Ellery.",
        "Tessell signed a 12-year facility lease with Orrin.",
        "The power purchase agreement has a 15-year tenor.",
        "Pendle signed a PPA with a tenor of 20 years.",
    ],
)
def test_a_contracts_length_beside_a_loan_is_no_tenor(sentence: str) -> None:
    found = [t for t in find_terms(sentence, PUBLISHED) if t.duration]
    assert [t.kind for t in found] == ["contract"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "It runs out of Ionis's hall in Kearney; the first capacity goes live this quarter.",
            "2026",
        ),
        ("The first clusters will be handed over to Pendle early next year.", "2027"),
        (
            "Each unit has its own offtake contract, and Ardmoor is targeting first power in 2031.",
            "2031",
        ),
        ("The plant will feed Saltmere's campus through a private wire from 2029.", "2029"),
    ],
)
def test_a_first_service_date_starts_the_term(sentence: str, start: str) -> None:
    found = [t for t in find_terms(sentence, PUBLISHED) if t.start_date]
    assert [(t.start_date, t.kind) for t in found] == [(start, "contract")]


def deals_of(text: str, published: str = "2026-04-22") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_loans_tenor_told_beside_the_contract_it_secures_is_the_loans() -> None:
    found = deals_of(
        "Tarnhollow Cloud signed a five-year agreement with Cindral AI to supply 12,000 GPUs "
        "worth $1.4 billion. Separately, Tarnhollow closed a $500 million loan from Brisk "
        "Bank and Saltern Bank. It's a six-year facility, and it is secured against the "
        "Cindral contract."
    )
    loan = next(d for d in found if d.deal_type == "other")
    contract = next(d for d in found if d.deal_type != "other")
    assert loan.term is not None and loan.term.duration == "P6Y"
    assert contract.term is not None and contract.term.duration == "P5Y"


def test_a_lease_does_not_take_the_loans_maturity() -> None:
    found = deals_of(
        "Velbrook Data has signed a 15-year lease with Quarrow Cloud for 40 MW at its campus "
        "in Reno, Nevada. Velbrook also entered into a $600 million term loan with Harth "
        "Bank, which matures on the fifth anniversary of the closing date."
    )
    lease = next(d for d in found if d.deal_type == "lease")
    assert lease.term is not None and lease.term.duration == "P15Y"
    loan = next(d for d in found if d.deal_type == "other")
    assert loan.term is not None and loan.term.duration == "P5Y"
