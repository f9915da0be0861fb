"""Places and facilities: gazetteer look-up and named sites in a sentence.

The gazetteer is data (`patterns/en/places.json`: ISO 3166 countries, states and provinces
with their postal and AP abbreviations, major cities); facility nouns are data too
(`patterns/en/places_facilities.json`). Regexes and look-up tables are built once at import.

Decisions:
- Ambiguous names resolve to one reading: country, then state/province, then city; a city
  that shares its name with its own region ("New York", "Tokyo") resolves as the city.
  "City, Region" and "City (Region)" resolve together ("Portland, Maine").
- Only what the text states: "Memphis" is city Memphis, country US, region None (the
  gazetteer's region serves to pick the right Portland, not to fill facts the text omits).
- Abbreviations ("TN", "U.K.", "Tenn.") match with their case; full names ignore case.
- A facility with no proper name ("a data center in Memphis") has `name` None, and so has
  one named only after its town ("its Hillsboro campus": city Hillsboro, name None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from pipeline.nlp.numbers import alpha_tokens, vocabulary
from pipeline.nlp.rules import load_rules, load_word_lists


@dataclass(frozen=True)
class Place:
    """A resolved place: its canonical name and the city / region / country it denotes."""

    name: str
    city: str | None
    region: str | None
    country: str | None


@dataclass(frozen=True)
class FacilityMention:
    """A facility named or described in a sentence, with its location when the phrase gives it."""

    start: int
    end: int
    text: str
    name: str | None
    kind: str
    city: str | None
    region: str | None
    country: str | None


def _placed(
    start: int, end: int, text: str, name: str | None, kind: str, place: Place
) -> FacilityMention:
    """A facility mention at the place a phrase gives it."""
    return FacilityMention(start, end, text, name, kind, place.city, place.region, place.country)


def _is_abbreviation(alias: str) -> bool:
    return (alias.isupper() and len(alias) <= 4) or "." in alias


def _key(alias: str) -> str:
    alias = " ".join(alias.split())
    return alias if _is_abbreviation(alias) else alias.casefold()


def _lookup(table: dict[str, Any], name: str) -> Any:
    """Exact key first (abbreviations keep their case), then the case-folded name."""
    found = table.get(_key(name))
    return found if found is not None else table.get(name.casefold())


def _index(
    gaz: dict[str, Any],
) -> tuple[dict[str, Place], dict[str, list[Place]], dict[str, list[Place]]]:
    """Look-up tables keyed by every name and alias: countries, regions, cities.

    A city keeps its gazetteer region here (to choose among namesakes); `_stated` drops it."""
    countries: dict[str, Place] = {}
    regions: dict[str, list[Place]] = {}
    cities: dict[str, list[Place]] = {}
    for code, names in gaz["countries"].items():
        for alias in names:
            countries.setdefault(_key(alias), Place(names[0], None, None, code))
    for r in gaz["regions"]:
        shown = _REGION_PREFIX_RE.sub("", r["name"])  # `County Donegal` is `Donegal`
        region = Place(shown, None, shown, r["country"])
        for alias in [r["name"], *r["aliases"]]:
            found = regions.setdefault(_key(alias), [])
            # `Québec`: the region named so comes before the one it is an alias of (`Quebec`)
            found.insert(0 if alias == r["name"] else len(found), region)
    for key, found in regions.items():  # `Gyeonggi Province` is `Gyeonggi`, as written short
        short = [
            r
            for place in found
            if _REGION_SUFFIX_RE.search(place.name)
            for r in regions.get(_key(_REGION_SUFFIX_RE.sub("", place.name)), [])
            if r.country == place.country
        ]
        regions[key] = short[:1] + [p for p in found if not short] if short else found
    for name, region_name, country in gaz["cities"]:
        cities.setdefault(_key(name), []).append(Place(name, name, region_name, country))
    for alias, target in gaz["city_aliases"].items():
        cities.setdefault(_key(alias), []).extend(cities[_key(target)])
    for code, names in gaz.get("subdivisions", {}).items():  # `Essonne`: in France, no region
        for name in names:
            countries.setdefault(_key(name), Place(name, None, None, code))
    return countries, regions, cities


_GAZ = load_word_lists("places.json")  # every language's names: `Londres` is London
# towns the gazetteer lacks, by country and region (derived from GeoNames): `Saint-Vulbas`
_TOWNS = {
    name.casefold(): Place(name, name, region or None, country)
    for country, regions in load_word_lists("places_towns.json")["towns"].items()
    for region, names in regions.items()
    for name in names
}
_REGION_SUFFIX_RE = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, _GAZ['region_suffixes']))})$", re.IGNORECASE
)
_REGION_PREFIX_RE = re.compile(
    rf"^(?:{'|'.join(map(re.escape, _GAZ.get('region_prefixes', [])))})\s+(?=[A-Z])"
    if _GAZ.get("region_prefixes")
    else r"(?!)"
)
_COUNTRIES, _REGIONS, _CITIES = _index(_GAZ)
# `Caisse de dépôt et placement du Québec`: a place ending an institution's name
_ORG_NAME_BEFORE_RE = re.compile(
    "|".join(f"(?:{p})$" for p in _GAZ.get("org_name_before", [])) or r"(?!)"
)


def _inflected(word: str) -> list[str]:
    """A French adjective's four forms (`nantais`, `nantaise`, `nantaises`; `parisien`,
    `parisienne`, `parisiens`, `parisiennes`)."""
    if word.endswith("s"):
        return [word, f"{word}e", f"{word}es"]
    if word.endswith("en"):
        return [word, f"{word}ne", f"{word}s", f"{word}nes"]
    if word.endswith("e"):
        return [word, f"{word}s"]
    return [word, f"{word}e", f"{word}s", f"{word}es"]


_DEMONYMS = {
    form: city for word, city in _GAZ.get("demonyms", {}).items() for form in _inflected(word)
}
for _form, _city in _DEMONYMS.items():
    _CITIES.setdefault(_form, list(_CITIES[_key(_city)]))
# `l'éditeur bordelais`: a town named by its people's adjective (lower case, a whole word)
DEMONYM_RE = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(sorted(map(re.escape, _DEMONYMS), key=len, reverse=True))})"
    r"(?![\w\-])"
    if _DEMONYMS
    else r"(?!)"
)

_FAC = load_word_lists("places_facilities.json")
_KINDS: dict[str, str] = {k.lower(): v for k, v in _FAC["nouns"].items()}
_NOUNS_LONGEST_FIRST = sorted(_KINDS, key=len, reverse=True)
_PLURALS = frozenset(_FAC["plural_nouns"])
_DROPPED_NOUNS = frozenset(_FAC["name_dropped_nouns"])
_COMPANY_TOKENS = frozenset(_FAC["company_tokens"])
_LOAN_WORDS = frozenset(_FAC.get("loan_words", ()))
_STOP_TOKENS = frozenset(w.lower() for w in _FAC["name_stop_tokens"])
_BREAK_TOKENS = frozenset(w.lower() for w in _FAC["name_break_tokens"])
_ADJECTIVES = frozenset(w.lower() for w in _FAC["adjectives"])
_TRAILING_WORDS = frozenset(w.lower() for w in _FAC["name_trailing_stop_tokens"])
# `wind project`, `solar farm`: a dropped noun led by a facility adjective
_DROPPED_KINDS = frozenset(
    n for n in _DROPPED_NOUNS if len(n.split()) == 2 and n.split()[0] in _ADJECTIVES
)
_TRAILING_STOP = frozenset(
    w.lower() for w in _FAC["adjectives"] + _FAC["name_trailing_stop_tokens"]
)
_PREFER_REGION = frozenset(n.casefold() for n in _GAZ["prefer_region_over_country"])
_CITY_STATES = frozenset(n.casefold() for n in _GAZ["prefer_city_over_country"])
_AMBIGUOUS = frozenset(n.casefold() for n in _GAZ["ambiguous_names"])
_ORG_WORDS = frozenset(w.casefold() for w in _GAZ["org_words"])
_AREA_WORDS = frozenset(_GAZ["area_words"])
_LANDFORM_WORDS = frozenset(_GAZ.get("landform_words", []))
_INSTITUTION_WORDS = frozenset(w.casefold() for w in _GAZ["institution_words"])
_TOWN_NAMED_KINDS = frozenset(_FAC.get("town_named_kinds", []))
_GENERIC_KINDS = frozenset(_FAC.get("generic_kinds", []))
# `la centrale de Puech-Cabrié`, `la mine d'or de X`: kinds named after a bare `de` with a
# name of their own, not their town's, when no table knows it as a town
_OWN_NAMED_KINDS = frozenset(_FAC.get("own_named_kinds", ["plant"]))
# `Kyung-il Battery`: a noun naming a facility only in lower case ends a company's name
_LOWER_CASE_NOUNS = frozenset(w.lower() for w in _FAC.get("lower_case_nouns", []))
# `64 hectares of industrial land in Kulai`: a noun naming a site only after a measure of
# its area (`powered land in Frankfurt` is the market's)
_MEASURED_NOUNS = frozenset(_FAC.get("measured_nouns", []))
_MEASURE_BEFORE_RE = re.compile(_FAC.get("measure_before", "(?!)"))
# nouns of a language that writes a facility's name after its noun (`la centrale du Bugey`)
_NOUN_FIRST = frozenset(
    k.lower() for k in load_rules("places_facilities.json", "fr")["nouns"]
) - frozenset(k.lower() for k in load_rules("places_facilities.json")["nouns"])
# Organisation words that are not also facility words ("Energy Center", "Power Plant").
_COMPANY_WORDS = _ORG_WORDS - {w for noun in _KINDS for w in noun.split()}


def _phrase(words: list[str]) -> str:
    return "|".join(
        # `d'or` is also written `d’or`
        r"\s+".join(re.escape(p).replace("'", "['’]") for p in w.split())
        for w in sorted(words, key=len, reverse=True)
    )


_NOUN = rf"(?i:{_phrase(list(_KINDS))})"
_NAME_TOKEN = r"(?:[A-Z][\w\-]*(?:['’][A-Z]\w*)?|\d+[A-Za-z]?|[IVX]+)"
# `Serra do Vento`, `Ventos da Bahia`: lower-case links inside a name
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:of\s+|de\s+|del\s+|d[ao]s?\s+)?{_NAME_TOKEN}){{0,5}}"
_PLACE = (
    r"(?:the\s+|l['’]|le\s+|la\s+|les\s+)?(?:[A-Z]\.(?:[A-Z]\.)+|"
    # `San Sebastián de los Reyes`, `Santana do Parnaíba`, `Hattersheim am Main`, `Kralupy
    # nad Vltavou`, `Newcastle upon Tyne`: lower-case links in a town
    r"[A-ZÎÉ][\w\-'’]*(?:\s+(?:de\s+la\s+|de\s+los\s+|de\s+las\s+|du\s+|des\s+|de\s+|d['’]|del\s+|do\s+"
    r"|da\s+|dos\s+|das\s+|am\s+|an\s+der\s+|nad\s+|upon\s+)?[A-ZÎÉ][\w\-'’]*){0,3}\.?)"
)
# `, in Texas`, `, en Bretagne`, `, dans le New Jersey`, `, aux Pays-Bas`
_IN_REGION = r"(?:dans\s+l['’]|(?:in|en|au|aux|dans(?:\s+le|\s+la|\s+les)?)\s+)"
# `dans le canton de Vaud`, `dans la province de Québec`: the area's noun before its name
_AREA = (
    r"(?:(?:canton|province|région|comté|département|wilaya|gouvernorat|préfecture|district)"
    r"\s+d(?:e\s+|u\s+|['’]))"
)
# `à Bonabéri, dans la ville de Douala`, `à Yopougon, dans la commune d'Abidjan`: a
# district, then the town it is in
_DISTRICT_IN = (
    r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}\s*,\s*dans\s+la\s+"
    r"(?:ville|commune|métropole|agglomération)\s+d(?:e\s+|['’]))"
)
# `dans le pôle urbain de Diamniadio`, `dans la zone industrielle de X`, `sur une friche
# industrielle de Saint-Avold`, `sur l'ancienne plateforme charbonnière de X`: an area of a
# town; `dans le quartier de la Joliette, à Marseille`, `dans la plaine de l'Ain, à
# Saint-Vulbas`: a district, then the town it is in
_AREA_OF = (
    r"(?:(?:(?<=dans\s)|(?<=sur\s))(?:le\s+|la\s+|l['’]|une?\s+)(?!cadre\b)[a-zà-ÿ]+"
    r"(?:\s+(?:d['’])?[a-zà-ÿ]+){0,2}"  # `dans le parc d'activités de X, à Mons`
    r"\s+d(?:e\s+|u\s+|['’])(?:(?:la\s+|l['’]|le\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}"
    r"\s*,\s*(?:à|au)\s+)?)"
)
# `, dans l'Aude, en région Occitanie`, `, dans la province de Badajoz (Estrémadure)`: one
# more French step of a town's address, the larger area in brackets after it
_FR_TAIL = (
    rf"\s*,\s*(?:(?:en|au|aux|dans\s+(?:le|la|les))\s+|dans\s+l['’])(?:{_AREA}|région\s+)?{_PLACE}"
    rf"(?:\s*\(\s*{_PLACE}\s*\))?"
)
# `situé sur la commune de Fitou`: the town named after its noun
_COMMUNE = r"sur\s+(?:le\s+territoire\s+de\s+)?la\s+commune\s+d(?:e\s+|['’])"
_COMPASS = r"(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?"
# `near the town of Grindavik`, `outside the city of Lahti`: the place named after its kind
# `in the Central Texas city of Temple`: the region it is in may come before the noun
_TOWN_OF = (
    rf"(?:(?i:the)\s+(?P<within>(?:(?:{_COMPASS}|[A-Z][\w-]*)\s+){{1,3}}?))?"
    rf"(?i:(?:the\s+)?(?:{_phrase(_GAZ.get('town_nouns', []))})\s+of\s+)"
)
# `in the southern state of Johor`, `the Gulf emirate of Ras Al Khaimah`: a region, named
_REGION_OF = (
    rf"(?:the\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?i:{_phrase(_GAZ.get('region_nouns', []))})\s+of\s+"
)
# `near`, `just outside`, `on the outskirts of`, `on the edge of`, `close to`, `south of`,
# `30 km north of`: where a facility is, by the town it is next to
_VICINITY = (
    rf"(?:(?:just|immediately)\s+|(?:about\s+|some\s+|roughly\s+)?\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+(?={_COMPASS}\s+of|off\s))?"
    rf"(?:near|outside(?:\s+of)?|{_COMPASS}\s+of|close\s+to|"
    rf"on\s+the\s+(?:outskirts|edges?|fringes?)\s+of|"
    # `off the coast of Aberdeenshire`, `off Scotland`, `on the western coast of Ceará`,
    # `22km off the Caithness coast in northern Scotland`: offshore and coastal sites
    rf"off\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+coast(?:\s+(?:of|in)|,\s+(?:near|in))|"
    rf"(?:off|on|along)\s+the\s+(?:{_COMPASS}\s+)?coast\s+of|off(?=\s+[A-Z]))"
)
_BUILDER = (
    r"(?:that\s+|which\s+)?(?:the\s+)?(?:(?!(?:is|are|was|were|will|plans)\b)[a-z][\w-]*\s+){0,3}?"
    r"[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
# `situés à`, `sera implantée à`, `en cours de construction sur la commune de`, `en
# construction à`, `actuellement en chantier près de`, `érigées à`: a French facility placed
_FR_PLACED = (
    r"(?:(?:sera|seront|est|sont|a\s+été|ont\s+été|doit\s+être|doivent\s+être)\s+)?"
    r"(?:(?:actuellement|aujourd['’]hui|déjà)\s+)?"
    r"(?:(?:situ|implant|install|héberg|érig|localis|aménag|exploit)(?:é|ée|és|ées)"
    r"|construite?s?|bâtie?s?|prévue?s?|en\s+(?:cours\s+d['’](?:aménagement|installation)|"
    r"(?:cours\s+de\s+)?(?:construction|réalisation|développement|chantier)|projet|service))"
)
# `installé sur une ancienne friche industrielle à`, `implanté sur le site de X à`: the
# ground a facility stands on, before its town
_ON_GROUND = (
    r"sur\s+(?:une?|le|la|l['’])\s*(?:[a-zà-ÿ]+\s+){1,3}?"
    r"(?:d(?:e\s+|u\s+|['’])(?:la\s+|l['’])?[A-ZÀ-Þ][\w'’-]*\s+)?(?=à\s)"
)
# `que Kelvane achève à`, `que l'entreprise érige à`, `que la SNEL exploite à`, `qu'il
# construit près de`: a French facility's builder
_FR_BUILDER = (
    r"qu(?:e\s+|['’])(?:(?:l['’]|le\s+|la\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}"
    r"|(?:l['’]|le\s+|la\s+)[a-zà-ÿ-]+|ils?|elles?)\s+(?:(?:a|va|doit)\s+)?"
    r"(?:construit|construire|construira|achève|achever|développe|développer|développera|"
    r"bâtit|aménage|exploite|exploitera|ouvrira|érige|érigera|implante|implantera)\s+"
)
# `près d'Agboville`, `aux portes de Lille`, `au nord-est de Gien`, `à l'ouest d'Abidjan`:
# the French words placing a facility by the town it is next to (`de` elided or not)
_FR_NEAR = (
    r"(?:(?:tout\s+)?près|non\s+loin|à\s+proximité|aux\s+portes|aux\s+environs|aux\s+abords"
    r"|(?:au\s+|à\s+l['’])(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)\s+d(?:e\s+|['’])"
)
_AGENT = r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}"
_BELOW = r"(?:au-dessus|en\s+contrebas|au\s+pied)"
# `de Sous-Roches, sur le Doubs, près de`: the river a plant stands on, between its name
# and its town
_RIVER = r"(?:,\s+sur\s+(?:le|la|l['’])\s*[A-ZÀ-Þ][\w'’-]*(?=,))?"
_WHERE = (
    r"(?:(?:,?\s+d['’]une\s+(?:puissance|capacité)(?:\s+(?:informatique|électrique|totale))?"
    r"\s+de\s+[\d\s,.]+\s*(?:MWc|MW|GW)"
    # `of 60 MW`, `of up to 96 MW of IT load`: the facility's power
    r"|\s+(?:de|of)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|more\s+than\s+)?[\d\s,.]+\s*"
    # `de 60 mégawatts (MW)`: the unit's abbreviation in brackets
    # `un terrain de 9,6 hectares situé à`: a plot's area
    r"(?:MWc|MW|GW|mégawatts|gigawatts|hectares))(?:\s*\(\s*(?:MWc?|GW)\s*\))?(?:\s+(?:informatiques?|IT))?"
    r"(?:\s+of\s+(?:critical\s+)?(?:IT\s+)?(?:load|capacity))?)?"
    rf"{_RIVER}"
    # `which sits just outside Deming`, `that lies near`, `sitting on the edge of`
    rf",?\s+(?:(?:which|that)\s+(?:sits|lies|stands|will\s+sit|would\s+sit)\s+"
    rf"|(?:sitting|lying|nestled)\s+"
    # `located in`, `which will be built near`, `to be developed at`
    rf"|(?:(?:which|that)\s+(?:is|will\s+be)\s+|is\s+|will\s+be\s+|(?:is\s+)?to\s+be\s+)?"
    rf"(?:located|based|situated|sited|being\s+built|under\s+construction|planned|built|"
    rf"developed|constructed|{_FR_PLACED})\s+"
    # `being built by Lionsgate Digital in Tuas`: the builder named after the participle
    rf"(?:by\s+{_AGENT}\s+)?"
    # `a solar farm the developer is building near ...`, `a plant that independent power
    # producer Boyer Valley Generation plans to build near ...`: a relative clause of its builder
    rf"|{_BUILDER}\s+(?:is|are|was|were|will\s+be)\s+"
    rf"(?:building|developing|constructing|setting\s+up|planning|erecting)\s+"
    rf"|{_BUILDER}\s+(?:will|plans\s+to|is\s+to|intends\s+to|is\s+set\s+to)\s+"
    rf"(?:build|develop|construct|erect)\s+"
    # `le datacenter que Kelvane achève à ...`, `le campus que l'entreprise érige à ...`:
    # the same in French
    rf"|{_FR_BUILDER})?"
    # `au-dessus de Gondo`, `au pied de Sion`: a mountain site by the town below it
    rf"(?:(?i:in|at|{_VICINITY}|à|au|aux|dans|{_BELOW}\s+d(?:e|['’]))\s+|{_FR_NEAR}|{_COMMUNE}"
    rf"|{_ON_GROUND}à\s+|sur\s+(?={_AREA_OF}))"
    rf"(?:{_COMPASS}\s+)?(?:{_TOWN_OF}|{_REGION_OF}|{_AREA_OF}|{_DISTRICT_IN})?"
    rf"(?P<loc>{_PLACE}(?:{_FR_TAIL}|\s*,\s*(?:{_IN_REGION}(?:{_AREA}|{_REGION_OF})?)?{_PLACE}|\s*\(\s*(?:{_AREA}|région\s+)?{_PLACE}\s*\)"
    # `near Carlisle in north-west England`: a town, then the region it is in
    rf"|\s+in\s+(?:{_COMPASS}\s+)?{_PLACE})?(?:{_FR_TAIL}){{0,2}}(?:\s*,\s*{_PLACE}(?=\s*,\s*{_PLACE}))?)"
)
_LOCATION = rf"(?:{_WHERE})?"
# `copper-gold`, `wind-solar`: two adjectives joined by a hyphen are one
_ADJECTIVE = rf"(?:(?:{_phrase(_FAC['adjectives'])})(?:-(?:{_phrase(_FAC['adjectives'])}))?)"
_NAMED_RE = re.compile(  # `Cimarron Bend combined-cycle gas plant`, `X solar and battery
    # facility`: up to two adjectives
    rf"(?<![\w'’\-.])(?P<name>{_NAME})(?:\s+(?P<adj>{_ADJECTIVE}(?:\s+(?:and\s+)?{_ADJECTIVE})?))?"
    rf"\s+(?P<noun>{_NOUN})(?:\s+(?:{_NOUN}))?(?![\w\-]){_LOCATION}"
)
# a capitalised word right before: the name starts earlier (`São Paulo`, `New York`)
_NAME_TAIL_RE = re.compile(r"[A-ZÀ-Þ][\w-]*\s+$")
_DEBT_AFTER_RE = re.compile(r"\s+(?:debt|financ\w*|loans?|bonds?)\b")
# `Ashby Creek, our combined-cycle station in ...`: a name, then the facility it is.
# `Nordlys, a 96 MW data center campus in`, `Blacklick Run, a 400 MW campus near`, `Sakai
# Bayside DC, a fully fitted 36MW hyperscale data centre`, `Harrow Point is a 180 MW site`:
# its power and describing words may come before the noun
_POWER = r"\d[\d,.]*\s*-?\s*(?:MW|GW|MWe|megawatts?|gigawatts?)"
_DESCRIBING = (
    r"(?!(?:that|which|who|whose|of|with|for|to|in|on|at|and|or|by|from|its|their|the|a|an"
    # `Karim Boudiaf, a indiqué que le centre`: French words, no description
    r"|que|qui|le|la|les|un|une|des|du|de|son|sa|ses|leur)\b)"
    r"[a-z][\w-]*"
)
# `the Caddo Draw gas processing plant`, `its Wapiti Ridge natural gas-fired facility`: a
# name, then up to three lower-case words describing the facility that no list holds (not
# a verb nor an adverb: `X operates data centres`, `X recently opened a plant`; nor a French
# word leading to its noun: `les serveurs de X installés au centre de données`)
_DESCRIBER = (
    rf"(?:{_ADJECTIVE}|(?!(?:[a-z]+(?:s|ed|ly)|will|would|can|could|may|might|must|shall"
    rf"|should|now|then|not|be|been|being|do|did|said|say|also|just|still|even"
    rf"|million|billion|trillion|au|aux|deux|trois|en|dans|sur|pour|par|est|sont)(?![\w-]))"
    rf"{_DESCRIBING})"
)
_DESCRIBED_NAMED_RE = re.compile(
    rf"(?<![\w'’\-.])(?=[A-Z][a-z])(?P<name>{_NAME})\s+(?P<desc>(?:{_DESCRIBER}\s+){{1,3}})"
    rf"(?P<noun>{_NOUN})(?![\w\-]){_LOCATION}"
)
_APPOSED_RE = re.compile(
    # `Indigo Bend, which is our campus just outside Waxahachie`
    rf"(?<![\w'’\-.])(?P<name>{_NAME})(?:,(?:\s+(?:which|that)\s+(?:is|was))?|(?P<copula>\s+(?:is|was)))"
    rf"\s+(?:our|its|their|the|a|an)\s+"
    rf"(?:(?:{_POWER}|{_DESCRIBING})\s+){{0,3}}?(?:(?:{_ADJECTIVE})\s+)?(?P<noun>{_NOUN})(?![\w\-])"
    rf"{_LOCATION}"
)
# `dans DOM2, le deuxième centre de données de l'entreprise, en construction sur la zone
# d'Aulnat`, `KD-3, le nouveau bâtiment du groupe à Bissen`: the French apposition, its
# owner after `de` (or its builder, `que X achève`), then where it is
_FR_APPOSED_RE = re.compile(
    rf"(?<![\w'’\-.])(?P<name>{_NAME}),\s+(?:le|la|son|sa)\s+"
    rf"(?:{_DESCRIBING}\s+){{0,2}}?(?P<noun>{_NOUN})(?![\w\-])"
    rf"(?:\s+(?:du|de\s+l['’]|de\s+la|de)\s*[\w'’\-]+(?:\s+[\w'’\-]+){{0,2}}?,?)??{_WHERE}"
)
# `a campus called Aspen Coulee near`, `the data centre known as Puteri Link DC1, located
# in`, `the building, known as PDC-2,`, `a project dubbed X`, `a campus, which it calls the
# Dunmore Data Campus`: the name written after the noun
_CALLED_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_NOUN}),?\s+(?:(?:which\s+)?(?:is\s+|was\s+)?(?:called|named|dubbed|"
    rf"code-?named|(?:internally\s+)?known\s+(?:internally\s+)?as|branded(?:\s+as)?"
    # `Le campus, baptisé Saône Nord,`, `un nouveau bâtiment baptisé ZAV-3`: the French
    rf"|(?:baptisé|dénommé|surnommé|nommé|appelé)e?s?(?:\s+[«“\"])?)|"
    # `which it calls`, `which Sabrewing calls`: its owner's name for it
    # `which Harborline will call`, `which the partners simply call`: a modal or an adverb
    rf"which\s+(?:it|they|the\s+[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+"
    rf"(?:(?:will|would|plans\s+to|intends\s+to)\s+)?(?:(?:simply|internally|informally)\s+)?"
    rf"(?:calls?|has\s+(?:named|called|dubbed)|named|called|dubbed|name))\s+(?:the\s+)?"
    rf"(?P<name>{_NAME})(?![\w\-])(?:\s*[»”\"])?,?{_LOCATION}"
)
_UNIT_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME}\s+(?i:unit|units|reactor)\s+\d+(?:\s+and\s+\d+)?)(?![\w\-])"
    rf"(?:\s+(?P<noun>{_NOUN}))?{_LOCATION}"
)
# "a Memphis, Tennessee, data center": the place written before the noun.
_PAIR_NOUN_RE = re.compile(
    r"(?<![\w'’\-])(?!(?:[MGk]Wh?|MW[ep]?|MWac|MWdc|GWe)\b)"  # `150 MW Quincy, ...`: no `MW`
    r"(?P<loc>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s*,\s*"
    r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}?),?"
    rf"\s+(?:(?:{_ADJECTIVE})\s+)?(?P<noun>{_NOUN})(?![\w\-])"
)
# `centrale solaire alpine`, `centre de données national`: a facility's adjectives, listed
# or any lower-case word but a few (`adjective_stop_words`)
_ADJ_AFTER = (
    rf"(?:{_phrase(_FAC['adjectives_after'])}"
    rf"|(?!(?:{_phrase(_FAC.get('adjective_stop_words', []))})\b)[a-zà-ÿ][a-zà-ÿ-]{{3,}}"
    # `usine de dessalement`, `unité de broyage`, `usine d'hydrométallurgie`: what it makes
    rf"|d(?:e\s+|['’])(?!(?:la|le|les|leur|leurs|son|sa|ses|ce|cette)\b)[a-zà-ÿ][a-zà-ÿ-]{{2,}})"
)
# `la centrale nucléaire du Val-Rhône`, `son campus de Lisses (Essonne)`: named after the noun
_NAMED_AFTER_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_NOUN})(?:\s+{_ADJ_AFTER}){{0,2}}"
    rf"\s+(?P<article>du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’])"
    rf"(?P<name>{_PLACE}(?:\s*\(\s*{_PLACE}\s*\)|\s*,\s*{_IN_REGION}{_PLACE})?)(?![\w\-])"
    rf"(?:\s*\(\s*[\d\s,.]+\s*(?:MW|GW|MWc)\s*\))?{_LOCATION}"  # `de la Garrigue (62 MW), situé`
)
# `le campus Seine-Amont, à Montereau`, `son campus Borinage 1, dans le parc d'activités de X,
# à Mons`, `le centre de données « Ngondo », que X aménage à
# Douala`, `le campus Estuaire de Vantelle, à Montoir`, `le parc éolien Amlal, d'une
# puissance de 60 MW, situé près de Tiznit`: a name right after the noun (or quoted), its
# owner's after `de` (or a company noun, `owner_nouns`: `le centre LC-3 de l'opérateur, à
# Bissen`), then where it is
_COMPANY_OWNER = rf"\s+(?:(?:de\s+la|du)\s+|de\s+l['’])(?:{_phrase(_FAC.get('owner_nouns', []))})"
_OWNER = (
    rf"(?:\s+(?:de\s+|d['’])[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){{0,2}}|{_COMPANY_OWNER})?"
)
_NAMED_BARE_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_NOUN})(?:\s+{_ADJ_AFTER})?\s+(?:"
    rf"(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){{0,2}}(?:\s+\d{{1,2}})?){_OWNER}"
    rf"(?=(?:,\s+d['’]une\s+puissance\s+de\s+[\d\s,.]+\s*(?:MWc|MW|GW))?"
    rf"(?:,\s+(?:(?:situ|implant|install)(?:é|ée|és|ées)\s+(?:{_ON_GROUND})?)?|,?\s+{_FR_BUILDER})"
    rf"(?:(?:à|au|dans)\s|{_FR_NEAR}))"
    rf"|[«“\"]\s*(?P<quoted>[A-ZÀ-Þ][\w'’\-]*(?:\s+[\w'’\-]+){{0,3}})\s*[»”\"]{_OWNER})"
    rf"{_LOCATION}"
)
# `son bâtiment MRS4`, `building DFW-3`, `le centre LC-3 de l'opérateur, à Bissen`: a
# facility code right after the noun
_CODED_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_NOUN})\s+(?P<name>[A-Z]{{2,5}}-?\d{{1,3}}[A-Z]?)(?![\w\-])"
    # `son centre de données BHS-3 de Beauharnois`: the town after a bare `de` (one name,
    # its hyphens join its words)
    rf"(?:{_COMPANY_OWNER}(?=,\s)|\s+(?:de\s+|d['’])(?P<town>[A-ZÀ-Þ][\w'’\-]*)(?![\w\-]))?"
    rf"{_LOCATION}"
)
# `son bâtiment Vernel 2`, `le site Sorève 4`, `le centre de données NorHPC-2 de Wiltz`: a
# French facility named by a word and its number (or a mixed-case code) right after its
# noun and a determiner, placed or not
_NUMBERED_RE = re.compile(
    r"(?:(?<=\b[sl]e\s)|(?<=\b[sl]a\s)|(?<=\bson\s)|(?<=\b[dla]u\s)|(?<=l['’]))"
    rf"(?P<noun>{_NOUN})\s+(?P<name>[A-ZÀ-Þ][\w'’]*(?:\s+[A-ZÀ-Þ][\w'’]*)?\s+\d{{1,2}}"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*-?\d{1,3})(?![\w\-]|[.,]\d)"
    rf"(?:{_COMPANY_OWNER}(?=,\s)|\s+(?:de\s+|d['’])(?P<town>[A-ZÀ-Þ][\w'’\-]*)(?![\w\-]))?"
    rf"{_LOCATION}"
)
# `le parc éolien en mer Zeelicht`, `du parc éolien offshore Grijze Bank`: an offshore
# wind farm is named right after its noun, placed or not (off a coast, in no town)
_OFFSHORE_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>(?i:parc\s+éolien))\s+(?:en\s+mer|offshore)\s+(?P<name>{_NAME})(?![\w\-])"
    rf"{_LOCATION}"
)
# `for 14MW at LON-2 in London Docklands`, `36MW of IT capacity at FRA-4`: a facility's
# code after the power taken in it, with no noun
_CODE_AT_RE = re.compile(
    rf"{_POWER}(?:\s+of\s+(?:critical\s+)?(?:IT\s+)?(?:capacity|load))?\s+at\s+"
    rf"(?P<name>[A-Z]{{2,5}}-?\d{{1,3}}[A-Z]?)(?![\w\-])(?P<noun>(?!))?{_LOCATION}"
)
# `un centre de données neutre à Diamniadio`, `le premier campus de la société, à Seraing`:
# French describing words right before `à` or its builder's clause (`le campus de calcul
# qu'elle érige à Saguenay`), or the owner told by a company noun (`owner_nouns`; `le centre
# de données de l'opérateur à Saclay`), between an unnamed facility's noun and its place
_FR_AFTER_NOUN = (
    rf"(?P<after>(?:\s+{_ADJ_AFTER}){{1,3}}(?=\s+(?:à\s|{_FR_NEAR}|{_FR_PLACED}\s)|\s+{_FR_BUILDER})"
    rf"|{_COMPANY_OWNER}(?=,?\s+à\s|,\s))?"
)
_UNNAMED_RE = re.compile(rf"(?<![\w\-])(?P<noun>{_NOUN})(?![\w\-]){_FR_AFTER_NOUN}{_WHERE}")
# `campuses in Pecos and Big Lake, Texas`: towns listed after a plural noun, then their region
_TOWN = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}"
_TOWNS_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_phrase(_FAC['plural_nouns'])})\s+(?:[\w-]+\s+){{0,2}}?(?:in|near)\s+"
    rf"(?P<towns>{_TOWN}(?:,\s+{_TOWN})*,?\s+and\s+{_TOWN}),\s+(?P<region>{_PLACE})"
)
# "two campuses: Red Fork in Enid, Oklahoma, and ...": a name listed after a plural noun.
_LISTED_RE = re.compile(rf"(?<=:\s)(?P<name>{_NAME})(?P<noun>(?!))?{_WHERE}")
_LIST_HEAD_RE = re.compile(rf"(?i:{_phrase(_FAC['plural_nouns'])})\s*:\s$")
_VOCABULARY = vocabulary([*_KINDS, "unit", "units", "reactor"])
# "a data centre operator", "data center capacity": the noun describes something else.
_MODIFIER_RE = re.compile(rf"\s+(?i:{_phrase(_FAC['not_before_nouns'])})\b")
# `Ardross Data Services, the data centre operating arm of`, `X, the data centre and cloud
# affiliate of`: the noun modifies a company's head after a participle or a noun joined
# by `and`
_MODIFIER_LATER_RE = re.compile(
    rf"(?:\s+(?:and\s+[a-z][\w-]*|[a-z][\w-]*ing)){{1,2}}?"
    rf"\s+(?i:{_phrase(_FAC['not_before_nouns'])})\b"
)


def might_have_facility(text: str) -> bool:
    """Cheap pre-filter: False means `find_facilities(text)` is certainly empty."""
    return not _VOCABULARY.isdisjoint(alpha_tokens(text))


def _clean(name: str) -> str:
    return " ".join(name.strip(" \t\n,;:()").split())


def _hits(name: str) -> tuple[Place | None, list[Place], list[Place]]:
    country: Place | None = _lookup(_COUNTRIES, name)
    return country, _lookup(_REGIONS, name) or [], _lookup(_CITIES, name) or []


def _stated(city: Place) -> Place:
    """A city as the text states it: its region is only filled when the text names it."""
    return Place(city.name, city.city, None, city.country)


@lru_cache(maxsize=1 << 16)  # a pure look-up, asked for the same words many times
def _single(name: str, *, prefer_region: bool = False) -> Place | None:
    if name.lower().startswith("the ") and _lookup(_COUNTRIES, name) is None:
        name = name[4:]
    article = re.match(r"(?:l['’]|le |la |les )", name, re.IGNORECASE)
    if article and not any(_hits(name)):  # `l'Essonne`, `le Nord`; `La Crosse` is a name
        name = name[article.end() :]
    country, regions, cities = _hits(name)
    suffixed = False
    for shorter in (name[:-1] if name.endswith(".") else "", _REGION_SUFFIX_RE.sub("", name)):
        if country is None and not regions and not cities and shorter and shorter != name:
            suffixed = bool(_REGION_SUFFIX_RE.search(name))
            prefer_region = prefer_region or suffixed
            name = shorter
            country, regions, cities = _hits(name)
    if suffixed and cities and not regions and country is None:
        # `Lekki, Lagos State`: a town's name with a region's generic word is its region
        return Place(cities[0].name, None, cities[0].name, cities[0].country)
    if country is not None and name.casefold() in _CITY_STATES:  # `Singapore`
        return Place(country.name, country.name, None, country.country)
    if country is not None and not (regions and name.casefold() in _PREFER_REGION):
        return country
    if regions and cities and not prefer_region:
        # `Auckland`: a city that shares its name with its own region (or, placed in no
        # region, with a region of its country) is the city
        same = [
            c
            for c in cities
            if c.region == regions[0].region
            or (c.region is None and c.country == regions[0].country)
        ]
        if same:
            return _stated(same[0])
    if regions:
        return regions[0]
    return _stated(cities[0]) if cities else None


def city_in_region(city: str, country: str, region: str) -> bool:
    """Whether the gazetteer puts a town of that name and country in the region a name
    denotes (`Beauharnois` in `Québec`, written `Quebec` in English)."""
    within = {r.region for r in _lookup(_REGIONS, region) or [] if r.country == country}
    towns = [*(_lookup(_CITIES, city) or []), *filter(None, [_TOWNS.get(city.casefold())])]
    return any(c.region in within for c in towns if c.country == country)


def region_unknown(city: str, country: str) -> bool:
    """Whether the gazetteer puts a town of that name and country in no region it knows
    (`Hattersheim`, `Ishikari`: a town of the towns table without its region)."""
    towns = [*(_lookup(_CITIES, city) or []), *filter(None, [_TOWNS.get(city.casefold())])]
    return not any(c.region for c in towns if c.country == country)


_DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "n")


def nationality_country(word: str) -> str | None:
    """The country a nationality adjective names (`South African` -> ZA, `Swedish` ->
    SE, `Brazilian` -> BR): the one country whose name or alias starts with the word
    without its ending (at least four letters left); None when none or several
    (`Austrian`: Austria or Australia)."""
    stem = " ".join(word.split()).casefold()
    ending = next((e for e in _DEMONYM_ENDINGS if stem.endswith(e) and len(stem) - len(e) >= 4), "")
    stem = stem[: len(stem) - len(ending)]
    codes = {
        code
        for name, place in _COUNTRIES.items()
        if name.casefold().startswith(stem)
        for code in [place.country]
    }
    return codes.pop() if len(codes) == 1 else None


def _as_area(place: Place) -> Place:
    """`dans le canton de Zurich`: a place its area noun says is a region, not the town."""
    return Place(place.name, None, place.name, place.country) if place.city else place


def _looks_like_region(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and w.lower() not in _STOP_TOKENS | _COMPANY_TOKENS for w in words
    )


def _region_named_town(head: str, first: Place, outer: Place) -> bool:
    """Whether `head`, read alone as a region (`first`), is a town of the region written
    after it (`outer`): a name the gazetteer also knows as a town, before a region of
    another country (`Victoria, Texas`, `Victoria, British Columbia`) or before another
    region of its own country where a town of that name, placed in no other region, lies
    (`Ibaraki, Osaka`; `New York, New Jersey` is a list)."""
    if first.city is not None or first.region is None or outer.city is not None:
        return False
    if outer.region is None or outer.region == first.region:
        return False
    towns = [*(_lookup(_CITIES, head) or []), *filter(None, [_TOWNS.get(head.casefold())])]
    if not towns:
        return False
    return first.country != outer.country or any(
        t.country == outer.country and t.region in (None, outer.region) for t in towns
    )


def resolve_place(name: str) -> Place | None:
    """Resolve a place name ("Memphis", "TN", "U.K.", "Portland, Maine") or None if unknown.

    A city's region is set only when the name states it ("Portland, Maine")."""
    text = _clean(name)
    if not text:
        return None
    parts = [p for p in re.split(rf"\s*[,(]\s*|\s+in\s+(?:{_COMPASS}\s+)?", text.rstrip(")")) if p]
    whole = _single(text)
    if whole is not None or len(parts) < 2:
        return whole
    if len(parts) > 2:  # `Batam, Riau Islands, Indonesia`: the town with the region after it
        for i, part in enumerate(parts[1:], 1):
            larger = _single(part, prefer_region=True)
            if larger is not None and larger.city is None and larger.region:
                town = resolve_place(f"{parts[i - 1]}, {part}")
                if town is not None and town.city is not None:
                    return town
    # `, in the Dutch province of Groningen`, `, in the Al Dhafra region of Abu Dhabi`
    # `Saint-Ursanne (canton du Jura)`: the area's noun with no preposition, in brackets
    lead = re.match(
        rf"(?:near|at|{_IN_REGION}(?:{_AREA}|région\s+|{_REGION_OF})?|{_AREA}|région\s+)", parts[-1]
    )
    head, tail = parts[0], parts[-1][lead.end() if lead else 0 :]
    outer = _single(tail, prefer_region=True)
    if outer is not None and lead and re.search(_AREA, lead.group()):
        outer = _as_area(outer)
    candidates: list[Place] = _lookup(_CITIES, head) or []
    if outer is None:
        if candidates and _looks_like_region(tail):
            region = _REGION_SUFFIX_RE.sub("", tail.rstrip("."))  # `en Montérégie.`
            return Place(candidates[0].name, candidates[0].city, region, candidates[0].country)
        return _single(head)
    first = _single(head)
    if first is not None and _region_named_town(head, first, outer):
        return Place(head, head, outer.region, outer.country)  # "Victoria, Texas"
    if first is not None and first.city is None:  # "Tennessee, US", "Australia, Japan"
        nested = first.region and outer.region and outer.city is None
        # "Aberdeenshire, Scotland": of two regions of one country, the larger one written
        return outer if nested and first.country == outer.country else first
    for city in candidates:
        if (outer.region and city.region == outer.region) or (
            outer.region is None and city.country == outer.country
        ):
            return Place(city.name, city.city, outer.region, city.country)
    if outer.city is None and head[:1].isupper():
        area = head.split()[-1].casefold() in _AREA_WORDS  # "Oswego County, New York"
        return Place(head, None if area else head, outer.region, outer.country)
    return outer


