"""Contract terms: start, end, ISO duration and kind, relative dates resolved."""

from __future__ import annotations

import datetime

import pytest

from pipeline.nlp.terms import TermMention, find_terms, might_have_term
from tests.conftest import shared_data

PUBLISHED = datetime.date(2026, 5, 22)


def only(text: str, published: datetime.date | None = PUBLISHED) -> TermMention:
    found = find_terms(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "duration", "kind"),
    [
        ("They signed a five-year deal.", "five-year", "P5Y", "contract"),
        ("The lease runs for seven years.", "seven years", "P7Y", "contract"),
        ("a 20-year PPA with the utility", "20-year", "P20Y", "contract"),
        ("an initial 10-year term with renewals", "10-year", "P10Y", "contract"),
        ("a 10 year agreement", "10 year", "P10Y", "contract"),
        ("an 18-month extension", "18-month", "P18M", "contract"),
        ("a decade-long agreement", "a decade-long", "P10Y", "contract"),
        ("over the next five years", "five years", "P5Y", "contract"),
        ("worth $300 billion over roughly five years", "five years", "P5Y", "contract"),
        ("IREN signed a five-year, $9.7 billion contract", "five-year", "P5Y", "contract"),
        ("a five-year, US$9.7 billion AI cloud services contract", "five-year", "P5Y", "contract"),
        ("for the first 24 months, rising thereafter", "24 months", "P24M", "rate_period"),
        ("for a year", "a year", "P1Y", "contract"),
        ("a two-year supply deal", "two-year", "P2Y", "contract"),
        ("a twenty-year offtake", "twenty-year", "P20Y", "contract"),
        ("for two and a half years", "two and a half years", "P30M", "contract"),
        ("for 1.5 years", "1.5 years", "P18M", "contract"),
        ("a three-month pilot", "three-month", "P3M", "other"),
        ("for 90 days", "90 days", "P90D", "contract"),
        ("for two decades", "two decades", "P20Y", "contract"),
        ("a preferential rate for the first two months", "two months", "P2M", "rate_period"),
        ("a discount during the first year", "year", None, None),
        ("terminable with 90 days' notice", "90 days", "P90D", "notice"),
        ("on six months’ notice", "six months", "P6M", "notice"),
        ("a 90-day notice period", "90-day", "P90D", "notice"),
        ("with 30 days written notice", "30 days", "P30D", "notice"),
        ("a notice period of 60 days", "60 days", "P60D", "notice"),
        ("with a 30-day termination notice", "30-day", "P30D", "notice"),
    ],
)
def test_durations(sentence: str, text: str, duration: str | None, kind: str | None) -> None:
    found = find_terms(sentence, PUBLISHED)
    if duration is None:
        assert found == []
        return
    assert len(found) == 1, found
    assert found[0].text == text
    assert sentence[found[0].start : found[0].end] == text
    assert found[0].duration == duration
    assert found[0].kind == kind
    assert found[0].start_date is None and found[0].end_date is None


@pytest.mark.parametrize(
    ("sentence", "start", "end", "kind"),
    [
        ("The contract runs through December 2031.", None, "2031-12", "contract"),
        ("payments until May 2029 for the site", None, "2029-05", "contract"),
        ("Contract duration: Until May 2029", None, "2029-05", "contract"),
        ("a period potentially extending to May 2029", None, "2029-05", "contract"),
        ("the agreement was extended to 2030", None, "2030", "contract"),
        ("The PPA runs to 2030.", None, "2030", "contract"),
        ("valid till 31 December 2030", None, "2030-12-31", "contract"),
        ("expiring in June 2035", None, "2035-06", "contract"),
        ("through the first half of 2028", None, "2028", "contract"),
        ("until the end of 2027", None, "2027-12", "contract"),
        ("until end-2027", None, "2027", "contract"),
        ("until Q3 2027", None, "2027", "contract"),
        ("deliveries starting in 2H26", "2026", None, "contract"),
        ("through FY'28", None, "2028", "contract"),
        ("beginning in Q1 2026", "2026", None, "contract"),
        ("through 2026-10-01", None, "2026-10-01", "contract"),
        ("from October 2026 through June 2029", "2026-10", "2029-06", "contract"),
        ("from Oct. 1, 2026 to Sept. 30, 2029", "2026-10-01", "2029-09-30", "contract"),
        ("between 2027 and 2030", "2027", "2030", "contract"),
        ("from 2026 to 2030", "2026", "2030", "contract"),
        ("from 2026-2030", "2026", "2030", "contract"),
        ("The deal spans 2026-2030.", "2026", "2030", "contract"),
        ("deliveries starting in 2026", "2026", None, "contract"),
        ("The project starts in 2026.", "2026", None, "contract"),
        ("Service begins in 2026.", "2026", None, "contract"),
        ("commencing in 2026", "2026", None, "contract"),
        ("effective January 1, 2027", "2027-01-01", None, "contract"),
        ("beginning in the third quarter of 2026", "2026", None, "contract"),
        ("service beginning next year", "2027", None, "contract"),
        ("starting next month", "2026-06", None, "contract"),
        ("starting this year", "2026", None, "contract"),
        ("Deliveries start this year.", "2026", None, "contract"),
        ("starting later this year", "2026", None, "contract"),
        ("capacity comes online in 2027", "2027", None, "contract"),
        ("bring a gigawatt of capacity online in 2026", "2026", None, "contract"),
        ("expected to return to service in 2028", "2028", None, "contract"),
        ("videos will start appearing in early 2026", "2026", None, "contract"),
        ("running until the end of the year", None, "2026", "contract"),
        ("beginning next quarter", "2026", None, "contract"),
        ("starting in September", "2026-09", None, "contract"),
        ("until February", None, "2027-02", "contract"),
        ("running through the end of next year", None, "2027", "contract"),
        ("to be completed by the end of 2027", None, "2027", "other"),
        ("could exceed 40 billion dollars by 2029", None, "2029", "other"),
    ],
)
def test_dates(sentence: str, start: str | None, end: str | None, kind: str) -> None:
    found = only(sentence)
    assert (found.start_date, found.end_date, found.kind) == (start, end, kind)
    assert found.duration is None
    assert sentence[found.start : found.end] == found.text


