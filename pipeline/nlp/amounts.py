"""Money amounts in a sentence: value, range, currency, period, qualifier, per-share flag.

Rules are data, per language: the currency lexicon is
`patterns/<language>/amounts_currencies.json`, qualifier, period, range and undisclosed-price
words are `patterns/<language>/amounts_modifiers.json`; the number grammar is `numbers.py`'s.
Each language's regexes are compiled once, when its first article arrives.

Decisions:
- `text` is the amount as written ("$1.25 billion", "$30-40 billion", "4.5 mln dlrs"),
  without qualifier, period or per-share words around it.
- A second amount that only restates the first in another currency or rounding,
  "US$100 billion ($150b)" or "37 mln Canadian dlrs, or 28 mln U.S. dlrs", is merged into
  the first: one mention, for the amount written first.
- "between $2 billion and $3 billion", "$30-40 billion", "30 to 40 mln dlrs" are one
  mention with `value_max`; "from $2 billion to $3 billion" is two (a change, not a range).
- "a billion-dollar order", "a million-dollar question" (an article for the number, the
  currency word hyphenated to the scale) size something in words: no amount, like
  "multibillion-dollar"; "a 10-billion-dollar deal" and "a billion dollars" are amounts.
- French: "1,25 milliard de dollars", "8,5 Md€", "32,58 Md EUR", "380 M$", "1 250 milliards
  de yens" (spaces, U+00A0 or U+202F between thousands), "plus de", "environ", "par mois".
- `find_undisclosed` finds the other answer to "what was the price": "terms were not
  disclosed", "for an undisclosed sum".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, get_args

from pipeline.models import Qualifier
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.numbers import (
    alpha_tokens,
    looks_like_year,
    number_grammar,
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
    """Alternation of phrases, longest first, any run of white space between words and
    either apostrophe ("jusqu'à", "jusqu’à")."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(r"\s+".join(re.escape(part) for part in w.split()).replace("'", "['’]"))
    return "|".join(out)


