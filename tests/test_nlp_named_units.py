"""A business unit sold by its parent, named in apposition to its description (`its
Nordic business, Halvik Retail,`) or by the parent's first word and a word of its line
of business (`Trevane Pumps`), is the deal's target; the parent stays the seller. A unit
told in another sentence of the piece (`Separately, ... its seeds division, Trevane
Seeds`) is not. A group read as the target from its possessive (`to buy Ostrand
Group's German data centre arm, Ostrand Digital`) is the seller of that arm. A name told as
the unit the seller carved out (`Brisena Mastiles, the unit Brisena carved out last
year`) is the target too. Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _parties(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, language="en", published="2026-10-14"))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_unit_named_in_apposition_is_the_target() -> None:
    text = (
        "Swedish retailer Brovik Group has agreed to sell its Nordic business, Halvik "
        "Retail, to investment firm Ostermarsh Capital for 320 million euros, the "
        "companies said on Monday.\n\n"
        "Halvik Retail runs 90 stores in Sweden and Norway."
    )
    parties = _parties(text)
    assert ("Halvik Retail", "target") in parties
    assert ("Ostermarsh Capital", "acquirer") in parties
    assert any(role == "seller" and name.startswith("Brovik") for name, role in parties)


def test_unit_named_by_parent_and_trade_is_the_target() -> None:
    text = (
        "German engineering group Trevane AG will sell its industrial pumps business to "
        "buyout firm Callowmere Partners for 900 million euros, it said on Thursday.\n\n"
        "Trevane Pumps, based in Kassel, employs about 2,000 people.\n\n"
        "Separately, Trevane said it would spin off its seeds division, Trevane Seeds, "
        "as a listed company next year."
    )
    parties = _parties(text)
    assert ("Trevane Pumps", "target") in parties
    assert ("Callowmere Partners", "acquirer") in parties
    assert ("Trevane Seeds", "target") not in parties


def test_group_selling_its_possessed_arm_is_the_seller() -> None:
    text = (
        "Harlow Telecom said on Tuesday it had agreed to buy Ostrand Group's German "
        "data centre arm, Ostrand Digital, for 1.1 billion euros.\n\n"
        "Ostrand Digital runs four facilities in Berlin and Munich."
    )
    parties = _parties(text)
    assert ("Ostrand Digital", "target") in parties
    assert ("Ostrand Group", "seller") in parties
    assert ("Ostrand Group", "target") not in parties


def test_unit_told_as_carved_out_by_its_seller_is_the_target() -> None:
    text = (
        "Spanish operator Brisena Telecom has agreed to sell its tower business to "
        "Hollin Towers for 900 million euros.\n\n"
        "The deal covers Brisena Mastiles, the unit Brisena carved out last year to hold "
        "its 2,500 sites across Spain."
    )
    parties = _parties(text)
    assert ("Brisena Mastiles", "target") in parties
    assert ("Hollin Towers", "acquirer") in parties
