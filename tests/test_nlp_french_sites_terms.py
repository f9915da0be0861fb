"""French terms and sites as blind-written articles phrase them (addresses, regions, demonyms):
invented companies, towns and facilities."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.places import find_facilities, resolve_place
from pipeline.nlp.terms import find_terms

PUBLISHED = date(2026, 5, 12)


def _contract(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (t.start_date, t.end_date, t.duration)
        for t in find_terms(sentence, PUBLISHED, "fr")
        if t.kind == "contract"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a modal or passive verb of delivery or service, then the date
        (
            "La fourniture d'électricité doit commencer à l'automne 2027.",
            [("2027", None, None)],
        ),
        (
            "Les premières baies doivent être mises à la disposition du client au "
            "deuxième trimestre 2027.",
            [("2027", None, None)],
        ),
        ("Le parc doit être mis en service au début de 2028.", [("2028", None, None)]),
        (
            "La première tranche doit être livrée à Quernel à l'automne 2027.",
            [("2027", None, None)],
        ),
        ("Entrée dans les lieux prévue au premier semestre 2028.", [("2028", None, None)]),
        # entering service, a future verb of the deliveries, a period of years
        ("Le parc doit entrer en service en 2028.", [("2028", None, None)]),
        ("La centrale entrera en service fin 2027.", [("2027", None, None)]),
        (
            "Les premières livraisons interviendront au premier semestre 2027.",
            [("2027", None, None)],
        ),
        ("Les premières livraisons devraient intervenir en 2028.", [("2028", None, None)]),
        (
            "La mise en service commerciale est prévue pour la fin de 2027.",
            [("2027", None, None)],
        ),
        ("Le contrat porte sur la période 2027-2031.", [("2027", "2031", None)]),
        # a day and a month with no year: the next such day after publication
        ("Le logiciel sera déployé à partir du 1er juillet.", [("2026-07-01", None, None)]),
        ("Le service démarre à compter du 3 mars.", [("2027-03-03", None, None)]),
        # a duration after a deal named by its acronym, or by a noun and its bracketed acronym
        ("Morvane a signé un CAPN de quinze ans.", [(None, None, "P15Y")]),
        (
            "Ils ont conclu un contrat d'achat d'électricité (PPA) de douze ans.",
            [(None, None, "P12Y")],
        ),
    ],
)
def test_french_term_constructions(
    sentence: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _contract(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no start cue: a construction history, an option, an age
        "Les travaux ont commencé à l'automne 2024.",
        "La décision devrait intervenir en 2027.",
        "Le contrat prévoit une option de prolongation de deux ans.",
        "Le 1er juillet, la société a publié ses comptes.",
    ],
)
def test_french_non_terms_stay_out(sentence: str) -> None:
    assert _contract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        # a town, its département in brackets, then its région
        (
            "Quernel loue 30 MW sur le campus Mont-Aval, à Villebrune (Essonne), en Île-de-France.",
            ("Mont-Aval", "Villebrune", "Île-de-France", "FR"),
        ),
        # a town, its département, then `en région X`, after `sur la commune de`
        (
            "Le contrat porte sur le parc éolien des Hautes Landes, situé sur la commune "
            "de Pradelles, dans l'Aude, en région Occitanie.",
            ("Hautes Landes", "Pradelles", "Occitanie", "FR"),
        ),
        # a Belgian province, a Spanish community in brackets after its province
        (
            "Il achète la production du parc éolien des Quatre Vents, à Orvennes, dans la "
            "province de Hainaut.",
            ("Quatre Vents", "Orvennes", "Hainaut", "BE"),
        ),
        (
            "Le contrat couvre le parc solaire des Encinas, à Valdeoro, dans la province "
            "de Badajoz (Estrémadure).",
            ("Encinas", "Valdeoro", "Estrémadure", "ES"),
        ),
        # the size in mégawatts between the noun and the town
        (
            "Ils construiront un centre de données de 15 mégawatts à Sangalkam, dans la "
            "région de Dakar.",
            (None, "Sangalkam", "Dakar", "SN"),
        ),
        # a Québec administrative region is no province: the town is in Canada
        (
            "Le bail porte sur son futur centre de données de Beauharnois, en Montérégie.",
            (None, "Beauharnois", None, "CA"),
        ),
    ],
)
def test_french_site_addresses(sentence: str, site: tuple[str | None, ...]) -> None:
    found = [(f.name, f.city, f.region, f.country) for f in find_facilities(sentence)]
    assert found == [site]


def test_counted_facilities_listed_by_town_are_one_site_each_in_the_area_after() -> None:
    found = find_facilities(
        "Orbelis exploite deux centres de données, à Morvens et à Tavelle, dans le canton "
        "de Vaud, pour 20 MW."
    )
    assert [(f.city, f.region, f.country) for f in found] == [
        ("Morvens", "Vaud", "CH"),
        ("Tavelle", "Vaud", "CH"),
    ]


def test_a_counted_list_of_one_town_and_a_region() -> None:
    found = find_facilities(
        "Quartal exploite quatre centres de données à Reims et dans le Grand Est."
    )
    assert [(f.city, f.region, f.country) for f in found] == [("Reims", "Grand Est", "FR")]


def test_uncounted_facilities_in_two_towns_are_generic() -> None:
    assert find_facilities("Des centres de données à Lyon et à Lille ouvrent chaque année.") == []


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        # the facility's builder in a relative clause before where it is
        (
            "Les serveurs seront installés dans le datacenter que Quernel achève à "
            "Port-Lavandin (Var).",
            (None, "Port-Lavandin", None, "FR"),
        ),
        # the power in brackets between the name and where it is
        (
            "Il porte sur le parc éolien de la Lande Grise (48 MW), situé à Morvillers, "
            "en Normandie.",
            ("Lande Grise", "Morvillers", "Normandie", "FR"),
        ),
        # an apposition places the named plant
        (
            "Brenval achètera la production de la centrale solaire de Pré-Vert, un parc de "
            "80 mégawatts en construction à Saint-Orlan, dans l'Indre (Centre-Val de Loire).",
            ("Pré-Vert", "Saint-Orlan", "Centre-Val de Loire", "FR"),
        ),
    ],
)
def test_french_site_placed_after_its_name(sentence: str, site: tuple[str | None, ...]) -> None:
    found = [(f.name, f.city, f.region, f.country) for f in find_facilities(sentence)]
    assert found == [site]


def _french_site(text: str) -> tuple[str | None, str | None, str | None]:
    deals = extract_deals(Article(text=text, language="fr", published="2026-03-26"))
    site = deals[0].sites[0]
    return site.city, site.region, site.country


def test_a_town_takes_the_region_the_article_writes_with_it_elsewhere() -> None:
    assert _french_site(
        "Hydro-Québec a signé avec Calcul Brumal un contrat d'approvisionnement de 40 "
        "mégawatts pour son futur centre de calcul de Vallée-Verte. Le centre sera aménagé "
        "dans une ancienne usine de Vallée-Verte (Québec), en Mauricie."
    ) == ("Vallée-Verte", "Québec", "CA")


def test_a_region_named_for_something_else_stays_out() -> None:
    assert _french_site(
        "Orvalis louera à Quernel 20 MW dans son centre de données de Lannemont. Le marché "
        "reste tendu en Occitanie, selon les courtiers."
    ) == ("Lannemont", None, "FR")


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        # a plant's name after a bare `de`, then its town after a comma: the name is its own
        (
            "Il porte sur 60 MW de la centrale photovoltaïque de La Dehesa, à Valdeoro, dans "
            "la province de Badajoz (Estrémadure).",
            ("La Dehesa", "Valdeoro", "Estrémadure", "ES"),
        ),
        (
            "Il couvre 45 MW de la centrale solaire d'Ourival, dans la région de l'Alentejo "
            "(Portugal).",
            ("Ourival", None, "Alentejo", "PT"),
        ),
        # a name right after the noun, then `situé à`
        (
            "Quernel a pris à bail le bâtiment Morlaix, situé à Saint-Ouvrin (Seine-Saint-Denis).",
            ("Morlaix", "Saint-Ouvrin", None, "FR"),
        ),
        # a data centre's `de X` before `à <town>` with no comma is its owner's
        (
            "Les serveurs iront dans le centre de données de Corvane à Eemshaven.",
            (None, "Eemshaven", None, None),
        ),
    ],
)
def test_french_named_facility_then_its_place(sentence: str, site: tuple[str | None, ...]) -> None:
    found = [(f.name, f.city, f.region, f.country) for f in find_facilities(sentence)]
    assert found == [site]


def test_a_facility_placed_by_its_towns_adjective() -> None:
    found = find_facilities("Quernel cède son petit site toulonnais (3 MW) à Brevane.")
    assert [(f.name, f.city, f.country) for f in found] == [(None, "Toulon", "FR")]


def test_a_bought_company_placed_by_its_towns_adjective() -> None:
    deals = extract_deals(
        Article(
            text="Le groupe Morvane a déboursé 900 millions d'euros pour s'offrir Quillaro, "
            "l'éditeur bordelais de logiciels de rendu.",
            language="fr",
            published="2026-03-26",
        )
    )
    assert [(s.city, s.country) for d in deals for s in d.sites] == [("Bordeaux", "FR")]


def test_a_plant_a_company_runs_is_its_fleet_not_the_deals() -> None:
    text = "La centrale solaire de 90 MWc que Brenval Énergie exploite à Kahone alimentera le site."
    start = text.index("90")
    assert quantity_rejected(text, start, start + 7, False, "fr")
    assert not quantity_rejected(text, start, start + 7, True, "fr")


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Cameroun", (None, None, "CM")),  # ISO 3166-1 in French
        ("RDC", (None, None, "CD")),
        ("Douala", ("Douala", None, "CM")),
        ("Région Sud", (None, "Provence-Alpes-Côte d'Azur", "FR")),
        ("Rhône-Alpes", (None, "Rhône-Alpes", "FR")),
    ],
)
def test_french_speaking_places(name: str, place: tuple[str | None, ...]) -> None:
    found = resolve_place(name)
    assert found is not None
    assert (found.city, found.region, found.country) == place


@pytest.mark.parametrize("name", ["Maurice", "Dominique", "Aquitaine"])
def test_first_and_company_names_are_no_places(name: str) -> None:
    assert resolve_place(name) is None


def test_a_name_after_the_noun_placed_by_the_apposition_after_it() -> None:
    found = find_facilities(
        "Orbelis a acquis le bâtiment Vernaz, un centre de données de 5 MW situé à Tavelle, "
        "près de Liège."
    )
    assert [(f.name, f.city, f.country) for f in found] == [
        ("Vernaz", "Tavelle", "BE"),
        (None, "Tavelle", "BE"),
    ]
