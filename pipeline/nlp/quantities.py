"""Capacities and counts in a sentence: "300 megawatts", "1.2GW", "100,000 Nvidia H100 GPUs".

Units are data, per language (`patterns/<language>/quantities_units.json`): power is
normalised to MW (GW x 1000, kW / 1000), energy to MWh, counts to a singular unit ("GPU",
"TPU", "chip", "server"). French: "400 mégawatts", "1,2 GW", "24 000 GPU", "350 000 MWh".
A range ("200-300 MW") gives its lower bound with qualifier "at_least". A count of
containers holding counted chips ("4,000 servers carrying 32,000 GPUs") gives only the chips;
chips are counted in the unit the article writes ("42,000 GB300 chips" are chips: no list of
makers or products decides that they are GPUs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pipeline.models import Qualifier, Quantity
from pipeline.nlp.amounts import qualifier_at
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.numbers import (
    alpha_tokens,
    number_grammar,
    parse_number,
    scale_of,
    vocabulary,
)
from pipeline.nlp.rules import load_rules


@dataclass(frozen=True)
class QuantityMention:
    """One quantity: offsets and text into the sentence, value in the normalised unit."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: Qualifier


def _phrase(words: list[str], flags: str = "") -> str:
    out = []
    for w in sorted(words, key=len, reverse=True):
        src = r"\s+".join(re.escape(part) for part in w.split())
        out.append(f"(?{flags}:{src})" if flags else src)
    return "|".join(out)


@dataclass(frozen=True)
class _Grammar:
    """The quantity rules of one language: unit tables and the regexes built from them."""

    measures: dict[str, list[Any]]
    counts: dict[str, str]
    articles: frozenset[str]
    measure: re.Pattern[str]
    count: re.Pattern[str]
    modified: re.Pattern[str]
    vocabulary: frozenset[str]
    containers: frozenset[str]
    holds: re.Pattern[str]
    change: re.Pattern[str] | None  # `sera portée de`: a range that is a change
    priced: re.Pattern[str]  # `$1,650 a kilowatt`: a price per unit before an article


@cache
def _grammar(language: str) -> _Grammar:
    """The quantity grammar of a language (`quantities_units.json`), compiled once."""
    lex = load_rules("quantities_units.json", language)
    numbers = number_grammar(language)
    measures: dict[str, list[Any]] = lex["measure_units"]
    cased = frozenset(lex["case_sensitive_units"])
    counts: dict[str, str] = lex["count_units"]
    measure_src = (
        _phrase([u for u in measures if u in cased])
        + "|"
        + _phrase([u for u in measures if u not in cased], "i")
    )
    ones = _phrase([w for w, v in numbers.article_values.items() if v == 1])
    number = rf"(?:{numbers.digits}|(?i:{numbers.words}|{ones}))"
    scale = rf"(?:\s+(?i:{numbers.scale_words})\b)"
    # `3,072 Nvidia H100 and H200 GPUs`: a second (capitalised) name joined to the first
    joins = lex.get("count_joins")
    joined = rf"|(?:{_phrase(joins)})\s+[A-Z][\w\-]*" if joins else ""
    filler = rf"(?:(?i:{_phrase(lex['count_fillers'])})|[A-Z][\w\-]*|[A-Za-z]*\d[\w\-]*{joined})"
    upper = rf"(?:\s*(?:-|–|{_phrase(lex['range_links'])})\s*(?P<upper>{numbers.digits}))?"
    # `25,000 of Tarragon's Vireo accelerators`, `100,000 of its Baram accelerators`
    partitive = rf"(?P<part>\s+(?:{lex['count_partitive']}))?" if lex.get("count_partitive") else ""
    return _Grammar(
        measures={k if k in cased else k.lower(): v for k, v in measures.items()},
        counts={k.lower(): v for k, v in counts.items()},
        articles=frozenset(numbers.article_values),
        measure=re.compile(
            rf"(?<![\w.,$£€¥\-])(?P<num>{number}){upper}(?P<scale>{scale})?[\s\-]?"
            rf"(?P<unit>{measure_src})(?![\w\-])"
        ),
        count=re.compile(
            rf"(?<![\w.,$£€¥\-])(?P<num>{number}){upper}(?P<scale>{scale})?{partitive}"
            rf"(?:\s+{filler}){{0,4}}?\s+(?P<unit>(?i:{_phrase(list(counts))}))(?![\w\-])"
        ),
        modified=re.compile(rf"[\s-]+(?:{_phrase(lex['modifier_heads'])})\b", re.IGNORECASE),
        vocabulary=vocabulary([*measures, *counts]),
        containers=frozenset(lex.get("container_units", [])),
        holds=re.compile(rf"^(?:{lex.get('container_holds') or '(?!)'})$", re.IGNORECASE),
        change=re.compile(lex["change_before"], re.IGNORECASE) if "change_before" in lex else None,
        priced=re.compile(rf"\d(?:\s*(?i:{numbers.scale_words}))?\s+$"),
    )


