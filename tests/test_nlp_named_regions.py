"""A site's town takes the region its article names as a place elsewhere, beside other
regions of the country (round 18), on articles written for the test with invented names."""

from __future__ import annotations

from pipeline.models import Article, Site
from pipeline.nlp import extract_deals
from pipeline.nlp.sites import in_article_region


def _regions(text: str) -> set[tuple[str | None, str | None]]:
    deals = extract_deals(Article(text=text, language="en", published="2026-05-04"))
    return {(s.city, s.region) for d in deals for s in d.sites}


def test_a_town_takes_its_region_named_beside_another_of_the_country() -> None:
    text = (
        "Quarrel Data has agreed to buy a 40MW data center in Dallas from Benmore Holdings "
        "for $300 million.\n\n"
        "Benmore, which also serves customers in Texas and Oklahoma, said the sale would cut "
        "its debt."
    )
    assert _regions(text) == {("Dallas", "Texas")}


def test_a_region_named_as_a_whole_in_a_list_places_the_town() -> None:
    text = "Tolland will buy the Leeds building of Marrow, which runs sites in England and Wales."
    site = Site(name=None, kind="facility", city="Leeds", country="GB", text="Leeds")
    (out,) = in_article_region([site], text, "en")
    assert out.region == "England"


def test_a_region_named_only_as_a_home_places_no_town() -> None:
    text = (
        "Tolland will buy the Dallas building of Marrow. Marrow, an Oklahoma developer, "
        "will keep its Texas offices."
    )
    site = Site(name=None, kind="facility", city="Dallas", country="US", text="Dallas")
    (out,) = in_article_region([site], text, "en")
    assert out.region is None
