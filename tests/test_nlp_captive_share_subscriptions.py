"""A consumer that subscribes to equity shares of its power plant's project company (the
captive rules' 26% holding: `will also subscribe to equity shares of the SPV for Rs 40
crore`) puts money into it, an investment, not a purchase of the company. Invented names
and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_equity_shares_subscribed_in_a_power_spv_are_an_investment() -> None:
    text = (
        "Tarana Datacentres Ltd on Thursday said it has signed a power purchase agreement"
        " with Prakrit Green Energy Four Private Limited, a special purpose vehicle set up"
        " to build a solar plant in Karnataka, for the supply of renewable power to its"
        " Bengaluru campus.\n\nTo meet the ownership threshold required for captive"
        " consumption, Tarana will also subscribe to equity shares of the SPV for an"
        " aggregate consideration of approximately Rs 38.5 crore, the filing said."
    )
    deals = extract_deals(Article(text=text, published="2026-08-06"))
    sides = {(d.deal_type, p.name, p.role) for d in deals for p in d.parties}
    kinds = {(d.deal_type, a.kind, a.value) for d in deals for a in d.amounts}
    assert ("investment", "Tarana Datacentres", "investor") in sides
    assert ("investment", "investment", 385000000.0) in kinds
    assert not any(t == "acquisition" for t, _, _ in sides)
