"""An older deal's facility told in the sentence of the deal's own does not place it:
`the X project is its second after it took a stake in a Bangkok data centre in 2024`.
Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_an_older_stakes_town_places_no_other_facility_of_its_sentence() -> None:
    text = (
        "Halvard Digital and Norrin Partners have formed a joint venture to build a 40MW "
        "AI data centre, the companies said on Tuesday. For Norrin, the Kestrel Ridge "
        "project is its second in the region after it took a 30% stake in a Bangkok data "
        "centre developed by Orvik Data in 2024."
    )
    deals = extract_deals(Article(text=text, published="2026-06-09"))
    cities = {s.city for d in deals for s in d.sites}
    assert "Bangkok" not in cities
