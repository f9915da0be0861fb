"""Contract terms in a sentence: start, end and ISO 8601 duration, with the term's kind.

Rules are data (`patterns/en/terms_lexicon.json`); regexes are compiled once at import.

Decisions:
- Dates keep the precision written: "2029", "2029-05", "2029-05-31"; a quarter, a half, a
  season ("the autumn of 2029") and "the end of 2027" give the year ("2027"), as the record
  contract's prefixes allow.
- Relative dates ("next year", "this month") are resolved against `published`; without it
  they are dropped. `dateparser` is not used: it returns full dates (inventing a day for
  "May 2029"), and is slow on the hot path; this small grammar keeps the precision.
- A bare year ("In 2026, ...") is not a term: a date needs a cue ("until", "starting in",
  "from ... through ..."). "by 2029" is a deadline: an end date of kind "other".
- "multi-year" is a mention of kind "contract" with no dates and no duration.
- "expected to close in the second half of 2026" is a mention of kind "closing" whose
  `end_date` is the expected closing: there a quarter or a half gives its first month
  ("2026-07"), a month its month, a year, "mid-2027" or "the end of 2026" the year.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from pipeline.nlp.numbers import WORDS, alpha_tokens, parse_number
from pipeline.nlp.rules import load_rules

_LEX = load_rules("terms_lexicon.json")


TermKind = Literal["contract", "notice", "rate_period", "closing", "other"]


@dataclass(frozen=True)
class TermMention:
    """One term expression: offsets and text into the sentence, normalised dates."""

    start: int
    end: int
    text: str
    start_date: str | None
    end_date: str | None
    duration: str | None
    kind: TermKind


def _phrase(words: list[str]) -> str:
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(r"\s+".join(re.escape(part) for part in w.split()))
    return "|".join(out)


_MONTHS: dict[str, int] = _LEX["months"]
_UNITS: dict[str, list[Any]] = _LEX["units"]
_RELATIVE: dict[str, int] = _LEX["relative"]

_MONTH = rf"(?:{_phrase(list(_MONTHS))})\.?"
_MONTH_NAME = _phrase([m for m in _MONTHS if len(m) > 4 or m in ("june", "july")])
_YEAR = r"(?:19|20)\d\d(?![\d])"
_YY = r"\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORD = r"(?:first|second|third|fourth)"


def _date_src(named: bool) -> str:
    """The date grammar; with `named`, groups that `_resolve` reads."""

    def g(name: str, src: str) -> str:
        return f"(?P<{name}>{src})" if named else f"(?:{src})"

    mod = (  # written, but not more precise: "the end of 2027" is "2027"
        r"(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+(?:the\s+)?"
        r"|(?:early|mid|late|later|end|year-end|year\s+end)[\s\-]+(?:of\s+)?"
        r"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?=(?:19|20)\d\d)"
    )
    rel = _phrase(list(_RELATIVE))
    alts = [
        g("iso", r"(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?(?![\d])"),
        g("mdy", rf"{g('m1', _MONTH)}\s+{g('d1', _DAY)},?\s+{g('y1', _YEAR)}"),
        g("dmy", rf"{g('d2', _DAY)}\s+(?:of\s+)?{g('m2', _MONTH)},?\s+{g('y2', _YEAR)}"),
        g("my", rf"{g('m3', _MONTH)},?\s+(?:of\s+)?{g('y3', _YEAR)}"),
        g(
            "qy",
            rf"(?:(?:Q[1-4]|[1-4]Q|H[12])\s*|(?:the\s+)?{_ORD}\s+quarter\s+of\s+"
            rf"|(?:the\s+)?(?:first|second)\s+half\s+of\s+)(?:fiscal\s+)?{g('y4', _YEAR)}",
        ),
        g("y", rf"(?:fiscal\s+(?:year\s+)?|FY\s?)?{g('y5', _YEAR)}"),
        g("yy", rf"(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY)\s?['’]?{g('y6', _YY)}(?![\d])"),
        g("mo", rf"{g('m4', _MONTH_NAME)}(?!\w|\.\w)"),
        g("rel", rf"{g('r', rel)}\s+{g('ru', r'year|month|quarter|decade')}"),
        g("relmo", rf"{g('r2', rel)}\s+{g('m5', _MONTH_NAME)}(?!\w)"),
        g("endof", r"(?<=of\s)(?:the\s+)?year"),
    ]
    return rf"(?:{mod})?(?:{'|'.join(alts)})"


_DATE = _date_src(named=False)
_DATE_PARTS = re.compile(_date_src(named=True), re.IGNORECASE)
_NOT_AFTER_DATE = rf"(?!\s*(?:{'|'.join(_LEX['date_not_before'])})\b)(?![\d\-–]\d)"

_RANGE_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['range_starts'])})\s+(?P<a>{_DATE})\s*"
    rf"(?:{_phrase(_LEX['range_links'])})\s*(?P<b>{_DATE}){_NOT_AFTER_DATE}",
    re.IGNORECASE,
)
_START_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['start_cues'])}|{'|'.join(_LEX['start_cue_patterns'])})"
    rf"\s+(?P<a>{_DATE}){_NOT_AFTER_DATE}",
    re.IGNORECASE,
)
_END_RE = re.compile(
    rf"(?<![\w])(?P<cue>{_phrase(_LEX['end_cues'])})\s+(?P<b>{_DATE}){_NOT_AFTER_DATE}",
    re.IGNORECASE,
)
_CLOSE_RE = re.compile(
    rf"(?<![\w])(?:{'|'.join(_LEX['close_cue_patterns'])})\s+(?P<b>{_DATE}){_NOT_AFTER_DATE}",
    re.IGNORECASE,
)
_PERIOD_START_RE = re.compile(
    r"^(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])|(?:the\s+)?(?P<ord>first|second|third|fourth)"
    r"\s+(?P<unit>quarter|half))",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_DEADLINE_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['deadline_cues'])})\s+(?P<b>{_DATE}){_NOT_AFTER_DATE}",
    re.IGNORECASE,
)
_BARE_TO_BLOCK_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['bare_to_not_after'])})\s+$", re.IGNORECASE
)
# "the year to March 31", "nine months ended ...": a reporting period, not a term.
_FISCAL_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['fiscal_period_nouns'])})\s+$", re.IGNORECASE
)
_FISCAL_CUES = frozenset(_LEX["fiscal_end_cues"])
_RANGE_LINKS = frozenset(_LEX["range_links"])
_YEAR_BEFORE_RE = re.compile(rf"(?<![\w\-])({_YEAR})\s*$")
_REPORTING_PERIOD_RE = re.compile(
    rf"\s+(?:{_phrase(_LEX['fiscal_end_cues'])})\s+{_DATE}", re.IGNORECASE
)

_UNIT = _phrase(list(_UNITS))
_DUR_NUM = rf"(?:\d+(?:\.\d+)?|{WORDS}|an?)"
_DURATION_RE = re.compile(
    rf"""(?<![\w\-$£€])
    (?:
        (?P<num>{_DUR_NUM})(?:[\s\-]+|(?<=\d)(?=[a-z]))(?P<unit>{_UNIT})(?P<plural>s)?(?P<long>-long)?
      | (?P<lunit>year|decade|month)-long
    )
    (?![\w\-]|['’]\w)""",
    re.IGNORECASE | re.VERBOSE,
)
_DUR_NOT_AFTER = "|".join(f.replace(" ", r"\s+") for f in _LEX["duration_not_after"])
_DUR_NOT_AFTER_RE = re.compile(rf"^(?:{_DUR_NOT_AFTER})\b", re.IGNORECASE)
_DUR_NOT_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['duration_not_before'])})\s+(?:(?:the|few)\s+)?$",
    re.IGNORECASE,
)
_CONTRACT_NOUN_RE = re.compile(
    rf"^,?(?:\s+\S+){{0,6}}?\s+(?:{_phrase(_LEX['contract_nouns'])})\b", re.IGNORECASE
)
_CONTRACT_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['contract_cues_before'])})\s+(?:(?:the|a|an|its)\s+)?"
    rf"(?:(?:{_phrase(_LEX['duration_qualifiers'])})\s+)?$",
    re.IGNORECASE,
)
_RATE_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{_phrase(_LEX['rate_cues_before'])})\s+$", re.IGNORECASE
)
_NOTICE_AFTER_RE = re.compile(
    rf"^(?:['’]s?|s['’])?\s+(?:{_phrase(_LEX['notice_after'])})\b", re.IGNORECASE
)
_NOTICE_BEFORE_RE = re.compile(rf"(?<![\w])(?:{_phrase(_LEX['notice_before'])})\s+$", re.IGNORECASE)
_OPEN_RE = re.compile(rf"(?<![\w\-])(?:{_phrase(_LEX['open_terms'])})(?![\w\-])", re.IGNORECASE)
# Every term holds a year, a month name or a unit word ("multi-year", "this month", "90 days").
_VOCABULARY = frozenset(_MONTHS) | {u + suffix for u in _UNITS for suffix in ("", "s")}
_YEAR_RE = re.compile(r"(?:19|20)\d\d|(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY)\s?['’]?\d\d", re.I)
_WINDOW = 60


