"""Words an article tells beside a deal that must not become its facts (issue 8,
precision): the break fee of a deal told as ended, money a company has raised since it
was founded, an older round the deal follows, a price per kilowatt read as a capacity, a
figure spread across a company's whole fleet, and a person named before a title that
starts with `co-` (`co-founder`), which the NER glues to the legal form `Co`. Every name
and sentence is invented for the test."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.quantities import find_quantities


def deals_of(text: str, published: str = "2026-09-14") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def money(deals: list[Deal]) -> set[tuple[float, str]]:
    return {(a.value, a.kind) for d in deals for a in d.amounts}


@pytest.mark.parametrize(
    "told",
    [
        "Ostrel, which makes drives at plants in Ohio, said it had terminated the Quorra "
        "agreement and would pay the German company a $40 million break fee.",
        "Ostrel will collect a $40 million break fee from Quorra under the terms of the "
        "terminated agreement.",
    ],
)
def test_the_break_fee_of_an_ended_deal_is_not_the_new_deals(told: str) -> None:
    deals = deals_of(
        "Varnell Systems agreed on Monday to buy Ostrel Devices, a maker of drives, for $1.2 "
        "billion. " + told
    )
    assert money(deals) == {(1.2e9, "price")}


def test_a_fee_paid_only_if_the_deal_ends_stays_the_deals() -> None:
    deals = deals_of(
        "Varnell Systems agreed to buy Ostrel Devices for $1.2 billion in cash. Ostrel would "
        "owe Varnell a $36 million termination fee if it walks away for a superior proposal."
    )
    assert money(deals) == {(1.2e9, "price"), (3.6e7, "other")}


def test_money_raised_since_founding_and_an_older_round_are_not_the_round() -> None:
    deals = deals_of(
        "Pellory AI has raised $60 million in a Series B round led by Tannock Ventures. The "
        "company has now raised $85 million since it was founded in 2022. The round comes "
        "two years after a $20 million Series A that Brisbay Capital led."
    )
    assert money(deals) == {(6e7, "investment")}


def test_a_price_per_kilowatt_is_no_capacity() -> None:
    assert find_quantities("At about $1,650 a kilowatt, the price is full.") == []
    assert find_quantities("It paid $1.1 million a megawatt.") == []
    assert [q.value for q in find_quantities("The campus will draw a gigawatt.")] == [1000.0]


def test_a_figure_across_a_whole_fleet_is_not_the_deals_capacity() -> None:
    deals = deals_of(
        "Marrow Realty agreed to buy Colston Data for $2 billion. Colston owns a 210 MW campus "
        "in Tempe, Arizona. Marrow put the price at about $4 million per MW across all 500 MW, "
        "operating and committed."
    )
    assert 500.0 not in {q.value for d in deals for q in d.quantities}


def test_a_person_named_before_a_co_title_is_a_person() -> None:
    doc = load_model("en")(
        '"We deliver," said Tomas Brenner, co-founder and CEO of Pallisade Grid.'
    )
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Tomas Brenner") == "PERSON"
    assert not any(text.endswith(", co") for text in labels)


def test_a_country_a_wire_story_describes_a_company_by_is_not_its_name() -> None:
    doc = load_model("en")(
        "US chemicals maker Corvell Ammonia and Japan's Tobiura Heavy Industries have formed "
        "a joint venture, and Abu Dhabi's Qasrin Capital will lend it $200 million."
    )
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "Tobiura Heavy Industries" in orgs
    assert not any(name.startswith(("Japan", "Abu Dhabi")) for name in orgs)


def test_a_name_modifying_a_data_centre_is_the_facility_not_a_party() -> None:
    deals = deals_of("Brevik Cloud signs 12-year deal to feed Tolmarsh AI data centre")
    assert not any(p.name == "Tolmarsh AI" for d in deals for p in d.parties)
    doc = load_model("en")("Brevik Cloud leases Ostvale data centre for 15 years.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Brevik Cloud"]


def test_a_company_total_after_the_deal_is_not_its_price() -> None:
    deals = deals_of(
        "Pendry Estates plc has agreed to buy the Oxbridge Park site from Lorne Capital for "
        "£38.5 million. Following this announcement, the Company's contracted annual rent "
        "roll increases to £142 million."
    )
    assert money(deals) == {(3.85e7, "price")}


def test_the_facility_an_older_purchase_bought_is_not_the_deals_site() -> None:
    deals = deals_of(
        'Corran Digital Limited ("Corran", the "Company" or the "Purchaser") is pleased to '
        "announce that it has entered into a binding share sale agreement with Halden "
        'Property Group Pty Ltd ("Halden" or the "Vendor") to acquire 100% of the issued '
        'capital of Westmere Data Centres Pty Ltd ("Westmere"), the owner and operator of '
        'the WM1 data centre in Bendigo, Victoria (the "Acquisition").\n\nThe Acquisition '
        "follows the Company's purchase of its Geelong facility from Tarrow Holdings in 2024 "
        "for A$64 million, and takes Corran's operating portfolio to 31 MW across regional "
        "Victoria."
    )
    cities = {s.city for d in deals for s in d.sites}
    assert "Bendigo" in cities
    assert "Geelong" not in cities


def test_the_day_a_story_is_told_is_not_part_of_a_name() -> None:
    doc = load_model("en")("On Monday Corvalis Systems agreed to buy Ardent Labs.")
    assert "Corvalis Systems" in {e.text for e in doc.ents if e.label_ == "ORG"}
    deals = deals_of(
        "On Thursday Brenlow Compute, the Oslo-listed GPU cloud, told investors it had signed "
        "a $2.1 billion contract to provide Quintara Labs with a dedicated cluster."
    )
    names = {p.name for d in deals for p in d.parties}
    assert "Brenlow Compute" in names
    assert not any(name.startswith("Thursday") for name in names)