# `dans le gouvernorat de `, `, dans le district du `: an area's noun right before a place
_AREA_BEFORE_RE = re.compile(rf"(?<![\w-]){_AREA}$")


def _area_before(text: str, start: int) -> bool:
    """Whether an area's noun comes right before `start` (`dans la wilaya de `)."""
    return _AREA_BEFORE_RE.search(text[max(0, start - 30) : start]) is not None


# `near Hughenden in North West Queensland`, `in Kurri Kurri, in the Hunter Valley of New
# South Wales`, `in Kajaani, in Finland's Kainuu region`: the region a town is in, after it
_REGION_AFTER_RE = re.compile(
    rf"(?:,?\s+in\s+(?:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+of\s+|"
    rf"(?i:{_COMPASS}(?:\s+{_COMPASS})?)\s+)?|"
    # `in Kajaani, in Finland's Kainuu region`, read up to the country
    rf"['’]s\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+region\b))"
    rf"(?P<region>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
)


def _region_after(text: str, place: Place, end: int) -> tuple[Place, int]:
    """A town with no region takes the one written right after it (`_REGION_AFTER_RE`),
    when the gazetteer reads that as a region of the town's own country."""
    after = _REGION_AFTER_RE.match(text, end) if place.city and not place.region else None
    region = _single(after.group("region")) if after else None
    if after is None or region is None or region.city or not region.region:
        return place, end
    if place.country != region.country:
        return place, end
    return replace(place, region=region.region), after.end("region")


