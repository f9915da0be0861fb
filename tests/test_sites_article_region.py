"""A site's region written elsewhere in its article (invented names)."""

from __future__ import annotations

from pipeline.models import Site
from pipeline.nlp.sites import in_article_region


def _region(site: Site, text: str, language: str = "en") -> str | None:
    (out,) = in_article_region([site], text, language)
    return out.region


def test_a_town_takes_the_region_written_with_it_elsewhere() -> None:
    text = "HOLTVILLE, Calif., May 4, 2026 -- Brannock Corp agreed to sell its Holtville plant."
    site = Site(name=None, kind="plant", city="Holtville", country="US", text="Holtville")
    assert _region(site, text) == "California"


def test_an_english_town_takes_no_region_from_the_gazetteer_alone() -> None:
    # the article names California, but never with Los Angeles: only the text's word counts
    text = "Brannock, a California maker, will buy a plant in Los Angeles from Tessel."
    site = Site(name=None, kind="plant", city="Los Angeles", country="US", text="Los Angeles")
    assert _region(site, text) is None


def test_a_site_placed_in_its_country_takes_the_articles_one_region() -> None:
    text = (
        "RENO, Nev., June 2 - Sagehen Power will buy the output of the Pallid Flats "
        "project, east of Reno."
    )
    site = Site(name="Pallid Flats", kind="plant", country="US", text="Pallid Flats project")
    assert _region(site, text) == "Nevada"
    two = text + " Sagehen also serves customers in Oregon."
    assert _region(site, two) is None


def test_a_town_takes_the_one_region_its_article_places_anything_in() -> None:
    # Aberdeen is in Scotland by the gazetteer, and Scotland is the one region named
    text = (
        "Marrow Cloud will lease 12 MW from Tolland Data at its building in Aberdeen. "
        "It is the largest colocation deal signed in Scotland this year."
    )
    site = Site(name=None, kind="facility", city="Aberdeen", country="GB", text="Aberdeen")
    assert _region(site, text) == "Scotland"


def test_a_region_named_only_in_part_gives_no_town_its_region() -> None:
    site = Site(name=None, kind="facility", city="Leeds", country="GB", text="Leeds")
    part = "Tolland will buy the Leeds building of Marrow, which has sites in northern England."
    assert _region(site, part) is None
