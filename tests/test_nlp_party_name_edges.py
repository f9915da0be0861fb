"""Party names cut at their edges or read where no party is (round 13), on sentences
written for the test with invented names: a US bank's `N.A.` is no lender of its own, a
town glued to `-based`, an AP dateline's town (`ELLERY, Kan. --`) and a power market are
no parties, and an institution named after its members (`Teachers' Pension Plan`), an
Indonesian `PT` company and a `REIT` keep their whole names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.parties import is_not_party, name_key, same_organisation
from pipeline.nlp.sentences import split_sentences


def _parties(text: str, published: str = "2026-08-04") -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published=published))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_a_national_association_is_no_lender() -> None:
    """`Tolliver Street Bank, N.A. ("Tolliver")`: the bank's legal form, read apart from
    its name before the defined short name, names no lender."""
    text = (
        "On July 30, 2026, Quarrell Data Holdings, Inc. entered into a credit agreement with "
        'Tolliver Street Bank, N.A. ("Tolliver"), as administrative agent and a lender, and '
        "Ashmead Credit Partners, as lenders, providing for a senior secured term loan of "
        "$400 million."
    )
    parties = _parties(text)
    assert ("Tolliver Street Bank", "provider") in parties
    assert not any(name.rstrip(".").casefold() == "n.a" for name, _ in parties)


def test_a_town_glued_to_based_is_no_party() -> None:
    """`after the Pellworth-based pump maker told the exchange it had won an order`: the
    town says where the maker is based; the maker is the company named before."""
    text = (
        "Shares of Korvandi Pumps Ltd rose 4 per cent on Tuesday after the Pellworth-based "
        "pump maker told the exchange it had won an order worth $80 million from Ostrava "
        "Water Utility Ltd."
    )
    names = {name for name, _ in _parties(text)}
    assert "Pellworth" not in names
    assert "Korvandi Pumps" in names


def test_an_ap_dateline_with_a_state_is_cut_from_the_story() -> None:
    """`ELLERY, Kan. -- The Board ...`: the town and the state's abbreviation before the
    dash are a dateline, not the sentence's first name."""
    sentences = split_sentences(
        "MARROWFIELD, Kan. -- The Dunmore County Board voted on Tuesday to lease farmland "
        "to Quillby Digital for a data center campus."
    )
    assert sentences[0].text.startswith("The Dunmore County Board")
    text = (
        "MARROWFIELD, Kan. -- The Dunmore County Board voted on Tuesday to lease 300 acres "
        "of county farmland to Quillby Digital for a data center campus. Quillby will pay "
        "the county $1 million a year for 25 years."
    )
    names = {name.casefold() for name, _ in _parties(text)}
    assert "marrowfield" not in names


def test_members_named_in_an_institution_are_no_owner() -> None:
    """`Lakeshore Nurses' Pension Plan`: the nurses name the plan; they are no person
    owning a company called `Pension Plan`."""
    text = (
        "Brackwell Compute said it had raised C$300 million from Lakeshore Nurses' Pension "
        "Plan in exchange for a minority stake."
    )
    parties = _parties(text)
    assert ("Lakeshore Nurses' Pension Plan", "investor") in parties
    assert not any(name == "Pension Plan" for name, _ in parties)


def test_an_indonesian_legal_prefix_stays_with_the_name() -> None:
    """`PT Kembang Tirta Lestari` tagged as a person without `PT`: the legal form starts
    the company's name, and the name without it is the same company."""
    text = (
        "Hanabusa Foods Co said on Monday it would acquire a 30% stake in Indonesian snack "
        "maker PT Kembang Tirta Lestari for $120 million from Sutanto Holdings."
    )
    parties = _parties(text)
    assert ("PT Kembang Tirta Lestari", "target") in parties
    assert name_key("PT Kembang Tirta Lestari") == name_key("Kembang Tirta Lestari")
    assert same_organisation("PT Kembang Tirta Lestari", "Kembang Tirta")


def test_a_reit_keeps_its_last_word() -> None:
    """`listed landlord Halloway Property REIT`: `REIT`, parsed as a verb, ends the name."""
    text = (
        "Telecoms group Varrow Communications has agreed to sell its data centre in Perth "
        "to listed landlord Halloway Property REIT for A$300 million and will lease it back "
        "for 12 years."
    )
    names = {name for name, _ in _parties(text)}
    assert "Halloway Property REIT" in names
    assert "Halloway Property" not in names


def test_a_power_market_is_no_party() -> None:
    """`the revenue the battery earns from trading in the National Electricity Market`:
    a market where power is traded, like a grid operator, is never a side of the deal."""
    assert is_not_party("National Electricity Market")
    assert is_not_party("Nord Pool")
    assert not is_not_party("Tallow Power Markets")
    text = (
        "Brolga Energy will pay Yarrow Storage fixed amounts of about A$25 million a year in "
        "exchange for the revenue the 200 MW battery earns from trading in the National "
        "Electricity Market, Yarrow said in a statement."
    )
    names = {name for name, _ in _parties(text)}
    assert "National Electricity Market" not in names
