"""Contract terms in a sentence: start, end and ISO 8601 duration, with the term's kind.

Rules are data, per language (`patterns/<language>/terms_lexicon.json`: cue words, month
names, the language's date fragments); each language's regexes are compiled once.

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
- When the first part is delivered starts the term ("deliver the first building in April
  2027", "handed over in phases from March 2027"); when construction starts does not (kind
  "other"). A season without its year ("this summer", "the autumn") is read only as a start:
  the next such season not over at `published`.
- French: "jusqu'en mai 2029", "sur cinq ans", "pour une durée de 15 ans", "à partir du
  deuxième semestre 2026", "à compter du 1er janvier 2027", "début 2027", "fin de cette
  année", "du troisième trimestre 2026 jusqu'en juin 2028".
- A loan's length is its tenor (kind "tenor"): a duration of a loan noun ("a six-year
  facility", "a seven-year construction and term loan", "a maturity of seven years"), a
  maturity told from the closing ("matures on the fifth anniversary of the closing date",
  "mature five years after closing") and a maturity date ("matures on November 25, 2031").
  A tenor is a loan's term, no commercial contract's.
- "expected to close in the second half of 2026" is a mention of kind "closing" whose
  `end_date` is the expected closing: there a quarter or a half gives its first month
  ("2026-07"), a month its month, a year, "mid-2027" or "the end of 2026" the year.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, Literal

from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.numbers import alpha_tokens, number_grammar, parse_number, vocabulary
from pipeline.nlp.rules import load_rules

TermKind = Literal["contract", "tenor", "notice", "rate_period", "closing", "other"]
# Kinds that date or measure a contract, a loan's tenor included.
CONTRACT_KINDS = frozenset({"contract", "tenor"})


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
    """Alternation of phrases, longest first, any white space between words and either
    apostrophe."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(r"\s+".join(re.escape(part) for part in w.split()).replace("'", "['’]"))
    return "|".join(out)


