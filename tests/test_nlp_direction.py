"""Sides of a commercial deal from the words around the parties' names."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.direction import clause_sides, provider_side
from pipeline.nlp.model import load_model


@pytest.mark.parametrize(
    ("sentence", "provider"),
    [
        ("Lark signed a contract with Moss to use its data centers.", "Moss"),
        ("Lark signed an agreement to buy power from reactors to be developed by Moss.", "Moss"),
        ("Lark designs the chips, which Moss will develop and deploy.", "Moss"),
        ("Lark signed a deal with Moss for capacity at Moss's Reno campus.", "Moss"),
        ("Moss signed a deal with Lark, which will rent the whole site.", "Moss"),
        ("Moss signed a supply deal with telecom group Lark for 40,000 of its chips.", "Moss"),
    ],
)
def test_the_provider_is_read_from_context(sentence: str, provider: str) -> None:
    sides = provider_side({1: ["Lark"], 2: ["Moss"]}, [sentence])
    by_name = {"Lark": sides.get(1), "Moss": sides.get(2)}
    assert by_name[provider] == "provider"
    assert "customer" in by_name.values()


def test_no_sides_without_a_cue_or_when_both_look_the_same() -> None:
    assert provider_side({1: ["Lark"], 2: ["Moss"]}, ["Lark signed a deal with Moss."]) == {}
    clash = ["Lark will supply racks. Moss will supply power."]
    assert provider_side({1: ["Lark"], 2: ["Moss"]}, clash) == {}


def test_a_partys_own_facilities_do_not_make_it_the_provider() -> None:
    sides = provider_side(
        {1: ["Lark"], 2: ["Moss"]},
        ["Racks go into Lark's own facilities.", "Moss will deploy the racks."],
    )
    assert sides == {1: "customer", 2: "provider"}


def test_a_supply_deal_for_the_subjects_goods_sides_the_deal() -> None:
    deals = extract_deals(
        Article(
            text="Chip designer Tarrow Silicon said it had signed a supply agreement with "
            "telecom group Ilsan Mobile for 50,000 of its inference accelerators."
        )
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Tarrow Silicon", "seller"),
        ("Ilsan Mobile", "buyer"),
    }


@pytest.mark.parametrize(
    ("sentence", "provider"),
    [
        ("Under the deal, Lark pays a fixed capacity charge to Moss.", "Moss"),
        ("Moss will deliver 30,000 accelerators to Lark between 2027 and 2028.", "Moss"),
        ("Moss Estates has pre-let the whole of its new hall to Lark.", "Moss"),
        ("The company said it had been awarded the order by Lark.", "Moss"),
        ("Lark ordered 40 transformers from Moss last month.", "Moss"),
        ("Lark has leased 120 MW at the campus from Moss.", "Moss"),
        ("Moss will serve the contract from its hydro-powered campus.", "Moss"),
    ],
)
def test_the_clause_of_a_name_gives_its_side(sentence: str, provider: str) -> None:
    doc = load_model()(sentence)
    sides = clause_sides({1: ["Lark"], 2: ["Moss"]}, [doc], "en")
    by_name = {"Lark": sides.get(1), "Moss": sides.get(2)}
    assert by_name[provider] == "provider"
    assert "customer" in by_name.values()


@pytest.mark.parametrize(
    "sentence",
    [
        "Lark signed an agreement with Moss last week.",
        "Mr. Lark served as a manager of Moss for six years.",
        "Lark grew quickly, and the group delivered record results.",
    ],
)
def test_a_clause_without_a_commercial_verb_gives_no_side(sentence: str) -> None:
    doc = load_model()(sentence)
    assert clause_sides({1: ["Lark"], 2: ["Moss"]}, [doc], "en") == {}


def test_a_two_sided_contract_takes_its_roles_from_the_paying_clause() -> None:
    deals = extract_deals(
        Article(
            text="Brindle Cloud said it had expanded its computing contract with Ostrava "
            "Labs.\n\nUnder the amended agreement, Ostrava Labs pays about $40 million a "
            "month for dedicated capacity through 2030."
        )
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Brindle Cloud", "provider"),
        ("Ostrava Labs", "customer"),
    }


def test_a_stock_listing_names_no_party() -> None:
    deals = extract_deals(
        Article(
            text="Harrowgate Electric plc (AIM: HGE) announces that it has been awarded an "
            "order worth £60 million by Pemberly Data Limited for 14 grid transformers."
        )
    )
    names = {p.name for d in deals for p in d.parties}
    assert not names & {"AIM", "HGE"}
    assert {(p.name, p.role) for d in deals for p in d.parties} >= {
        ("Pemberly Data", "buyer"),
    }


@pytest.mark.parametrize(
    ("sentence", "seller"),
    [
        ("Lark, the Chilean data centre company, signed a PPA with Moss for 90 MW.", "Moss"),
        ("Bitcoin miner Lark signed a power purchase agreement with Moss.", "Moss"),
        ("Lark signed a PPA with renewables developer Moss for 120 MW.", "Moss"),
        ("Lark signed a PPA with Moss, a hydro power producer, for 50 MW.", "Moss"),
        ("Moss signed a PPA with Lark, a US cloud computing company, for 200 MW.", "Moss"),
    ],
)
def test_a_power_purchase_is_sided_by_the_trades_its_parties_are_described_by(
    sentence: str, seller: str
) -> None:
    sides = provider_side({1: ["Lark"], 2: ["Moss"]}, [sentence], "power_purchase")
    by_name = {"Lark": sides.get(1), "Moss": sides.get(2)}
    assert by_name[seller] == "provider"
    assert "customer" in by_name.values()


def test_a_plant_named_in_apposition_is_the_power_source_not_a_seller() -> None:
    deal = extract_deals(
        Article(
            text=(
                "Quenby Data, the Peruvian data centre company, has signed a 12-year power "
                "purchase agreement with Tarrow Sol for 90 MW from Kessel Flats, a "
                "solar-plus-storage plant in the Arequipa region."
            ),
            published="2026-03-02",
        )
    )[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Quenby Data", "buyer"),
        ("Tarrow Sol", "seller"),
    }


def test_a_party_on_both_sides_of_one_clause_takes_neither_from_it() -> None:
    deal = extract_deals(
        Article(
            text=(
                'Harrow Digital Corp. ("Harrow" or the "Company") today announced that it has '
                "signed a 10-year power purchase agreement with Dunmere Hydro Limited to "
                "supply 50 MW of renewable electricity to the Company's Kettle Ridge campus."
            ),
            published="2026-03-02",
        )
    )[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Harrow Digital", "buyer"),
        ("Dunmere Hydro", "seller"),
    }


def test_a_party_on_both_sides_keeps_the_side_its_own_campus_tells() -> None:
    deal = extract_deals(
        Article(
            text=(
                "Fenwick Cloud has signed a 10-year lease with Calloway Data Parks for 144 MW "
                "at Calloway's Red Mesa campus outside Midland, Texas."
            ),
            published="2026-03-02",
        )
    )[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Fenwick Cloud", "lessee"),
        ("Calloway Data Parks", "lessor"),
    }


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Kestrin Data has agreed a long-term power purchase agreement with Brackloe "
            "Renewables and Tullagh Energy for the output of the Corrib Hill wind farm.",
            {
                ("Kestrin Data", "buyer"),
                ("Brackloe Renewables", "seller"),
                ("Tullagh Energy", "seller"),
            },
        ),
        (
            "Fjordlys Data has signed a 10-year PPA with Nordhavn Energi for 40MW.",
            {("Fjordlys Data", "buyer"), ("Nordhavn Energi", "seller")},
        ),
        (
            "Kallmora Data has signed a PPA with Angerby Kraft for 30MW.",
            {("Kallmora Data", "buyer"), ("Angerby Kraft", "seller")},
        ),
        (
            "Kallmora Data has signed a power purchase agreement with Lumivoima for 30MW.",
            {("Kallmora Data", "buyer"), ("Lumivoima", "seller")},
        ),
    ],
)
def test_a_power_producer_named_in_any_language_sells_even_beside_another(
    text: str, sides: set[tuple[str, str]]
) -> None:
    deal = extract_deals(Article(text=text, published="2026-03-02"))[0]
    assert {(p.name, p.role) for p in deal.parties} == sides


def test_a_co_founder_is_a_person_not_an_organisation_ending_in_co() -> None:
    doc = load_model("en")("Jane Roe, co-founder of Pellix Robotics, said the deal was done.")
    assert "Jane Roe, co" not in {e.text for e in doc.ents}
    assert any(t.text == "co-founder" for t in doc)


@pytest.mark.parametrize(
    ("sentence", "provider"),
    [
        (
            'We entered into a cloud services agreement with Moss Networks, Inc. ("Moss"), '
            "under which we committed to spend a minimum of $4.2 billion on compute.",
            "Moss",
        ),
        ("Lark signed an agreement with Moss under which it will rent tower space.", "Moss"),
        ("Lark signed a deal with Moss, pursuant to which the company will pay $9m.", "Moss"),
        ("Lark signed a deal with Moss, under which Moss will pay $9m a year.", "Lark"),
        ("Lark signed a deal with Moss, whereby it will supply 40 MW of capacity.", "Lark"),
    ],
)
def test_the_subject_of_a_clause_under_the_agreement_is_read_as_a_side(
    sentence: str, provider: str
) -> None:
    sides = provider_side({1: ["Lark", "We"], 2: ["Moss Networks", "Moss"]}, [sentence])
    lark = "provider" if provider == "Lark" else "customer"
    assert sides == {1: lark, 2: "customer" if lark == "provider" else "provider"}