def _norm(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


def _qualifiers(table: dict[str, str]) -> dict[str, Qualifier]:
    """The table keyed by normalised words, each value checked against the record contract."""
    allowed: dict[str, Qualifier] = {q: q for q in get_args(Qualifier)}
    return {_norm(word): allowed[q] for word, q in table.items()}


# An ISO 4217 code, upper case as the grammar reads it.
_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")


@dataclass(frozen=True)
class _Grammar:
    """The amount rules of one language: lexicons and the regexes compiled from them."""

    symbols: dict[str, str]
    code_aliases: dict[str, str]
    words: dict[str, str | None]
    need_size_words: frozenset[str]
    need_size_symbols: frozenset[str]
    not_before_of: frozenset[str]
    articles: frozenset[str]
    qual_before: dict[str, Qualifier]
    qual_after: dict[str, Qualifier]
    period_units: dict[str, str]
    period_adverbs: dict[str, str]
    period_adjectives: dict[str, str]
    period_before_phrases: dict[str, str]
    core: re.Pattern[str]
    qual_patterns: list[tuple[Qualifier, re.Pattern[str]]]
    qual_before_re: re.Pattern[str]
    qual_after_re: re.Pattern[str]
    between: re.Pattern[str]
    change_from: re.Pattern[str]
    range_gap: re.Pattern[str]
    and_gap: re.Pattern[str]
    restate_gap: re.Pattern[str]
    period_after: re.Pattern[str]
    period_before: re.Pattern[str]
    per_share_after: re.Pattern[str]
    per_share_before: re.Pattern[str]
    symbol_chars: frozenset[str]
    vocabulary: frozenset[str]
    codes: frozenset[str]
    undisclosed: tuple[re.Pattern[str], ...]
    undisclosed_words: frozenset[str]


def _currencies(language: str) -> dict[str, Any]:
    """The currency lexicon of a language: its hand table, joined (when the table names one
    under `derived`) with the ISO 4217 table derived from CLDR data
    (`benchmarks/derive_currencies.py`); the hand table wins on a shared word or symbol."""
    cur = load_rules("amounts_currencies.json", language)
    if not cur.get("derived"):
        return cur
    iso = load_rules(cur["derived"], language)
    # A derived code is read before a number only, with a scale or a size: after one it is
    # as often a company's ticker ("160 million AMD shares").
    codes = {c: c for c in iso["codes"] if c not in cur["codes"]}
    short = {*iso["short_words"], *codes}
    return {
        **cur,
        "symbols": {**codes, **cur["symbols"]},
        "words": {**iso["words"], **cur["words"]},
        "words_needing_scale_or_size": sorted(
            {*cur["words_needing_scale_or_size"], *(w for w in short if w not in cur["words"])}
        ),
        "symbols_needing_scale_or_size": sorted(
            {*cur["symbols_needing_scale_or_size"], *(s for s in short if s not in cur["symbols"])}
        ),
    }


@cache
def _grammar(language: str) -> _Grammar:
    """The amount grammar of a language (`amounts_currencies.json`,
    `amounts_modifiers.json`), compiled once."""
    cur = _currencies(language)
    mod = load_rules("amounts_modifiers.json", language)
    numbers = number_grammar(language)
    symbols: dict[str, str] = cur["symbols"]
    codes: list[str] = sorted(cur["codes"])
    words: dict[str, str | None] = {_norm(k): v for k, v in cur["words"].items()}
    qual_before = _qualifiers(mod["qualifiers_before"])
    qual_after = _qualifiers(mod["qualifiers_after"])
    period_units = {_norm(k): v for k, v in mod["period_units"].items()}
    period_adverbs = {_norm(k): v for k, v in mod["period_adverbs"].items()}
    period_adjectives = {_norm(k): v for k, v in mod["period_adjectives_before"].items()}
    period_before: dict[str, str] = mod["period_phrases_before"]
    sym_re = _phrase(list(symbols)) + "|" + "|".join(codes)
    code_re = "|".join(codes)
    glued = [*codes, *cur.get("glued_words", [])]  # `32 MEUR`, `300 MDH`, `1,1 MMDH`
    glued_code = (
        rf"|\s?(?:{numbers.scale_letters})(?=(?:{'|'.join(glued)})\b)"
        if cur["scale_before_code"]
        else ""
    )
    letters = load_rules("numbers.json", language)["scale_letters"] if glued_code else []
    glued_words = frozenset(f"{x}{c}".lower() for x in letters for c in glued)  # "meur"
    scale = (
        rf"(?:(?:\s*|-)(?i:{numbers.scale_words})\b"
        rf"|(?i:{numbers.scale_letters})(?![A-Za-z0-9]){glued_code})"
    )
    # `un milliard et demi`, `a billion and a half`: half the scale more
    half = "|".join(r"\s+".join(re.escape(w) for w in h) for h in numbers.halves) or "(?!)"
    # One amount core: an optional currency symbol or code, a number, an optional scale
    # and an optional currency word or code. Cores without any currency are kept as range
    # partners.
    core = re.compile(
        rf"""
        (?:(?<![A-Za-z0-9$£€¥])(?P<sym>{sym_re})\s?)?
        (?:
            (?:(?<![\w.,])|(?<=[A-Za-z]))(?P<num>{numbers.digits})
            (?:(?P<scale>{scale})(?P<half>\s+(?i:{half})(?![\w\-]))?)?
          | (?<![\w\-])(?P<wnum>(?i:(?:{numbers.articles})(?=(?:\s+|-)(?:{numbers.scale_words})\b)
              |{numbers.words}))\b
            (?:(?P<wscale>(?:\s+|-)(?i:{numbers.scale_words})\b)
            (?P<whalf>\s+(?i:{half})(?![\w\-]))?)?
        )
        (?:
            (?:\s*|-)(?:(?i:de)\s+|(?i:d)['’]\s*)?(?P<word>(?i:{_phrase(list(cur["words"]))}))
            (?![\w\-])
          | \s?(?P<code>{code_re})\b
        )?
        """,
        re.VERBOSE,
    )
    qualifiers_before = _phrase(list(mod["qualifiers_before"]))
    period_unit_re = _phrase(list(mod["period_units"]))
    per_words = _phrase(mod["period_per_words"])
    not_after = _phrase(mod["period_not_after"])
    adjectives = _phrase(list(mod["period_adjectives_before"]))
    gap = int(mod.get("period_adjective_gap", 3))
    subject = _phrase(mod["undisclosed_subjects"])
    nouns = _phrase(mod["undisclosed_nouns"])
    symbol_chars = frozenset(c for w in [*symbols, *cur["words"]] for c in w if not c.isascii())
    return _Grammar(
        symbols=symbols,
        code_aliases=cur["code_aliases"],
        words=words,
        need_size_words=frozenset(_norm(w) for w in cur["words_needing_scale_or_size"]),
        need_size_symbols=frozenset(cur["symbols_needing_scale_or_size"]),
        not_before_of=frozenset(_norm(w) for w in cur["words_not_before_of"]),
        articles=frozenset(numbers.article_values),
        qual_before=qual_before,
        qual_after=qual_after,
        period_units=period_units,
        period_adverbs=period_adverbs,
        period_adjectives=period_adjectives,
        period_before_phrases={_norm(k): v for k, v in period_before.items()},
        core=core,
        qual_patterns=[
            (_qualifiers({"q": q})["q"], re.compile(p, re.IGNORECASE))
            for q, p in mod["qualifier_patterns_before"]
        ],
        qual_before_re=re.compile(rf"(?<![\w])(?i:(?P<q>{qualifiers_before}))\s*$"),
        qual_after_re=re.compile(
            rf"^\s*(?i:(?P<q>{_phrase(list(mod['qualifiers_after']))}))(?:\b|(?<=\+))"
            r"(?!\s*[$£€¥\d])"
        ),
        between=re.compile(rf"(?<![\w])(?i:{_phrase(mod['range_between'])})\s+$"),
        change_from=re.compile(rf"(?<![\w])(?i:{_phrase(mod['range_change_from'])})\s+$"),
        range_gap=re.compile(rf"^\s*(?:-|–|—|(?i:{_phrase(mod['range_links'])}))\s*$"),
        and_gap=re.compile(rf"^\s+(?i:{_phrase(mod['range_between_links'])})\s+$"),
        restate_gap=re.compile(
            rf"^\s*(?:\(|,?\s*(?i:{_phrase(mod['restate_links'])})\s+|\[)\s*"
            rf"(?:(?i:{qualifiers_before})\s+)?$"
        ),
        period_after=re.compile(
            rf"""^(?:
                \s*/\s*(?P<slash>(?i:{period_unit_re}))\b
              | (?:\s+|\s*-\s*)(?i:{per_words})[\s\-]+(?P<unit>(?i:{period_unit_re}))\b
                (?!\s+(?i:{not_after})\b)
              | (?:\s+|\s*-\s*)(?P<adv>(?i:{_phrase(list(mod["period_adverbs"]))}))(?![\w])
              | \s+(?i:{_phrase(mod["period_adjective_links_after"])})\s+
                (?P<adj>(?i:{adjectives}))(?![\w])
            )""",
            re.VERBOSE,
        ),
        # `annual rent of`, `Initial annual rent under the Master Lease is`: at most `gap`
        # words between the period adjective and the link word
        period_before=re.compile(
            rf"(?<![\w])(?:(?P<adj>(?i:{adjectives}))\s+(?:[\w\-]+\s+){{0,{gap}}}?"
            rf"(?i:{_phrase(mod['period_adjective_links_before'])})"
            + (rf"|(?P<pre>(?i:{_phrase(list(period_before))}))" if period_before else "")
            + rf")\s*(?:(?i:{qualifiers_before})\s+)?$"
        ),
        per_share_after=re.compile(
            rf"^\s*(?:-\s*)?(?:(?i:{_phrase(mod['per_share_words'])})[\s\-]+|/\s*)"
            rf"(?i:{_phrase(mod['per_share_units'])})\b"
        ),
        per_share_before=re.compile(mod["per_share_before"], re.IGNORECASE),
        symbol_chars=symbol_chars | {"$"},
        # Symbols holding "$" are caught by the "$" itself: their letters ("A$", "C$") are
        # too common.
        vocabulary=vocabulary(
            [*(s for s in symbols if "$" not in s and not _CODE.fullmatch(s)), *cur["words"]]
        )
        | glued_words,
        codes=frozenset([*codes, *(s for s in symbols if _CODE.fullmatch(s))]),
        undisclosed=tuple(
            re.compile(p.replace("{SUBJECTS}", subject).replace("{NOUNS}", nouns))
            for p in mod["undisclosed_patterns"]
        ),
        undisclosed_words=frozenset(mod["undisclosed_words"]),
    )


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


def might_have_amount(text: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """Cheap pre-filter: False means `find_amounts(text, language)` is certainly empty."""
    g = _grammar(language)
    return (
        not g.symbol_chars.isdisjoint(text)
        or not g.vocabulary.isdisjoint(alpha_tokens(text))
        or not g.codes.isdisjoint(_CODE.findall(text))
    )


def _core(text: str, m: re.Match[str], language: str) -> _Core | None:
    g = _grammar(language)
    sym, word, code = m.group("sym"), m.group("word"), m.group("code")
    raw = m.group("num") or m.group("wnum")
    number = parse_number(raw, language)
    if number is None:
        return None
    scale_word = (m.group("scale") or m.group("wscale") or "").strip()
    scale = scale_of(scale_word, language)
    half = m.group("half") or m.group("whalf")
    if half:
        number += Decimal("0.5")
    is_words = m.group("wnum") is not None
    if is_words and not scale_word and (word is None or raw.lower() in g.articles):
        return None
    if (
        is_words
        and raw.lower() in g.articles
        and word is not None
        and text[m.start("word") - 1] == "-"
    ):
        return None  # `a billion-dollar order`: a size in words, no amount
    currency: str | None = None
    has_currency = False
    glued = m.group("num") is not None and text[m.start("num") - 1 : m.start("num")].isalpha()
    if glued and sym is None:
        return None  # `B300`, `H100`: a model number, no amount (`AED3.3`, `R2.1`, `RM4.2` are)
    if sym is not None:
        has_currency = True
        currency = g.code_aliases.get(sym, g.symbols.get(sym, sym))
        if sym in g.need_size_symbols and not scale_word and number < 1000:
            return None
    if word is not None:
        key = _norm(word)
        too_small = key in g.need_size_words and not scale_word and number < 1000
        weight = key in g.not_before_of and re.match(r"\s+of\b", text[m.end() :]) is not None
        year = not scale_word and sym is None and looks_like_year(raw)
        if too_small or weight or year:
            word = None
        else:
            has_currency = True
            currency = currency or g.words.get(key)
    if code is not None and sym is None:
        has_currency = True
        currency = g.code_aliases.get(code, code)
    end = m.end()
    if word is None and code is None:
        ends = [m.end(g) for g in ("half", "whalf", "scale", "wscale") if m.group(g)]
        end = ends[0] if ends else 0
        end = end or (m.end("num") if m.group("num") else m.end("wnum"))
    return _Core(m.start(), end, number * scale, bool(scale_word), scale, currency, has_currency)


def _merge_range(lo: _Core, hi: _Core) -> tuple[Decimal, Decimal]:
    low = lo.value
    if not lo.scaled and hi.scaled and lo.value * hi.scale < hi.value:
        low = lo.value * hi.scale
    return low, hi.value


def qualifier_at(text: str, start: int, end: int, language: str = DEFAULT_LANGUAGE) -> Qualifier:
    """The qualifier written around text[start:end]: "more than", "up to", "about"... or exact."""
    g = _grammar(language)
    before = text[max(0, start - _WINDOW) : start]
    for qualifier, pattern in g.qual_patterns:
        if pattern.search(before):
            return qualifier
    m = g.qual_before_re.search(before)
    if m:
        return g.qual_before[_norm(m.group("q"))]
    m = g.qual_after_re.match(text[end : end + _WINDOW])
    if m:
        return g.qual_after[_norm(m.group("q"))]
    return "exact"


def _period(text: str, start: int, end: int, g: _Grammar) -> str | None:
    m = g.period_after.match(text[end : end + _WINDOW])
    if m:
        unit = m.group("unit") or m.group("slash")
        if unit:
            return g.period_units[_norm(unit)]
        if m.group("adv"):
            return g.period_adverbs[_norm(m.group("adv"))]
        return g.period_adjectives[_norm(m.group("adj"))]
    m = g.period_before.search(text[max(0, start - _WINDOW) : start])
    if m and m.group("adj"):
        return g.period_adjectives[_norm(m.group("adj"))]
    if m:  # "versera chaque mois 40 millions d'euros"
        return g.period_before_phrases[_norm(m.group("pre"))]
    return None


def _per_share(text: str, start: int, end: int, g: _Grammar) -> bool:
    return bool(
        g.per_share_after.match(text[end : end + _WINDOW])
        or g.per_share_before.search(text[max(0, start - _WINDOW) : start])
    )


def _mention(
    text: str,
    span: tuple[int, int],
    low: Decimal,
    high: Decimal | None,
    cur: str | None,
    language: str,
) -> AmountMention:
    g = _grammar(language)
    start, end = span
    return AmountMention(
        start=start,
        end=end,
        text=text[start:end],
        value=float(low),
        value_max=float(high) if high is not None else None,
        currency=cur,
        period=_period(text, start, end, g),
        qualifier=qualifier_at(text, start, end, language),
        per_share=_per_share(text, start, end, g),
    )


def find_amounts(text: str, language: str = DEFAULT_LANGUAGE) -> list[AmountMention]:
    """All money amounts in `text` (written in `language`), in order, with offsets into
    `text` (found once per text: the parse and every deal's facts read the same sentence)."""
    return list(_amounts_in(text, language))


@lru_cache(maxsize=4096)
def _amounts_in(text: str, language: str) -> list[AmountMention]:  # never handed out
    if not might_have_amount(text, language):
        return []
    g = _grammar(language)
    cores = [c for m in g.core.finditer(text) if (c := _core(text, m, language)) is not None]
    mentions: list[AmountMention] = []
    i = 0
    while i < len(cores):
        lo = cores[i]
        hi = cores[i + 1] if i + 1 < len(cores) else None
        if hi is not None and (lo.has_currency or hi.has_currency):
            gap = text[lo.end : hi.start]
            before = text[max(0, lo.start - _WINDOW) : lo.start]
            is_range = (g.range_gap.match(gap) and not g.change_from.search(before)) or (
                g.and_gap.match(gap) and g.between.search(before)
            )
            same_currency = not (lo.has_currency and hi.has_currency) or lo.currency == hi.currency
            if is_range and (not lo.has_currency or (same_currency and hi.value >= lo.value)):
                low, high = _merge_range(lo, hi)
                if high >= low:
                    cur = lo.currency if lo.has_currency else hi.currency
                    mentions.append(_mention(text, (lo.start, hi.end), low, high, cur, language))
                    i += 2
                    continue
        if lo.has_currency:
            span = (lo.start, lo.end)
            mentions.append(_mention(text, span, lo.value, None, lo.currency, language))
        i += 1
    return _drop_restatements(text, mentions, g)


def _drop_restatements(
    text: str, mentions: list[AmountMention], g: _Grammar
) -> list[AmountMention]:
    """Merge "X (Y)" and "X, or Y" where Y restates X in another currency."""
    out: list[AmountMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        after = prev.end if prev is not None else 0
        period = g.period_after.match(text[after : m.start])  # "$1.25bn a month (£930m)"
        gap = text[after + (period.end() if period else 0) : m.start]
        if prev is not None and g.restate_gap.match(gap):
            in_parens = "(" in gap or "[" in gap
            if in_parens or (m.currency != prev.currency and m.per_share == prev.per_share):
                continue
        out.append(m)
    return out


@dataclass(frozen=True)
class UndisclosedMention:
    """A price said to be withheld: "for an undisclosed sum", "terms were not disclosed".

    `text` is the withholding words as newswire answer keys write them: "undisclosed",
    "not disclosed", "not been disclosed", "not disclose", "withheld", "not released"
    (in French as written: "non divulgué", "pas été communiqué")."""

    start: int
    end: int
    text: str


def find_undisclosed(text: str, language: str = DEFAULT_LANGUAGE) -> list[UndisclosedMention]:
    """Statements that the price is not given, in order."""
    g = _grammar(language)
    if g.undisclosed_words.isdisjoint(alpha_tokens(text)):
        return []
    found = {(m.start("w"), m.end("w")) for rule in g.undisclosed for m in rule.finditer(text)}
    return [UndisclosedMention(s, e, text[s:e]) for s, e in sorted(found)]
