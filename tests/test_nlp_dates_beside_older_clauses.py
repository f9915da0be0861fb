"""A contract's dates told beside an older story: in a sentence whose older cue sits in a
relative clause (`matching the expiry of the space X already occupies`, `a parcel it
bought last year`), after the sentence of a stake when a commercial deal was told before
(`First power is scheduled for ...`), in the copula's schedule (`are to be delivered in
the second half of 2027`) and as the expected date a term runs from (`25 years from the
commercial operation date, which is expected by December 2027`). Sentences and names
are invented."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.terms import find_terms


def deals_of(text: str, published: str = "2026-04-14") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_sentence_dating_a_lease_beside_an_older_relative_clause_dates_it() -> None:
    (deal,) = deals_of(
        "Brannock Data Partners said on Tuesday that Quillet Cloud had exercised its option "
        "to lease two more buildings at the developer's Farrow Hill campus near Leesburg, "
        "Virginia.\n\n"
        "Their leases run through 2041, matching the expiry of the halls Quillet already "
        "occupies, the developer said."
    )
    assert deal.deal_type == "lease"
    assert deal.term is not None
    assert deal.term.end == "2041"


def test_an_occupancy_date_beside_a_parcel_bought_last_year_is_the_leases() -> None:
    (deal,) = deals_of(
        "Marlow Data Trust said it had agreed a 15-year build-to-suit lease with Tenby AI "
        "for a 60-megawatt data center in Abilene, Texas.\n\n"
        "Marlow will build the facility on a parcel it bought last year, and Tenby is due "
        "to take occupancy in phases beginning in the second quarter of 2028."
    )
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2028", "P15Y")


def test_an_older_cue_of_the_sentences_own_clause_still_makes_it_background() -> None:
    """`In 2023 X signed a lease running through 2035`: the older deal's end."""
    (deal,) = deals_of(
        "Brannock Data Partners has signed a lease with Quillet Cloud for a 30MW hall at "
        "its Farrow Hill campus in Leesburg, Virginia.\n\n"
        "In 2023 Brannock signed a lease with Hollis Labs running through 2035."
    )
    assert deal.term is None or deal.term.end != "2035"


def test_a_first_power_date_after_a_stakes_sentence_is_the_ppas() -> None:
    found = deals_of(
        "Harnell Grocers has signed a 20-year power purchase agreement with solar producer "
        "Dunmere Power and agreed to take a minority stake in the producer itself.\n\n"
        "The agreement covers the full output of the 60MW Kelby solar project near "
        "Kimberley. First power is scheduled for the fourth quarter of 2027.\n\n"
        "Harnell will subscribe for new shares giving it 25% of Dunmere Power for "
        "R300 million."
    )
    ppa = next(d for d in found if d.deal_type == "power_purchase")
    assert ppa.term is not None
    assert (ppa.term.start, ppa.term.duration) == ("2027", "P20Y")


def test_a_copula_schedule_of_delivery_starts_the_term() -> None:
    text = (
        "The two buildings, with 48 MW of capacity, are to be delivered in the second half of 2027."
    )
    found = find_terms(text, datetime.date(2026, 3, 2))
    assert [(t.start_date, t.kind) for t in found if t.start_date] == [("2027", "contract")]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "The deal runs 15 years from the wind farm's commercial operation date, which "
            "Orlen Wind expects in the second half of 2028.",
            "2028",
        ),
        (
            "Term: 20 years from the commercial operation date of the plant, expected in May 2029.",
            "2029-05",
        ),
        (
            "The lease runs for 12 years from the handover of the first hall, expected in "
            "mid-2027.",
            "2027",
        ),
        (
            "Tenure: 25 years from the commercial operation date, which is expected by "
            "October 2028.",
            "2028-10",
        ),
    ],
)
def test_a_term_from_an_expected_operation_date_starts_then(sentence: str, start: str) -> None:
    """`N years from the commercial operation date, which X expects in ...`: the expected
    date starts the term."""
    found = find_terms(sentence, datetime.date(2026, 3, 2))
    assert (start, "contract") in [(t.start_date, t.kind) for t in found if t.start_date]
