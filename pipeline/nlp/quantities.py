"""Capacities and counts in a sentence: "300 megawatts", "1.2GW", "100,000 Nvidia H100 GPUs".

Units are data (`patterns/en/quantities_units.json`): power is normalised to MW (GW x 1000,
kW / 1000), energy to MWh, counts to a singular unit ("GPU", "TPU", "chip", "server").
A range ("200-300 MW") gives its lower bound with qualifier "at_least".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pipeline.models import Qualifier
from pipeline.nlp.amounts import qualifier_at
from pipeline.nlp.numbers import (
    DIGITS,
    SCALE_WORDS,
    WORDS,
    alpha_tokens,
    parse_number,
    scale_of,
    vocabulary,
)
from pipeline.nlp.rules import load_rules

_LEX = load_rules("quantities_units.json")


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


_MEASURES: dict[str, list[Any]] = _LEX["measure_units"]
_CASED = frozenset(_LEX["case_sensitive_units"])
_COUNTS: dict[str, str] = _LEX["count_units"]
_MEASURE_LOOKUP = {k if k in _CASED else k.lower(): v for k, v in _MEASURES.items()}
_COUNT_LOOKUP = {k.lower(): v for k, v in _COUNTS.items()}

_MEASURE_SRC = (
    _phrase([u for u in _MEASURES if u in _CASED])
    + "|"
    + _phrase([u for u in _MEASURES if u not in _CASED], "i")
)
_NUMBER = rf"(?:{DIGITS}|(?i:{WORDS}|an?))"
_SCALE = rf"(?:\s+(?i:{SCALE_WORDS})\b)"
_FILLER = rf"(?:(?i:{_phrase(_LEX['count_fillers'])})|[A-Z][\w\-]*|[A-Za-z]*\d[\w\-]*)"

_RANGE = rf"(?:\s*(?:-|–|to)\s*(?P<upper>{DIGITS}))?"
_MEASURE_RE = re.compile(
    rf"(?<![\w.,$£€¥\-])(?P<num>{_NUMBER}){_RANGE}(?P<scale>{_SCALE})?[\s\-]?"
    rf"(?P<unit>{_MEASURE_SRC})(?![\w\-])"
)
_COUNT_RE = re.compile(
    rf"(?<![\w.,$£€¥\-])(?P<num>{_NUMBER}){_RANGE}(?P<scale>{_SCALE})?"
    rf"(?:\s+{_FILLER}){{0,4}}?\s+(?P<unit>(?i:{_phrase(list(_COUNTS))}))(?![\w\-])"
)
_MODIFIED = re.compile(rf"[\s-]+(?:{_phrase(_LEX['modifier_heads'])})\b", re.IGNORECASE)
_VOCABULARY = vocabulary([*_MEASURES, *_COUNTS])


def might_have_quantity(text: str) -> bool:
    """Cheap pre-filter: False means `find_quantities(text)` is certainly empty."""
    return not _VOCABULARY.isdisjoint(alpha_tokens(text))


def _value(m: re.Match[str]) -> Decimal | None:
    raw = m.group("num")
    number = parse_number(raw)
    if number is None:
        return None
    scale_word = (m.group("scale") or "").strip()
    if (
        raw.lower() in ("a", "an")
        and not scale_word
        and not m.group("unit").lower().endswith(("watt", "acre"))
    ):
        return None
    return number * scale_of(scale_word)


def find_quantities(text: str) -> list[QuantityMention]:
    """All capacities and counts in `text`, in order, with offsets into `text`."""
    if not might_have_quantity(text):
        return []
    found: list[QuantityMention] = []
    for m in _MEASURE_RE.finditer(text):
        number = _value(m)
        unit_word = " ".join(m.group("unit").split())
        entry = _MEASURE_LOOKUP.get(unit_word) or _MEASURE_LOOKUP.get(unit_word.lower())
        if number is None or entry is None:
            continue
        unit, factor = entry
        value = float(number * Decimal(str(factor)))
        q = "at_least" if m.group("upper") else qualifier_at(text, m.start(), m.end())
        found.append(QuantityMention(m.start(), m.end(), m.group(), value, unit, q))
    for m in _COUNT_RE.finditer(text):
        number = _value(m)
        if number is None or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if _MODIFIED.match(text, m.end()):
            continue
        unit = _COUNT_LOOKUP[" ".join(m.group("unit").lower().split())]
        q = "at_least" if m.group("upper") else qualifier_at(text, m.start(), m.end())
        found.append(QuantityMention(m.start(), m.end(), m.group(), float(number), unit, q))
    return sorted(found, key=lambda f: f.start)