def _norm(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


_YEAR = r"(?:19|20)\d\d(?![\d])"
_YY = r"\d\d"
_GAP = r"(?:\s+|(?<=['’]))"  # after a cue: white space, or nothing after an apostrophe
_WINDOW = 60


def _date_src(lex: dict[str, Any]) -> str:
    """The date grammar of a lexicon, with the named groups `_resolve` reads."""
    month = rf"(?:{_phrase(list(lex['months']))})\.?"
    day = lex["day_pattern"]
    rel = _phrase(list(lex["relative"]))
    units = _phrase(list(lex["relative_units"]))
    alts = [
        r"(?P<iso>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?(?![\d]))",
        rf"(?P<mdy>(?P<m1>{month})\s+(?P<d1>{day}),?\s+(?P<y1>{_YEAR}))",
        rf"(?P<dmy>(?P<d2>{day})\s+{lex['day_month_link']}(?P<m2>{month}),?\s+(?P<y2>{_YEAR}))",
        rf"(?P<my>(?P<m3>{month}),?\s+(?:of\s+)?(?P<y3>{_YEAR}))",
        # `April next year`, `March of the following year`: that month of the relative year
        rf"(?P<mrel>(?P<m8>{month}),?\s+(?:of\s+)?(?P<r8>{rel})\s+(?P<ru8>{units}))",
        rf"(?P<qy>(?:{lex['period_prefix_pattern']})(?P<y4>{_YEAR}))",
        # `the third quarter of this year`, `the first half of next year`
        rf"(?P<qrel>(?:{lex['period_prefix_pattern']})(?P<r4>{rel})\s+(?P<ru4>{units}))",
        rf"(?P<y>(?:{lex['fiscal_prefix_pattern']})?(?P<y5>{_YEAR}))",
        rf"(?P<yy>(?:{lex['short_period_pattern']})\s?['’]?(?P<y6>{_YY})(?![\d]))",
        rf"(?P<bq>{lex['bare_quarter_pattern']})",
        # `takes effect July 1`: the next July 1, written before the bare month
        *(
            [rf"(?P<md>(?P<m9>{month})\s+(?P<d9>{day}))(?!\w|\.\d|,?\s+(?:19|20)\d\d)"]
            if lex.get("bare_month_day")
            else []
        ),
        rf"(?P<mo>(?P<m4>{_phrase(lex['bare_months'])})(?!\w|\.\w))",
        rf"(?P<rel>(?P<r>{rel})\s+(?P<ru>{units}))",
        rf"(?P<relmo>(?P<r3>{rel})\s+(?P<m5>{_phrase(lex['bare_months'])})(?!\w))",
    ]
    if lex.get("seasons"):  # `this summer`, `the autumn`: a season without its year
        seasons = _phrase(list(lex["seasons"]))
        alts.append(
            rf"(?P<sea>(?:(?P<r6>{rel})\s+|{lex['season_article']})(?P<sn>{seasons}))"
            r"(?![\w-]|\s+of\b)"
        )
    if lex.get("bare_day_month"):  # `à partir du 1er juillet`: the next 1 July
        alts.append(rf"(?P<dm>(?P<d7>{day})\s+{lex['day_month_link']}(?P<m7>{month}))(?![\w.])")
    if lex["relative_after"]:  # "l'an prochain", "l'année dernière"
        after = _phrase(list(lex["relative_after"]))
        alts.append(rf"(?P<rel2>{lex['relative_after_article']}(?P<ru2>{units})\s+(?P<r2>{after}))")
    alts.append(rf"(?P<endof>{lex['this_year_pattern']})")
    return rf"(?:{lex['date_modifier_pattern']})?(?:{'|'.join(alts)})"


def _unnamed(src: str) -> str:
    """A regex source with its named groups made non-capturing (to embed it twice)."""
    return re.sub(r"\(\?P<\w+>", "(?:", src)


@dataclass(frozen=True)
class _Grammar:
    """The term rules of one language: lexicon tables and the regexes built from them."""

    lex: dict[str, Any]
    months: dict[str, int]
    units: dict[str, list[Any]]
    relative: dict[str, int]
    relative_units: dict[str, str]
    ordinals: dict[str, int]
    half_units: frozenset[str]
    ambiguous_months: frozenset[str]
    bare_end_cues: frozenset[str]
    fiscal_cues: frozenset[str]
    range_links: frozenset[str]
    date_parts: re.Pattern[str]
    range: re.Pattern[str]
    start: re.Pattern[str]
    future_start: re.Pattern[str]
    future_start_block: re.Pattern[str]
    end: re.Pattern[str]
    close: re.Pattern[str]
    period_start: re.Pattern[str]
    deadline: re.Pattern[str]
    bare_to_block: re.Pattern[str]
    fiscal_before: re.Pattern[str]
    year_before: re.Pattern[str]
    reporting_period: re.Pattern[str]
    duration: re.Pattern[str]
    dur_not_after: re.Pattern[str]
    dur_not_before: re.Pattern[str]
    dur_spending_before: re.Pattern[str]
    contract_noun: re.Pattern[str]
    contract_before: re.Pattern[str]
    rate_before: re.Pattern[str]
    notice_after: re.Pattern[str]
    option_after: re.Pattern[str]
    rate_amount_before: re.Pattern[str]
    notice_before: re.Pattern[str]
    open: re.Pattern[str]
    open_end: re.Pattern[str]
    vocabulary: frozenset[str]
    year_re: re.Pattern[str]
    elided_ranges: tuple[re.Pattern[str], ...]
    moved_before: re.Pattern[str]
    buildout_before: re.Pattern[str]
    works_before: re.Pattern[str]
    term_noun_before: re.Pattern[str]
    maturity_cues: frozenset[str]
    tenor_after: re.Pattern[str]
    tenor_before: re.Pattern[str]
    anniversaries: dict[str, int]
    maturity_cue: re.Pattern[str]
    maturities: tuple[re.Pattern[str], ...]


@cache
def _grammar(language: str) -> _Grammar:
    """The term grammar of a language (`terms_lexicon.json`), compiled once."""
    lex = load_rules("terms_lexicon.json", language)
    numbers = number_grammar(language)
    date_src = _date_src(lex)
    date = _unnamed(date_src)
    not_after_date = rf"(?!\s*(?:{'|'.join(lex['date_not_before'])})\b)(?![\d\-–]\d)"
    start_cues = "|".join([_phrase(lex["start_cues"]), *lex["start_cue_patterns"]])
    units: dict[str, list[Any]] = lex["units"]
    unit = _phrase(list(units))
    ones = _phrase([w for w, v in numbers.article_values.items() if v == 1])
    long_units = rf"| (?P<lunit>{_phrase(lex['long_units'])})-long" if lex["long_units"] else ""
    duration = re.compile(
        rf"""(?<![\w\-$£€])
        (?:
            (?P<num>{lex["duration_digits"]}|{numbers.words}|{ones})
            (?:[\s\-]+|(?<=\d)(?=[a-z]))(?P<unit>{unit})(?P<plural>s)?(?P<long>-long)?
          {long_units}
        )
        (?![\w\-]|['’]\w)""",
        re.IGNORECASE | re.VERBOSE,
    )
    dur_not_after = "|".join(f.replace(" ", r"\s+") for f in lex["duration_not_after"])
    contract_before = "|".join(
        [
            rf"(?<![\w])(?:{_phrase(lex['contract_cues_before'])}){_GAP}"
            rf"(?:(?:{_phrase(lex['duration_articles'])})\s+)?",
            *lex["contract_cue_patterns_before"],
        ]
    )
    open_terms = lex["open_terms"]
    maturity_cues = lex.get("maturity_end_cues", [])
    anniversaries = {_norm(k): v for k, v in lex.get("anniversary_ordinals", {}).items()}
    ordinal = "|".join([_phrase(list(anniversaries)), r"\d{1,2}(?:st|nd|rd|th)"])
    stops = lex.get("duration_gap_stops", [])
    gap_word = rf"(?!(?:{_phrase(stops)})\b)\S+" if stops else r"\S+"
    return _Grammar(
        lex=lex,
        months=lex["months"],
        units=units,
        relative={_norm(k): v for k, v in {**lex["relative"], **lex["relative_after"]}.items()},
        relative_units={_norm(k): v for k, v in lex["relative_units"].items()},
        ordinals={_norm(k): v for k, v in lex["ordinals"].items()},
        half_units=frozenset(lex["half_units"]),
        ambiguous_months=frozenset(lex["ambiguous_months"]),
        bare_end_cues=frozenset(lex["bare_end_cues"]),
        fiscal_cues=frozenset(lex["fiscal_end_cues"]),
        range_links=frozenset(_norm(x) for x in lex["range_links"]),
        date_parts=re.compile(date_src, re.IGNORECASE),
        range=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['range_starts'])}){_GAP}(?P<a>{date})\s*"
            rf"(?:{_phrase(lex['range_links'])})\s*(?P<b>{date}){not_after_date}",
            re.IGNORECASE,
        ),
        start=re.compile(
            rf"(?<![\w])(?:{start_cues}){_GAP}(?P<a>{date}){not_after_date}", re.IGNORECASE
        ),
        future_start=re.compile(
            rf"(?:{'|'.join(lex.get('future_start_patterns', [])) or '(?!)'}){_GAP}(?P<a>{date})"
            rf"{not_after_date}(?!\s*(?:(?:{_phrase(lex['range_links'] + ['financial', 'fiscal'])})"
            r"\b|[-–—]))",
            re.IGNORECASE,
        ),
        future_start_block=re.compile(
            rf"(?:{lex.get('future_start_not_before') or '(?!)'})$", re.IGNORECASE
        ),
        end=re.compile(
            rf"(?<![\w])(?P<cue>{_phrase(lex['end_cues'] + maturity_cues)}){_GAP}(?P<b>{date})"
            rf"{not_after_date}",
            re.IGNORECASE,
        ),
        close=re.compile(
            rf"(?<![\w])(?:{'|'.join(lex['close_cue_patterns'])}){_GAP}(?P<b>{date})"
            rf"{not_after_date}",
            re.IGNORECASE,
        ),
        period_start=re.compile(lex["period_start_pattern"], re.IGNORECASE),
        deadline=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['deadline_cues'])}){_GAP}(?P<b>{date}){not_after_date}",
            re.IGNORECASE,
        ),
        bare_to_block=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['bare_to_not_after'])})\s+$", re.IGNORECASE
        ),
        # "the year to March 31", "nine months ended ...": a reporting period, not a term.
        fiscal_before=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['fiscal_period_nouns'])})\s+$", re.IGNORECASE
        ),
        year_before=re.compile(rf"(?<![\w\-])({_YEAR})\s*$"),
        reporting_period=re.compile(
            rf"\s+(?:{_phrase(lex['fiscal_end_cues'])})\s+{date}", re.IGNORECASE
        ),
        duration=duration,
        dur_not_after=re.compile(rf"^(?:{dur_not_after})\b", re.IGNORECASE),
        dur_not_before=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['duration_not_before'])})\s+"
            rf"(?:(?:{_phrase(lex['duration_not_before_fillers'])})\s+)?$",
            re.IGNORECASE,
        ),
        dur_spending_before=re.compile(
            rf"(?:{'|'.join(lex.get('duration_spending_patterns_before', [])) or '(?!)'})$",
            re.IGNORECASE,
        ),
        contract_noun=re.compile(
            rf"^,?(?:\s+{gap_word}){{0,6}}?\s+(?:{_phrase(lex['contract_nouns'])})\b", re.IGNORECASE
        ),
        contract_before=re.compile(
            rf"(?:{contract_before})(?:(?:{_phrase(lex['duration_qualifiers'])})\s+)?$",
            re.IGNORECASE,
        ),
        rate_before=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['rate_cues_before'])})\s+$", re.IGNORECASE
        ),
        notice_after=re.compile(
            rf"^(?:['’]s?|s['’])?\s+(?:{_phrase(lex['notice_after'])})\b", re.IGNORECASE
        ),
        option_after=re.compile(rf"^(?:{'|'.join(lex['option_after']) or '(?!)'})", re.IGNORECASE),
        rate_amount_before=re.compile(rf"(?:{lex['rate_amount_before']})$", re.IGNORECASE),
        notice_before=re.compile(
            rf"(?<![\w])(?:{_phrase(lex['notice_before'])}){_GAP}$", re.IGNORECASE
        ),
        open=re.compile(rf"(?<![\w\-])(?:{_phrase(open_terms)})(?![\w\-])", re.IGNORECASE),
        open_end=re.compile(
            r"\s*(?:" + "|".join(re.escape(w) for w in lex["open_end_after"]) + r")\b",
            re.IGNORECASE,
        ),
        # Every term holds a year, a month name, a unit word, an open-term word or a
        # maturity word ("multi-year", "this month", "90 days", "pluriannuel", "anniversary").
        vocabulary=frozenset(lex["months"])
        | frozenset(lex.get("seasons", ()))
        | frozenset(lex.get("maturity_words", ()))
        | {u + suffix for u in units for suffix in ("", "s")}
        | vocabulary(open_terms),
        year_re=re.compile(
            rf"(?:19|20)\d\d|(?:{lex['short_period_pattern']})\s?['’]?\d\d"
            rf"|{lex['bare_quarter_pattern']}",
            re.IGNORECASE,
        ),
        elided_ranges=tuple(re.compile(p, re.IGNORECASE) for p in lex["elided_ranges"]),
        moved_before=re.compile(
            rf"(?:{'|'.join(lex.get('moved_before_patterns', [])) or '(?!)'})$", re.IGNORECASE
        ),
        buildout_before=re.compile(
            "|".join(
                lex.get(k, "(?!)")
                for k in ("buildout_end_before", "option_end_before", "horizon_end_before")
            ),
            re.IGNORECASE,
        ),
        term_noun_before=re.compile(
            rf"(?:{lex.get('term_noun_before') or '(?!)'})$", re.IGNORECASE
        ),
        works_before=re.compile(rf"(?:{lex.get('works_start_before') or '(?!)'})$", re.IGNORECASE),
        maturity_cues=frozenset(_norm(c) for c in maturity_cues),
        tenor_after=re.compile(lex.get("tenor_after") or "(?!)", re.IGNORECASE),
        tenor_before=re.compile(rf"(?:{lex.get('tenor_before') or '(?!)'})$", re.IGNORECASE),
        anniversaries=anniversaries,
        maturity_cue=re.compile(lex.get("maturity_cue") or "(?!)", re.IGNORECASE),
        maturities=tuple(
            re.compile(
                p.replace("{ORD}", ordinal)
                .replace("{NUM}", f"{lex['duration_digits']}|{numbers.words}")
                .replace("{UNIT}", unit),
                re.IGNORECASE,
            )
            for p in lex.get("maturity_patterns", [])
        ),
    )


