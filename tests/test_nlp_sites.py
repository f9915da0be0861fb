"""How English reports name and place a deal's facility (issue 8, round 7), on sentences
written for the test with invented names: an apposition or copula that gives the
facility's power (`X, a 96 MW campus in`), a name written after the noun (`a campus called
X`, `known as X`, `which it calls X`), offshore and coastal places (`off the coast of`),
two describing words before the noun, a region written with its generic suffix, a city
sharing its name with its region, and a town the gazetteer lacks in the region its
sentence names."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.places import find_facilities, resolve_place

Where = tuple[str | None, str | None, str | None, str | None]


def facilities(text: str) -> list[Where]:
    return [(f.name, f.city, f.region, f.country) for f in find_facilities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its first project is Quillmere Run, a 400 MW campus near Tulsa, Oklahoma.",
            ("Quillmere Run", "Tulsa", "Oklahoma", "US"),
        ),
        (
            "The loan funds Brannel Heath, a 96 MW data center campus in Leeds, England.",
            ("Brannel Heath", "Leeds", "England", "GB"),
        ),
        (
            "It will buy Tarrow Quay DC, a fully fitted 36MW hyperscale data centre located "
            "in Osaka, Japan.",
            ("Tarrow Quay", "Osaka", None, "JP"),
        ),
        (
            "It has a deal for the output of the Corvel Point Generating Station, a 900-MW "
            "combined-cycle plant Dunmarsh will build near Reno, Nevada.",
            ("Corvel Point", "Reno", "Nevada", "US"),
        ),
    ],
)
def test_an_apposition_with_its_power_places_the_named_facility(text: str, expected: Where) -> None:
    assert facilities(text)[0] == expected


def test_a_copula_names_a_facility_only_with_its_power_or_place() -> None:
    assert facilities("Fennick Ridge is a 180 MW site built on an old quarry.")[0][0] == (
        "Fennick Ridge"
    )
    assert facilities("Fennick Ridge is our largest site so far.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will build a 1 GW data center campus called Brackle Hollow near Boise, Idaho.",
            ("Brackle Hollow", "Boise", "Idaho", "US"),
        ),
        (
            "It agreed to acquire the freehold data centre known as Harwick DC2, located in "
            "Leeds, England.",
            ("Harwick DC2", "Leeds", "England", "GB"),
        ),
        (
            "Dorran plans a 300-megawatt campus, which it calls the Marlow Data Campus, in "
            "Denver, Colorado.",
            ("Marlow", "Denver", "Colorado", "US"),
        ),
    ],
)
def test_a_name_written_after_the_facility_noun(text: str, expected: Where) -> None:
    assert facilities(text)[0] == expected


def test_a_code_name_after_known_as() -> None:
    assert facilities("The building, known as TRX-4, has been leased for 15 years.")[0][0] == (
        "TRX-4"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It will take 120MW from the Tolland Sands offshore wind farm, off the coast of "
            "Norfolk in England.",
            ("Tolland Sands", None, "England", "GB"),
        ),
        (
            "The turbines at the 650MW project, 22km off the Kerrow coast in northern "
            "Scotland, are due next year.",
            (None, None, "Scotland", "GB"),
        ),
        (
            "Amazon will take 300MW from the Skellan West project off Scotland.",
            ("Skellan West", None, "Scotland", "GB"),
        ),
    ],
)
def test_offshore_sites_are_placed_by_the_coast_they_are_off(text: str, expected: Where) -> None:
    assert facilities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "the output of the 900-MW Brindle Flats combined-cycle gas plant in Kansas",
            "Brindle Flats",
        ),
        (
            "its 50% interest in the 1,100-megawatt Orrin Creek coal plant in Maryland",
            "Orrin Creek",
        ),
        ("the Tessel Fork station in Greene County, Pennsylvania", "Tessel Fork"),
    ],
)
def test_a_plant_named_before_two_describing_words(text: str, name: str) -> None:
    assert facilities(text)[0][0] == name


def test_a_region_written_with_its_generic_suffix_is_the_region() -> None:
    place = resolve_place("Pyeongtaek, Gyeonggi Province")
    assert place is not None and (place.city, place.region) == ("Pyeongtaek", "Gyeonggi")


def test_a_city_sharing_its_name_with_a_region_is_the_city() -> None:
    place = resolve_place("Auckland")
    assert place is not None and (place.city, place.country) == ("Auckland", "NZ")


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-05"))


def test_a_town_the_gazetteer_lacks_is_in_the_region_its_sentence_names() -> None:
    deal = deals_of(
        "Tressel Electric, a utility with 400,000 customers in central Ohio, said on "
        "Wednesday it has agreed to buy the Coldwater Energy Center, a 620-megawatt gas "
        "plant near Brimfield Mills, from Orrin Power Partners for $410 million."
    )[0]
    assert [(s.city, s.region) for s in deal.sites if s.city] == [("Brimfield Mills", "Ohio")]


def test_a_town_the_gazetteer_lacks_before_a_participle() -> None:
    assert facilities(
        "It financed Vellmar, a 96 MW data center campus in Brakkevik powered by hydro."
    ) == [("Vellmar", "Brakkevik", None, None)]


def test_the_main_deal_takes_the_site_of_a_lede_no_frame_reads() -> None:
    deal = deals_of(
        "Data centre operator Korvane Digital and property group Tessaly Harbour will "
        "jointly develop a 60MW data centre in Brimsby, Scotland, the two companies said "
        "on Thursday.\n\n"
        "The venture has also signed a five-year green loan of £520 million with a group "
        "of lenders led by Harlow Mercantile Bank and Orrin Street Bank."
    )[0]
    assert [(s.city, s.region, s.country) for s in deal.sites] == [("Brimsby", "Scotland", "GB")]


def target_places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    deal = next(d for d in deals_of(text) if d.deal_type == "acquisition")
    return [(s.city, s.region, s.country) for s in deal.sites]


def test_a_bought_company_placed_by_a_description_without_its_name() -> None:
    assert target_places(
        "Pellory Networks is to be bought by Ostrane Infrastructure for about £1.4bn after "
        "its first suitor declined to raise its price, ending a two-month contest for the "
        "Leeds-based fibre and data centre group."
    ) == [("Leeds", None, "GB")]


@pytest.mark.parametrize(
    "second",
    [
        # a description after any word, in a sentence naming the bought company
        "Marlow will pay $38.50 for each Tessick share, about 27% above the Tulsa, "
        "Oklahoma-based company's closing price on Monday.",
        "Tessick holders will get 1.2 Marlow shares each, valuing the Tulsa, Oklahoma-based "
        "lender at about $400 million.",
        "The Tessick Trust, which is the Tulsa, Oklahoma-based insurer's largest holder, "
        "backs the offer.",
        # a company described by what it runs (`network`), owned by the seller till now
        "Tessick Mutual comes from Harbrook Capital, which had owned the Tulsa, "
        "Oklahoma-based network since 2019.",
    ],
)
def test_a_bought_company_placed_by_a_description_after_any_word(second: str) -> None:
    assert target_places(
        f"Marlow Dynamics said on Tuesday it would buy Tessick Mutual for $2.1 billion.\n\n{second}"
    ) == [("Tulsa", "Oklahoma", "US")]


def test_a_bought_company_placed_by_a_description_after_another_subject() -> None:
    # the seller, subject of its sentence, keeps control of a company described after it:
    # the bought company, named in the sentence before
    assert target_places(
        "Harvick Foods has agreed to sell a 45% stake in its bakery arm, Dunmere Bakeries, "
        "to Pollard Capital for £300 million.\n\n"
        "The price values Dunmere at £700 million. Harvick will retain control of the "
        "Tulsa, Oklahoma-based business and will continue to consolidate it."
    ) == [("Tulsa", "Oklahoma", "US")]


def test_a_bought_company_placed_where_the_company_is_based() -> None:
    assert target_places(
        "Corvell Motors is buying a 20% stake in Tandem Robotics from Larchmont Ventures "
        "for $240 million.\n\n"
        "Tandem says it will build a second line in Ann Arbor, Michigan, where the company "
        "is based."
    ) == [("Ann Arbor", "Michigan", "US")]


def test_a_bought_company_placed_by_the_next_sentence() -> None:
    assert target_places(
        "Harnell Partners agreed to buy Quarrow Valves from Dentworth Industries for "
        "$1.6 billion.\n\n"
        "Quarrow Valves makes industrial valves for refineries. It is based in Tulsa, "
        "Oklahoma, and employs about 3,800 people."
    ) == [("Tulsa", "Oklahoma", "US")]


def test_an_area_named_after_a_town_is_not_the_town() -> None:
    assert facilities(
        "It takes the output of the 900-MW Orrin Flats combined-cycle gas plant in Reno "
        "County, which Dunmarsh is building."
    ) == [("Orrin Flats", None, None, "US")]


def test_a_town_with_lower_case_links_the_gazetteer_lacks() -> None:
    assert facilities("It runs a data center in Santana de Parnaíba, São Paulo.") == [
        (None, "Santana de Parnaíba", "São Paulo", "BR")
    ]


def test_a_generic_park_noun_is_not_part_of_the_name() -> None:
    assert facilities(
        "It will lease halls at its Tenang Jaya Industrial Park in Klang, Selangor."
    ) == [("Tenang Jaya", "Klang", "Selangor", "MY")]


def test_a_facility_placed_in_a_relative_clause_of_its_described_builder() -> None:
    assert facilities(
        "It will take the output of a 900-MW plant that independent power producer Tessel "
        "Generation plans to build near Brimfield Mills."
    ) == [(None, "Brimfield Mills", None, None)]


def test_a_named_site_takes_the_town_a_later_definite_noun_of_its_kind_gives() -> None:
    (deal,) = deals_of(
        "DETROIT, May 4 (Wirepoint) - Halvor Energy Corp said on Wednesday it has agreed to "
        "sell all the electricity from its idled Marrow Bend nuclear plant in Michigan to "
        "data center operator Tessel Cloud for 20 years once the reactor is back in "
        "service.\n\n"
        "The single-unit, 805-megawatt plant near Harrow Point, Michigan, stopped "
        "generating in 2022 after its owner could not make it pay."
    )
    assert [(s.name, s.city, s.region) for s in deal.sites] == [
        ("Marrow Bend", "Harrow Point", "Michigan")
    ]


def test_a_named_site_takes_the_town_a_sentence_placing_it_by_name_gives() -> None:
    (deal,) = deals_of(
        "Orvane Power has agreed to build, own and run a 300MW gas-fired plant inside the "
        "fence line of Tessel AI's planned campus in West Texas under a 15-year energy "
        "supply agreement, the two companies said on Tuesday.\n\n"
        "The campus, which Tessel calls Corvel Yard, sits on roughly 900 acres near the "
        "town of Goldsmith in Ector County, Texas."
    )
    assert [(s.name, s.city) for s in deal.sites] == [("Corvel Yard", "Goldsmith")]