def might_have_quantity(text: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """Cheap pre-filter: False means `find_quantities(text, language)` is certainly empty."""
    return not _grammar(language).vocabulary.isdisjoint(alpha_tokens(text))


def _value(m: re.Match[str], language: str) -> Decimal | None:
    raw = m.group("num")
    number = parse_number(raw, language)
    if number is None:
        return None
    scale_word = (m.group("scale") or "").strip()
    g = _grammar(language)
    if raw.lower() in g.articles and not scale_word:
        if not m.group("unit").lower().endswith(("watt", "acre")):
            return None
        if g.priced.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # `$1,650 a kilowatt`, `$4.6 million a megawatt`: a rate
    return number * scale_of(scale_word, language)


def deal_count_unit(
    quantity: Quantity, deal_type: str, named: bool, language: str = DEFAULT_LANGUAGE
) -> Quantity:
    """A count in the unit a deal of `deal_type` counts it in (`quantities_units.json`
    deal_count_units): a compute contract's chips (`190,000 Nvidia GB300 chips`, `roughly
    50,000 accelerators`) are the GPUs its capacity runs on, unless written as one company's
    own (`250,000 of Kessler's Arbor accelerators`; `named`: the count's words name a party
    of the deal, `250,000 Kessler Arbor Accelerators`: its custom silicon)."""
    lex = load_rules("quantities_units.json", language)
    unit = lex.get("deal_count_units", {}).get(deal_type, {}).get(quantity.unit)
    partitive = lex.get("count_partitive")
    if unit is None or named or (partitive and re.search(rf"\s{partitive}", quantity.text)):
        return quantity
    return quantity.model_copy(update={"unit": unit})


def breakdown_parts(found: Sequence[QuantityMention]) -> set[int]:
    """Positions in `found` (one sentence's quantities, in order) of the parts a total is
    broken down into: the next two or three figures in its unit after it that add up to it
    (`an 80 MW hybrid plant that pairs 42 MW of wind turbines with 38 MW of solar`, `a 92 MW
    hybrid plant (60 MW wind, 32 MW solar)`). The total is the facility's size; its parts
    are not quantities of their own."""
    parts: set[int] = set()
    for i, total in enumerate(found):
        after = [j for j in range(i + 1, len(found)) if found[j].unit == total.unit]
        for size in (2, 3):
            chosen = after[:size]
            added = sum(found[j].value for j in chosen)
            if len(chosen) == size and abs(added - total.value) <= 0.01 * total.value:
                parts.update(chosen)
                break
    return parts


def find_quantities(text: str, language: str = DEFAULT_LANGUAGE) -> list[QuantityMention]:
    """All capacities and counts in `text` (written in `language`), in order, with
    offsets into `text`."""
    if not might_have_quantity(text, language):
        return []
    g = _grammar(language)
    found: list[QuantityMention] = []
    for m in g.measure.finditer(text):
        number = _value(m, language)
        unit_word = " ".join(m.group("unit").split())
        entry = g.measures.get(unit_word) or g.measures.get(unit_word.lower())
        if number is None or entry is None:
            continue
        unit, factor = entry
        q = "at_least" if m.group("upper") else qualifier_at(text, m.start(), m.end(), language)
        upper = parse_number(m.group("upper"), language) if m.group("upper") else None
        if (
            upper is not None
            and g.change
            and g.change.search(text[max(0, m.start() - 80) : m.start()])
        ):
            # `sera portée de 8 à 20 MW`: the capacity it will have, not a range
            number = upper * scale_of((m.group("scale") or "").strip(), language)
            q = qualifier_at(text, m.start(), m.end(), language)
        value = float(number * Decimal(str(factor)))
        found.append(QuantityMention(m.start(), m.end(), m.group(), value, unit, q))
    for m in g.count.finditer(text):
        number = _value(m, language)
        if number is None or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if g.modified.match(text, m.end()):
            continue
        if m.groupdict().get("part") and not any(ch.isdigit() for ch in m.group("num")):
            continue  # `two of its chips`: a few of many, not a count ordered
        unit = g.counts[" ".join(m.group("unit").lower().split())]
        q = "at_least" if m.group("upper") else qualifier_at(text, m.start(), m.end(), language)
        found.append(QuantityMention(m.start(), m.end(), m.group(), float(number), unit, q))
    found.sort(key=lambda f: f.start)
    return [
        f
        for f, after in zip(found, [*found[1:], None], strict=False)
        if not (
            f.unit in g.containers
            and after is not None
            and after.unit in g.counts.values()
            and after.unit not in g.containers
            and g.holds.match(text[f.end : after.start])
        )
    ]
