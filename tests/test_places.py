"""Gazetteer look-up and facility mentions."""

from __future__ import annotations

import pytest

from pipeline.nlp.places import Place, find_facilities, might_have_facility, resolve_place


@pytest.mark.parametrize(
    ("name", "city", "region", "country"),
    [
        ("Tennessee", None, "Tennessee", "US"),
        ("TN", None, "Tennessee", "US"),
        ("Tenn.", None, "Tennessee", "US"),
        ("Calif.", None, "California", "US"),
        ("N.Y.", None, "New York", "US"),
        ("Memphis", "Memphis", "Tennessee", "US"),
        ("Ashburn", "Ashburn", "Virginia", "US"),
        ("Abilene", "Abilene", "Texas", "US"),
        ("Council Bluffs", "Council Bluffs", "Iowa", "US"),
        ("New York", "New York", "New York", "US"),
        ("LOS ANGELES", "Los Angeles", "California", "US"),
        ("United States", None, None, "US"),
        ("the United States", None, None, "US"),
        ("U.S.", None, None, "US"),
        ("US", None, None, "US"),
        ("America", None, None, "US"),
        ("U.K.", None, None, "GB"),
        ("Britain", None, None, "GB"),
        ("Oporto", "Porto", None, "PT"),
        ("Porto", "Porto", None, "PT"),
        ("Portugal", None, None, "PT"),
        ("South Korea", None, None, "KR"),
        ("Viet Nam", None, None, "VN"),
        ("West Germany", None, None, "DE"),
        ("the Netherlands", None, None, "NL"),
        ("Ontario", None, "Ontario", "CA"),
        ("B.C.", None, "British Columbia", "CA"),
        ("London", "London", "England", "GB"),
        ("Dublin", "Dublin", None, "IE"),
        ("Georgia", None, "Georgia", "US"),
        ("Bombay", "Mumbai", "Maharashtra", "IN"),
        ("Portland, Maine", "Portland", "Maine", "US"),
        ("Dublin, Ohio", "Dublin", "Ohio", "US"),
        ("Woodward, Oklahoma", "Woodward", "Oklahoma", "US"),
        ("Pompano Beach, Fla.", "Pompano Beach", "Florida", "US"),
        ("Memphis (Tennessee)", "Memphis", "Tennessee", "US"),
        ("New Carlisle, Indiana", "New Carlisle", "Indiana", "US"),
        ("Hamburg", "Hamburg", "Hamburg", "DE"),
    ],
)
def test_resolve_place(name: str, city: str | None, region: str | None, country: str) -> None:
    place = resolve_place(name)
    assert place is not None
    assert (place.city, place.region, place.country) == (city, region, country)


def test_resolved_name_is_canonical() -> None:
    assert resolve_place("Oporto") == Place("Porto", "Porto", None, "PT")
    assert resolve_place("TN") == Place("Tennessee", None, "Tennessee", "US")


@pytest.mark.parametrize("name", ["", "xyz", "in", "Canadian", "Anthropic", "southwest Pacific"])
def test_unknown_places(name: str) -> None:
    assert resolve_place(name) is None


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "city", "region", "country"),
    [
        (
            "xAI's Colossus 1 data center in Memphis, Tennessee, is large.",
            "Colossus 1",
            "data_center",
            "Memphis",
            "Tennessee",
            "US",
        ),
        (
            "The Colossus 1 data center, located in Memphis (Tennessee), is new.",
            "Colossus 1",
            "data_center",
            "Memphis",
            "Tennessee",
            "US",
        ),
        ("He toured the Colossus 1 supercomputer.", "Colossus 1", "data_center", None, None, None),
        (
            "TeraWulf's Lake Mariner data center campus in Barker, New York",
            "Lake Mariner",
            "campus",
            "Barker",
            "New York",
            "US",
        ),
        (
            "Constellation will restart Three Mile Island Unit 1 in Pennsylvania.",
            "Three Mile Island Unit 1",
            "plant",
            None,
            "Pennsylvania",
            "US",
        ),
        (
            "The Stargate site in Abilene will host chips.",
            "Stargate",
            "site",
            "Abilene",
            "Texas",
            "US",
        ),
        ("Intel expands its Hillsboro campus.", "Hillsboro", "campus", "Hillsboro", "Oregon", "US"),
        (
            "Microsoft's Fairwater AI data center in Mount Pleasant, Wisconsin",
            "Fairwater",
            "data_center",
            "Mount Pleasant",
            "Wisconsin",
            "US",
        ),
        ("the Susquehanna nuclear plant", "Susquehanna", "plant", None, None, None),
        ("the Escondida copper mine in Chile", "Escondida", "mine", None, None, "CL"),
        (
            "a data center in Council Bluffs, Iowa",
            None,
            "data_center",
            "Council Bluffs",
            "Iowa",
            "US",
        ),
        ("a new campus near Abilene, Texas", None, "campus", "Abilene", "Texas", "US"),
    ],
)
def test_facilities(
    sentence: str,
    name: str | None,
    kind: str,
    city: str | None,
    region: str | None,
    country: str | None,
) -> None:
    found = find_facilities(sentence)
    assert len(found) == 1, found
    f = found[0]
    assert (f.name, f.kind, f.city, f.region, f.country) == (name, kind, city, region, country)
    assert sentence[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said AI data centers need power.",
        "data centers in the United States",
        "Data center demand is rising.",
        "The new data center will open soon.",
        "a facility in an undisclosed location",
        "Sanwa Bank bought a stake in Oporto-based Banco Portugues.",
        "Anthropic and xAI signed a deal.",
        "",
    ],
)
def test_yields_no_facility(sentence: str) -> None:
    assert find_facilities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Anthropic and xAI signed a deal.", False), ("the Colossus 1 data center", True)],
)
def test_prefilter(sentence: str, expected: bool) -> None:
    assert might_have_facility(sentence) is expected
