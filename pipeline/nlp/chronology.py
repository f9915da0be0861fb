"""Whether a sentence tells an older deal: background cue words (`patterns/en/deal_types.json`),
a month or year before the article's date. Pure functions over sentence strings."""

from __future__ import annotations

import datetime
import re

from pipeline.nlp.rules import load_rules

PAST_YEAR = re.compile(r"\b(?:in|since|during) ((?:19|20)\d\d)\b", re.IGNORECASE)
PAST_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|to|from) (January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:,? ((?:19|20)\d\d))?\b"
)
YEAR_WINDOW = 60
YEAR_MODIFIER = re.compile(r"\b((?:19|20)\d\d)(?:'s)?\s+$")  # `its 1985 purchase of`


def past_month(text: str, published: datetime.date | None) -> bool:
    """`in March`, `in September 2024`: a month before the publication date (any month
    when the date is unknown: news names months mostly for what already happened). A
    month with no year after the publication month (`raised $1 billion in October` in a
    February article) is last year's unless the sentence looks ahead (`will`, `expected`)."""
    return bool(_past_months(text, published))


def _past_months(text: str, published: datetime.date | None) -> list[int]:
    """Where the months of `past_month` start."""
    if published is None:
        return [m.start() for m in PAST_MONTH.finditer(text)]
    rules = load_rules("deal_types.json")
    ahead = re.search(rules["future_cues"], text, re.IGNORECASE) is not None
    found: list[int] = []
    for match in PAST_MONTH.finditer(text):
        month = rules["months"].index(match.group(1).casefold()) + 1
        year = int(match.group(2)) if match.group(2) else published.year
        if (year, month) < (published.year, published.month) or (
            not match.group(2) and month > published.month and not ahead
        ):
            found.append(match.start())
    return found


def background_cue(text: str) -> int | None:
    """Where the first word saying the sentence tells an older or other deal starts."""
    cues = load_rules("deal_types.json")["background"]
    starts = [m.start() for c in cues for m in re.finditer(c, text, re.IGNORECASE)]
    return min(starts, default=None)


def tells_older(text: str, published: datetime.date | None, years: bool = True) -> bool:
    """Whether a sentence tells an older deal: a cue word, a past month, or (`years`) a
    year before the article's."""
    if background_cue(text) is not None or past_month(text, published):
        return True
    if not years:
        return False
    named = [int(y) for y in PAST_YEAR.findall(text)]
    return bool(published and named and max(named) < published.year)


def older_cues(text: str, published: datetime.date | None, years: bool = True) -> list[int]:
    """Where the words that make a sentence tell an older deal start (`tells_older`)."""
    found = [
        m.start()
        for c in load_rules("deal_types.json")["background"]
        for m in re.finditer(c, text, re.IGNORECASE)
    ]
    found += _past_months(text, published)
    if years and published:
        found += [m.start() for m in PAST_YEAR.finditer(text) if int(m.group(1)) < published.year]
    return sorted(found)


def dated_before(text: str, start: int, published: datetime.date) -> bool:
    """`invested $2 billion in Anthropic in 2023`: a year before the article's closely
    follows the deal word at `start`, or modifies it (`its 2023 purchase of X`)."""
    years = [int(y) for y in PAST_YEAR.findall(text[start : start + YEAR_WINDOW])]
    modifier = YEAR_MODIFIER.search(text[max(0, start - 12) : start])
    years += [int(modifier.group(1))] if modifier else []
    return bool(years) and max(years) < published.year


def first_past_date(text: str) -> int:
    """Where the first background cue, past year or month of a sentence starts (its
    length if none)."""
    cue = background_cue(text)
    years = [m.start() for m in PAST_YEAR.finditer(text)]
    months = [m.start() for m in PAST_MONTH.finditer(text)]
    return min([len(text), *years, *months, *([cue] if cue is not None else [])])


__all__ = [
    "background_cue",
    "dated_before",
    "first_past_date",
    "older_cues",
    "past_month",
    "tells_older",
]