def might_have_term(text: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """Cheap pre-filter: False means `find_terms(text, ..., language)` is certainly empty."""
    g = _grammar(language)
    return g.year_re.search(text) is not None or not g.vocabulary.isdisjoint(alpha_tokens(text))


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + k
    return total // 12, total % 12 + 1


def _month_of(word: str, g: _Grammar) -> int | None:
    if word in g.ambiguous_months:  # "may" (lower-case): the verb, not the month
        return None
    return g.months.get(word.lower().rstrip("."))


_RELATIVE_GROUPS = (
    ("rel", "r", "ru"),
    ("qrel", "r4", "ru4"),
    ("rel2", "r2", "ru2"),
    ("mrel", "r8", "ru8"),
)


def _relative(m: re.Match[str], g: _Grammar, published: datetime.date) -> str | None:
    """`next year`, `this month`, `l'an prochain` resolved against the publication date."""
    parts = m.groupdict()
    word, unit_word = next(
        (parts[w], parts[u]) for g, w, u in _RELATIVE_GROUPS if parts.get(g) is not None
    )
    k = g.relative[_norm(word)]
    unit = g.relative_units[_norm(unit_word)]
    if unit == "month":
        y, mo = _shift_month(published.year, published.month, k)
        return f"{y:04d}-{mo:02d}"
    if unit == "quarter":
        return str(_shift_month(published.year, published.month, 3 * k)[0])
    return str(published.year + k) if unit == "year" else None


def _resolve(
    text: str, published: datetime.date | None, g: _Grammar, season: bool = False
) -> str | None:
    """A date phrase as an ISO prefix with the precision written, or None if unresolvable.

    Quarters and halves give their year; "the end of 2027" gives "2027". A season without
    its year (`season`) is read only as a start: `through the summer` is often past."""
    m = g.date_parts.fullmatch(text.strip())
    if m is None:
        return None
    if m.group("iso"):
        return m.group("iso")
    for mg, dg, yg in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if m.group(mg):
            month = _month_of(m.group(mg), g)
            day = int(re.sub(r"\D", "", m.group(dg)))
            year = int(m.group(yg))
            if month is None or day > calendar.monthrange(year, month)[1]:
                return None
            return f"{year:04d}-{month:02d}-{day:02d}"
    if m.group("my"):
        month = _month_of(m.group("m3"), g)
        return None if month is None else f"{int(m.group('y3')):04d}-{month:02d}"
    year_group = m.group("y4") or m.group("y5")
    if year_group:
        return year_group
    if m.group("y6"):  # "2H26", "FY'27": this century
        return f"20{m.group('y6')}"
    if published is None:
        return None
    if m.group("mrel"):  # `April next year`: the month of the year `next year` gives
        named = _month_of(m.group("m8"), g)
        of_year = g.relative_units[_norm(m.group("ru8"))] == "year"
        in_year = _relative(m, g, published) if of_year else None
        return None if named is None or in_year is None else f"{in_year}-{named:02d}"
    if m.group("rel") or m.group("qrel") or m.groupdict().get("rel2"):
        return _relative(m, g, published)
    if m.group("bq"):  # "starting in Q1": the first such quarter not over at the date
        quarter = _quarter(m.group("bq"), g)
        return str(published.year + (1 if 3 * quarter < published.month else 0))
    if m.group("relmo"):  # "starting next January": the first January after the date
        month = _month_of(m.group("m5"), g)
        k = g.relative[_norm(m.group("r3"))]
        if month is None:
            return None
        year = published.year + k
        if k > 0 and month > published.month:
            year -= 1
        elif k < 0 and month < published.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    bare = next((k for k in ("dm", "md") if m.groupdict().get(k)), None)
    if bare is not None:  # "from 1 July", "July 1": the next 1 July from the publication date
        mg, dg = ("m7", "d7") if bare == "dm" else ("m9", "d9")
        month = _month_of(m.group(mg), g)
        day = int(re.sub(r"\D", "", m.group(dg)))
        year = published.year + (1 if (month or 0, day) < (published.month, published.day) else 0)
        if month is None or day > calendar.monthrange(year, month)[1]:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    if m.group("mo"):  # "until June": the next June from the publication date
        month = _month_of(m.group("m4"), g)
        if month is None:
            return None
        year = published.year + (1 if month < published.month else 0)
        return f"{year:04d}-{month:02d}"
    if m.group("endof"):
        return str(published.year)
    if season and m.groupdict().get("sea"):  # `this summer`; `the autumn`: the next one
        first = g.lex["seasons"][_norm(m.group("sn"))]
        if m.group("r6"):
            return str(published.year + g.relative[_norm(m.group("r6"))])
        return str(published.year + (1 if first + 2 < published.month else 0))
    return None


def _resolve_end(text: str, published: datetime.date | None, g: _Grammar) -> str | None:
    """An end date; `through the end of 2032` gives its last month (`2032-12`)."""
    b = _resolve(text, published, g)
    year_end = g.lex.get("year_end_pattern")
    if b is not None and len(b) == 4 and year_end and re.fullmatch(year_end, text.strip(), re.I):
        return f"{b}-12"
    return b


def _quarter(text: str, g: _Grammar) -> int:
    """The number of a quarter written `Q3`, `3Q` or `the third quarter`."""
    m = g.period_start.match(text.strip())
    if m is None:
        return 4
    return int(m.group("q") or m.group("q2") or g.ordinals.get(_norm(m.group("ord") or ""), 4))


def _resolve_close(text: str, published: datetime.date | None, g: _Grammar) -> str | None:
    """An expected closing date: a quarter or a half gives its first month."""
    year = _resolve(text, published, g)
    m = g.period_start.match(text.strip())
    if year is None or m is None or len(year) != 4:
        return year
    ordinal = g.ordinals.get(_norm(m.group("ord") or ""), 0)
    if m.group("h") or _norm(m.group("unit") or "") in g.half_units:
        half = int(m.group("h") or ordinal)
        return f"{year}-{6 * (half - 1) + 1:02d}"
    quarter = int(m.group("q") or m.group("q2") or ordinal)
    return f"{year}-{3 * (quarter - 1) + 1:02d}"


def _closings(text: str, published: datetime.date | None, g: _Grammar) -> list[TermMention]:
    out: list[TermMention] = []
    for m in g.close.finditer(text):
        b = _resolve_close(m.group("b"), published, g)
        if b:
            out.append(TermMention(m.start(), m.end(), m.group(), None, b, None, "closing"))
    return out


def _iso_duration(number: Decimal, unit: str, g: _Grammar) -> str | None:
    letter, factor = g.units[unit.lower()]
    value = number * factor
    if letter == "Y" and value != value.to_integral_value():
        value, letter = value * 12, "M"
    if value <= 0 or value != value.to_integral_value():
        return None
    return f"P{int(value)}{letter}"


def _duration_kind(
    text: str, start: int, end: int, is_adjective: bool, g: _Grammar
) -> TermKind | None:
    """The kind of a duration, or None when it is not a term (an age, a history, the
    period money is invested or an earnout is earned over); the words before it are read
    over the language's `duration_window` (French names a contract at length)."""
    before = text[max(0, start - g.lex.get("duration_window", _WINDOW)) : start]
    after = text[end : end + _WINDOW]
    if (
        g.dur_not_after.match(after)
        or g.dur_not_before.search(before)
        or g.dur_spending_before.search(before)
        or g.reporting_period.match(text, end)
    ):
        return None
    if g.notice_after.match(after) or g.notice_before.search(before):
        return "notice"
    if g.option_after.match(after):
        return "other"  # `two five-year renewal options`: an option, not the term
    if g.rate_before.search(before):
        return "rate_period"
    if (is_adjective and g.tenor_after.match(after)) or g.tenor_before.search(before):
        return "tenor"  # `a six-year facility`, `a maturity of seven years`
    if (is_adjective and g.contract_noun.match(after)) or g.contract_before.search(before):
        return "contract"
    return "other"


def _durations(text: str, language: str) -> list[TermMention]:
    g = _grammar(language)
    articles = number_grammar(language).article_values
    out: list[TermMention] = []
    for m in g.duration.finditer(text):
        if m.groupdict().get("lunit"):
            number, unit, adjective = Decimal(1), m.group("lunit"), True
        else:
            raw = m.group("num")
            parsed = parse_number(raw, language)
            if parsed is None:
                continue
            number, unit = parsed, m.group("unit")
            adjective = not m.group("plural")
            joint = text[m.end("num") : m.start("unit")]
            if m.group("plural") and "-" in joint:  # "three-quarters of"; not "dix-huit ans"
                continue
            is_article = raw.lower() in articles
            after = text[m.end() : m.end() + _WINDOW]
            cued = g.contract_before.search(text[max(0, m.start() - _WINDOW) : m.start()])
            attributive = adjective and (m.group("long") or g.contract_noun.match(after))
            if is_article and not (cued or attributive):
                continue
            if is_article and g.rate_amount_before.search(text, 0, m.start()):
                continue  # `€17.5 million a month`: a rate, not a term
        duration = _iso_duration(number, unit, g)
        kind = _duration_kind(text, m.start(), m.end(), adjective, g)
        if duration is None or kind is None:
            continue
        out.append(TermMention(m.start(), m.end(), m.group(), None, None, duration, kind))
    return out


def _maturities(text: str, language: str) -> list[TermMention]:
    """`matures on the fifth anniversary of the closing date`, `mature five years after
    closing`: a loan's tenor told from its maturity (group m of `maturity_patterns`)."""
    g = _grammar(language)
    out: list[TermMention] = []
    if not g.maturity_cue.search(text):
        return out
    for m in (m for rule in g.maturities for m in rule.finditer(text)):
        if m.groupdict().get("ord"):
            word = _norm(m.group("ord"))
            number: Decimal | None = Decimal(
                g.anniversaries.get(word) or int(re.sub(r"\D", "", word) or 0)
            )
            unit = "year"
        else:
            number, unit = parse_number(m.group("num"), language), m.group("unit")
        duration = _iso_duration(number, unit, g) if number else None
        if duration:
            out.append(
                TermMention(m.start("m"), m.end("m"), m.group("m"), None, None, duration, "tenor")
            )
    return out


def _year_range(
    text: str, start: int, m: re.Match[str], published: datetime.date | None, g: _Grammar
) -> list[TermMention]:
    """ "2012 through 2015" with no "from": a span of years, kind "other"."""
    first, last = text[start : start + 4], _resolve(m.group("b"), published, g)
    if last is None or first > last:
        return []
    return [TermMention(start, m.end(), text[start : m.end()], first, last, None, "other")]


def _dated(text: str, published: datetime.date | None, g: _Grammar) -> list[TermMention]:
    out: list[TermMention] = []
    for m in g.range.finditer(text):
        a, b = _resolve(m.group("a"), published, g), _resolve_end(m.group("b"), published, g)
        if g.moved_before.search(text, 0, m.start()):
            continue  # `the stock fell by half between January and April`: a market move
        if a and b and a <= b:
            out.append(TermMention(m.start(), m.end(), m.group(), a, b, None, "contract"))
    for m in (m for rule in g.elided_ranges for m in rule.finditer(text)):
        b = _resolve(m.group("b"), published, g)  # "du premier au quatrième trimestre 2027"
        first = m.groupdict().get("am")  # "de janvier à mars 2027": January of that year
        a = b and (f"{b[:4]}-{g.months[first.lower()]:02d}" if first else b[:4])
        if b and a and a <= b:
            out.append(TermMention(m.start(), m.end(), m.group(), a, b, None, "contract"))
    for m in g.start.finditer(text):
        a = _resolve(m.group("a"), published, g, season=True)
        if a:
            # `Construction is due to start in 2027`: when building starts, not the term
            kind: TermKind = "other" if g.works_before.search(text, 0, m.start()) else "contract"
            out.append(TermMention(m.start(), m.end(), m.group(), a, None, None, kind))
    today = published.isoformat() if published is not None else ""
    for m in g.future_start.finditer(text) if today else ():
        # `available to the board from February 2027`: a start when not yet past
        a = _resolve(m.group("a"), published, g)
        if a and a >= today[: len(a)] and not g.future_start_block.search(text, 0, m.start()):
            out.append(TermMention(m.start(), m.end(), m.group(), a, None, None, "contract"))
    for m in g.end.finditer(text):
        cue = _norm(m.group("cue"))
        before = text[max(0, m.start() - _WINDOW) : m.start()]
        year_before = g.year_before.search(before)
        if year_before and cue in g.range_links:  # "the 2012 through 2015 model"
            start = m.start() - len(before) + year_before.start(1)
            out += _year_range(text, start, m, published, g)
            continue
        if (cue in g.bare_end_cues and g.bare_to_block.search(before)) or (
            cue in g.fiscal_cues and g.fiscal_before.search(before)
        ):
            continue
        b = _resolve_end(m.group("b"), published, g)
        if b:
            # `with the rest handed over through 2029`: when a build-out ends, not the term;
            # `an option, exercisable until June 30, 2027`: when an option lapses
            kind = "other" if g.buildout_before.search(before) else "contract"
            kind = "tenor" if cue in g.maturity_cues else kind  # `matures on ...`: a loan's
            out.append(TermMention(m.start(), m.end(), m.group(), None, b, None, kind))
    for m in g.deadline.finditer(text):
        b = _resolve(m.group("b"), published, g)
        if b:
            out.append(TermMention(m.start(), m.end(), m.group(), None, b, None, "other"))
    return out


def _completes(first: TermMention, later: TermMention) -> bool:
    """Whether `later`, overlapping `first`, is the range `first` only starts (a start cue
    read before the range's own `from`)."""
    return (
        first.start_date is not None
        and first.end_date is None
        and later.start_date == first.start_date
        and later.end_date is not None
        and later.end > first.end
    )


def has_contract_dates(
    text: str, published: datetime.date | None = None, language: str = DEFAULT_LANGUAGE
) -> bool:
    """Whether `text` dates a contract: a start or an end with a term's cue (`deliveries
    commencing in the third quarter of 2028`, `between October 2026 and September 2027`)."""
    return any(
        t.kind in CONTRACT_KINDS and (t.start_date or t.end_date)
        for t in find_terms(text, published, language)
    )


def tells_contract_term(
    text: str, published: datetime.date | None = None, language: str = DEFAULT_LANGUAGE
) -> bool:
    """Whether `text` dates a contract (`has_contract_dates`) or gives its length after a
    term noun (`The initial term is five years`, `- Term: 12 years from ...`, `a tenor of
    12 years`): a sentence about the contract even when it names no party."""
    g = _grammar(language)
    return any(
        t.kind in CONTRACT_KINDS
        and (
            t.start_date
            or t.end_date
            or (t.duration and g.term_noun_before.search(text, max(0, t.start - _WINDOW), t.start))
        )
        for t in find_terms(text, published, language)
    )


def find_terms(
    text: str, published: datetime.date | None = None, language: str = DEFAULT_LANGUAGE
) -> list[TermMention]:
    """All term expressions in `text` (written in `language`), in order; relative dates
    resolved against `published` (found once per text: every deal reads the sentence)."""
    return list(_terms_in(text, published, language))


@lru_cache(maxsize=4096)
def _terms_in(
    text: str, published: datetime.date | None, language: str
) -> list[TermMention]:  # the cached list is never handed out
    if not might_have_term(text, language):
        return []
    g = _grammar(language)
    found = _closings(text, published, g) + _dated(text, published, g) + _durations(text, language)
    found += _maturities(text, language)
    found += [
        TermMention(m.start(), m.end(), m.group(), None, None, None, "contract")
        for m in g.open.finditer(text)
    ]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[TermMention] = []
    lengths: list[TermMention] = []
    for t in found:
        if kept and t.start < kept[-1].end:
            if _completes(kept[-1], t):  # `run from Jan. 1, 2027` then `... to Dec. 31, 2029`
                kept[-1] = replace(
                    kept[-1], end=t.end, text=text[kept[-1].start : t.end], end_date=t.end_date
                )
            elif _length_within(kept[-1], t):
                lengths.append(t)
            continue
        if t.end_date and not t.start_date and g.open_end.match(text, t.end):
            continue
        kept.append(t)
    return sorted(kept + lengths, key=lambda t: t.start) if lengths else kept


def _length_within(dated: TermMention, inner: TermMention) -> bool:
    """Whether `inner` is a length told inside a start's or an end's words that give no
    length (`will occupy the building for ten years from April 2027`): a fact of its own."""
    return (
        inner.duration is not None
        and dated.duration is None
        and inner.end <= dated.end
        and (dated.start_date is not None or dated.end_date is not None)
    )
