"""A facility noun after an area of a known place (`its newest Northern Virginia
building`, `the West London cluster`) names no facility: the area is where, not what.
A compass word before a name that is no place stays a name (`the North Anna plant`).
A site's capacity told in the passive (`X is permitted for 240 MW`) is its own, unlike
room for more (`permits for a further 140 MW`). Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected
from tests.nlp_support import sites_of


def test_an_area_before_a_facility_noun_is_no_name() -> None:
    assert sites_of("Harlow has leased the whole of its newest Northern Virginia building.") == []
    assert sites_of("The deal follows a run of lettings in the West London cluster.") == []


def test_a_compass_word_before_no_place_stays_a_name() -> None:
    assert sites_of("Tellan will buy power from the North Carrow plant for ten years.") == [
        ("North Carrow", None, None, None)
    ]


def test_a_sites_permitted_capacity_told_in_the_passive_is_kept() -> None:
    """`X is permitted for 240 MW`: the site's own capacity; `holds permits for a further
    140 MW`: room for more, no quantity of the deal."""
    kept = "Brackley Fell is permitted for 240 MW of nameplate capacity."
    more = "It holds permits for a further 140 MW at a site near Hanau."
    assert not quantity_rejected(kept, kept.index("240"), kept.index(" of nameplate"))
    assert quantity_rejected(more, more.index("140"), more.index(" at a site"))


def test_a_wind_farm_sale_keeps_the_permitted_capacity() -> None:
    (deal,) = extract_deals(
        Article(
            text="Tarrow Power has agreed to buy the Brackley Fell wind project in Wyoming "
            "from developer Ostin Wind for $95 million. Brackley Fell is permitted for 240 MW "
            "of nameplate capacity.",
            published="2026-06-01",
        )
    )
    assert deal.deal_type == "acquisition"
    values = {q.value for q in deal.quantities} | {
        s.capacity.value for s in deal.sites if s.capacity is not None
    }
    assert 240.0 in values
