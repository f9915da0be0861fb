"""Party names cut, glued or made up (round 18), on sentences written for the test with
invented names: a dateline's date the NER ran into the name opening the story, an adverb
opening a sentence read as a company described after it, `Company` written before a legal
form (`Company LLC`) kept in the name, and a building named after its noun (`the
building, known as QX9`) read as a side of a lease."""

from __future__ import annotations

from pipeline.models import Article, Party
from pipeline.nlp import extract_deals
from pipeline.nlp.parties import candidate_kind, display_name, name_key
from pipeline.nlp.resolution import without_counted_goods
from tests.nlp_support import candidates_of


def _parties(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-06-04"))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_a_dateline_date_leaves_the_name_after_its_dash_whole() -> None:
    """`June 4 - Brightmoor Micro Devices is in talks`: the date ends at the dash; the
    buyer is the whole name, not its last word."""
    parties = _parties(
        "June 4 - Brightmoor Micro Devices is in advanced talks to buy the power chip "
        "division of Kestrane Semiconductor for about $1 billion, people familiar with the "
        "matter said."
    )
    assert ("Brightmoor Micro Devices", "acquirer") in parties
    assert "Devices" not in {name for name, _ in parties}


def test_an_opening_adverb_is_no_company() -> None:
    """`Separately, the operator said it had signed`: the adverb links the story; the
    operator is the company the story is about."""
    parties = _parties(
        "Orvella Telecom N.V. priced EUR 500 million of senior notes due 2033 on Tuesday.\n\n"
        "Separately, the operator said it had signed a new EUR 900 million revolving credit "
        "facility with a group of eight banks coordinated by Maasdam Bank."
    )
    assert "Separately" not in {name for name, _ in parties}
    assert ("Orvella Telecom", "customer") in parties


def test_company_before_a_legal_form_is_part_of_the_form() -> None:
    """`Wadi Noor Chilled Water Company LLC`, `Siam Lotus Digital Public Company Limited`:
    the name is the words before `Company`; `Company` alone at the end stays."""
    assert display_name("Wadi Noor Chilled Water Company LLC") == "Wadi Noor Chilled Water"
    assert display_name("Siam Lotus Digital Public Company Limited") == "Siam Lotus Digital"
    assert display_name("Karnak Contracting Company") == "Karnak Contracting Company"
    assert name_key("Wadi Noor Chilled Water Company LLC") == name_key("Wadi Noor Chilled Water")
    parties = _parties(
        "DUBAI - Qasr Cooling PJSC said on Monday it would acquire an 80% stake in Wadi "
        "Noor Chilled Water Company LLC from developer Falcon Crest Properties PJSC for "
        "AED 500 million."
    )
    assert ("Wadi Noor Chilled Water", "target") in parties


def test_a_building_named_after_its_noun_is_no_side_of_its_lease() -> None:
    """`The 36MW building, known as QX9 and developed by X, has been let`: QX9 is the
    building let, a site, not its landlord."""
    parties = _parties(
        "Orbel Cloud has signed up for a purpose-built data centre in Slough. The 36MW "
        "building, known as QX9 and developed by Mercia Estates, has been let on a 20-year "
        "lease at an initial rent of GBP 20 million a year."
    )
    assert "QX9" not in {name for name, _ in parties}


def test_a_newsletter_greeted_this_week_is_no_party() -> None:
    """`Welcome to this week's Grid & Rack Brief.`: the newsletter, named with or without
    the kind of issue ending it, is no side of the lease its first story tells."""
    parties = _parties(
        "Welcome to this week's Grid & Rack Brief. Two stories and a note.\n\n"
        "HALVERN TAKES A NEW HALL\n\n"
        "Halvern Cloud has agreed a 12-year lease on a new 20MW building in Slough, the "
        "company said. Rent was not disclosed."
    )
    assert not {name for name, _ in parties} & {"Grid & Rack", "Grid & Rack Brief"}


def test_a_one_word_firm_keeps_its_and_co() -> None:
    """`Hobart & Co`: one word alone is no firm's name, `& Co` stays with it; a longer
    name (`Corwin Hale & Co.`) still drops it."""
    assert display_name("Hobart & Co.") == "Hobart & Co"
    assert display_name("Corwin Hale & Co.") == "Corwin Hale"
    parties = _parties(
        "Marlow Brands has agreed to sell its snacks division, Hobart & Co, to buyout firm "
        "Quillan Partners for £500million, the consumer goods group said on Wednesday."
    )
    assert ("Hobart & Co", "target") in parties


def test_goods_named_after_a_count_are_no_provider() -> None:
    """`Up to 120,000 Talbot Lynx Accelerators`: a name ending in a unit of counted goods,
    written right after a count, is the goods (their maker and model), not a side."""
    c = candidates_of(
        "Orvane AI to Use Up to 120,000 Talbot Lynx Accelerators in Multi-Year Cloud "
        "Agreement\n\n"
        "SEATTLE, June 2, 2026 -- Talbot Cloud and Orvane AI today announced a multi-year "
        "agreement under which Orvane will use up to 120,000 of Talbot's Lynx accelerators "
        "to train its models."
    )
    found = [
        (Party(name=name, role=role, text=name), 0)
        for name, role in [("Talbot Lynx Accelerators", "provider"), ("Orvane AI", "customer")]
    ]
    assert [p.name for p, _ in without_counted_goods(c, found)] == ["Orvane AI"]


def test_a_coded_building_is_no_bought_company() -> None:
    """`The tenant takes all of Building D`: a building named by a code is part of the
    campus leased, no target of an acquisition; `Tower Semiconductor` stays a name."""
    assert candidate_kind("Building D") == "facility"
    assert candidate_kind("Hall 4") == "facility"
    assert candidate_kind("Tower Semiconductor") == "name"
    deals = extract_deals(
        Article(
            text="Marrow Digital has signed Quenby AI to a 40-megawatt lease at its Ashfield "
            "campus in Loudoun County, Virginia. The tenant takes all of Building D, with the "
            "first 20 MW handed over in the third quarter of 2026.",
            published="2026-06-04",
        )
    )
    assert "Building D" not in {p.name for d in deals for p in d.parties}


def test_a_newsletter_sponsor_is_no_party() -> None:
    """`This issue is brought to you by Cablewise, the ...`: the issue's sponsor is no
    side of the deals its items tell."""
    parties = _parties(
        "THE POWER PAGE | Issue 40 | Friday\n\n"
        "This issue is brought to you by Cablewise, the cable-management platform for "
        "hyperscale builds. Book a demo.\n\n"
        "1) POWER | Ferndale buys Ohio sun\n\n"
        "Ferndale Cloud is lining up electrons for its Ohio campus. Brookmoor Renewables "
        "will sell it 140 MW from the Oakfield solar farm in Pickaway County, Ohio, under a "
        "12-year agreement that starts in 2028."
    )
    assert "Cablewise" not in {name for name, _ in parties}
