"""The first person of a call or an interview: `us` is the teller's company."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def test_us_as_the_other_side_of_a_purchase() -> None:
    found = frames_of(
        "Brindle Data has agreed to buy 300 megawatts from us under a 15-year power "
        "purchase agreement."
    )
    args = {a for _, _, frame_args in found for a in frame_args}
    assert ("customer", "Brindle Data") in args
    assert ("provider", "us") in args


def test_us_never_stands_for_the_subject_of_its_verb() -> None:
    found = frames_of("Oakhurst Cloud signed a power purchase agreement with us.")
    args = {a for _, _, frame_args in found for a in frame_args}
    assert ("partner", "Oakhurst Cloud") in args
    assert ("partner", "us") in args


def test_a_country_in_capitals_is_no_pronoun() -> None:
    found = frames_of("Corlan Holdings agreed to sell its US unit to Pexley Group.")
    args = {a for _, _, frame_args in found for a in frame_args}
    assert ("acquirer", "Pexley Group") in args
    assert not any(text == "US" for _, text in args)


def test_a_deal_an_earnings_call_tells_with_us_is_the_callers() -> None:
    text = (
        "Ada Stone, chief executive: The big news this quarter is Tillbrook Cloud. "
        "Tillbrook Cloud has agreed to buy 200 megawatts from us under a 12-year power "
        "purchase agreement, starting in 2028."
    )
    article = Article(
        title="Marlow Power Q3 2026 earnings call: highlights", text=text, published="2026-10-30"
    )
    deals = extract_deals(article)
    assert deals and deals[0].deal_type == "power_purchase"
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Tillbrook Cloud", "buyer"),
        ("Marlow Power", "seller"),
    }