def test_relative_dates_need_a_publication_date() -> None:
    assert find_terms("service beginning next year", None) == []
    assert only("service beginning next year", datetime.date(2030, 1, 2)).start_date == "2031"


def test_relative_month_rolls_over_the_year() -> None:
    assert only("starting next month", datetime.date(2026, 12, 5)).start_date == "2027-01"


def test_year_through_year_is_a_range_of_kind_other() -> None:
    found = only("the 2012 through 2015 model")
    assert (found.text, found.start_date, found.end_date, found.kind) == (
        "2012 through 2015",
        "2012",
        "2015",
        "other",
    )


def test_multi_year_is_a_term_without_dates() -> None:
    found = only("Through a multi-year partnership, Anthropic secures access.")
    assert found.text == "multi-year"
    assert (found.start_date, found.end_date, found.duration, found.kind) == (
        None,
        None,
        None,
        "contract",
    )


def test_several_terms_in_order() -> None:
    sentence = "The five-year lease starts in 2026 and runs until May 2031."
    found = find_terms(sentence, PUBLISHED)
    assert [(t.text, t.duration, t.start_date, t.end_date) for t in found] == [
        ("five-year", "P5Y", None, None),
        ("starts in 2026", None, "2026", None),
        ("runs until May 2031", None, None, "2031-05"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2026, the company is set to commit.",
        "The company was founded in 1987.",
        "He is 45 years old.",
        "a 45-year-old executive",
        "aged 45 years",
        "24-hour service",
        "The stock hit a 52-week high.",
        "Five years ago it was smaller.",
        "over the past five years",
        "in the last two years",
        "a 10-year Treasury yield",
        "20 years of experience",
        "the value of more than a decade of research",
        "revenue compared to 2025",
        "meeting its 2030 targets",
        "grew to 2030 MW",
        "next year, last month, this year",
        "It may 2029 may not.",
        "$5 million a year",
        "in recent months",
        "in the coming years",
        "about three-quarters of what it takes",
        "Updated 7 days a week, 365 days a year.",
        "a net loss in the nine months to September 30, 1986",
        "results for the year to March 31 1987",
        "sales for the year ending this month",
        "the offer was extended to 2000 EST March 23",
        "passing straight through to 1987 profits",
        "the filing was as of December 31, 1986",
        "",
    ],
)
def test_yields_nothing(sentence: str) -> None:
    assert find_terms(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No term here at all.", False),
        ("a multi-year deal", True),
        ("until May 2029", True),
        ("for seven years", True),
        ("beginning next year", True),
    ],
)
def test_prefilter(sentence: str, expected: bool) -> None:
    assert might_have_term(sentence) is expected


def test_prefilter_never_hides_a_term() -> None:
    bench = shared_data("bench", "acquisitions-dev")
    for path in sorted((bench / "docs").iterdir())[:150]:
        for line in path.read_text(errors="replace").splitlines():
            assert might_have_term(line) or find_terms(line, PUBLISHED) == []


