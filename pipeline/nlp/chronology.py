"""Whether a sentence tells an older deal: background cue words (`patterns/<language>/
deal_types.json`), a month or year before the article's date. Pure functions over
sentence strings, read with the rules of the sentence's language."""

from __future__ import annotations

import datetime
import re
from functools import cache, lru_cache

from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.rules import load_rules
from pipeline.nlp.terms import find_terms

YEAR_WINDOW = 60
YEAR_MODIFIER = re.compile(r"\b((?:19|20)\d\d)(?:'s)?\s+$")  # `its 1985 purchase of`


@cache
def _past_year(language: str) -> re.Pattern[str]:
    """`in 2024`, `en 2019`: a year a sentence dates something to (group 1)."""
    return re.compile(load_rules("deal_types.json", language)["past_year"], re.IGNORECASE)


@cache
def _past_month(language: str) -> re.Pattern[str]:
    """`in March`, `en mars 2025`: a month (group 1) and its year (group 2), if any."""
    return re.compile(load_rules("deal_types.json", language)["past_month"])


def past_month(
    text: str, published: datetime.date | None, language: str = DEFAULT_LANGUAGE
) -> bool:
    """`in March`, `in September 2024`: a month before the publication date (any month
    when the date is unknown: news names months mostly for what already happened). A
    month with no year after the publication month (`raised $1 billion in October` in a
    February article) is last year's unless the sentence looks ahead (`will`, `expected`)."""
    return bool(_past_months(text, published, language))


def _past_months(text: str, published: datetime.date | None, language: str) -> list[int]:
    """Where the months of `past_month` start."""
    if published is None:
        return [m.start() for m in _past_month(language).finditer(text)]
    rules = load_rules("deal_types.json", language)
    ahead = re.search(rules["future_cues"], text, re.IGNORECASE) is not None
    found: list[int] = []
    for match in _past_month(language).finditer(text):
        if re.search(rules["results_period"], text[: match.start()], re.IGNORECASE):
            continue  # `sales of 2.3 billion yen in the year to March 2025`
        if (
            not match.group(2)
            and rules.get("start_months_ahead")
            and _starts_ahead(text, match.start(), published, language)
        ):
            continue  # `les premiers lots seront livrés en janvier`: next January
        built = rules.get("site_story")
        if built and re.search(built, text[max(0, match.start() - 60) : match.start()], re.I):
            continue  # `Completed in May 2026, the Property offers 64 MW`: the site's story
        month = rules["months"].index(match.group(1).casefold()) + 1
        year = int(match.group(2)) if match.group(2) else published.year
        if (year, month) < (published.year, published.month) or (
            not match.group(2) and month > published.month and not ahead
        ):
            found.append(match.start())
    return found


def _starts_ahead(text: str, start: int, published: datetime.date, language: str) -> bool:
    """Whether the month at `start` is read by a term's start cue as a start still to come
    (`seront livrés en janvier`, `à compter de janvier prochain` in an October article:
    the January after it)."""
    today = published.isoformat()
    return any(
        t.start <= start < t.end and t.start_date and t.start_date >= today[: len(t.start_date)]
        for t in find_terms(text, published, language)
    )


def recent_months(
    text: str, published: datetime.date, count: int, language: str = DEFAULT_LANGUAGE
) -> list[tuple[int, int]]:
    """The spans of the months a sentence names that are among the `count` months before
    the publication's (`fin septembre` in an article of 8 October: the month just gone; a
    month with no year after the publication's is last year's)."""
    rules = load_rules("deal_types.json", language)
    current = published.year * 12 + published.month - 1
    found: list[tuple[int, int]] = []
    for match in _past_month(language).finditer(text):
        month = rules["months"].index(match.group(1).casefold())
        year = int(match.group(2)) if match.group(2) else published.year
        if not match.group(2) and month >= published.month:  # `début décembre` in January
            year -= 1
        if 0 < current - (year * 12 + month) <= count:
            found.append(match.span())
    return found