def might_have_term(text: str) -> bool:
    """Cheap pre-filter: False means `find_terms(text, ...)` is certainly empty."""
    return _YEAR_RE.search(text) is not None or not _VOCABULARY.isdisjoint(alpha_tokens(text))


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + k
    return total // 12, total % 12 + 1


def _month_of(word: str) -> int | None:
    if word == "may":  # the verb, not the month
        return None
    return _MONTHS.get(word.lower().rstrip("."))


def _resolve(text: str, published: datetime.date | None) -> str | None:
    """A date phrase as an ISO prefix with the precision written, or None if unresolvable.

    Quarters and halves give their year; "the end of 2027" gives "2027"."""
    m = _DATE_PARTS.fullmatch(text.strip())
    if m is None:
        return None
    if m.group("iso"):
        return m.group("iso")
    for mg, dg, yg in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if m.group(mg):
            month = _month_of(m.group(mg))
            day = int(re.sub(r"\D", "", m.group(dg)))
            year = int(m.group(yg))
            if month is None or day > calendar.monthrange(year, month)[1]:
                return None
            return f"{year:04d}-{month:02d}-{day:02d}"
    if m.group("my"):
        month = _month_of(m.group("m3"))
        return None if month is None else f"{int(m.group('y3')):04d}-{month:02d}"
    year_group = m.group("y4") or m.group("y5")
    if year_group:
        return year_group
    if m.group("y6"):  # "2H26", "FY'27": this century
        return f"20{m.group('y6')}"
    if published is None:
        return None
    if m.group("rel"):
        k = _RELATIVE[" ".join(m.group("r").lower().split())]
        unit = m.group("ru").lower()
        if unit == "month":
            y, mo = _shift_month(published.year, published.month, k)
            return f"{y:04d}-{mo:02d}"
        if unit == "quarter":
            return str(_shift_month(published.year, published.month, 3 * k)[0])
        return str(published.year + k) if unit == "year" else None
    if m.group("relmo"):  # "starting next January": the first January after the date
        month = _month_of(m.group("m5"))
        k = _RELATIVE[" ".join(m.group("r2").lower().split())]
        if month is None:
            return None
        year = published.year + k
        if k > 0 and month > published.month:
            year -= 1
        elif k < 0 and month < published.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    if m.group("mo"):  # "until June": the next June from the publication date
        month = _month_of(m.group("m4"))
        if month is None:
            return None
        year = published.year + (1 if month < published.month else 0)
        return f"{year:04d}-{month:02d}"
    if m.group("endof"):
        return str(published.year)
    return None


