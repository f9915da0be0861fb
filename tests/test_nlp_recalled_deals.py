"""Older deals a speaker points back to (round 15), on a call excerpt written for the test
with invented names: `You'll recall that in March we extended our supply arrangement with
Y` tells what the audience already knows, no deal of the call."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_a_recalled_extension_is_no_deal_of_the_call() -> None:
    text = (
        "Dana Reeves, Chief Executive Officer: ...which brings me to the agreement we announced "
        "last night. Brannick Power has signed a 20-year power purchase agreement with Solvay "
        "Cloud for 400 megawatts from our Elk Hollow nuclear station in Ohio. Deliveries begin "
        "in January 2028.\n\nThis is our first data center contract. You'll recall that in "
        "March we extended our supply arrangement with Carrick Steel Works at the Dayton mill, "
        "which is a very different kind of customer."
    )
    title = "Brannick Power Q2 2026 earnings call: excerpt from management remarks"
    deals = extract_deals(Article(title=title, text=text, published="2026-08-05"))
    names = {p.name for d in deals for p in d.parties}
    assert "Solvay Cloud" in names
    assert "Carrick Steel Works" not in names
