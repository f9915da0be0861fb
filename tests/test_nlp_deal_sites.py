"""Which facilities are a deal's site (issue 8, round 6), on sentences written for the
test with invented names: a facility named after the town of a site told before is that
site; a name first read as a town is the site's name once the site is placed in another
town; a party's other facility, named without a place after the deal's site, is not the
deal's."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.places import find_facilities, find_places, nationality_country
from pipeline.nlp.sites import deal_quantities, sentence_facilities


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-05-05"))


def sites(deal: Deal) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(s.name, s.city, s.region, s.country) for s in deal.sites]


def test_a_facility_named_after_the_town_of_the_site_is_that_site() -> None:
    deal = deals_of(
        'On May 4, 2026, Brackwell Digital Holdings, Inc. (the "Company") entered into a '
        'Master Services Agreement with Quintor AI, Inc. ("Quintor"), pursuant to which the '
        "Company will provide Quintor with dedicated GPU capacity at the Company's data "
        'center facility located in Brackley, Nebraska (the "Brackley Facility"). Under the '
        "agreement, the Company will deploy about 9,000 GPUs at the Brackley Facility."
    )[0]
    assert sites(deal) == [(None, "Brackley", "Nebraska", "US")]


def test_a_campus_first_read_as_a_town_is_named_once_placed_near_another() -> None:
    deal = deals_of(
        "Tessmark lands Orlin AI for Cobalt Flats campus in New Mexico\n\n"
        "Developer Tessmark Digital has leased the whole first phase of its Cobalt Flats "
        "campus near Hobbs, New Mexico to Orlin AI for 15 years."
    )[0]
    assert sites(deal) == [("Cobalt Flats", "Hobbs", "New Mexico", "US")]


def test_another_facility_of_a_party_named_later_without_a_place_is_not_the_site() -> None:
    deal = deals_of(
        "Velmor Digital said on Monday it had signed a 10-year lease with Quarra Cloud for "
        "80MW at its Pine Hollow campus in Lamar, Colorado.\n\n"
        "Velmor will keep mining bitcoin at its Dunrow site, which draws 120MW, until next "
        "year."
    )[0]
    assert deal.deal_type == "lease"
    assert sites(deal) == [("Pine Hollow", "Lamar", "Colorado", "US")]


def facilities(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(f.name, f.city, f.region, f.country) for f in find_facilities(text)]


def test_a_facility_placed_by_the_town_it_is_next_to() -> None:
    assert facilities(
        "The GPUs will sit in the Harrowby facility on the outskirts of Luleå in Norrbotten."
    ) == [("Harrowby", "Luleå", "Norrbotten", "SE")]
    assert facilities("a 90 MW campus just outside Abilene, Texas") == [
        (None, "Abilene", "Texas", "US")
    ]
    assert facilities("the wind farm, 30 km north of Tromso in Norway") == [
        (None, "Tromso", None, "NO")
    ]


def test_the_town_next_to_an_area_or_a_locality_is_the_facilitys() -> None:
    assert facilities(
        "the Company's Osier Bend campus located in Callan County, near Abilene, Texas."
    ) == [("Osier Bend", "Abilene", "Texas", "US")]
    assert facilities(
        "Brantfell runs a 60MW campus at Wyvern Meadows on the edge of Newport, south Wales."
    ) == [("Wyvern Meadows", "Newport", "Wales", "GB")]
    assert facilities("a campus in Quellbach, east of Frankfurt") == [
        (None, "Quellbach", None, "DE")
    ]


def test_states_listed_after_a_plural_facility_noun_are_sites_a_single_place_is_not() -> None:
    assert facilities(
        "Brelvar Turbines will supply 12 turbines to Oakum Energy for power at data center "
        "sites in Oklahoma and Texas."
    ) == [(None, None, "Oklahoma", "US"), (None, None, "Texas", "US")]
    assert facilities("Selwyn runs eleven edge data centers across Ohio and Indiana.") == [
        (None, None, "Ohio", "US"),
        (None, None, "Indiana", "US"),
    ]
    assert facilities("Selwyn runs data centers in Madrid.") == []
    assert facilities("Selwyn runs data centres in Riyadh and Dammam.") == []


def test_a_partys_fleet_in_states_told_after_the_deals_site_is_not_the_deals() -> None:
    deal = deals_of(
        "Corbin Digital has agreed to lease its Ashlow campus near Temple, Texas, to "
        "Quarra Cloud for 15 years.\n\n"
        "Corbin, which is backed by a private equity firm, operates about 900 MW of data "
        "centers in Texas and Georgia."
    )[0]
    assert deal.deal_type == "lease"
    assert sites(deal) == [("Ashlow", "Temple", "Texas", "US")]


def test_a_bought_company_is_placed_in_its_town_after_its_country() -> None:
    deal = deals_of(
        "Varden Grid Systems launched a tender offer on Tuesday for Finland's Orvel "
        "Metering, valuing the meter maker at about 540 million euros.\n\n"
        "Kuopiola-based Orvel makes electricity meters sold to utilities in Finland."
    )[0]
    assert deal.deal_type == "acquisition"
    assert [(s.city, s.country) for s in deal.sites] == [("Kuopiola", "FI")]


def test_a_town_with_a_particle_is_where_a_bought_company_is_based() -> None:
    deal = deals_of(
        "Brannock Fiber has agreed to acquire Wellet Communications, a family-owned "
        "provider based in Lac d'Orsay, Idaho, from Tollan Holdings."
    )[0]
    assert deal.deal_type == "acquisition"
    assert [(s.city, s.region, s.country) for s in deal.sites] == [("Lac d'Orsay", "Idaho", "US")]


def test_a_named_project_or_building_is_a_facility() -> None:
    assert facilities("90 MW from its Tarrow Flats project in Nye County, Nevada") == [
        ("Tarrow Flats", None, "Nevada", "US")
    ]
    assert facilities("the Mossgate building in Leeds") == [("Mossgate", "Leeds", None, "GB")]


def test_the_region_written_before_a_town_noun_places_the_town() -> None:
    assert facilities("a 500 MW campus in the Central Texas city of Brisco") == [
        (None, "Brisco", "Texas", "US")
    ]
    assert facilities("a wind farm near the northern Ohio town of Marlowe") == [
        (None, "Marlowe", "Ohio", "US")
    ]


def test_a_nationality_places_a_bought_company_in_its_country_only_when_one() -> None:
    assert nationality_country("South African") == "ZA"
    assert nationality_country("Swedish") == "SE"
    assert nationality_country("Austrian") is None  # Austria or Australia
    deal = deals_of(
        "Data center operator Quarrel Realty said on Monday it would buy a majority stake "
        "in Umbani, a South African data center provider, for about $1.2 billion."
    )[0]
    assert deal.deal_type == "acquisition"
    assert [(s.city, s.country) for s in deal.sites] == [(None, "ZA")]


def test_a_headlines_short_name_and_the_full_name_are_one_site() -> None:
    deal = deals_of(
        "Orlach to buy Tessaway data centre from Brimley for S$900m\n\n"
        "Orlach Data Reit will pay S$900 million for the Tessaway Point facility, a "
        "30-megawatt data centre in eastern Singapore, from its sponsor Brimley Holdings."
    )[0]
    assert [s.name for s in deal.sites if s.name] == ["Tessaway Point"]


def test_a_month_after_a_dateline_town_is_no_region() -> None:
    (helsinki,) = find_places("HELSINKI, Oct 27 (Example Wire) - Varden Grid said")
    assert (helsinki.place.city, helsinki.place.region) == ("Helsinki", None)
    (atlanta,) = find_places("a maker based in Atlanta, Ga, said")
    assert (atlanta.place.city, atlanta.place.region) == ("Atlanta", "Georgia")


def test_deal_quantities_read_each_sentence_for_each_deal_s_ownership() -> None:
    """The quantities of a sentence are read once per parsed sentence and ownership: the
    same parses asked for a deal buying the operator (its fleet is the deal's) and then
    for one that does not (the fleet is not) answer each deal, in either order; a figure
    rejected in one sentence is not the deal's in another."""
    texts = [
        "Harwick Infra operates five data centres with 120 MW in the Tarn valley.",
        "Dovemere Capital agreed to buy Harwick Infra for its 120 MW and a new 40 MW hall.",
    ]
    docs = [load_model("en")(t) for t in texts]

    def figures(owned: set[int]) -> list[tuple[float, str, int]]:
        found = deal_quantities(texts, docs, [0, 1], owned)
        return [(q.value, q.unit, i) for q, i in found]

    for _ in range(2):
        assert figures({0, 1}) == [(120.0, "MW", 0), (40.0, "MW", 1)]
        assert figures(set()) == [(40.0, "MW", 1)]


def test_sentence_facilities_answer_for_the_text_asked_of_a_parse() -> None:
    """A parsed sentence keeps its facilities per text asked (a candidate sentence and
    the text its parse reads may differ in case): each text gets its own facilities."""
    text = "Quillon Power will supply the Marrow Ridge data center in Ostrava."
    doc = load_model("en")(text)
    shouted = text.upper()
    for _ in range(2):
        assert sentence_facilities(doc, text) == find_facilities(text)
        assert sentence_facilities(doc, shouted) == find_facilities(shouted)
    assert [f.name for f in sentence_facilities(doc, text)] == ["Marrow Ridge"]