def _locate(text: str, m: re.Match[str]) -> tuple[Place | None, int]:
    """The place after "in"/"at" and where it ends, with the region written before its
    town noun (`in the Central Texas city of Temple`) or after it (`near Hughenden in
    North West Queensland`)."""
    place, end = _locate_loc(text, m)
    if place is not None:
        place, end = _region_after(text, place, end)
    if place is not None and place.city and _area_before(text, m.start("loc")):
        # `, dans la wilaya de Mostaganem`: a region, not its town; `dans la province de
        # Tata (région Souss-Massa)`: the larger one written
        place = replace(place, city=None, region=place.region or place.name)
    within = m.groupdict().get("within")
    area = _single(re.sub(rf"^(?i:{_COMPASS})\s+", "", within.strip())) if within else None
    if place is None or place.city is None or area is None or area.city or not area.region:
        return place, end
    if place.country not in (None, area.country):
        return place, end
    return replace(place, region=area.region, country=area.country), end


# `Eastern Creek in Sydney's west`, `Kemps Creek in Sydney's western growth corridor`: a
# locality, then the part of a city it is in
_SUBURB_RE = re.compile(
    r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+in\s+"
    r"(?P<city>[A-Z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?){0,2})['’]s\b"
)


# `near Nakuru`, `on the outskirts of X`: the words before a town, not a region
_NEAR_BEFORE_RE = re.compile(
    r"\b(?:near|outside(?:\s+of)?|close\s+to|on\s+the\s+(?:outskirts|edges?|fringes?)\s+of)\s+$"
)


