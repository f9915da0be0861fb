"""A deal's capacities and sites from the sentences it owns: quantities not rejected by
their context, facilities with the place and power written with them. Pure functions
over sentence strings and their parses; each fact comes with its sentence's index."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from pipeline.models import Quantity, Site
from pipeline.nlp.doctext import doc_memo, doc_text
from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.places import (
    FacilityMention,
    Place,
    city_in_region,
    find_facilities,
    find_places,
    generic_kind,
    in_region,
    named_after_town,
    placed_by_name,
    region_unknown,
    resolve_place,
    unknown_town,
)
from pipeline.nlp.quantities import QuantityMention, breakdown_parts, find_quantities
from pipeline.nlp.rules import load_rules


def _quantity(q: QuantityMention) -> Quantity:
    return Quantity(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text)


def _written(doc: Doc, text: str, language: str) -> list[QuantityMention]:
    """The quantities of `text`, the sentence `doc` parses, found once per parsed sentence."""
    return doc_memo(doc, ("quantities", text, language), lambda: find_quantities(text, language))


def sentence_facilities(doc: Doc, text: str) -> list[FacilityMention]:
    """`find_facilities(text)` of `text`, the sentence `doc` parses, found once per
    parsed sentence."""
    return doc_memo(doc, ("facilities", text), lambda: find_facilities(text))


def _kept(
    doc: Doc, text: str, owned: bool, language: str, tranche: bool = False
) -> list[QuantityMention]:
    """The quantities of a sentence (`text`, the sentence `doc` parses) its context keeps,
    in the units a deal takes (none when a market source tells them: `according to broker
    estimates`; not the parts a total is broken down into; with `tranche`, a first tranche
    too); read once per parsed sentence."""

    def kept() -> list[QuantityMention]:
        rules = load_rules("quantity_context.json", language)
        found = _written(doc, text, language)
        if not found or re.search(rules.get("market_source", "(?!)"), text, re.IGNORECASE):
            return []
        parts = breakdown_parts(found)
        return [
            q
            for i, q in enumerate(found)
            if q.unit not in rules["not_deal_units"]
            and i not in parts
            and not quantity_rejected(text, q.start, q.end, owned, language, tranche)
        ]

    return doc_memo(doc, ("kept quantities", text, owned, language, tranche), kept)


def _other_project(text: str, start: int, language: str) -> bool:
    """`X is also developing a 1.2 GW solar project in Utah`: another project of a party."""
    before = text[max(0, start - 80) : start]
    patterns = load_rules("quantity_context.json", language)["other_project_before"]
    return any(re.search(p, before, re.IGNORECASE) for p in patterns)


def _shortened(one: str, other: str) -> bool:
    """Whether one name is the other's first words (`Red Bluff`, `Red Bluff Energy
    Center`: a headline's short form)."""
    return one.startswith(other + " ") or other.startswith(one + " ")


def _same_site(sites: dict[str, Site], facility: FacilityMention) -> str:
    """The key of the site a facility mention names again: the same name or its first
    words, the town of a site placed there (`its facility in Sidney, Nebraska (the "Sidney
    Facility")`, `our Saint-Armand site`), or the same town for a mention without a name
    (`the 150 MW Quincy facility`, `the Quincy site`); a new key otherwise."""
    if facility.name:
        key = facility.name.casefold()
        if key in sites:
            return key
        for known, site in sites.items():
            if site.city and site.city.casefold() == key:
                return known
            if site.name and _shortened(site.name.casefold(), key):
                return known
    if facility.city:
        for known, site in sites.items():
            if site.city == facility.city and (site.name is None or facility.name is None):
                return known
    return (facility.name or facility.text).casefold()


_DATELINE_RE = re.compile(r"^([A-Z][A-Z.'’ -]+?)(?:,[^-–—]{0,30})?\s+[-–—]+\s")


# `the`, `The four-storey`: the definite article, with up to two describing words
_DEFINITE_RE = re.compile(r"(?:^|\s)(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _names_the_unnamed(
    sites: dict[str, Site], facility: FacilityMention, text: str, language: str
) -> bool:
    """Whether an unplaced facility named with `the` (`The Balgonie Moss project`, `The
    facility, known as IZ3`; a definite determiner of its language, `Ce bâtiment, baptisé
    LSS-1`) names the deal's one site told before without a name, of the same kind or
    named with a generic noun."""
    if len(sites) != 1 or facility.name is None:
        return False
    (site,) = sites.values()
    return (
        site.name is None
        and (
            site.kind == facility.kind
            # a generic noun written before the name it is given (`The facility, known as
            # IZ3`), not a name before the noun (`the 48 MW Senai facility`: another one)
            or (generic_kind(facility.kind) and facility.text[:1].islower())
        )
        and not (facility.city or facility.region or facility.country)
        and (
            facility.text[:4].casefold() == "the "
            or _DEFINITE_RE.search(text, 0, facility.start) is not None
            or _definite(text, facility, language)
        )
    )


# `The London-based developer`: where a company sits, not a place of the sentence's site
_HOME_RE = re.compile(r"-(?i:based|headquartered)\b")


def _company_home(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place at `start:end` is where a company sits or works: `the
    London-based developer`, written between an article and a company noun (`A Columbus
    developer`; `company_home` of `places_context.json`), or in a relative clause telling a
    company's own operations (`X, which runs data centers in Dallas and San Antonio`;
    `company_operations`)."""
    if _HOME_RE.match(text, end):
        return True
    rules = load_rules("places_context.json", language)
    home: dict[str, str] = rules.get("company_home", {})
    operations = rules.get("company_operations")
    return (
        bool(home)
        and re.search(home["lead"], text[:start]) is not None
        and re.match(home["noun"], text[end:]) is not None
    ) or (operations is not None and re.search(operations, text[:start]) is not None)


def _sentence_place(doc: Doc) -> Place | None:
    """The first place the sentence names, read together with the place written right
    after it (`Aberdeenshire, Scotland`, `Leeds, West Yorkshire`); a company's home
    (`the London-based developer`, `A Columbus developer`) is none."""
    text = doc_text(doc)
    ents = [
        e
        for e in doc.ents
        if e.label_ in ("GPE", "LOC")
        and not _company_home(text, e.start_char, e.end_char, doc.lang_)
    ]
    for i, ent in enumerate(ents):
        after = ents[i + 1] if i + 1 < len(ents) else None
        pair = None
        if after is not None and text[ent.end_char : after.start_char].strip() == ",":
            pair = resolve_place(text[ent.start_char : after.end_char])
        place = pair or resolve_place(ent.text)
        if place is not None:
            return place
    return None


def dateline_place(text: str) -> Place | None:
    """The place of a dateline opening `text` (`JOHOR - ...`, `KUALA LUMPUR, July 23 -`)."""
    dateline = _DATELINE_RE.match(text)
    return resolve_place(dateline.group(1).title()) if dateline else None


# the paragraphs a dateline may open, under a headline and a byline
_DATELINE_PARAGRAPHS = 4


@lru_cache(maxsize=16)
def local_dateline(text: str) -> Place | None:
    """The town of a local paper's dateline (`ORANGE CITY - Sioux County supervisors
    ...`, `ELLERY, Kan. -- The county board ...`): undated, opening one of the first
    paragraphs, naming a town the gazetteer lacks but its towns table or the state written
    after it places (a wire's `TOKYO, March 26 -` and a company's `X, INC. -` are none)."""
    for paragraph in text.split("\n\n")[:_DATELINE_PARAGRAPHS]:
        dateline = _DATELINE_RE.match(paragraph.strip())
        if dateline is None:
            continue
        head = dateline.group()
        town = dateline.group(1).strip().title()
        if re.search(r"[\d(]", head) or resolve_place(town) is not None:
            return None
        stated = head[dateline.end(1) :].rstrip(" -–—")
        place = resolve_place(town + stated) if stated.startswith(",") else None
        found = place or unknown_town(town, stated)
        if found is None or not found.city or not found.country:
            return None
        if found.region is None:
            # `PERRYSBURG -` in a story naming Ohio: the region the article names that
            # holds the town, or the only one it names in the country
            named = {r for _, r, c in article_regions(text) if c == found.country}
            holding = [r for r in named if city_in_region(found.city, found.country, r)]
            region = holding[0] if holding else named.pop() if len(named) == 1 else None
            found = replace(found, region=region)
        return found
    return None


def in_dateline_town(sites: list[Site], town: Place) -> list[Site]:
    """A local story's deal whose sites are placed in no town (`to lease 310 acres of
    county farmland to X for a data center campus` under `ELLERY, Kan. --`) is in the
    dateline's town: each site whose region and country agree takes it, a deal without a
    site gets one there."""
    if any(s.city for s in sites):
        return sites
    if not sites:
        return [
            Site(
                kind="location",
                city=town.city,
                region=town.region,
                country=town.country,
                text=town.name,
            )
        ]
    return [
        s.model_copy(
            update={
                "city": town.city,
                "region": s.region or town.region,
                "country": s.country or town.country,
            }
        )
        if _agrees(s, town.region, town.country)
        else s
        for s in sites
    ]


def _measures(text: str, q: QuantityMention, facility: FacilityMention) -> bool:
    """Whether a power figure is the facility's own (`a 150 MW campus at Keflavik`,
    `Skarvheia, a 148 MW wind farm`): written in its phrase or right before its noun."""
    gap = text[q.end : facility.start]
    return facility.start <= q.start < facility.end or (
        q.end <= facility.start and len(gap.split()) <= 2 and not re.search(r"[,;:()]", gap)
    )


def deal_quantities(
    texts: Sequence[str],
    docs: Sequence[Doc],
    indices: Sequence[int],
    owned: Container[int] = (),
    keep: Callable[[int, int], bool] | None = None,
    language: str = DEFAULT_LANGUAGE,
    tranches: bool = False,
    funded: str | None = None,
) -> list[tuple[Quantity, int]]:
    """The deal's capacities and counts, once each, with the sentence each came from
    (`docs`: the parses of the `texts`; `owned`: the sentences about a company the deal
    buys or invests in, whose fleet is the deal's; `keep`: whether the quantity at
    (sentence, character) is in the deal's clause; `tranches`: a contract, whose first
    tranche is its capacity when no other figure in that unit is; `funded`: for a loan
    or a stake, a regex the words before a first tranche must end with, the money
    funding it: `to fund the first 20 MW phase`). A figure its context
    rejects in one sentence of the article is not the deal's in another (`plans data
    centres with as much as 1.9 GW by 2030`, then `who will pay for 1.9 GW`)."""
    seen: set[tuple[float, str]] = set()
    out: list[tuple[Quantity, int]] = []
    for index in range(len(texts)):
        kept = _kept(docs[index], texts[index], index in owned, language)
        seen.update(
            (q.value, q.unit)
            for q in _written(docs[index], texts[index], language)
            if q not in kept
        )
    for index in indices:
        for q in _kept(docs[index], texts[index], index in owned, language):
            if keep is not None and not keep(index, q.start):
                continue
            if (q.value, q.unit) not in seen:
                seen.add((q.value, q.unit))
                out.append((_quantity(q), index))
    # `has signed a lease for the first 120 megawatts`: a first tranche is the deal's
    # capacity when no other figure in its unit is
    units = {q.unit for q, _ in out}
    for index in indices if tranches or funded else ():
        kept = _kept(docs[index], texts[index], index in owned, language)
        for q in _kept(docs[index], texts[index], index in owned, language, tranche=True):
            if q in kept or q.unit in units or (keep is not None and not keep(index, q.start)):
                continue
            if not tranches and not re.search(funded or "", texts[index][: q.start], re.I):
                continue
            units.add(q.unit)
            out.append((_quantity(q), index))
    return out


def deal_sites(
    docs: Sequence[Doc],
    indices: Sequence[int],
    quantities: Sequence[Quantity],
    owned: Container[int] = (),
    keep: Callable[[int, int], bool] | None = None,
    dateline: Place | None = None,
    frames: Container[int] | None = None,
    dated: Callable[[int, int], bool] | None = None,
) -> tuple[list[Site], list[int]]:
    """The facilities the deal's sentences name, with their place and power, and the
    sentences that told them (a lone site takes the deal's only power figure; `keep`:
    whether the quantity at (sentence, character) is in the deal's clause; `dateline`: the
    article's dateline place, for a sentence that names none). A facility
    whose own power figure is not the deal's (`runs a 150 MW campus at Keflavik`, a
    party's fleet) is not the deal's site; nor, once a sentence before has told the
    deal's site, is another facility, named without a place or unnamed in a region, in
    a sentence without the deal's frame (`frames`: the sentences holding one): `X will
    keep mining at its Helena site`, `X operates data centers in Texas and Georgia`; nor
    is a facility whose clause `dated` says was told before the article (`Sable acquired
    its Cape Town facility from Y in 2023`), and whose town then places none of the
    sentence's other facilities."""
    sites: dict[str, Site] = {}
    told: list[int] = []
    for index in indices:
        doc = docs[index]
        earlier = bool(sites) and frames is not None and index not in frames
        place = _sentence_place(doc)
        # where the story is filed: only for a facility named after its town
        filed = place or dateline_place(doc_text(doc)) or dateline
        power = [
            q
            for q in _kept(doc, doc_text(doc), index in owned, doc.lang_)
            if q.unit == "MW" and (keep is None or keep(index, q.start))
        ]
        written = [q for q in _written(doc, doc_text(doc), doc.lang_) if q.unit == "MW"]
        nationalities = {
            e.text for e in doc.ents if e.label_ == "NORP" and all(t.tag_ == "JJ" for t in e)
        }
        facilities = sentence_facilities(doc, doc_text(doc))
        older = [f for f in facilities if dated is not None and dated(index, f.start)]
        if place is not None and any(_places(f, place) for f in older):
            # `the X project is its second after it took a stake in a Bangkok data centre
            # in 2024`: the older deal's town places none of the sentence's others
            place = filed = None
        for facility in facilities:
            if facility in older:
                continue
            own = [q for q in written if _measures(doc_text(doc), q, facility)]
            if own and not any(q in power for q in own):
                continue
            if facility.name in nationalities:  # `its Irish data centre unit`: no name
                facility = replace(facility, name=None)
            if filed is not None and not (facility.city or facility.region or facility.country):
                facility = in_region(facility, filed)
            key = _same_site(sites, facility)
            if _names_the_unnamed(sites, facility, doc_text(doc), doc.lang_):
                # `a solar park near Glenrothes`, then `The Balgonie Moss project will ...`
                key = next(iter(sites))
            # a facility placed in its own words keeps that place (`in Oswego County, New
            # York` has no city); an unplaced one takes the sentence's place
            placed = facility.city or facility.region or facility.country
            told_apart = facility.city or (facility.name and placed)
            if earlier and key not in sites and not told_apart:
                continue
            site = sites.get(key) or Site(
                name=facility.name, kind=facility.kind, text=facility.text
            )
            renamed = facility.name and site.city == facility.name
            if renamed and facility.city not in (None, site.city):
                # `the Juniper Flats campus in New Mexico`, then `near Hobbs`: a name
                site = site.model_copy(update={"name": facility.name, "city": None})
            longer = site.name and facility.name and len(facility.name) > len(site.name)
            if (site.name is None or longer) and facility.name and facility.name != site.city:
                site = site.model_copy(update={"name": facility.name})
            if _other_project(doc_text(doc), facility.start, doc.lang_):
                continue
            update: dict[str, Any] = {}
            # `a plant near Zanesville` in a sentence naming `central Ohio`: a town the
            # gazetteer lacks is in the region its sentence names
            unknown = facility.city and not facility.region
            within = (
                unknown
                and place is not None
                and place.city is None
                and place.region
                and facility.country in (None, place.country)
            )
            for attr in ("city", "region", "country"):
                value = getattr(facility, attr) or (
                    getattr(place, attr) if place and (not placed or within) else None
                )
                if getattr(site, attr) is None and value:
                    update[attr] = value
            if site.capacity is None and power:
                update["capacity"] = _quantity(power[0])
            if key not in sites or update:
                told.append(index)
            sites[key] = site.model_copy(update=update)
    out = list(sites.values())
    power_totals = [q for q in quantities if q.unit == "MW"]
    if len(out) == 1 and out[0].capacity is None and len(power_totals) == 1:
        out[0] = out[0].model_copy(update={"capacity": power_totals[0]})
    return out, told


def _places(facility: FacilityMention, place: Place) -> bool:
    """Whether a facility is written in the place a sentence names (its town, or else its
    region)."""
    if place.city is not None:
        return facility.city == place.city
    return place.region is not None and facility.region == place.region


def _definite(text: str, facility: FacilityMention, language: str) -> bool:
    """Whether an unnamed facility's noun is told as one known already: a definite
    determiner of its language before it, over a few describing words (`The single-unit,
    805-megawatt plant near X`, `at the 650MW project`; `definite_before`)."""
    pattern: str = load_rules("places_facilities.json", language).get("definite_before", "(?!)")
    return re.search(pattern, text[: facility.start]) is not None


def _agrees(site: Site, region: str | None, country: str | None) -> bool:
    """Whether a region and country written for a site contradict none it has."""
    return not (site.country and country and site.country != country) and not (
        site.region and region and site.region != region
    )


def placed_later(
    sites: list[Site],
    docs: Sequence[Doc],
    texts: Sequence[str],
    after: int,
    skip: Container[int],
    language: str = DEFAULT_LANGUAGE,
) -> tuple[list[Site], list[int]]:
    """A named site the deal's sentences place in no town (`its Cobalt Bend nuclear plant
    in Michigan`) is in the town a later sentence of no other deal's gives it, by its name
    (`Sula Bank, 22km off the Caithness coast`, `Redhawk occupies a parcel on the edge of
    Temple, Texas`) or, when it is the deal's one site of its
    kind, by a definite noun of that kind (`The single-unit, 805-megawatt plant near
    Harrow Point, Michigan`); with the sentences that told it."""
    out: list[Site] = []
    told: list[int] = []
    for site in sites:
        alike = sum(s.kind == site.kind for s in sites)
        for index in range(after, len(docs)) if site.name and not site.city else ():
            if index in skip:
                continue
            text = texts[index]
            found = next(
                (
                    f
                    for f in sentence_facilities(docs[index], text)
                    if (f.city or (f.region and not site.region))
                    and _agrees(site, f.region, f.country)
                    and (
                        (f.name or "").casefold() == (site.name or "").casefold()
                        or (
                            f.name is None
                            and f.kind == site.kind
                            and alike == 1
                            and _definite(text, f, language)
                        )
                    )
                ),
                None,
            )
            named = placed_by_name(text, site.name or "") if found is None else None
            if named is not None and (
                not _agrees(site, named.region, named.country)
                or not (named.city or (named.region and not site.region))
            ):
                named = None
            if found is not None or named is not None:
                update = {
                    a: getattr(found or named, a)
                    for a in ("city", "region", "country")
                    if getattr(site, a) is None and getattr(found or named, a)
                }
                site = site.model_copy(update=update)
                told.append(index)
                break
        out.append(site)
    return out, told


def named_later(
    sites: list[Site],
    docs: Sequence[Doc],
    texts: Sequence[str],
    after: int,
    skip: Container[int],
    language: str = DEFAULT_LANGUAGE,
) -> tuple[list[Site], list[int]]:
    """The deal's one site, told without a name (`a 30MW data centre at X Business Park in
    west Dublin`), takes the name a later sentence of no other deal gives its noun with a
    definite article (`The building, known as Ashbourne GC2, was built ...`, `The campus,
    which the partners call Cobalt Ridge`); with the sentence that told it."""
    if len(sites) != 1 or sites[0].name is not None:
        return sites, []
    known = {"": sites[0]}
    for index in range(after + 1, len(docs)):
        if index in skip:
            continue
        for facility in sentence_facilities(docs[index], texts[index]):
            # the name given after the noun (`building, known as X`), not one before it (`the
            # Skelleftea campus`: a town's name, or another site's)
            given = facility.text[:1].islower()
            if given and _names_the_unnamed(known, facility, texts[index], language):
                return [sites[0].model_copy(update={"name": facility.name})], [index]
    return sites, []


def town_names(sites: list[Site]) -> list[Site]:
    """`a data hall on the Ishikari campus of X` in an article about Japan: a site named
    after a town of its country (`named_after_town`) and placed in no town nor region is
    in that town, with no name of its own (`our Cold Spring campus in Bastrop County,
    Texas` keeps its name)."""
    return [
        s.model_copy(update={"name": None, "city": s.name})
        if s.name
        and s.kind
        and s.city is None
        and s.region is None
        and s.country
        and named_after_town(s.name, s.kind, s.country)
        else s
        for s in sites
    ]


def short_names(sites: list[Site], text: str, language: str) -> list[Site]:
    """`the Wirra Copper Project`, then `concentrate produced at Wirra`: a site named with a
    tail telling what it is or mines (`short_name_tails`) is named without it when the
    article also writes the rest alone, followed by no other capitalised word."""
    tails = load_rules("places_facilities.json", language).get("short_name_tails", [])
    return [_short_name(s, text, tails) for s in sites]


def _short_name(site: Site, text: str, tails: Sequence[str]) -> Site:
    for tail in tails:
        rest = site.name[: -len(tail) - 1] if site.name and site.name.endswith(f" {tail}") else ""
        alone = rf"(?<![\w-]){re.escape(rest)}(?![\w-])(?!\s+[A-Z0-9])"
        if rest and re.search(alone, text):
            return site.model_copy(update={"name": rest})
    return site


@lru_cache(maxsize=16)
def article_country(text: str) -> str | None:
    """The country an article names most, through its places (`Iceland`, `Reykjavik`),
    when one leads; None when none or a tie."""
    counts = Counter(p.place.country for p in find_places(text) if p.place.country).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


@lru_cache(maxsize=16)
def article_regions(text: str) -> tuple[tuple[str | None, str, str], ...]:
    """The regions an article names: (town written with it or None, region, country)
    (`Shawinigan (Québec)`, `au Québec`), in order."""
    return tuple(
        (p.place.city, p.place.region, p.place.country)
        for p in find_places(text)
        if p.place.region and p.place.country
    )


# `northern England`, `the north of England`: a part of a region, where a company works
_PART_OF_REGION_RE = re.compile(
    r"(?i:(?:north|south|east|west|central|mid)[\w-]*\s+(?:of\s+)?(?:the\s+)?)$"
)


@lru_cache(maxsize=16)
def sole_regions(text: str) -> dict[str, str]:
    """The region an article names in a country when it names only one there, each time
    as a whole (not `the north of England`, nor `England and Scotland`), and once at
    least as a place (`signed in Scotland`, `Mahape, Navi Mumbai, Maharashtra`; not only
    a company's home, `a California maker`): country -> region."""
    named: dict[str, set[str]] = {}
    placed: set[str] = set()
    for p in find_places(text):
        if p.place.region and p.place.country:
            whole = not _PART_OF_REGION_RE.search(text, 0, p.start)
            named.setdefault(p.place.country, set()).add(p.place.region if whole else "")
            if p.cue == "in" or p.place.city:
                placed.add(p.place.region)
    return {
        country: region
        for country, regions in named.items()
        if len(regions) == 1 and (region := next(iter(regions))) in placed
    }


@lru_cache(maxsize=16)
def placed_regions(text: str) -> frozenset[tuple[str, str]]:
    """The (country, region) pairs an article names as a whole region at least once as a
    place (`in Solapur district, Maharashtra`, `Garland, Texas`, `customers in Minnesota`;
    not only `the north of England`, nor `The Ohio GPU cloud`)."""
    return frozenset(
        (p.place.country, p.place.region)
        for p in find_places(text)
        if p.place.region
        and p.place.country
        and (p.cue == "in" or p.place.city)
        and not _PART_OF_REGION_RE.search(text, 0, p.start)
    )


def in_article_region(sites: list[Site], text: str, language: str) -> list[Site]:
    """`son centre de calcul de Shawinigan`, then `à Shawinigan (Québec)`; `son centre de
    données de Beauharnois`, then `au Québec`: a town written without its region is in the
    region the article names with that town elsewhere (`FREMONT, Calif. --` above `its
    Fremont plant`), or (`region_from_gazetteer`) names where the gazetteer puts the town
    (`named`: as a whole place once at least, `placed_regions`; `sole` and `named`: alone
    in the country, or, with `region_for_unknown_towns`, alone in the country for a town
    the gazetteer puts in no region);
    (`region_for_country_sites`) a site placed in its country only (`the X Generating
    Station, west of Edmonton` under `CALGARY, Alberta --`) is in the one region the
    article names in that country."""
    rules = load_rules("places_context.json", language)
    if not rules.get("region_from_article"):
        return sites
    gazetteer = rules.get("region_from_gazetteer")
    sole = sole_regions(text) if gazetteer in ("sole", "named") else {}
    unknown_towns = bool(rules.get("region_for_unknown_towns"))
    placeless = bool(rules.get("region_for_country_sites"))
    out: list[Site] = []
    for site in sites:
        city, country = site.city, site.country
        named = {r for _, r, c in article_regions(text) if c == country}
        if placeless and city is None and country and site.region is None and len(named) == 1:
            site = site.model_copy(update={"region": named.pop()})
        if city and country and site.region is None:
            region = next(
                (
                    r
                    for town, r, c in article_regions(text)
                    if c == country
                    and (
                        (town or "").casefold() == city.casefold()  # `HOLTVILLE, Calif. --`
                        or (
                            gazetteer == "named"
                            and (c, r) in placed_regions(text)
                            and city_in_region(city, c, r)
                        )
                    )
                ),
                None,
            )
            if (
                region is None
                and country in sole
                and (
                    city_in_region(city, country, sole[country])
                    # `its FRA4 facility in Hattersheim`, then `in Hesse`: a town the
                    # gazetteer places in no region is in the one the article names
                    or (unknown_towns and region_unknown(city, country))
                )
            ):
                region = sole[country]
            site = site.model_copy(update={"region": region}) if region else site
        out.append(site)
    return out


def generating_sites(sites: list[Site], language: str) -> list[Site]:
    """A power purchase's sites in a language whose rules name generating and load kinds
    (`places_facilities.json`): the generating plant when one is named or placed in its
    town (`sa centrale de Ntoum`), without an unnamed data centre or campus the power goes
    to; all of them otherwise."""
    rules = load_rules("places_facilities.json", language)
    generating, load = rules.get("generating_kinds", []), rules.get("load_kinds", [])
    if not any(s.kind in generating and (s.name or s.city) for s in sites):
        return sites
    return [s for s in sites if s.name or s.kind not in load]


def placed_in(sites: list[Site], country: str | None) -> list[Site]:
    """`near the town of Grindavik` in an article about Iceland: a site placed in a town
    or region the gazetteer lacks, or a named one placed nowhere (`LHR-7, a four-storey
    facility`), is in the article's country."""
    return [
        s.model_copy(update={"country": country})
        if country and s.country is None and (s.city or s.region or s.name)
        else s
        for s in sites
    ]


__all__ = [
    "article_country",
    "article_regions",
    "dateline_place",
    "deal_quantities",
    "deal_sites",
    "generating_sites",
    "in_article_region",
    "in_dateline_town",
    "local_dateline",
    "named_later",
    "placed_in",
    "placed_later",
    "placed_regions",
    "sentence_facilities",
    "town_names",
]
