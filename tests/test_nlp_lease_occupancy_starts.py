"""A lease's start told apart from the deal's sentences: the sentence saying when the
tenant takes the space (`take occupancy`, `handed over`, `move in`) belongs to no deal,
yet gives the article's one lease its start. Names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-12"))


def test_a_later_occupancy_sentence_starts_the_lease() -> None:
    found = deals_of(
        "A two-storey data centre being built off Route 9 in Dover has been fully let before "
        "completion, developer Brannock Digital told the town this week. The tenant is Osprey "
        "Cloud, the cloud unit of software group Osprey Holdings, which has signed a 10-year "
        "lease for all 30 megawatts at the building. Brannock said the lease is worth about "
        "$600 million over its term. Osprey Cloud expects to take occupancy in phases "
        "starting in the first half of 2028. The company declined to comment."
    )
    lease = next(d for d in found if d.deal_type == "lease")
    assert lease.term is not None
    assert (lease.term.start, lease.term.duration) == ("2028", "P10Y")


def test_a_handover_in_another_deals_sentence_is_not_the_leases() -> None:
    found = deals_of(
        "Developer Orvane Data Parks has signed a 15-year lease with cloud provider Tellico "
        "Compute for a 40 MW building outside Bristol. Separately, Orvane agreed to buy a "
        "plot from Kestle Farms for £20 million, which Kestle will hand over in 2029."
    )
    lease = next(d for d in found if d.deal_type == "lease")
    assert lease.term is None or lease.term.start != "2029"
