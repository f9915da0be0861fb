"""Number words, digit strings and scale words: shared parsing for the normalisers.

Pure helpers: a string in, a `Decimal` (or ``None``) out. Patterns are exported as
regex source so the amount and quantity modules compile them once into their own regexes.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Scale words as written in news copy, longest first where one is a prefix of another.
SCALES: dict[str, int] = {
    "trillion": 10**12,
    "trillions": 10**12,
    "trn": 10**12,
    "tn": 10**12,
    "t": 10**12,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "million": 10**6,
    "millions": 10**6,
    "mln": 10**6,
    "mio": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
    "crore": 10**7,
    "crores": 10**7,
    "lakh": 10**5,
    "lakhs": 10**5,
}
# Single-letter scales are only read when glued to the digits ("$9bn", "€500m", "$150b").
GLUED_ONLY_SCALES: frozenset[str] = frozenset({"t", "b", "m", "k"})


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A number written with digits: "1,250,000", "1.250.000", "1,25", "71.6", "300".
DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?"
    r"|\.\d+)"
)
# A number written in words: "one", "twenty-five", "two and a half", "a", "half a".
_UNIT_WORDS = _alternation(list(UNITS))
_TEN_WORDS = _alternation(list(TENS))
_SMALL_WORD = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
WORDS = rf"(?:{_SMALL_WORD}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL_WORD})?)?(?:\s+and\s+a\s+half)?)"
ARTICLE_WORDS = r"(?:half\s+a|a\s+half|an?)"
SCALE_WORDS = _alternation([s for s in SCALES if s not in GLUED_ONLY_SCALES])
SCALE_LETTERS = _alternation(sorted(GLUED_ONLY_SCALES | {"bn", "mn", "tn", "trn", "bln", "mln"}))

MAX_DIGITS = 24  # no amount or quantity in prose is written with more digits
_SPACE_RE = re.compile(r"[\s\-]+")
_ALPHA_RE = re.compile(r"[^\W\d_]+")


def parse_digits(text: str) -> Decimal | None:
    """Parse a digit string: English thousands commas, European decimal commas and dots.

    "1,250,000" -> 1250000, "1,25" -> 1.25, "1.250.000" -> 1250000, "71.6" -> 71.6.
    A run of more than `MAX_DIGITS` digits is no figure (its value could overflow a float).
    """
    s = text.strip()
    if sum(c.isdigit() for c in s) > MAX_DIGITS:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """Parse a number written in words ("twenty-five", "two hundred", "a", "half a")."""
    words = _SPACE_RE.split(text.strip().lower())
    if words in (["a"], ["an"]):
        return Decimal(1)
    if words in (["half", "a"], ["a", "half"]):
        return Decimal("0.5")
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    half = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or Decimal(1)) * 100
        elif w == "and" and words[i + 1 : i + 3] == ["a", "half"]:
            half = True
            i += 3
            continue
        elif w == "and":
            i += 1
            continue
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    total += current
    return total + Decimal("0.5") if half else total


def parse_number(text: str) -> Decimal | None:
    """Parse a number written with digits or words."""
    stripped = text.strip()
    if stripped[:1].isdigit() or stripped[:1] == ".":
        return parse_digits(stripped)
    return parse_words(stripped)


def scale_of(word: str | None) -> int:
    """The multiplier of a scale word ("bn" -> 10**9); 1 for no scale."""
    if not word:
        return 1
    return SCALES.get(word.lower().strip(" \t\n-."), 1)


def looks_like_year(text: str) -> bool:
    """True for a bare four-digit year (1800-2099) written without separators."""
    return bool(re.fullmatch(r"(?:18|19|20)\d\d", text.strip()))


def alpha_tokens(text: str) -> set[str]:
    """The lower-cased letter runs of a text: "1.2GW, 5 dlrs" -> {"gw", "dlrs"}.

    The normalisers' pre-filters intersect this set with their vocabularies: cheaper than a
    regex alternation of hundreds of phrases."""
    return set(_ALPHA_RE.findall(text.lower()))


def vocabulary(phrases: list[str]) -> frozenset[str]:
    """The longest letter run of each phrase, lower-cased: a text holding the phrase holds
    it ("U.S. dlrs" -> "dlrs"), so a pre-filter testing these never misses the phrase."""
    runs = (_ALPHA_RE.findall(p.lower()) for p in phrases)
    return frozenset(max(r, key=len) for r in runs if r)