def _near_town(text: str, start: int, name: str, place: Place) -> Place:
    """The town of the towns table, placed in no region, that a region of its country
    shares its name with, when written after a word of nearness (`near Nakuru`; `in
    Nakuru County` is the region)."""
    town = _TOWNS.get(name.casefold()) if place.city is None and place.region else None
    if town is None or town.country != place.country or town.region is not None:
        return place
    return town if _NEAR_BEFORE_RE.search(text, 0, start) else place


def _locate_loc(text: str, m: re.Match[str]) -> tuple[Place | None, int]:
    """The place of the `loc` group and where it ends; trailing words that spoil it are
    dropped (and a possessive: `in Sydney's north-west`); a town the gazetteer lacks is
    read as one (`unknown_town`)."""
    loc = m.group("loc")
    if not loc:
        return None, -1
    suburb = _SUBURB_RE.match(loc)
    if suburb is not None and resolve_place(suburb.group("town")) is None:
        # `at Eastern Creek in Sydney's west`: a locality of a known city is the town
        city = resolve_place(suburb.group("city"))
        town = unknown_town(suburb.group("town"))
        if city is not None and city.city is not None and town is not None:
            name = suburb.group("town")
            return Place(name, name, None, city.country), m.start("loc") + suburb.end("city")
    words = list(re.finditer(r"\S+", loc))
    for n in range(len(words), 0, -1):
        # `in London's Docklands`, `in Maharashtra's Sangli district`: the owner's place
        candidate = re.sub(r"['’]s$", "", loc[: words[n - 1].end()])
        place = resolve_place(candidate)
        following = words[n].group().strip(",.;").casefold() if n < len(words) else ""
        bare = place is not None and (place.city or "").casefold() == candidate.casefold()
        if place is not None and bare and following in _AREA_WORDS:
            # `in Reno County`: an area named after a town, in its country, not the town
            # (`at Tatu City, Kiambu County`: a town, then the area of its region)
            area = loc[: words[n].end()].rstrip(",.;")
            return Place(area, None, None, place.country), m.start("loc") + len(area)
        if place is not None:
            last = candidate.split()[-1]
            if last.endswith(".") and not any(_hits(last)) and resolve_place(candidate[:-1]):
                candidate = candidate[:-1]  # a full stop, not an abbreviation's
            place = _near_town(text, m.start("loc"), candidate, place)
            return place, m.start("loc") + len(candidate)
    head = _TOWN_RE.match(text, m.start("loc"))
    town = unknown_town(head.group(1), text[head.end(1) :]) if head else None
    if town is not None and head is not None:
        return town, head.end(1)
    return None, -1


# `San Sebastián de los Reyes`, `Santana do Parnaíba`: lower-case links inside a town's name
_TOWN_LINKS = frozenset(
    {"de", "del", "do", "da", "dos", "das", "los", "las", "am", "an", "der", "nad", "upon"}
)
_TOWN_RE = re.compile(
    r"([A-ZÀ-Þ][a-zà-ÿ][\w'’-]*(?:\s+(?:(?:de|del|do|da|dos|das|de\s+los|de\s+las|am|an\s+der"
    r"|nad|upon)\s+)?"
    r"[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*){0,2})(?=\s*(?:$|[,.;)(]|\s(?:near|"
    r"outside|in|and|for|to|from|on|at|with|by|is|are|was|were|will|would|has|had|where|which|"
    r"that|after|before|since|until|under|près|pour|dans|et|qui|où|avec|depuis|sur|[a-z]+ed)\b))"
)
# `, près de Brest`, `, en Wallonie`, ` (Vaud)`, `, dans le canton de Vaud`: where a town is
_OF = r"d(?:e\s+|u\s+|['’])"
_POINT = r"(?:au\s+|à\s+l['’])(?:nord|sud|est|ouest)(?:-(?:est|ouest))?"
_NEAR = (  # `près de Dakar`, `à une trentaine de kilomètres à l'ouest d'Abidjan`
    rf"(?:{_VICINITY}|(?:tout\s+)?près\s+{_OF}|non\s+loin\s+{_OF}|aux\s+portes\s+{_OF}"
    rf"|{_BELOW}\s+{_OF}"
    rf"|à\s+proximité\s+{_OF}|aux\s+environs\s+{_OF}|(?:dans\s+la\s+|en\s+)(?:proche\s+)?"
    rf"(?:périphérie|banlieue|région)\s+{_OF}|{_POINT}\s+{_OF}|à\s+(?:une\s+|quelques\s+)?[\w-]+\s+(?:de\s+)?"
    rf"(?:kilomètres|km)\s+(?:{_POINT}\s+)?{_OF})"
)
_TOWN_CONTEXT_RE = re.compile(
    rf"\s*(?:,\s*(?:{_NEAR}\s*|(?:en|au|aux|dans\s+l['’]|dans\s+(?:le|la|les))\s+{_AREA}?)?"
    rf"|\s*\(\s*{_AREA}?|\s+(?:{_NEAR}|in)\s+)(?:l['’])?"
    r"(?P<place>[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"
    rf"(?:\s*,\s*(?:en|au|aux|dans\s+l['’]|dans\s+(?:le|la|les))\s+{_AREA}?[A-ZÀ-Þ][\w'’-]*)?)"
)


def unknown_town(name: str, after: str = "") -> Place | None:
    """A town the gazetteer lacks, written where a place goes (`a wind farm west of
    Toowoomba`, `based in Offenbach near Frankfurt`): the name as the city, with the
    region or country of a known place written right after it (`near Frankfurt`,
    `, Queensland`). None for a known place, a word that starts no place name (a
    month, a company word) or a landform (`the Delaware Basin`)."""
    words = name.split()
    if (
        not 0 < len([w for w in words if w[:1].isupper()]) <= 3  # `San Sebastián de los Reyes`
        or any(_hits(name))
        or any(
            w.lower() in _STOP_TOKENS | _COMPANY_TOKENS
            for i, w in enumerate(words)
            # `Hattersheim am Main`: a word after a town's link is the town's
            if w not in _TOWN_LINKS and not (i and words[i - 1] in _TOWN_LINKS)
        )
        or any(w.casefold() in _ORG_WORDS | _KINDS.keys() for w in words)
        or resolve_place(" ".join(words[1:])) is not None  # `Northern Finland`
        or words[-1].casefold() in _LANDFORM_WORDS  # `the Delaware Basin`: no town
    ):
        return None
    context = _TOWN_CONTEXT_RE.match(after)
    outer = resolve_place(context.group("place").rstrip(".")) if context else None
    area = context is not None and re.search(_AREA, context.group()) is not None
    if outer is not None and area:
        outer = _as_area(outer)
    elif outer is None and area and context is not None:  # `dans la province de l'Estuaire`
        outer = Place(context.group("place"), None, context.group("place").rstrip("."), None)
    stated = context is not None and "," in context.group("place")  # `près de X, en Wallonie`
    region = outer.region if outer is not None and (outer.city is None or stated) else None
    known = _TOWNS.get(" ".join(words).casefold())  # `à Zaventem`: in Belgium
    country = (outer.country if outer is not None else None) or (known.country if known else None)
    area = words[-1].casefold() in _AREA_WORDS  # `in Churchill County, east of Reno`: no town
    return Place(name, None if area else name, region, country)


def _own_place(name: str | None, noun: str, where: Place | None) -> Place | None:
    """The place a facility is named after ("its Hillsboro campus"), within `where` if given."""
    if name is None:
        return None
    if name.lower().endswith(" " + noun.lower()):
        name = name[: -len(noun)].strip()
    if where is None:
        return resolve_place(name)
    in_area = where.name.split()[-1].casefold() in _AREA_WORDS  # `in Bastrop County, Texas`
    if (
        where.city is None
        and not in_area
        and _town_named(name, _KINDS[" ".join(noun.lower().split())], where)
    ):
        return Place(name, name, where.region, where.country)
    if where.city is not None or not _lookup(_CITIES, name):
        return None
    own = resolve_place(f"{name}, {where.name}")
    return own if own is not None and own.city is not None else None


def generic_kind(kind: str) -> bool:
    """Whether a facility's kind is that of a noun naming any facility again (`a data
    center in Inzai`, then `The facility, known as IZ3`; `the Ironbark cluster` is no
    name of `its Stavanger facility`)."""
    return kind in _GENERIC_KINDS


def in_region(facility: FacilityMention, where: Place) -> FacilityMention:
    """An unplaced facility in the region its sentence names elsewhere (`JOHOR - X has
    leased a building at its Kulai campus`): named after its town when `_town_named`, and
    not named after its noun (`The campus, which X calls Goldsmith Yard`: a name)."""
    if (
        facility.name is None
        or where.city is not None
        or facility.text[:1].islower()
        or not _town_named(facility.name, facility.kind, where)
    ):
        return facility
    return replace(
        facility, name=None, city=facility.name, region=where.region, country=where.country
    )


def named_after_town(name: str, kind: str, country: str) -> bool:
    """Whether a facility of `country` named `name` is named after its town only (`the
    Ishikari campus of X`: a town of the towns table, as `_town_named` reads it)."""
    return _town_named(name, kind, Place(country, None, None, country))


def _town_named(name: str, kind: str, where: Place) -> bool:
    """`its Kettle Falls facility in eastern Washington`, `the Ishikari data centre in
    Hokkaido`: a data centre, campus or site named with one or two words the gazetteer
    does not know but its towns table holds in the country `where` is, placed only in a
    region or country, is named after its town (a power plant's name, `the Coyote Mesa
    solar farm in Arizona`, is its own; so is `its Barrow Lake site in Texas`, no town)."""
    words = name.split()
    town = _TOWNS.get(name.casefold())
    return (
        kind in _TOWN_NAMED_KINDS
        and town is not None
        and town.country in (None, where.country)
        and 0 < len(words) <= 2
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(_hits(name))
        and not any(w.casefold() in _ORG_WORDS | _AREA_WORDS | _KINDS.keys() for w in words)
    )


# `in Taylor County, near Abilene, Texas`, `at Celtic Lakes on the edge of Newport, south
# Wales`: the town the place first written is next to
_NEXT_TO_RE = re.compile(
    # `in Churchill County, east of Reno`, `in X County, about 60 km south-east of Y`: a
    # landmark
    rf"(?!\s*,\s*(?:(?:about\s+|some\s+|roughly\s+)?\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    rf"{_COMPASS}\s+of\s)"
    rf",?\s+{_VICINITY}\s+(?P<loc>{_PLACE}(?:\s*,\s*(?:{_COMPASS}\s+)?{_PLACE})?)"
)
# `at Thurrock Park, the five-building campus it is developing near Grays`, `at Cañon
# Ridge, Granite Peak's data center campus in Pueblo`, `at Gilchrist Flats, next to X's
# campus near Odessa`: a facility noun apposed to a locality, then the town it is in
_APPOSED_TOWN_RE = re.compile(
    rf",\s+(?:(?:the|a|an|its|their|our|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}}['’]s)\s+"
    rf"|next\s+to\s+)[^,.;()]{{0,40}}?(?<![\w-]){_NOUN}(?![\w-])[^,.;()]{{0,40}}?"
    rf"\s+(?:in|{_VICINITY})\s+(?P<loc>{_PLACE}(?:\s*,\s*{_PLACE})?)"
)
# `Sedenak Tech Park`, `Arlington Business Park`: an estate's name
_ESTATE_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
    r"(?:Tech|Technology|Industrial|Business|Science|Digital|Green|Data)\s+Park$"
)
# `, west of Edmonton`, `, 40 km north of Bergen`: a direction from a city, after a comma
_LANDMARK_RE = re.compile(
    rf",\s*(?:(?:about\s+|some\s+|roughly\s+)?\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    rf"{_COMPASS}\s+of\s+$"
)


def _next_to(
    text: str, start: int, end: int, place: Place, name: str | None
) -> tuple[Place, str | None, int]:
    """A facility's place (written from `start` to `end`) is the known town written next
    to it when its own is an area (`in Taylor County, near Abilene`) or, after `at`, a
    locality the gazetteer lacks, which is then its name if it has none (`a campus at
    Celtic Lakes on the edge of Newport`, `to be developed at Harwell Gate, near Didcot`;
    `in Hanau, east of Frankfurt` is a town)."""
    near = _NEXT_TO_RE.match(text, end)
    area = place.city is None or place.city.split()[-1].casefold() in _AREA_WORDS
    locality = (
        not area
        and name is None
        and re.search(r"\bat\s+$", text[:start]) is not None
        and not any(_hits(place.city or ""))
    )
    apposed = _APPOSED_TOWN_RE.match(text, end) if near is None and locality else None
    near = near or apposed
    if near is None or not (area or locality):
        return place, name, end
    written = near.group("loc")
    town = resolve_place(re.sub(rf",\s*{_COMPASS}\s+", ", ", written).rstrip("."))
    if town is None and apposed is not None:  # `near Grays`: a town the gazetteer lacks
        town = unknown_town(written.rstrip("."))
    if town is None or town.city is None:
        return place, name, end
    if town.region is None and town.country in (None, place.country):  # `in Texas, near X`
        town = replace(town, region=place.region, country=place.country)
    return town, name if area else place.city, near.end("loc") - written.endswith(".")


