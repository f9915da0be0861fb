"""Places and facilities: gazetteer look-up and named sites in a sentence.

The gazetteer is data (`patterns/places.json`: ISO 3166 countries, states and provinces
with their postal and AP abbreviations, major cities); facility nouns are data too
(`patterns/places_facilities.json`). Regexes and look-up tables are built once at import.

Decisions:
- Ambiguous names resolve to one reading: country, then state/province, then city; a city
  that shares its name with its own region ("New York", "Tokyo") resolves as the city.
  "City, Region" and "City (Region)" resolve together ("Portland, Maine").
- Abbreviations ("TN", "U.K.", "Tenn.") match with their case; full names ignore case.
- A facility with no proper name ("a data center in Memphis") has `name` None.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_PATTERNS = Path(__file__).resolve().parent / "patterns"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_PATTERNS / name).read_text(encoding="utf-8"))
    return data


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


def _is_abbreviation(alias: str) -> bool:
    return (alias.isupper() and len(alias) <= 4) or "." in alias


def _key(alias: str) -> str:
    alias = " ".join(alias.split())
    return alias if _is_abbreviation(alias) else alias.casefold()


def _lookup(table: dict[str, Any], name: str) -> Any:
    """Exact key first (abbreviations keep their case), then the case-folded name."""
    found = table.get(_key(name))
    return found if found is not None else table.get(name.casefold())


_GAZ = _load("places.json")
_COUNTRIES: dict[str, Place] = {}
_REGIONS: dict[str, list[Place]] = {}
_CITIES: dict[str, list[Place]] = {}

for _code, _names in _GAZ["countries"].items():
    for _alias in _names:
        _COUNTRIES.setdefault(_key(_alias), Place(_names[0], None, None, _code))
for _r in _GAZ["regions"]:
    _place = Place(_r["name"], None, _r["name"], _r["country"])
    for _alias in [_r["name"], *_r["aliases"]]:
        _REGIONS.setdefault(_key(_alias), []).append(_place)
for _name, _region, _country in _GAZ["cities"]:
    _CITIES.setdefault(_key(_name), []).append(Place(_name, _name, _region, _country))
for _alias, _target in _GAZ["city_aliases"].items():
    _CITIES.setdefault(_key(_alias), []).extend(_CITIES[_key(_target)])

_FAC = _load("places_facilities.json")
_KINDS: dict[str, str] = {k.lower(): v for k, v in _FAC["nouns"].items()}
_PLURALS = frozenset(_FAC["plural_nouns"])
_COMPANY_TOKENS = frozenset(_FAC["company_tokens"])
_STOP_TOKENS = frozenset(w.lower() for w in _FAC["name_stop_tokens"])
_TRAILING_STOP = _STOP_TOKENS | frozenset(w.lower() for w in _FAC["adjectives"])
_PREFER_REGION = frozenset(n.casefold() for n in _GAZ["prefer_region_over_country"])


def _phrase(words: list[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
    )


_NOUN = rf"(?i:{_phrase(list(_KINDS))})"
_NAME_TOKEN = r"(?:[A-Z][\w\-]*(?:['’][A-Z]\w*)?|\d+[A-Za-z]?|[IVX]+)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:of\s+|de\s+|del\s+)?{_NAME_TOKEN}){{0,5}}"
_PLACE = r"(?:the\s+)?(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\.?)"
_WHERE = (
    rf",?\s+(?:(?:which\s+is\s+|that\s+is\s+)?(?:located|based|situated|sited|being\s+built|"
    rf"under\s+construction|planned|built)\s+)?(?i:in|at|near|outside(?:\s+of)?)\s+"
    rf"(?P<loc>{_PLACE}(?:\s*,\s*{_PLACE}|\s*\(\s*{_PLACE}\s*\))?)"
)
_LOCATION = rf"(?:{_WHERE})?"
_NAMED_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME})(?:\s+(?P<adj>{_phrase(_FAC['adjectives'])}))?"
    rf"\s+(?P<noun>{_NOUN})(?:\s+(?:{_NOUN}))?(?![\w\-]){_LOCATION}"
)
_UNIT_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME}\s+(?i:unit|units|reactor)\s+\d+(?:\s+and\s+\d+)?)(?![\w\-])"
    rf"(?:\s+(?P<noun>{_NOUN}))?{_LOCATION}"
)
_UNNAMED_RE = re.compile(rf"(?<![\w\-])(?P<noun>{_NOUN})(?![\w\-]){_WHERE}")
_PREFILTER_RE = re.compile(rf"{_NOUN}|(?i:\bunit\s+\d|\breactor\s+\d)")


def might_have_facility(text: str) -> bool:
    """Cheap pre-filter: False means `find_facilities(text)` is certainly empty."""
    return _PREFILTER_RE.search(text) is not None


def _clean(name: str) -> str:
    return " ".join(name.strip(" \t\n,;:()").split())


def _hits(name: str) -> tuple[Place | None, list[Place], list[Place]]:
    country: Place | None = _lookup(_COUNTRIES, name)
    return country, _lookup(_REGIONS, name) or [], _lookup(_CITIES, name) or []


def _single(name: str, *, prefer_region: bool = False) -> Place | None:
    if name.lower().startswith("the ") and _lookup(_COUNTRIES, name) is None:
        name = name[4:]
    country, regions, cities = _hits(name)
    if country is None and not regions and not cities and name.endswith("."):
        name = name[:-1]
        country, regions, cities = _hits(name)
    if country is not None and not (regions and name.casefold() in _PREFER_REGION):
        return country
    if regions and cities and not prefer_region:
        same = [c for c in cities if c.region == regions[0].region]
        if same:
            return same[0]
    if regions:
        return regions[0]
    return cities[0] if cities else None


def resolve_place(name: str) -> Place | None:
    """Resolve a place name ("Memphis", "TN", "U.K.", "Portland, Maine") or None if unknown."""
    text = _clean(name)
    if not text:
        return None
    parts = [p for p in re.split(r"\s*[,(]\s*", text.rstrip(")")) if p]
    whole = _single(text)
    if whole is not None or len(parts) < 2:
        return whole
    head, tail = parts[0], parts[-1]
    outer = _single(tail, prefer_region=True)
    if outer is None:
        return _single(head)
    candidates: list[Place] = _lookup(_CITIES, head) or []
    for city in candidates:
        if (outer.region and city.region == outer.region) or (
            outer.region is None and city.country == outer.country
        ):
            return city
    if outer.city is None and head[:1].isupper():
        return Place(head, head, outer.region, outer.country)
    return outer


def _locate(text: str, m: re.Match[str]) -> tuple[Place | None, int]:
    """The place after "in"/"at" and where it ends; trailing words that spoil it are dropped."""
    loc = m.group("loc")
    if not loc:
        return None, -1
    words = list(re.finditer(r"\S+", loc))
    for n in range(len(words), 0, -1):
        candidate = loc[: words[n - 1].end()]
        place = resolve_place(candidate)
        if place is not None:
            if candidate.endswith(".") and resolve_place(candidate[:-1]) == place:
                candidate = candidate[:-1]
            return place, m.start("loc") + len(candidate)
    return None, -1


def _facility(text: str, m: re.Match[str], name: str | None, noun: str) -> FacilityMention:
    place, end = _locate(text, m)
    if place is None:
        end = m.end("noun") if m.group("noun") else m.end("name")
        own = resolve_place(name) if name is not None else None
        place = own if own is not None and own.country is not None else None
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


def _name_of(raw: str) -> str | None:
    tokens = raw.split()
    while tokens and tokens[0].lower() in _STOP_TOKENS:
        tokens.pop(0)
    while tokens and tokens[-1].lower() in _TRAILING_STOP:
        tokens.pop()
    if not tokens or any(t.lower().strip(",") in _COMPANY_TOKENS for t in tokens):
        return None
    return " ".join(tokens)


def find_facilities(text: str) -> list[FacilityMention]:
    """Facilities in `text`, in order: named ones and "data center in <place>" ones."""
    if not might_have_facility(text):
        return []
    found: list[FacilityMention] = []
    for m in _UNIT_RE.finditer(text):
        name = _name_of(m.group("name"))
        if name is not None:
            found.append(_facility(text, m, name, m.group("noun") or "unit"))
    for m in _NAMED_RE.finditer(text):
        if " ".join(m.group("noun").lower().split()) in _PLURALS:
            continue
        name = _name_of(m.group("name"))
        if name is not None:
            found.append(_facility(text, m, name, m.group("noun")))
    for m in _UNNAMED_RE.finditer(text):
        noun = " ".join(m.group("noun").lower().split())
        if noun in _PLURALS or _locate(text, m)[0] is None:
            continue
        found.append(_facility(text, m, None, noun))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[FacilityMention] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    return kept
