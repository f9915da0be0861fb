"""Number words, digit strings and scale words: shared parsing for the normalisers.

Pure helpers: a string in, a `Decimal` (or ``None``) out. The grammar of each language is
data (`patterns/<language>/numbers.json`: number words, scale words, digit forms such as
"1,250,000" in English or "1 250 000" and "1,25" in French); `number_grammar(language)`
gives it with its regex sources, which the amount and quantity modules compile into
their own regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.rules import load_rules

MAX_DIGITS = 24  # no amount or quantity in prose is written with more digits
_SPACE_RE = re.compile(r"[\s\-]+")
_ALPHA_RE = re.compile(r"[^\W\d_]+")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class NumberGrammar:
    """How one language writes numbers: regex sources (`digits`, `words`, `articles`,
    `scale_words`, `scale_letters`) and the tables that read what they match."""

    digits: str
    words: str
    articles: str
    scale_words: str
    scale_letters: str
    units: dict[str, int]
    tens: dict[str, int]
    hundreds: frozenset[str]
    points: frozenset[str]
    joiners: frozenset[str]
    halves: tuple[tuple[str, ...], ...]
    article_values: dict[str, Decimal]
    scales: dict[str, int]
    digit_forms: tuple[tuple[re.Pattern[str], str, str], ...]


@cache
def number_grammar(language: str = DEFAULT_LANGUAGE) -> NumberGrammar:
    """The number grammar of a language, built once."""
    rules = load_rules("numbers.json", language)
    units: dict[str, int] = rules["units"]
    tens: dict[str, int] = rules["tens"]
    scales = {w.lower(): 10**power for w, power in rules["scales"].items()}
    glued = {w.lower() for w in rules["glued_only_scales"]}
    words = (
        rules["words_pattern"]
        .replace("{UNITS}", _alternation(list(units)))
        .replace("{TENS}", _alternation(list(tens)))
        .replace("{HUNDREDS}", _alternation(rules["hundreds"]))
        .replace("{POINTS}", _alternation(rules["points"]))
    )
    return NumberGrammar(
        digits=rules["digits_pattern"],
        words=words,
        articles=rules["articles_pattern"],
        scale_words=_alternation([s for s in rules["scales"] if s.lower() not in glued]),
        scale_letters=_alternation(rules["scale_letters"]),
        units=units,
        tens=tens,
        hundreds=frozenset(rules["hundreds"]),
        points=frozenset(rules["points"]),
        joiners=frozenset(rules["joiners"]),
        halves=tuple(tuple(h) for h in rules["halves"]),
        article_values={k: Decimal(str(v)) for k, v in rules["articles"].items()},
        scales=scales,
        digit_forms=tuple(
            (re.compile(form), removed, decimal) for form, removed, decimal in rules["digit_forms"]
        ),
    )


def parse_digits(text: str, language: str = DEFAULT_LANGUAGE) -> Decimal | None:
    """Parse a digit string with the thousands separators and decimal mark of a language.

    English: "1,250,000" -> 1250000, "1,25" -> 1.25, "1.250.000" -> 1250000, "71.6" -> 71.6.
    French: "1 250" (also with U+00A0 or U+202F) -> 1250, "1,25" -> 1.25, "1.250" -> 1250.
    A run of more than `MAX_DIGITS` digits is no figure (its value could overflow a float).
    """
    s = text.strip()
    if sum(c.isdigit() for c in s) > MAX_DIGITS:
        return None
    for form, removed, decimal in number_grammar(language).digit_forms:
        if form.fullmatch(s):
            s = "".join(c for c in s if c not in removed).replace(decimal, ".")
            break
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _half_at(words: list[str], i: int, grammar: NumberGrammar) -> int:
    """The length of the "and a half" phrase starting at `words[i]` (0: none)."""
    for half in grammar.halves:
        if tuple(words[i : i + len(half)]) == half:
            return len(half)
    return 0


def _decimals(words: list[str], grammar: NumberGrammar) -> Decimal | None:
    """The fraction read digit by digit after a decimal word ("eight five" -> 0.85)."""
    digits = [grammar.units.get(w) for w in words]
    if not digits or any(d is None or d > 9 for d in digits):
        return None
    return Decimal("0." + "".join(str(d) for d in digits))


def parse_words(text: str, language: str = DEFAULT_LANGUAGE) -> Decimal | None:
    """Parse a number written in words ("twenty-five", "two hundred", "a hundred and
    ninety", "two point eight", "a", "half a"; "vingt-cinq", "quatre-vingt-dix",
    "sept cent vingt", "deux virgule cinq", "un an et demi")."""
    grammar = number_grammar(language)
    phrase = " ".join(_SPACE_RE.split(text.strip().lower()))
    if phrase in grammar.article_values:
        return grammar.article_values[phrase]
    words = phrase.split()
    current = Decimal(0)
    seen = False
    half = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in grammar.units:
            current += grammar.units[w]
        elif w in grammar.tens:
            previous = words[i - 1] if i else ""
            if grammar.tens[w] == 20 and previous in grammar.units and previous != "et":
                current += grammar.units[previous] * 19  # "quatre-vingts": four twenties
            else:
                current += grammar.tens[w]
        elif w in grammar.hundreds:
            current = (current or Decimal(1)) * 100
        elif w in grammar.points and seen:
            fraction = _decimals(words[i + 1 :], grammar)
            return None if fraction is None else current + fraction
        elif (
            w in grammar.article_values
            and not seen
            and words[i + 1 : i + 2]
            and (words[i + 1] in grammar.hundreds)
        ):
            i += 1  # "a hundred": the article counts one
            continue
        elif length := _half_at(words, i, grammar):
            half = True
            i += length
            continue
        elif w in grammar.joiners:
            i += 1
            continue
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    return current + Decimal("0.5") if half else current


def parse_number(text: str, language: str = DEFAULT_LANGUAGE) -> Decimal | None:
    """Parse a number written with digits or words."""
    stripped = text.strip()
    if stripped[:1].isdigit() or stripped[:1] == ".":
        return parse_digits(stripped, language)
    return parse_words(stripped, language)


def scale_of(word: str | None, language: str = DEFAULT_LANGUAGE) -> int:
    """The multiplier of a scale word ("bn" -> 10**9, "Md" -> 10**9); 1 for no scale."""
    if not word:
        return 1
    return number_grammar(language).scales.get(word.lower().strip(" \t\n-."), 1)


def looks_like_year(text: str) -> bool:
    """True for a bare four-digit year (1800-2099) written without separators."""
    return bool(re.fullmatch(r"(?:18|19|20)\d\d", text.strip()))


@lru_cache(maxsize=4096)
def alpha_tokens(text: str) -> frozenset[str]:
    """The lower-cased letter runs of a text: "1.2GW, 5 dlrs" -> {"gw", "dlrs"}.

    The normalisers' pre-filters intersect this set with their vocabularies: cheaper than a
    regex alternation of hundreds of phrases. Kept per text: the pre-filters of amounts,
    quantities, terms and places read the same sentences."""
    return frozenset(_ALPHA_RE.findall(text.lower()))


def vocabulary(phrases: list[str]) -> frozenset[str]:
    """The longest letter run of each phrase, lower-cased: a text holding the phrase holds
    it ("U.S. dlrs" -> "dlrs"), so a pre-filter testing these never misses the phrase."""
    runs = (_ALPHA_RE.findall(p.lower()) for p in phrases)
    return frozenset(max(r, key=len) for r in runs if r)