def _resolve_close(text: str, published: datetime.date | None) -> str | None:
    """An expected closing date: a quarter or a half gives its first month."""
    year = _resolve(text, published)
    m = _PERIOD_START_RE.match(text.strip())
    if year is None or m is None or len(year) != 4:
        return year
    if m.group("h") or (m.group("unit") or "").lower() == "half":
        half = int(m.group("h") or _ORDINALS[m.group("ord").lower()])
        return f"{year}-{6 * (half - 1) + 1:02d}"
    quarter = int(m.group("q") or m.group("q2") or _ORDINALS[m.group("ord").lower()])
    return f"{year}-{3 * (quarter - 1) + 1:02d}"


def _closings(text: str, published: datetime.date | None) -> list[TermMention]:
    out: list[TermMention] = []
    for m in _CLOSE_RE.finditer(text):
        b = _resolve_close(m.group("b"), published)
        if b:
            out.append(TermMention(m.start(), m.end(), m.group(), None, b, None, "closing"))
    return out


def _iso_duration(number: Decimal, unit: str) -> str | None:
    letter, factor = _UNITS[unit.lower()]
    value = number * factor
    if letter == "Y" and value != value.to_integral_value():
        value, letter = value * 12, "M"
    if value <= 0 or value != value.to_integral_value():
        return None
    return f"P{int(value)}{letter}"