def _facility(text: str, m: re.Match[str], name: str | None, noun: str) -> FacilityMention:
    place, end = _locate(text, m)
    if place is None:
        end = m.end("noun") if m.group("noun") else m.end("name")
    else:
        place, name, end = _next_to(text, m.start("loc"), end, place, name)
        if name is not None and place.city and _LANDMARK_RE.search(text, 0, m.start("loc")):
            # `the Wabamun Ridge Generating Station, west of Edmonton`: a named plant set
            # apart from the city it is measured from is not in it
            place = replace(place, city=None, region=place.region, country=place.country)
    if place is not None and _ESTATE_RE.search(place.city or ""):
        # `its campus in Sedenak Tech Park, Johor`: an estate the gazetteer lacks, written
        # where the town goes, names the site (`its JHB3 data centre at Sedenak Tech
        # Park`: one named already is in no town)
        name, place = name or place.city, replace(place, city=None)
    if name is not None and name.split()[-1].casefold() in _AREA_WORDS:
        name = None  # "Ravelin's Licking County campus": an area, no name of its own
    own = _own_place(name, noun, place)
    if own is not None:  # "its Hillsboro campus": the only name is the town's
        place, name = own, None
    elif (
        place is not None and name is not None and name.casefold() == (place.city or "").casefold()
    ):
        name = None  # "the Beauharnois campus in Beauharnois, Quebec"
    kind = _KINDS[" ".join(noun.lower().split())]
    start = m.start()
    return FacilityMention(
        start=start,
        end=end,
        text=text[start:end],
        name=name,
        kind=kind,
        city=place.city if place else None,
        region=place.region if place else None,
        country=place.country if place else None,
    )


def _measure_start(tokens: list[str]) -> bool:
    """`300 MW Colossus 1`: a number before a unit measures the facility, names nothing."""
    return len(tokens) > 1 and tokens[0][0].isdigit() and tokens[1].lower() in _STOP_TOKENS


# `an Emberly-backed data center`, `an AI-ready facility`, `its SGX-listed campus`: a word
# ending in a lower-case part after a hyphen describes, it names nothing
_DESCRIBED_RE = re.compile(r"\w-[a-z]+$")


def _named_adjective(tokens: list[str]) -> bool:
    """`Prairie Wind campus`: a facility adjective written capitalised (not in capitals,
    `AI`) after a name is part of the name."""
    last = tokens[-1]
    return (
        len(tokens) > 1
        and last.lower() in _ADJECTIVES
        and last[:1].isupper()
        and last[1:].islower()
        and last.lower() not in _TRAILING_WORDS
    )


def _name_of(raw: str) -> str | None:
    tokens = raw.split()
    breaks = [i for i, t in enumerate(tokens) if t.lower() in _BREAK_TOKENS]
    if breaks:  # "Orlen Power Announces Acquisition of Marsh Creek Energy Center"
        tokens = tokens[breaks[-1] + 1 :]
    while tokens and (tokens[0].lower() in _STOP_TOKENS or _measure_start(tokens)):
        tokens.pop(0)
    while tokens and tokens[-1].lower() in _TRAILING_STOP and not _named_adjective(tokens):
        tokens.pop()
    if (
        not any(t[0].isalpha() for t in tokens)
        or any(t.lower() in _COMPANY_TOKENS or t.casefold() in _COMPANY_WORDS for t in tokens)
        or _DESCRIBED_RE.search(tokens[-1])
    ):
        return None  # "Exxon Corp unit", "Texas Instruments plant": a company's name
    if _AREA_NAME_RE.fullmatch(" ".join(tokens)) and _single(" ".join(tokens[1:])) is not None:
        return None  # "its newest Northern Virginia building": an area, no facility's name
    return " ".join(tokens)


# `Northern Virginia`, `West London`: a compass word before a known place names its area
_AREA_NAME_RE = re.compile(rf"(?i:{_COMPASS})\s+\S.*")


_NEAR_RE = re.compile(rf"{_RIVER},?\s+{_NEAR}")
# `, un parc de 120 MW en construction à Saint-Aubin`: an apposition placing it elsewhere
_PLACED_LATER_RE = re.compile(
    r"\s*,\s+(?:un|une|le|la|l['’])\s[^,;.]{0,60}?\s((?:à|au)\s+)[A-ZÀ-Þ]"
)
_WHERE_RE = re.compile(_WHERE)


# `Brisse-lez-Orval`, `Saint-Aubin`: a name shaped as a town's (a lower-case link inside)
_TOWN_SHAPE_RE = re.compile(r"^(?:Saint|Sainte|Le|La|Les)-|-(?:[a-zà-ÿ]+)-")


def _unknown_city(place: Place | None) -> bool:
    """Whether a place read after a facility noun is no town: none, or one neither the
    gazetteer nor the towns table knows, not shaped as a town's name (`Puech-Cabrié`,
    `Seyssel-Amont`; not `Brisse-lez-Orval`)."""
    if place is None:
        return True
    city = place.city
    return (
        city is not None
        and not _lookup(_CITIES, city)
        and city.casefold() not in _TOWNS
        and _TOWN_SHAPE_RE.search(city) is None
    )


def _town_after_noun(raw: str, after: str) -> Place | None:
    """`le site de Pontivy`, `son parc éolien de Frasnes-lez-Anvaing`, `son centre de
    Vénissieux.`: one name (hyphens join its words) after a facility noun and a bare `de`
    is its town, unless an apposition places the facility in another one."""
    raw = raw.strip()
    if raw.endswith(".") and raw[-2:-1].islower():
        raw = raw[:-1]  # the sentence's full stop
    if len(raw.split()) > 1 or _PLACED_LATER_RE.match(after):
        return None
    return unknown_town(raw, after)


# `la Caisse centrale des Cantons`: a noun right after a name's capitalised word is its
# adjective; `à une dizaine de kilomètres de la centrale du Bugey`: a landmark, no site
_NOT_FACILITY_BEFORE_RE = re.compile(
    r"(?<![.!?:;]\s)(?<!^)\b(?!(?:Le|La|Les|Son|Sa|Ses|Un|Une|Ce|Cette|Leur|Leurs|Notre|Nos|"
    r"Du|Des|De|Dans|Sur|Pour|Avec|Par|En|Au|Aux|À)\s)[A-ZÀ-Þ][\w'’-]*\s+$"
    rf"|(?:{_NEAR})\s*(?:la\s+|le\s+|l['’]|les\s+)?$"
)
_IN_AREA_RE = re.compile(r",\s*(?:dans\s+la|en)\s+région\b")  # `, dans la région de X`
# `, à Talarrubias`, `, sur la commune de Chalais`: the town a named plant is in
_PLACED_AT_RE = re.compile(rf",\s*(?:situé\w*\s+)?(?:(?:à|au)\s|{_COMMUNE})")
_CAPITAL_ARTICLE_RE = re.compile(r"(?:La|Le|Les)\s")  # `de La Serena`: part of the name


def _named_after(text: str) -> list[FacilityMention]:
    """`la centrale du Val-Rhône, à Saint-Vénérand`, `son campus de Lisses (Essonne)`: the
    name after the noun is a place (the facility's town), the facility's own name, or,
    after a bare `de` and before `à <place>`, its owner's (`le centre de données de
    Corvex à Eemshaven`)."""
    found: list[FacilityMention] = []
    for m in _NAMED_AFTER_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        raw = m.group("name")
        if _NOT_FACILITY_BEFORE_RE.search(text, 0, m.start()):
            continue  # `Caisse centrale des Cantons`, `à dix kilomètres de la centrale du X`
        if raw.endswith(".") and raw[-2:-1].islower():
            raw = raw[:-1]  # the sentence's full stop
        bare = m.group("article").strip() in ("de", "d'", "d’")
        near = bare and _NEAR_RE.match(text, m.end("name")) is not None
        loc_after_comma = m.group("loc") is not None and "," in text[m.end("name") : m.start("loc")]
        # `la centrale de La Serena, à Talarrubias`, `la centrale solaire d'Alcaria, dans la
        # région de l'Alentejo`: a plant's name, then the town or region it is in
        plant = (
            bare
            and (not near or _IN_AREA_RE.match(text, m.end("name")) is not None)
            and _KINDS[noun] in _OWN_NAMED_KINDS
            # `le parc éolien de Jerada, dans la région de l'Oriental`: a town's name
            and not (
                raw.partition(",")[0].strip().casefold() in _TOWNS
                and _IN_AREA_RE.match(text, m.end("name")) is not None
            )
            and loc_after_comma
            and (near or _PLACED_AT_RE.match(text, m.end("name")) is not None)
        )
        if not bare or plant:  # `des Hauts Vents, dans la Somme`: the name, then where it is
            raw, _, rest = raw.partition(",")
            raw, _, paren = raw.partition("(")
            around = resolve_place(re.sub(rf"^\s*{_IN_REGION}", "", rest or paren.rstrip(") ")))
        bare = bare and not plant
        # `du campus de Gland, dans le canton de Vaud`: an area after a comma places the
        # town named; `de Corvex à Eemshaven`: a town after the name is its owner's
        located = _locate(text, m)[0] if loc_after_comma else None
        # `de Ntoum, dans la province de l'Estuaire`: a place its area noun names
        area_after = (located is not None and located.city is None) or (
            loc_after_comma and _area_before(text, m.start("loc"))
        )
        owner = bare and m.group("loc") is not None and not near and not area_after
        own = resolve_place(raw) if bare and not owner else None  # `du Val-Rhône`: a name
        if bare and not owner and own is None:  # `son centre de Vénissieux`: a town
            own = _town_after_noun(raw, text[m.end("name") :])
        if bare and not owner and _KINDS[noun] in _OWN_NAMED_KINDS and _unknown_city(own):
            # `le parc de Puech-Cabrié, dans l'Aveyron`: a plant's name, then where it is
            own, bare = None, False
            raw, _, rest = raw.partition(",")
            raw, _, paren = raw.partition("(")
            around = resolve_place(re.sub(rf"^\s*{_IN_REGION}", "", rest or paren.rstrip(") ")))
        if noun in _PLURALS and own is None:
            continue  # `centres de données de Corvex`; `centres de données de Lyon` is placed
        name = None if owner or own is not None else _name_of(raw)
        if name is not None and _CAPITAL_ARTICLE_RE.match(raw) and not raw.startswith(name):
            name = f"{raw.split()[0]} {name}"
        facility = _facility(text, m, name, noun)
        if near and own is not None:  # `campus de Tertre, près de Saint-Ghislain`
            facility = replace(facility, city=own.city, region=own.region, country=own.country)
        if not bare and around is not None and facility.country is None:
            facility = replace(facility, region=around.region, country=around.country)
        if own is not None and own.city is not None and facility.city is None:
            facility = replace(facility, city=own.city, region=own.region, country=own.country)
        later = _PLACED_LATER_RE.match(text, m.end("name"))
        if later is not None and facility.name and not (facility.city or facility.country):
            # `de Champ-Rouge, un parc de 120 MW en construction à Saint-Aubin, dans l'Indre`
            where = _WHERE_RE.match(text, later.start(1) - 1)
            place, end = _locate(text, where) if where is not None else (None, -1)
            if place is not None:  # the apposition is the facility's own words
                facility = replace(
                    facility,
                    end=end,
                    text=text[facility.start : end],
                    city=place.city,
                    region=place.region,
                    country=place.country,
                )
        if facility.name or facility.city or facility.country:
            found.append(facility)
        if noun in _PLURALS and own is not None and facility.city is not None:
            found.extend(_more_towns(text, m.end(), facility))
    return found


# `et celui des Trois-Chênes`, `et à lancer celui de Petit-Couronne`: another facility of
# the noun told before, named after the pronoun
_PRONOUN_RE = re.compile(r"(?<![\w'’-])(?:celui|celle)\s+(?=d(?:e\s|u\s|es\s|['’]))")


def _pronoun_facilities(text: str, found: list[FacilityMention]) -> list[FacilityMention]:
    """`le parc de la Haute-Borne, à Moislains, et celui des Trois-Chênes, à Guise`: the
    pronoun stands for the noun of the facility told before it, and what follows names and
    places another one, read as that noun would be."""
    out: list[FacilityMention] = []
    for m in _PRONOUN_RE.finditer(text) if "cel" in text else ():
        before = [f for f in found if f.end <= m.start()]
        head = before[-1].text.lower() if before else ""
        noun = next((k for k in _NOUNS_LONGEST_FIRST if f"{head} ".startswith(k + " ")), None)
        if noun is None:
            continue
        shift = m.end() - len(noun) - 1
        for f in _named_after(f"{noun} {text[m.end() :]}"):
            if f.start == 0 and (f.name or f.city):
                end = f.end + shift
                out.append(replace(f, start=m.start(), end=end, text=text[m.start() : end]))
                break
    return out


# `ses centres de données de Wavre, en Wallonie, et d'Anderlecht`, `les centrales de
# Biskra, Laghouat et El Oued`: the other towns listed, the last after `et` (and `de`
# when it is the only other one)
_MORE_TOWN = r"[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-ZÀ-Þ][\w'’\-]+)?"
_MORE_TOWN_NAME_RE = re.compile(rf"(?:d(?:e\s+|['’]))?(?P<town>{_MORE_TOWN})")
_MORE_TOWN_RE = re.compile(
    r"(?:\s*,\s*(?:en|dans|au)\s+[^,]{1,40})?(?P<towns>"
    rf"(?:\s*,\s*(?:d(?:e\s+|['’]))?{_MORE_TOWN})+,?\s+et\s+(?:d(?:e\s+|['’]))?{_MORE_TOWN}"
    rf"|,?\s+et\s+d(?:e\s+|['’]){_MORE_TOWN})"
)


def _more_towns(text: str, end: int, first: FacilityMention) -> list[FacilityMention]:
    """The other towns a plural facility noun lists after its first (`de Wavre et
    d'Anderlecht`, `de Biskra, Laghouat et El Oued`), in the first one's country; none
    when one of them is no town."""
    m = _MORE_TOWN_RE.match(text, end)
    out: list[FacilityMention] = []
    for t in _MORE_TOWN_NAME_RE.finditer(text, m.start("towns"), m.end()) if m else ():
        town = unknown_town(t.group("town")) or resolve_place(t.group("town"))
        if town is None or town.city is None:
            return []
        out.append(
            FacilityMention(
                t.start("town"),
                t.end(),
                t.group("town"),
                None,
                first.kind,
                town.city,
                None,
                first.country,
            )
        )
    return out


def _listed_towns(text: str) -> list[FacilityMention]:
    """`campuses in Pecos and Big Lake, Texas`: one facility per town, in the region
    written after the last."""
    found: list[FacilityMention] = []
    for m in _TOWNS_RE.finditer(text):
        region = resolve_place(m.group("region").rstrip("."))
        if region is None or region.city is not None:
            continue
        kind = _KINDS[" ".join(m.group("noun").lower().split())]
        for town in re.finditer(_TOWN, m.group("towns")):
            place = resolve_place(f"{town.group()}, {m.group('region')}") or region
            start = m.start("towns") + town.start()
            found.append(
                FacilityMention(
                    start,
                    start + len(town.group()),
                    town.group(),
                    None,
                    kind,
                    place.city or town.group(),
                    region.region,
                    region.country,
                )
            )
    return found


