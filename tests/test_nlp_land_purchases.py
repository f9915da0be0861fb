"""Land bought with no company changing hands (round 12, land purchases beside other
deals): `X has concluded an agreement with Y to acquire a 41-hectare land parcel`, `X
agreed to buy about 300 acres for $18 million`. The land is the deal's site, never a
party, so the buyer alone tells the purchase; a seller the agreement is signed with sells.
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import candidates_of


def test_a_land_parcel_bought_under_an_agreement_with_its_seller() -> None:
    deals = extract_deals(
        Article(
            text="Velmora Digital has signed a 15-year power purchase agreement with Kestrin "
            "Wind Energy for 60 MW. Velmora Digital has also concluded an agreement with "
            "Pallister Industrial Properties to acquire a 35-hectare serviced land parcel "
            "for a cash consideration of R220 million.",
            published="2026-06-30",
        )
    )
    bought = [d for d in deals if d.deal_type == "acquisition"]
    assert len(bought) == 1
    assert {(p.name, p.role) for p in bought[0].parties} == {
        ("Velmora Digital", "acquirer"),
        ("Pallister Industrial Properties", "seller"),
    }
    assert [(a.value, a.kind) for a in bought[0].amounts] == [(220_000_000, "price")]


def test_acres_bought_by_a_buyer_alone_are_a_purchase() -> None:
    c = candidates_of("Velmora Digital has agreed to buy about 300 acres for $18 million.")
    frames = [f for fs in c.frames for f in fs if f.deal_type == "acquisition"]
    assert [[(r, m.text) for r, m in f.args] for f in frames] == [[("acquirer", "Velmora Digital")]]
