"""Amounts in US dollars, from the dated reference rates in `data/usd_rates.json`.

The rates are data, not live quotes: one rounded rate per currency and the date they are
for. They make "£930m a month" comparable with "$1.2 billion a month" when linking
reports, and give each deal a USD value stored with the rate's date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RATES_FILE = Path(__file__).with_name("data") / "usd_rates.json"


@dataclass(frozen=True)
class RateTable:
    """US dollars per unit of each currency, as of `date` (ISO 8601)."""

    date: str
    rates: dict[str, float]


@cache
def reference_rates() -> RateTable:
    """The packaged reference rates (read once)."""
    data = json.loads(RATES_FILE.read_text(encoding="utf-8"))
    return RateTable(str(data["date"]), {str(k): float(v) for k, v in data["rates"].items()})


def to_usd(value: float, currency: str | None) -> tuple[float, str | None] | None:
    """`value` in US dollars (to the cent) and the date of the rate used (None for
    dollars, which need no rate); None for a missing or unknown currency."""
    if not currency:
        return None
    code = currency.upper()
    if code == "USD":
        return value, None
    table = reference_rates()
    rate = table.rates.get(code)
    return None if rate is None else (round(value * rate, 2), table.date)
