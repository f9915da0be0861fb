"""Where a bought company is (round 11), on articles written for the test with invented
names: a unit described after its name (`X, its valve business based in Aberdeen`, `X,
its gathering business in West Texas`); a boilerplate `Headquartered in Tulsa, X makes`;
the company referred to without its name (`Shares of the Columbus, Ohio-based maker
jumped`, `valuing the company based in Hamamatsu`) but not another party's apposition
(`Y, the Tokyo-based buyout firm`); not the combined company's headquarters (`which will
operate as Brenmoor Ashby and be headquartered in Houston`); a company part bought as an
asset by the names the article gives it; a list of towns in one country gives the
country, one across countries a site per town."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.locations import mention_spans, target_location
from pipeline.nlp.model import load_model


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-06-02"))


def places(deal: Deal) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.city, s.region, s.country) for s in deal.sites]


def acquisition(text: str) -> Deal:
    return next(d for d in deals_of(text) if d.deal_type == "acquisition")


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        (
            "Orvane Group agreed to sell Kelpie Pumps, its pump-making business based in "
            "Dundee, Scotland, to Harlow Capital.",
            "Kelpie Pumps",
            "Dundee, Scotland",
        ),
        (
            "Brisk Midstream agreed to sell Coyote Flats Gathering, its natural gas gathering "
            "and processing business in West Texas, to Pallam Infrastructure.",
            "Coyote Flats Gathering",
            "West Texas",
        ),
        (
            'Tembe will acquire 60% of Ilora Rack Limited ("Ilora Rack"), a data centre '
            "operator based in Accra, Ghana.",
            "Ilora Rack Limited",
            "Accra, Ghana",
        ),
        (
            "Merrit Energy will sell its Canadian gas assets around Red Deer, Alberta, to "
            "Pallas Energy.",
            "Canadian gas assets",
            "Red Deer, Alberta",
        ),
        (
            "About Tarrow Valve Corp.: Headquartered in Wichita, Kansas, Tarrow makes valves.",
            "Tarrow",
            "Wichita, Kansas",
        ),
    ],
)
def test_a_unit_described_after_its_name_is_placed(sentence: str, name: str, place: str) -> None:
    doc = load_model()(sentence)
    found = (target_location(doc, s, e) for s, e in mention_spans(doc, [name]))
    assert next((p for p in found if p), None) == place


def test_a_part_of_a_region_places_the_unit_in_the_region() -> None:
    deal = acquisition(
        "Brisk Midstream said on Monday it had agreed to sell Coyote Flats Gathering, its "
        "natural gas gathering and processing business in West Texas, to Pallam "
        "Infrastructure for $640 million."
    )
    assert places(deal) == [(None, "Texas", "US")]


def test_shares_of_the_company_named_last_place_the_bought_company() -> None:
    deal = acquisition(
        "Tamber Tools Inc said on Monday it had agreed to acquire Quillon Robotics in an "
        "all-cash deal worth about $900 million.\n\n"
        "Quillon shareholders will get $31 a share, a 22% premium. Shares of the Columbus, "
        "Ohio-based robot maker jumped 20% before the opening bell."
    )
    assert places(deal) == [("Columbus", "Ohio", "US")]


def test_shares_of_the_buyer_named_last_are_not_the_bought_company() -> None:
    deal = acquisition(
        "Tamber Tools Inc said on Monday it had agreed to acquire Quillon Robotics in an "
        "all-cash deal worth about $900 million.\n\n"
        "The deal will be funded with cash on hand, Tamber said. Shares of the Dallas, "
        "Texas-based toolmaker fell 3% in early trading."
    )
    assert places(deal) == []


def test_the_buyers_apposition_is_not_where_the_bought_company_is() -> None:
    deal = acquisition(
        "Sorabe Partners, the Osaka-based buyout firm, will launch a tender offer for "
        "machine-tool maker Kizaki Koki at ¥2,100 a share, valuing the company based in "
        "Sendai at about ¥120bn."
    )
    assert places(deal) == [("Sendai", None, "JP")]


def test_the_combined_company_headquarters_is_not_the_bought_company() -> None:
    deal = acquisition(
        "Brenmoor Pump Company and Ashby Valve Corp. today announced a definitive agreement "
        "to combine in an all-stock merger of equals.\n\n"
        "Brenmoor shareholders will own approximately 52% of the combined company, which "
        "will operate as Brenmoor Ashby and be headquartered in Houston."
    )
    assert places(deal) == []


def test_a_unit_named_in_apposition_is_placed_where_its_name_is() -> None:
    deal = acquisition(
        "Corvell Home Inc has agreed to sell its Nordic business, Corvell Koti, to "
        "Finnish retailer Lahti Group for 300 million euros, the companies said.\n\n"
        "Tampere-based Corvell Koti runs 60 stores in Finland and Sweden."
    )
    assert places(deal) == [("Tampere", None, "FI")]


def test_a_unit_named_after_its_parent_and_trade_is_placed() -> None:
    deal = acquisition(
        "Harnau AG will sell its industrial adhesives business to private equity firm "
        "Pelworth Partners for 900 million euros.\n\n"
        "Harnau Adhesives, headquartered in Antwerp, Belgium, employs about 2,000 people."
    )
    assert places(deal) == [("Antwerp", None, "BE")]


def test_a_unit_told_next_is_placed_by_the_sentence_after() -> None:
    deal = acquisition(
        "Merrow Industries said on Monday it had agreed to sell its pump-making business "
        "to buyout firm Calloway Partners for $700 million.\n\n"
        "The pump-making unit, Merrow Fluid Systems, makes pumps for refineries. It is "
        "based in Wichita, Kansas, and employs about 1,900 people."
    )
    assert places(deal) == [("Wichita", "Kansas", "US")]


def test_a_list_of_towns_in_one_country_places_the_company_in_that_country() -> None:
    deal = acquisition(
        "Harbour Peak Partners has agreed to buy Austral Racks for A$2.1 billion.\n\n"
        "Austral Racks runs nine facilities with 120 MW of capacity across Brisbane, Adelaide "
        "and Perth."
    )
    assert places(deal) == [(None, None, "AU")]


def test_a_list_of_towns_across_countries_is_one_site_each() -> None:
    deal = acquisition(
        "Liffey Fibre said on Tuesday it had agreed to buy Olmen Datacentres for €900 million.\n\n"
        "Olmen Datacentres runs four facilities in Vienna, Munich and Zurich."
    )
    assert places(deal) == [("Vienna", None, "AT"), ("Munich", None, "DE"), ("Zurich", None, "CH")]


def test_the_unit_that_owns_sites_across_a_country_is_there() -> None:
    deal = acquisition(
        "Granite Peak Infrastructure has agreed to buy Norvane Masts, the unit that owns "
        "roughly 5,000 mobile sites across Sweden, for €2.1 billion."
    )
    assert places(deal) == [(None, None, "SE")]
