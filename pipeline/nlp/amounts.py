"""Money amounts in a sentence: value, range, currency, period, qualifier, per-share flag.

Rules are data: the currency lexicon is `patterns/en/amounts_currencies.json`, qualifier and
period words are `patterns/en/amounts_modifiers.json`. Regexes are compiled once at import.

Decisions:
- `text` is the amount as written ("$1.25 billion", "$30-40 billion", "4.5 mln dlrs"),
  without qualifier, period or per-share words around it.
- A second amount that only restates the first in another currency or rounding,
  "US$100 billion ($150b)" or "37 mln Canadian dlrs, or 28 mln U.S. dlrs", is merged into
  the first: one mention, for the amount written first.
- "between $2 billion and $3 billion", "$30-40 billion", "30 to 40 mln dlrs" are one
  mention with `value_max`; "from $2 billion to $3 billion" is two (a change, not a range).
- `find_undisclosed` finds the other answer to "what was the price": "terms were not
  disclosed", "for an undisclosed sum".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import get_args

from pipeline.models import Qualifier
from pipeline.nlp.numbers import (
    ARTICLE_WORDS,
    DIGITS,
    SCALE_LETTERS,
    SCALE_WORDS,
    WORDS,
    alpha_tokens,
    looks_like_year,
    parse_number,
    scale_of,
    vocabulary,
)
from pipeline.nlp.rules import load_rules


@dataclass(frozen=True)
class AmountMention:
    """One money amount: offsets and text into the sentence, normalised value."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    currency: str | None
    period: str | None
    qualifier: Qualifier
    per_share: bool


