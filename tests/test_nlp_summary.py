"""The deal summary sentence, from records built by hand."""

from __future__ import annotations

from pipeline.models import Amount, Party, Quantity, Site, Term
from pipeline.nlp.summary import summarise


def test_acquisition_names_target_seller_and_price_with_a_plural_verb() -> None:
    parties = [
        Party(name="Larch Capital", role="acquirer", text="Larch Capital"),
        Party(name="Fenn Pension Fund", role="acquirer", text="Fenn Pension Fund"),
        Party(name="Quarry Data", role="target", text="Quarry Data"),
        Party(name="Holm Partners", role="seller", text="Holm Partners"),
    ]
    amounts = [Amount(value=2.4e9, currency="EUR", kind="price", text="€2.4bn")]
    sites = [Site(kind="location", city="Lyon", country="FR", text="Lyon")]
    assert summarise("acquisition", parties, amounts, None, sites, []) == (
        "Larch Capital (acquirer) and Fenn Pension Fund (acquirer) acquire Quarry Data "
        "(target) from Holm Partners (seller) for €2.4 billion, in Lyon, FR."
    )


def test_supply_with_a_range_a_schedule_and_a_count() -> None:
    parties = [
        Party(name="Orrin AI", role="buyer", text="Orrin AI"),
        Party(name="Tavern", role="seller", text="Tavern"),
    ]
    amounts = [Amount(value=3.5e10, value_max=5e10, currency="USD", kind="total", text="$35-50bn")]
    term = Term(start="2026", end="2029", text="from 2026 through 2029")
    quantities = [Quantity(value=50000, unit="chip", text="50,000 chips")]
    assert summarise("supply", parties, amounts, term, [], quantities) == (
        "Orrin AI (buyer) buys from Tavern (seller) for $35-50 billion in total, 2026 to 2029, "
        "for 50,000 chips."
    )


def test_parties_without_sides_are_listed_with_the_type() -> None:
    parties = [
        Party(name="Alder", role="partner", text="Alder"),
        Party(name="Birch", role="partner", text="Birch"),
    ]
    assert summarise("partnership", parties, [], None, [], []) == (
        "Alder (partner) and Birch (partner): partnership."
    )