def _past_years(
    text: str, language: str, start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """The years named with in/since/during, those of a company's or site's own story
    (`founded in 2016`, `which opened in 2014`) or of its results (`revenue of $186
    million in 2025`) left out."""
    rules = load_rules("deal_types.json", language)
    return [
        m
        for m in _past_year(language).finditer(text, start, len(text) if end is None else end)
        if not any(
            re.search(rules[key], text[max(0, m.start() - 60) : m.start()], re.IGNORECASE)
            for key in ("founding", "results")
        )
    ]


@cache
def _background(language: str) -> re.Pattern[str]:
    """The background cues as one pattern: where it first matches, the first cue starts."""
    cues = load_rules("deal_types.json", language)["background"]
    return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)


def _uncompared(text: str, language: str) -> str:
    """The text with its multiple comparisons blanked (`deal_types.json` multiples: `more
    than triple its valuation 18 months ago`, `four times what it was worth a year ago`):
    the cue dates the older figure the deal's is set against, not a deal."""
    pattern = load_rules("deal_types.json", language).get("multiples")
    if not pattern:
        return text
    return re.sub(pattern, lambda m: " " * len(m.group()), text, flags=re.IGNORECASE)


@lru_cache(maxsize=4096)  # one search of many cues, asked again for a sentence's deals
def background_cue(text: str, language: str = DEFAULT_LANGUAGE) -> int | None:
    """Where the first word saying the sentence tells an older or other deal starts."""
    first = _background(language).search(_uncompared(text, language))
    return first.start() if first else None


def tells_older(
    text: str,
    published: datetime.date | None,
    years: bool = True,
    language: str = DEFAULT_LANGUAGE,
    months: bool = True,
) -> bool:
    """Whether a sentence tells an older deal: a cue word, (`months`) a past month, or
    (`years`) a year before the article's."""
    if background_cue(text, language) is not None or (
        months and past_month(text, published, language)
    ):
        return True
    if not years:
        return False
    named = [int(m.group(1)) for m in _past_years(text, language)]
    return bool(published and named and max(named) < published.year)


def earlier_year(text: str, published: datetime.date, language: str = DEFAULT_LANGUAGE) -> bool:
    """`in September 2025`, `in 2024` in a 2026 article: a month or a year a sentence
    dates something to, of a year before the article's."""
    years = [int(m.group(2)) for m in _past_month(language).finditer(text) if m.group(2)]
    years += [int(m.group(1)) for m in _past_years(text, language)]
    return bool(years) and min(years) < published.year


def older_cues(
    text: str,
    published: datetime.date | None,
    years: bool = True,
    language: str = DEFAULT_LANGUAGE,
) -> list[int]:
    """Where the words that make a sentence tell an older deal start (`tells_older`)."""
    uncompared = _uncompared(text, language)
    found = [
        m.start()
        for c in load_rules("deal_types.json", language)["background"]
        for m in re.finditer(c, uncompared, re.IGNORECASE)
    ]
    found += _past_months(text, published, language)
    if years and published:
        found += [
            m.start() for m in _past_years(text, language) if int(m.group(1)) < published.year
        ]
    return sorted(found)


def dated_before(
    text: str, start: int, published: datetime.date, language: str = DEFAULT_LANGUAGE
) -> bool:
    """`invested $2 billion in Anthropic in 2023`: a year before the article's closely
    follows the deal word at `start`, or modifies it (`its 2023 purchase of X`)."""
    years = [int(m.group(1)) for m in _past_years(text, language, start, start + YEAR_WINDOW)]
    modifier = YEAR_MODIFIER.search(text[max(0, start - 12) : start])
    years += [int(modifier.group(1))] if modifier else []
    return bool(years) and max(years) < published.year


def first_past_date(text: str, language: str = DEFAULT_LANGUAGE) -> int:
    """Where the first background cue, past year or month of a sentence starts (its
    length if none)."""
    cue = background_cue(text, language)
    years = [m.start() for m in _past_years(text, language)]
    months = [m.start() for m in _past_month(language).finditer(text)]
    return min([len(text), *years, *months, *([cue] if cue is not None else [])])


__all__ = [
    "background_cue",
    "dated_before",
    "earlier_year",
    "first_past_date",
    "older_cues",
    "past_month",
    "recent_months",
    "tells_older",
]
