"""Where a site is, what it measures and when the deal starts: a town that shares its
name with a region (`Victoria, Texas`, `Ibaraki, Osaka`), a hybrid plant's parts told
after its total (`an 80 MW plant that pairs 42 MW of wind with 38 MW of solar`), and a
start told again to the month (`in the first quarter, that is, from April 2027`).
Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.places import resolve_place
from pipeline.nlp.quantities import breakdown_parts, find_quantities
from tests.nlp_support import sites_of


def deals_of(text: str, published: str = "2026-06-10") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_region_named_town_before_a_region_of_another_country() -> None:
    """`Victoria, Texas`: the Texas town, not the Australian state."""
    place = resolve_place("Victoria, Texas")
    assert place is not None
    assert (place.city, place.region, place.country) == ("Victoria", "Texas", "US")
    assert sites_of(
        "Brenmoor will toll the output of the Gilcrest Energy Center, a 540-megawatt gas "
        "plant near Victoria, Texas, for eight years."
    ) == [("Gilcrest", "Victoria", "Texas", "US")]


def test_a_region_named_town_within_another_region_of_its_country() -> None:
    """`Ibaraki, Osaka`: a town the towns table knows in Japan, in Osaka prefecture."""
    assert sites_of(
        "Tessen Cloud will lease the whole of the KX-4 building in Ibaraki, Osaka "
        "prefecture, for ten years."
    ) == [("KX-4", "Ibaraki", "Osaka", "JP")]


def test_two_regions_stay_regions() -> None:
    """Two regions of one country name no town (`Aberdeenshire, Scotland`), nor does a
    region before a country (`Victoria, Australia`)."""
    inner = resolve_place("Aberdeenshire, Scotland")
    assert inner is not None and inner.city is None
    state = resolve_place("Victoria, Australia")
    assert state is not None
    assert (state.city, state.region, state.country) == (None, "Victoria", "AU")


def test_a_totals_parts_are_not_quantities() -> None:
    """The parts a hybrid plant's total is broken down into, written after it."""
    found = find_quantities(
        "Power will come from the Orlen Vale park, an 90 MW hybrid plant that pairs 50 MW "
        "of wind turbines with 40 MW of solar panels."
    )
    assert breakdown_parts(found) == {1, 2}
    listed = find_quantities("a 75 MW wind-solar hybrid plant (45 MW wind, 30 MW solar)")
    assert breakdown_parts(listed) == {1, 2}
    assert breakdown_parts(find_quantities("It takes 40 MW now and 40 MW next year.")) == set()


def test_a_power_purchase_keeps_the_total_only() -> None:
    (deal,) = deals_of(
        "Korvel Steel has signed a 12-year power purchase agreement with Dantry Renewables "
        "for the output of the Orlen Vale park in Ohio, a 90 MW hybrid plant that pairs "
        "50 MW of wind turbines with 40 MW of solar panels."
    )
    assert deal.deal_type == "power_purchase"
    values = {q.value for q in deal.quantities} | {
        s.capacity.value for s in deal.sites if s.capacity is not None
    }
    assert 90.0 in values
    assert not values & {50.0, 40.0}


def test_a_start_told_again_to_the_month() -> None:
    """`beginning in the second quarter, that is, from April 2027`: the month."""
    (deal,) = deals_of(
        "Varden Electric said it has received an order worth Rs 310 crore from Pallam "
        "DataParks for transformers and switchgear. The order will be executed over 15 "
        "months beginning in the second quarter, that is, from April 2027, with the last "
        "units due by June 2028.",
        published="2026-12-01",
    )
    assert deal.term is not None
    assert deal.term.start == "2027-04"