def _phrase(words: list[str]) -> str:
    """Alternation of phrases, longest first, any run of white space between words."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(r"\s+".join(re.escape(part) for part in w.split()))
    return "|".join(out)


_CUR = load_rules("amounts_currencies.json")
_MOD = load_rules("amounts_modifiers.json")

_SYMBOLS: dict[str, str] = _CUR["symbols"]
_CODES: frozenset[str] = frozenset(_CUR["codes"])
_CODE_ALIASES: dict[str, str] = _CUR["code_aliases"]
_WORDS: dict[str, str | None] = {k.lower(): v for k, v in _CUR["words"].items()}
_NEED_SIZE_WORDS = frozenset(w.lower() for w in _CUR["words_needing_scale_or_size"])
_NEED_SIZE_SYMBOLS = frozenset(_CUR["symbols_needing_scale_or_size"])
_NOT_BEFORE_OF = frozenset(w.lower() for w in _CUR["words_not_before_of"])


def _norm(words: str) -> str:
    return " ".join(words.lower().split())


def _qualifiers(table: dict[str, str]) -> dict[str, Qualifier]:
    """The table keyed by normalised words, each value checked against the record contract."""
    allowed: dict[str, Qualifier] = {q: q for q in get_args(Qualifier)}
    return {_norm(word): allowed[q] for word, q in table.items()}


_QUAL_BEFORE = _qualifiers(_MOD["qualifiers_before"])
_QUAL_AFTER = _qualifiers(_MOD["qualifiers_after"])
_PERIOD_UNITS: dict[str, str] = {_norm(k): v for k, v in _MOD["period_units"].items()}
_PERIOD_ADVERBS: dict[str, str] = {_norm(k): v for k, v in _MOD["period_adverbs"].items()}
_PERIOD_ADJECTIVES: dict[str, str] = {
    _norm(k): v for k, v in _MOD["period_adjectives_before"].items()
}

_SYM_RE = _phrase(list(_SYMBOLS)) + "|" + "|".join(sorted(_CODES))
_CURWORD_RE = _phrase(list(_WORDS))
_CODE_RE = "|".join(sorted(_CODES))
_SCALE = rf"(?:(?:\s*|-)(?i:{SCALE_WORDS})\b|(?i:{SCALE_LETTERS})(?![A-Za-z0-9]))"

# One amount core: an optional currency symbol or code, a number, an optional scale and an
# optional currency word or code. Cores without any currency are kept as range partners.
_CORE_RE = re.compile(
    rf"""
    (?:(?<![A-Za-z0-9$£€¥])(?P<sym>{_SYM_RE})\s?)?
    (?:
        (?:(?<![\w.,])|(?<={_CODE_RE}))(?P<num>{DIGITS})(?P<scale>{_SCALE})?
      | (?<![\w\-])(?P<wnum>(?i:{WORDS}|{ARTICLE_WORDS}))\b
        (?P<wscale>\s+(?i:{SCALE_WORDS})\b)?
    )
    (?:
        (?:\s*|-)(?:(?i:de)\s+|(?i:d)['’]\s*)?(?P<word>(?i:{_CURWORD_RE}))(?![\w\-])
      | \s?(?P<code>{_CODE_RE})\b
    )?
    """,
    re.VERBOSE,
)
_QUAL_PATTERNS: list[tuple[Qualifier, re.Pattern[str]]] = [
    (_qualifiers({"q": q})["q"], re.compile(p, re.IGNORECASE))
    for q, p in _MOD["qualifier_patterns_before"]
]
_QUAL_BEFORE_RE = re.compile(rf"(?<![\w])(?i:(?P<q>{_phrase(list(_QUAL_BEFORE))}))\s*$")
_QUAL_AFTER_RE = re.compile(
    rf"^\s*(?i:(?P<q>{_phrase(list(_QUAL_AFTER))}))(?:\b|(?<=\+))(?!\s*[$£€¥\d])"
)
_BETWEEN_RE = re.compile(r"(?i:\bbetween)\s+$")
_FROM_RE = re.compile(r"(?i:\bfrom)\s+$")
_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|(?i:to))\s*$")
_AND_GAP_RE = re.compile(r"^\s+(?i:and)\s+$")
_RESTATE_GAP_RE = re.compile(
    rf"^\s*(?:\(|,?\s*(?i:or)\s+|\[)\s*(?:(?i:{_phrase(list(_QUAL_BEFORE))})\s+)?$"
)
_PERIOD_UNIT_RE = _phrase(list(_PERIOD_UNITS))
_PERIOD_AFTER_RE = re.compile(
    rf"""^(?:
        \s*/\s*(?P<slash>(?i:{_PERIOD_UNIT_RE}))\b
      | (?:\s+|\s*-\s*)(?i:a|an|per|each|every|par)[\s\-]+(?P<unit>(?i:{_PERIOD_UNIT_RE}))\b
        (?!\s+(?i:ago|earlier|later|before|after|prior|previously)\b)
      | (?:\s+|\s*-\s*)(?P<adv>(?i:{_phrase(list(_PERIOD_ADVERBS))}))(?![\w])
      | \s+(?i:in|of)\s+(?P<adj>(?i:{_phrase(list(_PERIOD_ADJECTIVES))}))(?![\w])
    )""",
    re.VERBOSE,
)
_PERIOD_BEFORE_RE = re.compile(
    rf"(?<![\w])(?P<adj>(?i:{_phrase(list(_PERIOD_ADJECTIVES))}))\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?i:of|at|worth|totall?ing|reaching|de|d['’])\s*(?:(?i:{_phrase(list(_QUAL_BEFORE))})\s+)?$"
)
_PER_SHARE_AFTER_RE = re.compile(
    rf"^\s*(?:-\s*)?(?:(?i:a|per|each)[\s\-]+|/\s*)(?i:{_phrase(_MOD['per_share_units'])})\b"
)
_PER_SHARE_BEFORE_RE = re.compile(
    r"(?i:\bper[\s\-]share)\s+(?:[\w\-]+\s+){0,2}?(?i:of|at)\s+(?:\w+\s+){0,2}$"
)
_SYMBOL_CHARS = frozenset(c for sym in _SYMBOLS for c in sym if not c.isascii()) | {"$"}
# Symbols holding "$" are caught by the "$" itself: their letters ("A$", "C$") are too common.
_VOCABULARY = vocabulary([*(s for s in _SYMBOLS if "$" not in s), *_CODES, *_WORDS])
_WINDOW = 80


@dataclass(frozen=True)
class _Core:
    start: int
    end: int
    value: Decimal
    scaled: bool  # a scale word was written
    scale: int
    currency: str | None
    has_currency: bool


def might_have_amount(text: str) -> bool:
    """Cheap pre-filter: False means `find_amounts(text)` is certainly empty."""
    return not _SYMBOL_CHARS.isdisjoint(text) or not _VOCABULARY.isdisjoint(alpha_tokens(text))


def _core(text: str, m: re.Match[str]) -> _Core | None:
    sym, word, code = m.group("sym"), m.group("word"), m.group("code")
    raw = m.group("num") or m.group("wnum")
    number = parse_number(raw)
    if number is None:
        return None
    scale_word = (m.group("scale") or m.group("wscale") or "").strip()
    scale = scale_of(scale_word)
    is_words = m.group("wnum") is not None
    if is_words and not scale_word and (word is None or raw.lower() in {"a", "an"}):
        return None
    currency: str | None = None
    has_currency = False
    if sym is not None:
        has_currency = True
        currency = _CODE_ALIASES.get(sym, _SYMBOLS.get(sym, sym))
        if sym in _NEED_SIZE_SYMBOLS and not scale_word and number < 1000:
            return None
    if word is not None:
        key = _norm(word)
        too_small = key in _NEED_SIZE_WORDS and not scale_word and number < 1000
        weight = key in _NOT_BEFORE_OF and re.match(r"\s+of\b", text[m.end() :]) is not None
        year = not scale_word and sym is None and looks_like_year(raw)
        if too_small or weight or year:
            word = None
        else:
            has_currency = True
            currency = currency or _WORDS.get(key)
    if code is not None and sym is None:
        has_currency = True
        currency = _CODE_ALIASES.get(code, code)
    end = m.end()
    if word is None and code is None:
        end = m.end("scale") if m.group("scale") else m.end("wscale") if m.group("wscale") else 0
        end = end or (m.end("num") if m.group("num") else m.end("wnum"))
    return _Core(m.start(), end, number * scale, bool(scale_word), scale, currency, has_currency)


def _merge_range(lo: _Core, hi: _Core) -> tuple[Decimal, Decimal]:
    low = lo.value
    if not lo.scaled and hi.scaled and lo.value * hi.scale < hi.value:
        low = lo.value * hi.scale
    return low, hi.value


def qualifier_at(text: str, start: int, end: int) -> Qualifier:
    """The qualifier written around text[start:end]: "more than", "up to", "about"... or exact."""
    before = text[max(0, start - _WINDOW) : start]
    for qualifier, pattern in _QUAL_PATTERNS:
        if pattern.search(before):
            return qualifier
    m = _QUAL_BEFORE_RE.search(before)
    if m:
        return _QUAL_BEFORE[_norm(m.group("q"))]
    m = _QUAL_AFTER_RE.match(text[end : end + _WINDOW])
    if m:
        return _QUAL_AFTER[_norm(m.group("q"))]
    return "exact"


def _period(text: str, start: int, end: int) -> str | None:
    m = _PERIOD_AFTER_RE.match(text[end : end + _WINDOW])
    if m:
        unit = m.group("unit") or m.group("slash")
        if unit:
            return _PERIOD_UNITS[_norm(unit)]
        if m.group("adv"):
            return _PERIOD_ADVERBS[_norm(m.group("adv"))]
        return _PERIOD_ADJECTIVES[_norm(m.group("adj"))]
    m = _PERIOD_BEFORE_RE.search(text[max(0, start - _WINDOW) : start])
    if m:
        return _PERIOD_ADJECTIVES[_norm(m.group("adj"))]
    return None


def _per_share(text: str, start: int, end: int) -> bool:
    return bool(
        _PER_SHARE_AFTER_RE.match(text[end : end + _WINDOW])
        or _PER_SHARE_BEFORE_RE.search(text[max(0, start - _WINDOW) : start])
    )


def _mention(
    text: str, start: int, end: int, low: Decimal, high: Decimal | None, cur: str | None
) -> AmountMention:
    qualifier = qualifier_at(text, start, end)
    return AmountMention(
        start=start,
        end=end,
        text=text[start:end],
        value=float(low),
        value_max=float(high) if high is not None else None,
        currency=cur,
        period=_period(text, start, end),
        qualifier=qualifier,
        per_share=_per_share(text, start, end),
    )


def find_amounts(text: str) -> list[AmountMention]:
    """All money amounts in `text`, in order, with offsets into `text`."""
    if not might_have_amount(text):
        return []
    cores = [c for m in _CORE_RE.finditer(text) if (c := _core(text, m)) is not None]
    mentions: list[AmountMention] = []
    i = 0
    while i < len(cores):
        lo = cores[i]
        hi = cores[i + 1] if i + 1 < len(cores) else None
        if hi is not None and (lo.has_currency or hi.has_currency):
            gap = text[lo.end : hi.start]
            before = text[max(0, lo.start - _WINDOW) : lo.start]
            is_range = (_RANGE_GAP_RE.match(gap) and not _FROM_RE.search(before)) or (
                _AND_GAP_RE.match(gap) and _BETWEEN_RE.search(before)
            )
            same_currency = not (lo.has_currency and hi.has_currency) or lo.currency == hi.currency
            if is_range and (not lo.has_currency or (same_currency and hi.value >= lo.value)):
                low, high = _merge_range(lo, hi)
                if high >= low:
                    cur = lo.currency if lo.has_currency else hi.currency
                    mentions.append(_mention(text, lo.start, hi.end, low, high, cur))
                    i += 2
                    continue
        if lo.has_currency:
            mentions.append(_mention(text, lo.start, lo.end, lo.value, None, lo.currency))
        i += 1
    return _drop_restatements(text, mentions)


def _drop_restatements(text: str, mentions: list[AmountMention]) -> list[AmountMention]:
    """Merge "X (Y)" and "X, or Y" where Y restates X in another currency."""
    out: list[AmountMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        after = prev.end if prev is not None else 0
        period = _PERIOD_AFTER_RE.match(text[after : m.start])  # "$1.25bn a month (£930m)"
        gap = text[after + (period.end() if period else 0) : m.start]
        if prev is not None and _RESTATE_GAP_RE.match(gap):
            in_parens = "(" in gap or "[" in gap
            if in_parens or (m.currency != prev.currency and m.per_share == prev.per_share):
                continue
        out.append(m)
    return out


@dataclass(frozen=True)
class UndisclosedMention:
    """A price said to be withheld: "for an undisclosed sum", "terms were not disclosed".

    `text` is the withholding words as newswire answer keys write them: "undisclosed",
    "not disclosed", "not been disclosed", "not disclose", "withheld", "not released"."""

    start: int
    end: int
    text: str


_SUBJECT = _phrase(_MOD["undisclosed_subjects"])
_UNDISCLOSED_RES = (
    re.compile(
        rf"(?i:\b(?:for|at|on|under|with)\s+(?:an?\s+)?)(?P<w>(?i:undisclosed))\s+"
        rf"(?i:(?:cash\s+)?(?:{_phrase(_MOD['undisclosed_nouns'])}))\b"
    ),
    re.compile(
        rf"(?i:\b(?:{_SUBJECT})\s+(?:\w+\s+){{0,5}}?(?:was|were|is|are|has|have|had|will\s+be|"
        rf"would\s+be|being)\s+)(?P<w>(?i:not\s+(?:been\s+)?(?:disclosed|released|revealed|"
        rf"announced|made\s+public)|withheld|undisclosed))\b"
    ),
    re.compile(
        rf"(?i:\b(?:did|does|do|would|will)\s+)(?P<w>(?i:not\s+disclose))\s+"
        rf"(?i:(?:the\s+|any\s+|its\s+)?(?:\w+\s+){{0,2}}?(?:{_SUBJECT}))\b"
    ),
)


_UNDISCLOSED_WORDS = frozenset({"undisclosed", "withheld", "not"})  # one is in every match


def find_undisclosed(text: str) -> list[UndisclosedMention]:
    """Statements that the price is not given, in order."""
    if _UNDISCLOSED_WORDS.isdisjoint(alpha_tokens(text)):
        return []
    found = {(m.start("w"), m.end("w")) for rule in _UNDISCLOSED_RES for m in rule.finditer(text)}
    return [UndisclosedMention(s, e, text[s:e]) for s, e in sorted(found)]