# `deux centres de données, à Crissier et à Gland, dans le canton de Vaud`, `neuf centres
# de données à Strasbourg et dans le Grand Est`, `ses deux centres de données situés en
# Bretagne, à Cesson-Sévigné et à Brest`, `quatre centres de données à Casablanca`: counted
# facilities, their towns listed with `à`, and the area all are in
_COUNTED_TOWN = r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}"
# `(Ain)`: the area written in brackets after a listed town
_BRACKETED = r"(?:\s*\(\s*[A-ZÀ-Þ][\w'’-]*(?:[\s-]+[\w'’-]+){0,3}\s*\))?"
# a town of a list, not the area in brackets after one
_LISTED_TOWN_RE = re.compile(rf"(?<![(\w'’-])(?<!\(\s){_COUNTED_TOWN}")
_PLACED_WORD = r"(?:situé|implanté|installé|localisé|réparti|basé)e?s"
_COUNTED_TOWNS_RE = (
    re.compile(
        # `trois centres de données situés à`, `Les trois parcs, implantés à`; uncounted,
        # `opérateur de centres de données implantés à Vénissieux et à Meylan` (two towns
        # at least, told with the participle: checked in `_counted_towns`)
        rf"(?<![\w\-])(?P<count>(?i:{_phrase(_FAC['list_counts'])})\s+)?"
        rf"(?P<noun>{_phrase(_FAC['plural_nouns'])})"
        # `les centres de données de Nuagerie à Roubaix et à Gravelines`: their owner
        rf"(?P<owner>\s+(?:de\s+|d['’])[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){{0,2}}"
        rf"(?=\s+à\s)|{_COMPANY_OWNER}(?=\s+à\s))?"
        # `situés en Bretagne,`, `dans le canton de Vaud,`: the area they are all in first
        rf"(?:\s+(?:{_PLACED_WORD}\s+)?(?:en|dans\s+(?:le|la|les))\s+{_AREA}?"
        rf"(?P<within>{_PLACE})\s*,)?(?P<placed>,?\s+{_PLACED_WORD})?"
        # `à Nantes, Rennes et Angers`, `l'une à Terrebonne et l'autre à Laval`
        rf",?\s+(?:l['’]une?\s+)?(?:à|au)\s+"
        rf"(?P<towns>{_COUNTED_TOWN}{_BRACKETED}(?:\s*,\s*(?:à\s+|au\s+)?{_COUNTED_TOWN}{_BRACKETED})*)"
        rf"(?:(?:\s+et|\s*,)\s+(?:l['’]autre\s+)?(?:à|au)\s+(?P<last>{_COUNTED_TOWN}){_BRACKETED}"
        rf"|\s+et\s+(?P<bare>{_COUNTED_TOWN}){_BRACKETED}"
        rf"|\s+et\s+(?:(?:en|dans\s+(?:le|la|les))\s+|dans\s+l['’])(?P<area>{_PLACE}))?"
        rf"(?P<tail>{_FR_TAIL})?"
    )
    if _FAC.get("list_counts")
    else None
)


def _counted_towns(text: str) -> list[FacilityMention]:
    """One facility per town of a counted list (`cinq centres de données à Reims et à
    Metz, dans le Grand Est`) or of one its owner tells (`les centres de données de X à
    Roubaix et à Gravelines`), each in the area written after the list."""
    found: list[FacilityMention] = []
    for m in _COUNTED_TOWNS_RE.finditer(text) if _COUNTED_TOWNS_RE else []:
        last = m.group("last") or m.group("bare")
        if m.group("count") is None and not ((m.group("placed") or m.group("owner")) and last):
            continue  # `des centres de données à Paris`: a fleet, no listed sites
        written = m.group("area") or m.group("within")
        area = resolve_place(written.rstrip(".")) if written else None
        if written and (area is None or area.city is not None):
            continue
        kind = _KINDS[" ".join(m.group("noun").lower().split())]
        tail = m.group("tail") or ""
        towns = [
            (t.start() + m.start("towns"), t.group())
            for t in _LISTED_TOWN_RE.finditer(m.group("towns"))
        ]
        if last is None and len(towns) > 1 and re.search(r",\s*(?!à\s|au\s)", m.group("towns")):
            towns = towns[:1]  # `à Paris, Equinix ...`: a bare comma list ends with `et`
        if last is not None:
            towns.append((m.start("last") if m.group("last") else m.start("bare"), last))
        for start, town in towns:
            place = resolve_place(f"{town}{tail}")
            if place is None or place.city is None:
                place = unknown_town(town, tail)
            if place is None:
                continue
            if area is not None and place.country in (None, area.country):
                place = Place(place.name, place.city, area.region, area.country)
            found.append(_placed(start, start + len(town), town, None, kind, place))
    return found


# `sept centres de données : quatre en Île-de-France, à Pantin, Bobigny et Villepinte, et
# trois à Lyon et Marseille`, `sept éoliennes seront érigées en Wallonie, dont trois à
# Liernu et deux à Walcourt`: a counted fleet, then its towns counted by group
_SUBCOUNTED_RE = (
    re.compile(
        rf"(?<![\w\-])(?i:{_phrase(_FAC['list_counts'])})\s+(?P<noun>{_phrase(_FAC['plural_nouns'])})"
        # `trois centres de données, deux dans le canton de Genève, à X et à Y, et un à Z`
        rf"(?P<between>[^.;:]{{0,80}}?)(?:\s*:\s*|,\s+dont\s+|,\s+(?=(?i:{_phrase(_FAC['list_counts'])})\s))"
        r"(?P<groups>[^.;]+)"
    )
    if _FAC.get("list_counts")
    else None
)
_GROUP_RE = re.compile(
    rf"(?<![\w\-])(?i:{_phrase(_FAC['list_counts'])}|une?)\s+"
    rf"(?:{_IN_REGION}(?P<within>{_AREA})?(?P<region>{_PLACE})\s*,\s*)?"
    rf"(?:à|au)\s+(?P<towns>{_COUNTED_TOWN}(?:\s*,\s*(?:à\s+)?{_COUNTED_TOWN})*"
    rf"(?:\s+et\s+(?:à\s+)?{_COUNTED_TOWN})?)"
    if _FAC.get("list_counts")
    else r"(?!)"
)
_BETWEEN_REGION_RE = re.compile(rf"{_IN_REGION}(?P<region>{_PLACE})")


def _subcounted_towns(text: str) -> list[FacilityMention]:
    """One facility per town of a counted fleet's groups, each in the region its group or
    the fleet's clause names (`quatre en Île-de-France, à Pantin, Bobigny et Villepinte`)."""
    found: list[FacilityMention] = []
    for m in _SUBCOUNTED_RE.finditer(text) if _SUBCOUNTED_RE else []:
        kind = _KINDS[" ".join(m.group("noun").lower().split())]
        between = _BETWEEN_REGION_RE.search(m.group("between"))
        outer = resolve_place(between.group("region")) if between else None
        for g in _GROUP_RE.finditer(m.group("groups")):
            area = resolve_place(g.group("region")) if g.group("region") else outer
            if area is not None and g.group("within"):
                area = _as_area(area)  # `deux dans le canton de Genève`: the canton
            if area is not None and area.city is not None:
                area = None
            for t in re.finditer(_COUNTED_TOWN, g.group("towns")):
                town = resolve_place(t.group()) or unknown_town(t.group())
                if town is None or town.city is None:
                    continue
                if area is not None and town.country in (None, area.country):
                    town = Place(town.name, town.city, area.region, area.country)
                start = m.start("groups") + g.start("towns") + t.start()
                found.append(_placed(start, start + len(t.group()), t.group(), None, kind, town))
    return found


_COUNT = rf"(?:{_phrase(_FAC.get('list_counts', []))})"
_PLURAL = rf"(?i:{_phrase(_FAC['plural_nouns'])})"
# `two hyperscale data centers`, `its inference clusters`: describing words, no verb
# (`the company operates data centres`)
_FILLER = r"(?:(?![a-z]+(?:s|ed)\b)[A-Za-z][\w-]*\s+){0,2}?"
# `two data centers in London and Singapore`, `inference clusters in Quincy, Washington,
# and Reno, Nevada`, `three facilities in Clondalkin and Ballycoolin`: places listed after
# a counted or owned plural noun (`data centres in Riyadh and Dammam` alone is a fleet),
# each a town on its own or with its region
_PLACE_LIST_RE = re.compile(
    rf"(?<![\w\-])(?:(?P<count>{_COUNT})|(?i:its|their|the))\s+{_FILLER}(?P<noun>{_PLURAL})"
    rf"\s+(?:in|near)\s+(?P<items>{_PLACE}(?:\s*,\s*{_PLACE})*,?\s+and\s+{_PLACE}"
    rf"(?:\s*,\s*{_PLACE})?)"
)
# `two data centers, one in Reno, Nevada and one in Sparks, Nevada`, `two facilities in
# Ireland, LDC1 in Clondalkin and LDC2 in Blanchardstown`: each listed with its place
_EACH_HEAD_RE = re.compile(
    rf"(?:(?<![\w\-])(?P<count>{_COUNT})\s+{_FILLER}(?P<noun>{_PLURAL})"
    # `in Ireland`, `in the Phoenix area of Arizona`: where all of them are
    rf"(?:\s+in\s+(?:the\s+{_NAME}\s+(?:area|region)\s+of\s+)?(?P<area>{_PLACE}))?\s*[,:]"
    # `The fleet totals 1,150 MW: the Brazos Bend station near Richmond, Cedar Flats in ...`
    rf"|(?P<total>{_POWER})\s*:)\s+"
)
_EACH_RE = re.compile(
    rf"(?P<label>one|another|the\s+other|the\s+(?:first|second|third)"
    rf"|(?:the\s+)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}?)(?:\s+(?P<noun>{_NOUN}))?"
    rf"\s+(?:in|near|at|outside)\s+(?P<loc>{_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?"
)
# `..., Cedar Flats in Baytown and Harlan Creek in Pasadena, all in Texas`
_ALL_IN_RE = re.compile(rf",?\s+all\s+(?:of\s+them\s+)?in\s+(?P<area>{_PLACE})")
_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")
# `the Ben Tharsuinn, Carn Liath and Allt Dubh wind farms`: names listed before the plural
# of their noun
_NOUN_PLURALS = {f"{k}s": k for k in _KINDS if not k.endswith("s")}
_NAMES_LISTED_RE = re.compile(
    rf"(?<![\w\-])the\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})"
    rf"\s+(?:(?:{_ADJECTIVE})\s+)?(?P<noun>(?i:{_phrase(list(_NOUN_PLURALS))}))(?![\w\-])"
)


def _names_listed(text: str) -> list[FacilityMention]:
    """One facility per name listed before a plural facility noun (`the Ben Tharsuinn,
    Carn Liath and Allt Dubh wind farms`), each a name of its own (not a place), in the
    region or country written after the noun."""
    found: list[FacilityMention] = []
    for m in _NAMES_LISTED_RE.finditer(text):
        kind = _KINDS[_NOUN_PLURALS[" ".join(m.group("noun").lower().split())]]
        where = _WHERE_RE.match(text, m.end())  # `... solar projects in Arizona`: all there
        place = _locate(text, where)[0] if where is not None else None
        if place is not None and place.city is not None:
            place = None  # towns listed after names are each one's, not all of theirs
        at = m.start("names")
        listed: list[FacilityMention] = []
        for part in re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", m.group("names")):
            start = text.index(part, at)
            at = start + len(part)
            name = _name_of(part)
            if name is None or any(_hits(name)):
                listed = []
                break
            listed.append(
                FacilityMention(start, at, part, name, kind, None, None, None)
                if place is None
                else _placed(start, at, part, name, kind, place)
            )
        found.extend(listed)
    return found


def _town(name: str, region: str | None, counted: bool) -> Place | None:
    """A listed town with the region written after it, known or (in a counted list) not;
    a sentence's full stop after it is left out (`and LDC2 in Swords.`)."""
    if region is None and name.endswith(".") and resolve_place(name) is None:
        name = name[:-1]
    if region is not None:
        within = resolve_place(region)
        if within is None or within.city is not None:
            return None
        pair = resolve_place(f"{name}, {region}")
        return pair if pair is not None and pair.city is not None else None
    place = resolve_place(name)
    if place is not None:
        return place if place.city is not None else None
    return unknown_town(name) if counted else None


def _town_lists(text: str) -> list[FacilityMention]:
    """One facility per town of a list after a plural facility noun, each town read with
    the region written right after it (`in Quincy, Washington, and Reno, Nevada`), or
    named with its own town (`one in Reno, Nevada and one in Sparks, Nevada`, `LDC1 in
    Clondalkin and LDC2 in Blanchardstown`); a town the gazetteer lacks only when the
    facilities are counted."""
    found: list[FacilityMention] = []
    for m in _PLACE_LIST_RE.finditer(text):
        kind = _KINDS[" ".join(m.group("noun").lower().split())]
        spans: list[tuple[int, str]] = []
        at = m.start("items")
        for sep in [*_LIST_GAP_RE.finditer(text, at, m.end("items")), None]:
            until = sep.start() if sep is not None else m.end("items")
            spans.append((at, text[at:until]))
            at = sep.end() if sep is not None else at
        i = 0
        towns: list[tuple[int, int, Place]] = []
        while i < len(spans):
            start, name = spans[i]
            region = spans[i + 1][1] if i + 1 < len(spans) else None
            paired = _town(name, region, bool(m.group("count"))) if region else None
            place = paired or _town(name, None, bool(m.group("count")))
            if place is None:
                towns = []
                break
            end = spans[i + 1][0] + len(region or "") if paired else start + len(name)
            towns.append((start, end, place))
            i += 2 if paired else 1
        if len(towns) < 2:
            continue
        found.extend(_placed(start, end, text[start:end], None, kind, p) for start, end, p in towns)
    for m in _EACH_HEAD_RE.finditer(text):
        head_noun = " ".join((m.group("noun") or "facility").lower().split())
        area = resolve_place(m.group("area")) if m.group("area") else None
        listed: list[FacilityMention] = []
        at = m.end()
        while (item := _EACH_RE.match(text, at)) is not None:
            region = item.group("region")
            place = _town(item.group("loc"), region, True) if region else None
            end = item.end()
            if place is None:
                place = _town(item.group("loc"), None, True)
                end = item.end("loc")
            if place is not None and place.city and text[end - 1] == "." and place.city[-1] != ".":
                end -= 1
            if place is None:
                break
            if area is not None and place.country in (None, area.country):
                place = Place(place.name, place.city, place.region or area.region, area.country)
            label = re.sub(r"^the\s+(?=[A-Z])", "", item.group("label"))
            named = _name_of(label) if label[:1].isupper() and label.split()[0] != "The" else None
            kind = _KINDS[" ".join((item.group("noun") or head_noun).lower().split())]
            listed.append(_placed(item.start(), end, text[item.start() : end], named, kind, place))
            gap = _LIST_GAP_RE.match(text, end)
            if gap is None:
                break
            at = gap.end()
        within = _ALL_IN_RE.match(text, listed[-1].end) if listed else None
        common = resolve_place(within.group("area")) if within is not None else None
        if common is not None and common.city is None:
            listed = [
                replace(f, region=f.region or common.region, country=common.country)
                if f.country in (None, common.country)
                else f
                for f in listed
            ]
        if len(listed) >= 2:
            found.extend(listed)
    return found