def _duration_kind(text: str, start: int, end: int, is_adjective: bool) -> TermKind | None:
    """The kind of a duration, or None when it is not a term (an age, a history)."""
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    if (
        _DUR_NOT_AFTER_RE.match(after)
        or _DUR_NOT_BEFORE_RE.search(before)
        or _REPORTING_PERIOD_RE.match(text, end)
    ):
        return None
    if _NOTICE_AFTER_RE.match(after) or _NOTICE_BEFORE_RE.search(before):
        return "notice"
    if _RATE_BEFORE_RE.search(before):
        return "rate_period"
    if (is_adjective and _CONTRACT_NOUN_RE.match(after)) or _CONTRACT_BEFORE_RE.search(before):
        return "contract"
    return "other"


def _durations(text: str) -> list[TermMention]:
    out: list[TermMention] = []
    for m in _DURATION_RE.finditer(text):
        if m.group("lunit"):
            number, unit, adjective = Decimal(1), m.group("lunit"), True
        else:
            raw = m.group("num")
            parsed = parse_number(raw)
            if parsed is None:
                continue
            number, unit = parsed, m.group("unit")
            adjective = not m.group("plural")
            if m.group("plural") and "-" in m.group():  # "three-quarters of": a fraction
                continue
            is_article = raw.lower() in ("a", "an")
            after = text[m.end() : m.end() + _WINDOW]
            cued = _CONTRACT_BEFORE_RE.search(text[max(0, m.start() - _WINDOW) : m.start()])
            attributive = adjective and (m.group("long") or _CONTRACT_NOUN_RE.match(after))
            if is_article and not (cued or attributive):
                continue
        duration = _iso_duration(number, unit)
        kind = _duration_kind(text, m.start(), m.end(), adjective)
        if duration is None or kind is None:
            continue
        out.append(TermMention(m.start(), m.end(), m.group(), None, None, duration, kind))
    return out


def _year_range(
    text: str, start: int, m: re.Match[str], published: datetime.date | None
) -> list[TermMention]:
    """ "2012 through 2015" with no "from": a span of years, kind "other"."""
    first, last = text[start : start + 4], _resolve(m.group("b"), published)
    if last is None or first > last:
        return []
    return [TermMention(start, m.end(), text[start : m.end()], first, last, None, "other")]


def _dated(text: str, published: datetime.date | None) -> list[TermMention]:
    out: list[TermMention] = []
    for m in _RANGE_RE.finditer(text):
        a, b = _resolve(m.group("a"), published), _resolve(m.group("b"), published)
        if a and b and a <= b:
            out.append(TermMention(m.start(), m.end(), m.group(), a, b, None, "contract"))
    for m in _START_RE.finditer(text):
        a = _resolve(m.group("a"), published)
        if a:
            out.append(TermMention(m.start(), m.end(), m.group(), a, None, None, "contract"))
    for m in _END_RE.finditer(text):
        cue = " ".join(m.group("cue").lower().split())
        before = text[max(0, m.start() - _WINDOW) : m.start()]
        year_before = _YEAR_BEFORE_RE.search(before)
        if year_before and cue in _RANGE_LINKS:  # "the 2012 through 2015 model"
            out += _year_range(text, m.start() - len(before) + year_before.start(1), m, published)
            continue
        if (cue == "to" and _BARE_TO_BLOCK_RE.search(before)) or (
            cue in _FISCAL_CUES and _FISCAL_BEFORE_RE.search(before)
        ):
            continue
        b = _resolve(m.group("b"), published)
        if b:
            out.append(TermMention(m.start(), m.end(), m.group(), None, b, None, "contract"))
    for m in _DEADLINE_RE.finditer(text):
        b = _resolve(m.group("b"), published)
        if b:
            out.append(TermMention(m.start(), m.end(), m.group(), None, b, None, "other"))
    return out


_OPEN_END_RE = re.compile(
    r"\s*(?:" + "|".join(re.escape(w) for w in _LEX["open_end_after"]) + r")\b", re.IGNORECASE
)


def find_terms(text: str, published: datetime.date | None = None) -> list[TermMention]:
    """All term expressions in `text`, in order; relative dates resolved against `published`."""
    if not might_have_term(text):
        return []
    found = _closings(text, published) + _dated(text, published) + _durations(text)
    found += [
        TermMention(m.start(), m.end(), m.group(), None, None, None, "contract")
        for m in _OPEN_RE.finditer(text)
    ]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[TermMention] = []
    for t in found:
        if kept and t.start < kept[-1].end:
            continue
        if t.end_date and not t.start_date and _OPEN_END_RE.match(text, t.end):
            continue
        kept.append(t)
    return kept