def test_an_open_ended_date_is_no_end() -> None:
    found = find_terms(
        "Capacity is to be deployed by the end of 2026, with room to grow into 2027 and beyond.",
        datetime.date(2026, 1, 5),
    )
    assert [t.end_date for t in found] == ["2026"]
    assert [t.kind for t in found] == ["other"]


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The 12-year agreement runs from 1 March 2027.", "2027-03-01", None),
        ("The tariff applies with effect from 1 April 2027.", "2027-04-01", None),
        ("The contract is valid from January 2028.", "2028-01", None),
        ("The plant is due to start supplying Orlund at the beginning of 2028.", "2028", None),
        ("Brask will begin shipping the racks to its customer in the third quarter.", "2026", None),
        ("It agreed to buy 80 MW, with first deliveries expected in mid-2028.", "2028", None),
        ("Shipments are due from October to December 2026.", "2026-10", "2026-12"),
        ("The units will ship in batches between October 2026 and May 2027.", "2026-10", "2027-05"),
        ("The tenant is expected to occupy the first hall in mid-2028.", "2028", None),
        ("Pellam will take occupancy in the first quarter of 2027.", "2027", None),
        ("Handover is expected in the first quarter of 2028.", "2028", None),
        ("Occupancy is scheduled for mid-2027.", "2027", None),
        ("Commissioning is due in the second half of 2027.", "2027", None),
        (
            "The order takes effect when the racks go in, which Brask expects late next year.",
            "2027",
            None,
        ),
        (
            "Service begins once the cluster is accepted, which is scheduled for March 2027.",
            "2027-03",
            None,
        ),
    ],
)
def test_start_and_range_wordings(sentence: str, start: str, end: str | None) -> None:
    dated = [t for t in find_terms(sentence, PUBLISHED) if t.start_date or t.end_date]
    assert [(t.start_date, t.end_date, t.kind) for t in dated] == [(start, end, "contract")]


def test_a_market_move_between_two_months_is_no_term() -> None:
    assert find_terms("The stock fell by half between January and April.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Racks go live in stages beginning in the third quarter of this year.", "2026"),
        (
            "Quorvel said the first halls would be handed over in the first half of next year.",
            "2027",
        ),
        (
            "Space is handed over in two stages beginning in the second half of calendar 2027.",
            "2027",
        ),
        ("The tenant will begin occupying the first building early next year.", "2027"),
        (
            "It runs from Dunmore, with the first racks available to Pelt in the fourth quarter.",
            "2026",
        ),
        ("Pelt is due to take the first 40MW hall in the second quarter of 2027.", "2027"),
        ("The Brackley wind farm is expected to begin commercial operation in late 2028.", "2028"),
        (
            "Rent starts when the hall is ready, which should be the third quarter of next year.",
            "2027",
        ),
    ],
)
def test_start_wordings_of_round_six(sentence: str, start: str) -> None:
    dated = [t for t in find_terms(sentence, PUBLISHED) if t.start_date]
    assert [(t.start_date, t.kind) for t in dated][:1] == [(start, "contract")]


def test_a_build_out_schedule_is_no_end_of_the_term() -> None:
    found = find_terms(
        "Pelt moves into two halls in mid-2028, with the rest handed over through 2029."
    )
    assert [(t.start_date, t.end_date, t.kind) for t in found] == [
        ("2028", None, "contract"),
        (None, "2029", "other"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It took Pelt less than a week to turn its new equity into compute commitments.",
        "The parts ship in volume later, which Pelt has guided to the second half of 2028.",
    ],
)
def test_elapsed_times_and_guidance_are_no_terms(sentence: str) -> None:
    assert [t for t in find_terms(sentence, PUBLISHED) if t.kind == "contract"] == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The first 40 megawatts hand over in October 2027 and the rest in 2028.", "2027-10"),
        ("Tolvane expects to hand over the building in the third quarter of 2027.", "2027"),
        ("Pelt moves in during the second half of 2027, Quorvel said.", "2027"),
        ("It is a ten-year lease, and the first hall goes live early in 2027.", "2027"),
        ("The Brackley farm is expected to start commercial operation by the end of 2027.", "2027"),
        ("The first building is slated for delivery in the second quarter of 2028.", "2028"),
        (
            "Ostvik will supply the power from its river plants on the Lune from January 2027.",
            "2027-01",
        ),
        ("The racks will be shipped from the second quarter of 2027 onwards.", "2027"),
    ],
)
def test_start_wordings_of_round_seven(sentence: str, start: str) -> None:
    dated = [t for t in find_terms(sentence, PUBLISHED) if t.start_date]
    assert [(t.start_date, t.kind) for t in dated][:1] == [(start, "contract")]


def test_a_duration_before_the_start_is_kept() -> None:
    """`supply ... for three years from April 2027`: the start cue does not swallow the
    duration between the verb and the date."""
    found = find_terms("Pelt will supply GPU capacity to Orrin for three years from April 2027.")
    assert {(t.start_date, t.duration) for t in found} >= {(None, "P3Y"), ("2027-04", None)}