# `Sanaga Datacenters, qui exploite à Douala un centre de données de 4 MW`, `exploite à
# Bordeaux et à Toulouse deux centres de données`, `exploite à Abidjan, dans la zone
# industrielle de Yopougon, un centre de données`, `exploite à Gand, en Flandre, un
# centre`, `possède à Lyon ses trois sites`: French puts the towns (and the district or
# region) between the verb and the facilities it has
_FIRST_TOWN = rf"(?:à|au)\s+{_COUNTED_TOWN}"
_PLACE_FIRST_RE = re.compile(
    rf"\b(?:{_phrase(_FAC['place_first_verbs'])})"
    rf"(?:\s+(?:{_phrase(_FAC.get('place_first_adverbs', []))}))?"
    rf"\s+(?P<towns>{_FIRST_TOWN}(?:\s*,\s*{_FIRST_TOWN})*(?:\s+et\s+{_FIRST_TOWN})?)"
    r"(?:\s*,\s*(?:dans|sur|près|en)\s[^,.;]{1,60},)?"
    rf"\s+(?:{_COUNT}|un|une|son|sa|ses|leur|leurs|le|la|les)\s+(?P<noun>{_NOUN})(?![\w\-])"
)


def _place_first(text: str) -> list[FacilityMention]:
    """One facility per town a French verb puts before it (`exploite à Douala un centre`,
    `exploite à Bordeaux et à Toulouse deux centres de données`)."""
    found: list[FacilityMention] = []
    for m in _PLACE_FIRST_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        if _MODIFIER_RE.match(text, m.end("noun")):
            continue
        towns = list(re.finditer(_COUNTED_TOWN, m.group("towns")))
        for t in towns:
            start, end = m.start("towns") + t.start(), m.start("towns") + t.end()
            place = resolve_place(t.group()) or unknown_town(t.group(), text[end:])
            end = m.end() if t is towns[-1] else end  # the last town's phrase holds the noun
            if place is not None and place.city is not None:
                found.append(_placed(start, end, text[start:end], None, _KINDS[noun], place))
    return found


# `Installé depuis 2012 dans le quartier de Saint-Roman, à Monaco, le centre de données
# compte 2,4 MW`, `Situé à Cap Janet, près de l'autoroute, cet ancien site`: a sentence
# opening on where its facility is, the facility its subject
_FRONTED_RE = re.compile(
    rf"^\W*(?i:{_phrase(_FAC.get('fronted_participles', []))})\b[^.;:«»]{{0,100}}"
    rf"\b(?:à|au)\s+(?P<loc>{_COUNTED_TOWN})(?P<tail>{_FR_TAIL})?\s*,\s*(?:[^,.;]{{1,80}},\s*)?"
    rf"(?:le|la|l['’]|les|ce|cet|cette|ces|son|sa|ses|notre|leur)\s*(?:{_ADJ_AFTER}\s+)?"
    rf"(?P<noun>{_NOUN})(?![\w\-])"
)


def _fronted(text: str) -> list[FacilityMention]:
    """The facility of a sentence that opens on where it is (`Installé à Monaco, le
    centre de données compte 2,4 MW`)."""
    m = _FRONTED_RE.match(text)
    if m is None or _MODIFIER_RE.match(text, m.end("noun")):
        return []
    town = m.group("loc")
    place = resolve_place(f"{town}{m.group('tail') or ''}") or resolve_place(town)
    place = place or unknown_town(town, m.group("tail") or "")
    if place is None or place.city is None:
        return []
    noun = " ".join(m.group("noun").lower().split())
    return [
        _placed(m.start("loc"), m.end(), text[m.start("loc") : m.end()], None, _KINDS[noun], place)
    ]


_DEMONYM_FACILITY_RE = re.compile(rf"(?<![\w\-])(?P<noun>{_NOUN})\s+(?P<town>{DEMONYM_RE.pattern})")


# `le bâtiment Horloz, un centre de données de 6 MW situé à Ans`: a name right after the
# noun, then an apposition that places it
_NAMED_THEN_APPOSED_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_NOUN})\s+(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){{0,2}})"
    r"(?=\s*,\s+(?:un|une)\s)"
)


def _apposition_placed(text: str) -> list[FacilityMention]:
    """A facility named right after its noun and placed by the apposition after it."""
    found: list[FacilityMention] = []
    for m in _NAMED_THEN_APPOSED_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        later = _PLACED_LATER_RE.match(text, m.end("name"))
        where = _WHERE_RE.match(text, later.start(1) - 1) if later is not None else None
        place = _locate(text, where)[0] if where is not None else None
        name = _name_of(m.group("name"))
        if place is not None and name is not None and noun not in _PLURALS:
            found.append(_placed(m.start(), m.end(), m.group(), name, _KINDS[noun], place))
    return found


def _demonym_facilities(text: str) -> list[FacilityMention]:
    """`son petit site toulonnais`, `le campus lyonnais`: a facility in the town its
    people's adjective names."""
    found: list[FacilityMention] = []
    for m in _DEMONYM_FACILITY_RE.finditer(text):
        town = resolve_place(m.group("town"))
        noun = " ".join(m.group("noun").lower().split())
        if town is not None and noun not in _PLURALS:
            found.append(
                FacilityMention(
                    m.start(), m.end(), m.group(), None, _KINDS[noun], town.city, None, town.country
                )
            )
    return found


# `data center sites in Oklahoma and Texas`, `edge data centers across Ohio and Indiana`,
# `clusters in Quincy, Washington, and Reno, Nevada`: places listed after a plural noun
_PLACES_LISTED_RE = re.compile(
    rf"(?<![\w\-])(?P<noun>{_phrase(_FAC['plural_nouns'])})\s+(?i:in|across|throughout)\s+"
    rf"(?P<places>[A-Z][^.;:()]*?)(?=\s*(?:$|[.;:()]|,?\s+(?:for|to|with|which|that|where|"
    rf"under|by|from|and\s+(?![A-Z])|is|are|was|were|will|would|has|have|[a-z]+(?:ed|ing)\b)))"
)
_LIST_SEPARATORS_RE = re.compile(r"(?:\s*,\s*|\s+|\s*,?\s+and\s+)")


def _listed_places(text: str) -> list[FacilityMention]:
    """`data center sites in Oklahoma and Texas`: one facility per state or province
    listed (two or more, joined by `and`, nothing else between them) after a plural
    facility noun; a single place after one (`data centers in Madrid`) is a market, and
    towns or countries listed are a fleet (`data centres in Riyadh and Dammam`)."""
    found: list[FacilityMention] = []
    for m in _PLACES_LISTED_RE.finditer(text):
        # read in the whole text, so the first keeps its cue (`in Virginia and Oregon`)
        places = [p for p in find_places(text) if m.start("places") <= p.start < m.end("places")]
        gaps = [text[a.end : b.start] for a, b in pairwise(places)]
        if (
            len(places) < 2
            or " and " not in f" {gaps[-1]} "
            or text[m.start("places") : places[0].start].strip()
            or text[places[-1].end : m.end("places")].strip(" ,")
            or not all(_LIST_SEPARATORS_RE.fullmatch(g) for g in gaps)
            or any(p.place.city is not None or p.place.region is None for p in places)
        ):
            continue
        kind = _KINDS[" ".join(m.group("noun").lower().split())]
        for p in places:
            start = p.start
            found.append(
                FacilityMention(
                    start,
                    start + len(p.text),
                    p.text,
                    None,
                    kind,
                    p.place.city,
                    p.place.region,
                    p.place.country,
                )
            )
    return found


def _own_noun(name: str) -> tuple[str, str | None]:
    """A name without the generic facility noun it ends with (`Brightwater Campus` ->
    `Brightwater`; `Duane Arnold Energy Center` keeps its noun), and that noun."""
    own = next((k for k in _NOUNS_LONGEST_FIRST if f" {name}".lower().endswith(f" {k}")), None)
    if own in _DROPPED_NOUNS:
        return name[: len(name) - len(own or "")].rstrip(), own
    return name, own


def facility_name(name: str) -> str:
    """A facility's proper name without the generic noun it is written with (`Ashgrove
    Energy Center` -> `Ashgrove`), as its site is named."""
    return _own_noun(name)[0]


def find_facilities(text: str) -> list[FacilityMention]:
    """Facilities in `text`, in order: named ones and "data center in <place>" ones (found
    once per text: the selection, the frames and the sites ask about the same sentence)."""
    return list(_facilities(text))


def _codes_at(text: str) -> list[FacilityMention]:
    """Facilities named by a code after the power taken in them (`14MW at LON-2`), from
    the code on (an apposition naming the code too, `at FRA-4, its second building in
    X`, is the longer mention)."""
    found: list[FacilityMention] = []
    for m in _CODE_AT_RE.finditer(text):
        facility = _facility(text, m, m.group("name"), "facility")
        start = m.start("name")
        found.append(replace(facility, start=start, text=text[start : facility.end]))
    return found


@lru_cache(maxsize=1024)
def _facilities(text: str) -> list[FacilityMention]:  # the cached list is never handed out
    if not any(ch.islower() for ch in text):
        return []  # a heading in capitals (`ACQUISITION OF KB1 BALLARAT DATA CENTRE`) names none
    found = _codes_at(text)
    if not might_have_facility(text):
        return found
    for m in _UNIT_RE.finditer(text):
        name = _name_of(m.group("name"))
        if name is not None:
            found.append(_facility(text, m, name, m.group("noun") or "reactor"))
    for m in _NAMED_RE.finditer(text):
        if " ".join(m.group("noun").lower().split()) in _PLURALS or _MODIFIER_RE.match(
            text, m.end("noun")
        ):
            continue
        noun = m.group("noun")
        if noun[0].isupper() and noun.lower() in _NOUN_FIRST:
            continue  # `Solvacor Afrique Centrale`: French names a plant after its noun
        if noun[0].isupper() and noun.lower() in _LOWER_CASE_NOUNS:
            continue  # `Kyung-il Battery`: a company's name
        if noun.lower() in _MEASURED_NOUNS:
            continue  # `the Campus land`: land or a plot is a site only measured
        if noun[0].isupper() and not m.group("adj"):  # "Crane Clean Energy Center": all one name
            name = _name_of(f"{m.group('name')} {noun}")
            full = f" {name}".lower() if name else ""
            noun = next((k for k in _NOUNS_LONGEST_FIRST if full.endswith(" " + k)), noun)
            if full.strip() == noun.lower():
                continue
            if name is not None and noun in _DROPPED_NOUNS:  # "Brightwater Campus"
                name = name[: len(name) - len(noun)].rstrip()
                if name.rsplit(" ", 1)[-1] in _TOWN_LINKS | {"of"}:
                    continue  # "Head of Data Centre Transactions": a title, no facility
        elif m.group("adj") and m.group("adj")[0].isupper():  # "Prairie Wind campus"
            name = _name_of(f"{m.group('name')} {m.group('adj')}")
        else:
            name = _name_of(m.group("name"))
            last = name.rsplit(" ", 1)[-1] if name is not None else ""
            if name is not None and " " in name and f"{last} {noun}".lower() in _DROPPED_KINDS:
                # "the Two Forks Wind project": the kind of plant, left off as its noun is
                name = name.rsplit(" ", 1)[0]
            adj_noun = f"{m.group('adj')} {noun}".lower() if m.group("adj") else ""
            noun = adj_noun if adj_noun in _KINDS else noun  # "solar complex": a plant
        if name is not None:
            found.append(_facility(text, m, name, noun))
    for m in _DESCRIBED_NAMED_RE.finditer(text):
        noun = " ".join(m.group("noun").split())
        if (
            not noun.islower()
            or f"{m.group('desc').split()[-1]} {noun}" in _KINDS  # `the Saudi data centre`
            or noun in _PLURALS
            or noun in _MEASURED_NOUNS
            or _MODIFIER_RE.match(text, m.end("noun"))
        ):
            continue
        if _NAME_TAIL_RE.search(text, 0, m.start()) or _DEBT_AFTER_RE.match(text, m.end("noun")):
            continue  # `a New York startup building`; `lets X raise project debt`
        name = _name_of(m.group("name"))
        if name is not None and resolve_place(m.group("name")) is None:  # `a Tokyo start-up`
            found.append(_facility(text, m, name, noun))
    for m in _APPOSED_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        name = _name_of(m.group("name"))
        short, own = _own_noun(name) if name is not None else (None, None)
        named = own is not None
        if short is not None and own is not None:
            # `the Tamarind Point Generating Station, a 1 GW plant near X`
            name, noun = short, own
            if _facility(text, m, name, noun).name is None:
                continue  # named after its town: as the name alone reads it
        if noun in _MEASURED_NOUNS:
            continue  # `Well, that is a plot twist`: a plot is a site only measured
        described = text[m.end("name") : m.start("noun")]
        if m.group("copula") and not (m.group("loc") or re.search(_POWER, described)):
            continue  # `X is our largest site`: only a power or a place makes it one
        if (
            name is not None
            # `the Kuura Campus, an AI campus`: named already, kept when the apposition
            # places it (`the Pelican Bend Energy Center, a 1.2-GW plant ... near X`)
            and (not named or m.group("loc"))
            and noun not in _PLURALS
            and not _MODIFIER_RE.match(text, m.end("noun"))
            and not _MODIFIER_LATER_RE.match(text, m.end("noun"))
        ):
            found.append(_facility(text, m, name, noun))
    for m in _FR_APPOSED_RE.finditer(text):
        name = _name_of(m.group("name"))
        noun = " ".join(m.group("noun").lower().split())
        if name is not None and noun not in _PLURALS:
            found.append(_facility(text, m, name, noun))
    for m in _CALLED_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        name = _name_of(m.group("name"))
        name = _own_noun(name)[0] if name is not None else None  # `the Dunmore Data Campus`
        if name and noun not in _PLURALS:
            facility = _facility(text, m, name, noun)
            end = max(facility.end, m.end("name"))
            found.append(replace(facility, end=end, text=text[facility.start : end]))
    found.extend(_named_after(text))
    found.extend(_pronoun_facilities(text, found))
    for m in _LISTED_RE.finditer(text):
        head = _LIST_HEAD_RE.search(text, 0, m.start())
        name = _name_of(m.group("name"))
        if head is not None and name is not None:
            plural = " ".join(head.group().rstrip(": ").lower().split())
            found.append(_facility(text, m, name, plural))
    found.extend(_coded(text, m) for m in _CODED_RE.finditer(text))
    found.extend(_coded(text, m) for m in _NUMBERED_RE.finditer(text))
    found.extend(_facility(text, m, m["name"], m["noun"]) for m in _OFFSHORE_RE.finditer(text))
    for m in _NAMED_BARE_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        if noun not in _PLURALS and (name := _name_of(m["name"] or m["quoted"])) is not None:
            found.append(_facility(text, m, name, noun))
    found.extend(_listed_towns(text))
    found.extend(_counted_towns(text))
    found.extend(_subcounted_towns(text))
    found.extend(_place_first(text))
    found.extend(_fronted(text))
    found.extend(_demonym_facilities(text))
    found.extend(_listed_places(text))
    found.extend(_town_lists(text))
    found.extend(_names_listed(text))
    found.extend(_apposition_placed(text))
    for m in _UNNAMED_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        if _MODIFIER_RE.match(text, m.end("noun")):
            continue
        if noun in _MEASURED_NOUNS and not _MEASURE_BEFORE_RE.search(text, 0, m.start()):
            continue
        where = _locate(text, m)[0]
        if where is None or (noun in _PLURALS and (where.city is None or where.region is None)):
            continue  # "data centers in Madrid" is generic; "in Sendai, Miyagi" is not
        if m.group("after") and where.country is None:
            continue  # `vendre sa centrale andalouse à Iberdrola`: `à` names the buyer
        found.append(_facility(text, m, None, noun))
    for m in _PAIR_NOUN_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        where = resolve_place(m.group("loc"))
        if where is None or where.city is None or noun in _PLURALS:
            continue
        found.append(_placed(m.start(), m.end(), m.group(), None, _KINDS[noun], where))
    found = sorted(
        (_defined_name(text, f) for f in found), key=lambda f: (f.start, -(f.end - f.start))
    )
    kept: list[FacilityMention] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept) or _loan_tranche(text, f):
            continue
        kept.append(f)
    return kept


