"""A campus, building or plot bought stays a purchase whatever contract the article's
other sentences name (a PPA signed to power it). Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_a_campus_bought_stays_a_purchase_beside_a_power_contract() -> None:
    text = (
        "Data centre developer Corrib Data has bought a 40-acre campus at Naul, Co Dublin, "
        "from Tolka Estates for €60 million.\n\nThe bigger question is power: the regulator "
        "now requires new data centres to bring their own supply under a power purchase "
        "agreement.\n\nTo power it, Corrib Data has agreed a "
        "15-year corporate power purchase agreement with Shannon Gale Wind for 80MW from "
        "its Kilcar wind farm."
    )
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    bought = [
        d for d in deals if ("Tolka Estates", "seller") in {(p.name, p.role) for p in d.parties}
    ]
    assert [d.deal_type for d in bought] == ["acquisition"]
    assert ("Corrib Data", "acquirer") in {(p.name, p.role) for p in bought[0].parties}
    assert [(a.value, a.kind) for a in bought[0].amounts] == [(60000000.0, "price")]
