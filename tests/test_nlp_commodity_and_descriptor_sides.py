"""Supply deals and their sides (round 15): a sale and purchase or offtake agreement for
a commodity (`a gas sales and purchase agreement`, `an offtake agreement ... for spodumene
concentrate`) is a supply, not a purchase of a company or a power purchase; a name
opening a highlights bullet before a bare infinitive (`• Y to take 80,000 tonnes a
year`) shows its side; `with AI startup Y`, `to supply AI startup Y with capacity` name
Y, not `AI`; `the company` in `Shares of X rose on the BSE after the company said` is X,
not the exchange; bidders that `took part in the tender` invest nothing; `rights to
develop and sell X` grant a licence and sell nothing. Every sentence is written for the
test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_a_gas_sales_and_purchase_agreement_is_a_supply() -> None:
    assert deals_of(
        "Marlow Basin Gas Limited has signed a 12-year gas sales and purchase agreement with "
        "Tarkwa Power Company to feed its 300-megawatt plant, in a contract valued at about "
        "$700 million. Under the agreement, Marlow Basin Gas will deliver up to 60 million "
        "standard cubic feet of gas per day."
    ) == [
        (
            "supply",
            {("Marlow Basin Gas", "seller"), ("Tarkwa Power Company", "buyer")},
        )
    ]


def test_a_company_sale_and_purchase_agreement_stays_an_acquisition() -> None:
    assert [
        (trigger, kind)
        for trigger, kind, _ in frames_of(
            "Orvel Foods has signed a sale and purchase agreement with Bexley Holdings to "
            "acquire Tamar Dairies."
        )
    ] == [("signed", "acquisition"), ("acquire", "acquisition")]


def test_a_commodity_offtake_is_a_supply_with_the_bullet_taker_buying() -> None:
    assert deals_of(
        "Quenda Metals Limited is pleased to announce that it has executed a binding offtake "
        "agreement with Sorak Cathode Co., Ltd, a battery materials producer, for spodumene "
        "concentrate from its Wirra project.\n\n"
        "• Sorak to take up to 80,000 dry metric tonnes per annum of spodumene concentrate "
        "for an initial term of four years."
    ) == [
        (
            "supply",
            {("Quenda Metals", "seller"), ("Sorak Cathode", "buyer")},
        )
    ]


def test_a_power_offtake_stays_a_power_purchase() -> None:
    assert [
        kind
        for _, kind, _ in frames_of(
            "Corvid Data has signed a 15-year offtake agreement with Brolgan Energy for 150 "
            "megawatts from a wind farm."
        )
    ] == ["power_purchase"]


def test_the_name_after_an_ai_startup_descriptor_is_the_party() -> None:
    assert frames_of(
        "Orbit Cloud has signed a three-year contract with London-based AI startup Pelican "
        "Labs to provide dedicated access to 2,048 graphics processors."
    ) == [("signed", "partnership", [("partner", "Orbit Cloud"), ("partner", "Pelican Labs")])]


def test_capacity_supplied_to_an_ai_startup_is_compute() -> None:
    assert frames_of(
        "GPU cloud Tarnby Compute has signed a four-year agreement to supply AI startup Wren "
        "Labs with dedicated capacity valued at about $1.2 billion."
    ) == [
        (
            "supply",
            "compute_contract",
            [("provider", "Tarnby Compute"), ("customer", "Wren Labs")],
        )
    ]


def test_bidders_in_a_tender_invest_nothing() -> None:
    assert (
        frames_of(
            "The contract follows a competitive tender in which Ostrava Electric and Lindqvist "
            "Grid also took part, according to people familiar with the process."
        )
        == []
    )


def test_investors_taking_part_in_a_round_still_invest() -> None:
    assert frames_of(
        "Existing investors Ardent Capital and Foxley Partners also took part in the round."
    ) == [("took", "investment", [("investor", "Ardent Capital"), ("investor", "Foxley Partners")])]


def test_rights_to_develop_and_sell_a_drug_sell_nothing() -> None:
    assert [
        kind
        for _, kind, _ in frames_of(
            "Corbel Biologics Inc. said Tuesday it has granted Lanark Pharma exclusive "
            "worldwide rights, excluding Japan, to develop and sell CB-114, its experimental "
            "antibody."
        )
    ] == []


def test_a_name_ending_in_ai_is_no_descriptor() -> None:
    assert frames_of("Tessellate AI signed a two-year deal with Borrow Cloud on Tuesday.") == [
        ("signed", "partnership", [("partner", "Tessellate AI"), ("partner", "Borrow Cloud")])
    ]


def test_the_company_after_a_share_move_is_the_one_whose_shares_moved() -> None:
    assert frames_of(
        "Shares of Ranvir Wires rose 5 per cent on the BSE on Monday after the Pune-based "
        "company said it had won an order worth Rs 230 crore from Kaveri Grid Ltd."
    ) == [("won", "supply", [("provider", "Ranvir Wires"), ("customer", "Kaveri Grid Ltd.")])]