def _coded(text: str, m: re.Match[str]) -> FacilityMention:
    """`le campus DR-3 de Saint-Ouen-l'Aumône, dans le Val-d'Oise`: a facility's code, then
    its town after a bare `de` when the name is a town's (known, or shaped as one; not an
    owner's, `le campus BC-2 de Boréal`), with the area written after it."""
    facility = _facility(text, m, m.group("name"), m.group("noun"))
    town = m.group("town")
    if town is None or facility.city is not None:
        return facility
    after = text[m.end("town") :]
    known = resolve_place(town)
    place = known or _town_after_noun(town, after)
    if place is None or place.city is None or _unknown_city(place):
        return facility
    context = _TOWN_CONTEXT_RE.match(after) if known is not None else None
    outer = resolve_place(context.group("place").rstrip(".")) if context else None
    if outer is not None and outer.city is None and outer.country in (None, place.country):
        place = replace(place, region=outer.region, country=outer.country)  # `, au Québec`
    end = max(facility.end, m.end("town"))
    return replace(
        facility,
        end=end,
        text=text[facility.start : end],
        city=place.city,
        region=place.region,
        country=place.country or facility.country,
    )


def _loan_tranche(text: str, facility: FacilityMention) -> bool:
    """`a senior secured term loan B facility`, `the Tranche A facility`: a loan's
    tranche named with a loan word (`loan_words`), or right after one, is no site."""
    if facility.kind != "facility" or facility.name is None:
        return False
    before = text[: facility.start].split()[-1:]
    words = [w.lower() for w in [*before, *facility.name.split()]]
    return not _LOAN_WORDS.isdisjoint(words)


# `Redhawk occupies a 420-acre parcel on the edge of Temple, Texas`, `LHR-7 will be X's
# third building in Slough`, `Goldsmith Yard, sits on roughly 900 acres near the town of
# Goldsmith`: a facility's name, then a verb placing it
_PLACED_BY_NAME_RE = re.compile(
    r",?\s+(?:sits|lies|occupies|stands|covers|spans|(?:is|was|will\s+be)\s+(?:located|"
    r"situated|sited|built|being\s+built|(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s|its|"
    r"their|our|the|a|an)\s))"
)
# where the place may start after such a verb, within its clause
_PLACE_CUE_RE = re.compile(r"(?=,?\s+(?:in|at|near|outside|on|off|just|about|some|roughly)\s)")
_CLAUSE_RE = re.compile(r"[^.;:()]{0,80}")  # the rest of the clause, up to 80 characters


def placed_by_name(text: str, name: str) -> Place | None:
    """The place a sentence gives a facility it names as the subject of a verb placing it
    (`Redhawk occupies a 420-acre parcel on the edge of Temple, Texas`)."""
    at = text.find(name)
    while at >= 0:
        verb = _PLACED_BY_NAME_RE.match(text, at + len(name))
        end = verb.end() if verb is not None else at
        clause = _CLAUSE_RE.match(text, end)
        for cue in _PLACE_CUE_RE.finditer(text, end, clause.end()) if verb and clause else ():
            where = _WHERE_RE.match(text, cue.start())
            place = _locate(text, where)[0] if where is not None else None
            if place is not None:
                return place
        at = text.find(name, at + 1)
    return None


# `a data center building in Hattersheim am Main, Hesse (the "FRA-2 Facility")`: the name
# a filing defines for the facility just described
_DEFINED_RE = re.compile(
    rf"(?:\s*,\s*{_PLACE})?\s*\(\s*(?:the\s+)?[\"“](?P<name>{_NAME})[\"”]\s*\)"
)


def _defined_name(text: str, facility: FacilityMention) -> FacilityMention:
    """An unnamed facility takes the name defined in brackets right after it, without
    its generic noun (`the "Sidney Facility"` after a site in Sidney names only the town)."""
    m = _DEFINED_RE.match(text, facility.end)
    if facility.name is not None or m is None:
        return facility
    raw = _name_of(m.group("name"))
    name, noun = _own_noun(raw) if raw is not None else (None, None)
    if (
        noun is None
        or not name
        or name == raw
        or name.casefold() == (facility.city or "").casefold()
    ):
        return replace(facility, end=m.end(), text=text[facility.start : m.end()])
    return replace(facility, name=name, end=m.end(), text=text[facility.start : m.end()])


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence; `cue` tells how: "based" (a home: "Austin, Texas-based",
    "based in"), "in" (after in/at/near/from), or None (named bare)."""

    start: int
    end: int
    text: str
    place: Place
    cue: str | None


# `Île-de-France`, `Bruyères-sur-Oise`, `Val-d'Oise`: lower-case links inside a name
_TOKEN_RE = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|[A-ZÀ-Þ][\w'’]*(?:-(?:[a-zà-ÿ]+(?:-|['’]))*[A-ZÀ-Þ][\w'’]*)*\.?"
)
_CONNECTORS = frozenset({"of", "de", "upon", "am", "nad", "la", "le", "del", "and"})
_DETERMINERS = frozenset({"The", "A", "An", "THE"})
_PREFIXES = frozenset({"St.", "Ste.", "Mt.", "Ft.", "Pt."})  # "St. Petersburg", "Ft. Worth"
_BASED_BEFORE_RE = re.compile(
    r"(?i:\b(?:based|headquartered|located|situated)\s+(?:in|near|at))\s+(?:the\s+)?$"
    r"|(?i:\b(?:basée?s?|situées?|implantée?s?|siège(?:\s+social)?(?:\s+est)?)\s+(?:à|au))\s+$"
)
_IN_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|at|near|from|of|outside|across|throughout)\s+(?:the\s+)?"
    r"|(?<!\w)(?:à|au|aux|en|près\s+de|dans(?:\s+le|\s+la|\s+les)?)\s+|\bdans\s+l['’])$"
)
_BASED_AFTER_RE = re.compile(r"-(?i:based|headquartered)\b")
_PAIR_GAP_RE = re.compile(rf"\s*(?:,|\()\s*(?:{_IN_REGION})?")
_DOTLESS_RE = re.compile(r"\s*,\s*([A-Z][a-z]{1,4})\b(?![.\w'’\-])")
# "PA", "ID", "AB": a state code alone is too often a suffix or a word; only "City, ST" counts
_POSTAL_RE = re.compile(r"[A-Z]{2,3}")
_SENTENCE_END_RE = re.compile(r"\s*(?:$|\s[A-Z\"“])")
_NOT_AFTER_RE = re.compile(r"\s+(?i:dlrs?|dollars?|stg|Treasury|Treasuries)\b")
_HEAD_RE = re.compile(
    # `Coeur d'Alene, Idaho`, `Prairie du Chien, Wisconsin`: a particle inside a town
    rf"((?:[A-Z][\w'’\-]*\s+(?:(?:de|du|la|am|nad|upon)\s+)?){{0,2}}(?:d['’])?[A-ZÀ-Þ][\w'’\-]*)"
    rf"\s*(?:,\s*(?:{_IN_REGION}{_AREA}?)?|\(\s*)$"  # `Nyon (Vaud)`, `Nyon, dans le canton de Vaud`
)


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised tokens ("Pompano Beach", "Three Mile Island")."""
    runs: list[list[re.Match[str]]] = []
    for m in _TOKEN_RE.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’"):
            continue
        if m.group() in _DETERMINERS:  # "The U.S." starts a sentence: the place is "U.S."
            runs.append([])
            continue
        if runs and runs[-1]:
            gap = text[runs[-1][-1].end() : m.start()]
            words = gap.split()
            joined = not gap.strip() or (
                len(words) == 1 and words[0] in _CONNECTORS and gap[0] == " "
            )
            last = runs[-1][-1].group()
            full_stop = last.endswith(".") and last[-2:-1].islower() and last not in _PREFIXES
            if joined and not full_stop:
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _segments(text: str) -> list[list[re.Match[str]]]:
    """The runs, without organisations' names: "Coastal Bancorp of Portland" keeps "Portland";
    "Texas Instruments" and "Bank of America" keep nothing; "Isle of Man" stays whole."""
    out: list[list[re.Match[str]]] = []
    for run in _runs(text):
        words = [t.group().rstrip(".").casefold() for t in run]
        if _ORG_WORDS.isdisjoint(words) and _INSTITUTION_WORDS.isdisjoint(words):
            out.append(run)
            continue
        segment: list[re.Match[str]] = []
        segments = [segment]
        for prev, tok in zip([None, *run], run, strict=False):
            if prev is not None and " of " in f" {text[prev.end() : tok.start()]} ":
                segment = []
                segments.append(segment)
            segment.append(tok)
        owner_is_institution = False
        for seg in segments:
            seg_words = [t.group().rstrip(".").casefold() for t in seg]
            if not owner_is_institution and _ORG_WORDS.isdisjoint(seg_words):
                out.append(seg)
            owner_is_institution = seg_words[-1] in _INSTITUTION_WORDS
    return out


def _spans(text: str) -> list[tuple[int, int, Place]]:
    """Longest gazetteer names inside the runs, left to right; none inside an organisation's
    name ("Texas Instruments", "Bank of America")."""
    out: list[tuple[int, int, Place]] = []
    for run in _segments(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + 4), i, -1):
                start, end = run[i].start(), run[j - 1].end()
                found = _single(text[start:end])
                if text[end - 1] == "." and _single(text[start : end - 1]) is not None:
                    end -= 1  # a full stop, not an abbreviation's ("Fla." keeps it)
                    found = _single(text[start:end])
                if found is not None:
                    out.append((start, end, found))
                    i = j
                    break
            else:
                i += 1
    return out


def _cue(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - 40) : start]
    if _BASED_AFTER_RE.match(text, end) or _BASED_BEFORE_RE.search(before):
        return "based"
    return "in" if _IN_BEFORE_RE.search(before) else None


def _mention(text: str, start: int, end: int, place: Place) -> PlaceMention:
    """A mention; a sentence's full stop after "Ariz." stays out of the text."""
    if text[end - 1] == "." and text[end - 2].islower() and _SENTENCE_END_RE.match(text, end):
        end -= 1
    return PlaceMention(start, end, text[start:end], place, _cue(text, start, end))


def _pair(
    text: str, i: int, spans: list[tuple[int, int, Place]]
) -> tuple[PlaceMention, int] | None:
    """ "City, Region" / "City (Region)" / "City, Ga" starting at span i, and spans used."""
    start, end, place = spans[i]
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt and nxt[2].city is None and _PAIR_GAP_RE.fullmatch(text, end, nxt[0]):
        pair = resolve_place(text[start : nxt[1]])
        if pair is not None and pair.city is not None:
            close = (
                nxt[1] + 1 if text.startswith(")", nxt[1]) and "(" in text[end : nxt[0]] else nxt[1]
            )
            return _mention(text, start, close, pair), 2
    dotless = _DOTLESS_RE.match(text, end) if place.city is not None else None
    if dotless and _single(f"{dotless.group(1)}.") is None:
        dotless = None  # `HELSINKI, Oct 27`: a month, no region's abbreviation
    if dotless:  # "Atlanta, Ga": an AP abbreviation written without its full stop
        pair = resolve_place(f"{text[start:end]}, {dotless.group(1)}.")
        if pair is not None and pair.region is not None:
            return _mention(text, start, dotless.end(1), pair), 1
    head = _unknown_head(text, start) if place.city is None else None
    if head is not None and place.region is None and not _cue(text, head, head):
        head = None  # before a country only with a cue: "based in Eschborn, West Germany"
    if head is not None:
        town = re.sub(r"\s*[,(].*$", "", text[head:start])
        close = end + 1 if text.startswith(")", end) and "(" in text[head:start] else end
        return _mention(text, head, close, Place(town, town, place.region, place.country)), 1
    return None


def find_places(text: str) -> list[PlaceMention]:
    """Places named in `text`, in order, "City, Region" pairs as one mention (found once
    per text: the stages ask about the same sentence or article).

    Names that are also common words or first names ("Reading", "Jordan") need a cue: a
    preceding in/at/near, "-based", or a "City, Region" pair."""
    return list(_places_in(text))


@lru_cache(maxsize=1024)
def _places_in(text: str) -> list[PlaceMention]:  # the cached list is never handed out
    spans = _spans(text)
    out: list[PlaceMention] = []
    i = 0
    while i < len(spans):
        paired = _pair(text, i, spans)
        if paired is not None:
            out.append(paired[0])
            i += paired[1]
            continue
        start, end, place = spans[i]
        if _ORG_NAME_BEFORE_RE.search(text, 0, start):
            i += 1
            continue
        mention = _mention(text, start, end, place)
        postal = _POSTAL_RE.fullmatch(mention.text) and place.city is None and place.region
        needs_cue = mention.text.casefold() in _AMBIGUOUS
        if (
            not postal
            and not (needs_cue and mention.cue is None)
            and not _NOT_AFTER_RE.match(text, end)
        ):
            out.append(mention)
        i += 1
    return out


def _unknown_head(text: str, start: int) -> int | None:
    """Start of an unknown town written before ", <Region>" ("Woodward, Oklahoma")."""
    m = _HEAD_RE.search(text[max(0, start - 60) : start])
    if m is None:
        return None
    words = m.group(1).split()
    while words and ("'" in words[0] or "’" in words[0]):  # "Newman's Kendallville"
        words.pop(0)
    town = " ".join(words)
    if (
        not words
        or _single(town)
        or any(  # `Hattersheim am Main`: the word after a link is the town's
            w.lower() in _STOP_TOKENS | _COMPANY_TOKENS
            for before, w in zip(["", *words], words, strict=False)
            if w not in _TOWN_LINKS and before not in _TOWN_LINKS
        )
    ):
        return None
    return max(0, start - 60) + m.end(1) - len(town)
