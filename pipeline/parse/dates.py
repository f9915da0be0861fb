"""Publication dates to ISO 8601, keeping the page's own timezone."""

from __future__ import annotations

import re
from datetime import date, datetime

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
_MONTH_FIRST = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>(?:19|20)\d{2})$",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(?P<day>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?"
    r"(?P<month>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<year>(?:19|20)\d{2})$",
    re.IGNORECASE,
)
_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl"]
_YEAR = re.compile(r"(?:19|20)\d{2}")


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


def _written(value: str) -> str | None:
    """A date written out without a time ("Nov. 15, 2019", "22 mai 2026"), no dateparser."""
    match = _MONTH_FIRST.match(value) or _DAY_FIRST.match(value)
    if not match:
        return None
    month = MONTHS.get(match.group("month").lower())
    if month is None:
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def _iso(value: str) -> str | None:
    match = _ISO_LIKE.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
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
    """The first date written out in a short text (a byline or dateline)."""
    match = DATELINE.search(text)
    return normalise_date(match.group(0)) if match else None
