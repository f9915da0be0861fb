"""Publication dates to ISO 8601, keeping the page's own timezone."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_ISO_LIKE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?\s*$"
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|\b)")
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[/_-]")
_MONTHS = (
    r"jan(?:uary|vier)?|feb(?:ruary)?|f[ée]v(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|"
    r"may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?|"
    r"oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?"
)
# Visible datelines: "May 22, 2026", "22 May 2026", "22 mai 2026", "2026-05-22".
DATELINE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|"
    rf"\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d{{2}}|"
    r"(?:19|20)\d{2}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)


# Month names (English, French, German, Spanish, Italian, Portuguese, Dutch) for the fast path.
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier janv januar jänner enero ene gennaio gen janeiro januari",
            "february feb février fevrier févr fevr februar febrero febbraio fevereiro februari",
            "march mar mars märz maerz marzo março maart mrt",
            "april apr avril avr abril aprile",
            "may mai mayo maggio maio mei",
            "june jun juin juni junio giugno junho",
            "july jul juillet juil juli julio luglio julho",
            "august aug août aout agosto augustus",
            "september sep sept septembre septiembre settembre set setembro",
            "october oct octobre oktober octubre ottobre ott outubro okt",
            "november nov novembre noviembre novembro",
            "december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
# A written date, month first ("Nov. 15, 2019", "Tue Nov 19 2019") or day first ("22 mai
# 2026", "5. November 2024", "3 de mayo de 2025"); the first with a real month name wins.
_WRITTEN_DATE = re.compile(
    r"\b(?:(?P<month1>[^\W\d_]+)\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year1>(?:19|20)\d{2})|(?P<day2>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?"
    r"(?P<month2>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<year2>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
# A clock time with optional am/pm and zone: "9:14 am ET", "07:47 PM EST", "18h05", "03:05:46
# GMT+0000", "10:00 (CET)", "9h14 (heure de Paris)".
_TIME = (
    r"(?<![\d:.])(?P<hour>\d{1,2})[:h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\s*(?P<half>[aApP])\.?\s?[mM]\b\.?)?"
    r"(?:\s*\(?(?P<zone>(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
    r"heure\s+(?:de\s+Paris|française)|[A-Z]{1,5})\b\)?)?"
)
_CLOCK = re.compile(_TIME)
# A time right after a dateline's date: "May 22, 2026 9:14 am ET", "22 mai 2026 à 18h05".
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+|à\s+|um\s+|a las\s+|alle\s+|[-–—|·/]\s*)?" + _TIME)
# Zone abbreviations: a fixed UTC offset in hours, or the IANA zone whose offset on that day
# applies ("ET" is -05:00 in winter, -04:00 in summer). Ambiguous ones (IST, CST in Asia...)
# are read as the US or European zone only where that reading is the common one in news.
ZONES: dict[str, float | str] = {
    "Z": 0, "UTC": 0, "GMT": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "MEZ": 1,
    "CEST": 2, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "HKT": 8,
    "SGT": 8, "AWST": 8, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "HNEC": 1, "HAEC": 2, "HNE": -5, "HAE": -4,  # French: Europe centrale, Québec
    "heure de Paris": "Europe/Paris", "heure française": "Europe/Paris",
}  # fmt: skip
_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl"]
_YEAR = re.compile(r"(?:19|20)\d{2}")
_ISO_PREFIX = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)")
_FIRST_YEAR = 1990
_DATE_LINE_MAX = 80
_DIGITS = re.compile(r"\d{4}")
# Words a date line holds besides the date: labels, weekdays, "at" in several languages.
_DATE_LINE_TEXT = (
    "published updated posted last modified on at am pm le à um el de às alle ore "
    "publié mis jour veröffentlicht aktualisiert publicado atualizado actualizado pubblicato "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo "
    "segunda terça quarta quinta sexta feira"
)
_DATE_LINE_WORDS = frozenset(_DATE_LINE_TEXT.split())


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 for a date string in any common format; the timezone is kept as written."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) > 120:
        return None
    found = _iso(value) or _written(value)
    if found is not None:
        return found
    # Only a string with a year is a publication date ("12:55 AM" is not).
    return _dateparser(value) if _YEAR.search(value) else None


def calendar_date(value: str | None) -> date | None:
    """The day an ISO 8601 value stands for: a date-time's date, a date, or the first day
    of a reduced-precision `YYYY-MM` or `YYYY`; None when it is none of these."""
    match = _ISO_PREFIX.match(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def _written(value: str) -> str | None:
    """A date written out, with its clock time and zone when the string has one
    ("Nov. 15, 2019", "November 19, 2019, 07:47 PM EST", "20 Nov 2019 08:02 GMT")."""
    day = _written_date(value)
    if day is None:
        return None
    clock = _CLOCK.search(value)
    return _with_clock(day, clock) if clock else day.isoformat()


def _written_date(value: str) -> date | None:
    for match in _WRITTEN_DATE.finditer(value):
        month_name = match.group("month1") or match.group("month2")
        month = MONTHS.get(month_name.lower())
        if month is None:
            continue
        year = match.group("year1") or match.group("year2")
        day = match.group("day1") or match.group("day2")
        try:
            return date(int(year), month, int(day))
        except ValueError:
            return None
    return None


def _with_clock(day: date, clock: re.Match[str]) -> str:
    """ISO date-time of a day and a matched clock time; the zone as written, or none."""
    hour, minute = int(clock.group("hour")), int(clock.group("minute"))
    half = (clock.group("half") or "").lower()
    if half and not 1 <= hour <= 12:
        return day.isoformat()
    if half == "p" and hour != 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return day.isoformat()
    when = datetime(day.year, day.month, day.day, hour, minute, int(clock.group("second") or 0))
    zone = _zone(clock.group("zone"), when)
    return (when.replace(tzinfo=zone) if zone else when).isoformat()


def _zone(text: str | None, when: datetime) -> tzinfo | None:
    """The timezone a written zone names at that wall-clock time, None when unknown."""
    if not text:
        return None
    offset = re.fullmatch(r"(?:GMT|UTC)?\s?([+-])(\d{1,2}):?(\d{2})?", text)
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes)) if minutes <= 14 * 60 else None
    known = ZONES.get(" ".join(text.split()))
    if isinstance(known, str):
        try:
            return timezone(ZoneInfo(known).utcoffset(when) or timedelta(0))
        except ZoneInfoNotFoundError:
            return None
    return None if known is None else timezone(timedelta(hours=known))


def _iso(value: str) -> str | None:
    match = _ISO_LIKE.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if int(year) < _FIRST_YEAR:
        return None  # a placeholder ("0001-01-01T00:00:00Z"), not a publication date
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if hour is None:
        return day_value.isoformat()
    text = f"{year}-{month}-{day}T{int(hour):02d}:{minute}:{second or '00'}"
    if fraction:
        text += "." + fraction[:6].ljust(6, "0")
    if zone:
        zone = zone.upper()
        if zone in {"Z", "UTC", "GMT"}:
            zone = "+00:00"
        elif len(zone) == 3:
            zone += ":00"
        elif ":" not in zone:
            zone = f"{zone[:3]}:{zone[3:]}"
        text += zone
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.isoformat()


def _dateparser(value: str) -> str | None:
    import dateparser

    try:
        parsed = dateparser.parse(
            value, languages=_LANGUAGES, settings={"PREFER_DAY_OF_MONTH": "first"}
        )
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    has_time = bool(re.search(r"\d{1,2}[:h]\d{2}", value))
    when: datetime = parsed
    return when.isoformat() if has_time else when.date().isoformat()


def _first_date(text: str) -> re.Match[str] | None:
    """The earliest written date with a real month name, or ISO date, in a text."""
    found = DATELINE.search(text)
    for match in _WRITTEN_DATE.finditer(text):
        if found is not None and found.start() <= match.start():
            break
        if _written_date(match.group(0)) is not None:
            return match
    return found


def is_date_line(text: str) -> bool:
    """Whether a short line only dates the page ("segunda-feira, 22 de janeiro de 2018 às
    0:13", "Updated: Nov. 19, 2019 at 7:47 PM EST"): once its date, clock time, weekday and
    label words are gone, at most one word is left."""
    if len(text) > _DATE_LINE_MAX or not _DIGITS.search(text):
        return False
    match = _first_date(text)
    if match is None:
        return False
    rest = text[: match.start()] + " " + text[match.end() :]
    rest = _CLOCK.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in _DATE_LINE_WORDS]
    return len(words) <= 1


def date_from_url(url: str | None) -> str | None:
    """The date a URL path carries (/2019/11/18/...), as YYYY-MM-DD."""
    if not url:
        return None
    match = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def find_dateline(text: str) -> str | None:
    """The first date written out in a short text (a byline or dateline), with the clock
    time that follows it when a zone makes it an instant ("Published May 22, 2026 9:14 am
    ET"); a bare clock time in running text is too loose to keep."""
    match = _first_date(text)
    if not match:
        return None
    day = normalise_date(match.group(0))
    clock = _CLOCK_AFTER.match(text, match.end())
    if day is None or clock is None or len(day) != len("2026-05-22"):
        return day
    timed = _with_clock(date.fromisoformat(day), clock)
    return timed if datetime.fromisoformat(timed).tzinfo else day
