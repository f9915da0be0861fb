"""Derive the ISO 4217 currency table (`patterns/en/amounts_currencies_iso.json`) from the
Unicode CLDR data that babel ships: every currency some territory uses today, with

- `codes`: its ISO 4217 code (`MYR`, `SEK`, `KES`); a code the hand table lacks is read
  before a number with a scale or a size (`KES 3 billion`), not after one, where it is as
  often a company's ticker (`160 million AMD shares`);
- `words`: its English names, singular and plural (`Malaysian ringgit`, `Swedish kronor`,
  `UAE dirhams`), and the bare unit word of the plural (`ringgits`, `shillings`) mapped to
  the one currency it names, or to null when several share it (`dinars`, `pesos`);
- `short_words`: the bare unit words, which need a scale word or a number of at least
  1,000 (`5 shillings` is no deal's amount).

The hand table (`amounts_currencies.json`) wins over this one where both name a word
(`dollars` is USD there). Words that are also English words (`real`) are left out
(`NOT_BARE_WORDS` below). The locales' own symbols (`RM`, `Rp`, `₦`) are not derived: read
glued to the number they added only sums that were not the deals' on the round-5
validation split.

Needs babel (`pip install -e .[dev]`), at derivation time only.
Run: .venv/bin/python benchmarks/derive_currencies.py [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

OUT = (
    Path(__file__).resolve().parents[1]
    / "pipeline"
    / "nlp"
    / "patterns"
    / "en"
    / "amounts_currencies_iso.json"
)
DOC = (
    "Derived by benchmarks/derive_currencies.py from the CLDR data babel ships (do not edit; "
    "re-run it). Every ISO 4217 currency a territory uses today: codes and "
    "English names. short_words need a scale word or a number of at least 1,000. The hand "
    "table amounts_currencies.json wins where both name a word."
)
# Bare unit words that are also common English words: "2 billion real estate".
NOT_BARE_WORDS = frozenset(
    {"real", "reals", "mark", "marks", "dram", "drams", "kip", "som", "gold"}
)


def _current_currencies() -> set[str]:
    territories = get_global("territory_currencies")
    return {
        code
        for territory in territories
        for code in get_territory_currencies(territory, tender=True)
        if re.fullmatch(r"[A-Z]{3}", code)
    }


def derive() -> dict[str, Any]:
    """The table, as written to the file."""
    currencies = _current_currencies()
    short: set[str] = set()
    words: dict[str, str | None] = {}
    bare: dict[str, set[str]] = defaultdict(set)
    for code in sorted(currencies):
        names = {get_currency_name(code, count=n, locale="en") for n in (1, 2)}
        for name in names:
            if name and name != code:
                words[name] = code
        plural = get_currency_name(code, count=2, locale="en")
        unit = plural.split()[-1]
        if " " in plural and unit.isalpha() and unit.lower() not in NOT_BARE_WORDS:
            bare[unit.lower()].add(code)
    for unit, codes in sorted(bare.items()):
        words.setdefault(unit, next(iter(codes)) if len(codes) == 1 else None)
        short.add(unit)
    return {
        "_doc": DOC,
        "codes": sorted(currencies),
        "words": dict(sorted(words.items())),
        "short_words": sorted(short),
    }


def render(table: dict[str, Any]) -> str:
    """The file's text."""
    return json.dumps(table, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render(derive())
    if args.check:
        stale = not OUT.is_file() or OUT.read_text(encoding="utf-8") != text
        print(f"{OUT.name}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
