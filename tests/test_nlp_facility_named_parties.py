"""Spurious parties (round 14), on sentences written for the test with invented names: a
name the article gives a facility (`the Cresthaven nuclear station`, `BTM-9, a 12 MW data
centre`) is the plant or campus, a site, never a party of any side of a deal, while a
company described as a facility's operator (`Hanlow Cloud, the data centre arm of Hanlow
Telecom`) stays one; a person written with a title (`Posted by Lena Okafor, co-founder
and CTO`, `Chief Commercial Officer Lukas Brenner added`) is none either."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _parties(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-05-04"))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_a_plant_named_in_the_article_sells_nothing() -> None:
    """`take 600 MW from Cresthaven`: the station the article named is the generating
    plant, not a seller beside the producer that signed."""
    parties = _parties(
        "Orlan Cloud agreed to buy power from the Cresthaven nuclear station near Ridgeton, "
        "Ohio, under a 20-year contract with Balder Energy. Orlan will take 600 MW from "
        "Cresthaven starting in 2028."
    )
    assert ("Orlan Cloud", "buyer") in parties
    assert ("Balder Energy", "seller") in parties
    assert not {name for name, _ in parties} & {"Cresthaven"}


def test_a_company_described_as_a_data_centre_arm_stays_a_party() -> None:
    """An apposition with `the` describing a company (`the data centre and cloud arm of`)
    names no facility."""
    parties = _parties(
        "Hanlow Cloud, the data centre and cloud affiliate of Hanlow Telecom, has won a "
        "three-year contract to provide GPU capacity to Daeyang AI."
    )
    assert ("Hanlow Cloud", "provider") in parties


def test_a_company_whose_name_ends_in_a_facility_word_stays_a_party() -> None:
    """`Brelmont Datacenter` is written as a name alone, with no facility noun or
    apposition after it: a company's name, not a facility's."""
    parties = _parties(
        "Brelmont Datacenter has signed a ten-year lease with Ostrava Land Partners for a "
        "12-hectare plot outside Gdansk, where it plans a 60 MW campus."
    )
    assert "Brelmont Datacenter" in {name for name, _ in parties}


def test_a_person_written_with_a_title_is_no_party() -> None:
    """`Posted by Lena Okafor, co-founder and CTO, Brightmoth GPU`: the byline's author,
    written with her title, speaks for a party and is none."""
    text = (
        "Posted by Lena Okafor, co-founder and CTO, Brightmoth GPU\n\n"
        "When we started Brightmoth GPU three years ago, our whole fleet fit in two racks. "
        "Today we signed a five-year lease with Valcourt Data Parks for 12 MW at its campus "
        "in Sherbrooke."
    )
    deals = extract_deals(Article(text=text, published="2026-03-02"))
    assert "Lena Okafor" not in {p.name for d in deals for p in d.parties}
