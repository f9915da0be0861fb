"""A deal's one-sentence summary, as an analyst would write it."""

from __future__ import annotations

import datetime

from pipeline.models import Amount, Party, Quantity, Site, Term

# The verb linking the paying party to the receiving one, per deal type.
VERBS = {
    "compute_contract": "buys compute from",
    "lease": "leases from",
    "power_purchase": "buys power from",
    "supply": "buys from",
    "investment": "invests in",
    "acquisition": "acquires",
    "licence": "licenses from",
}
# Who comes first in the sentence (the payer), then who comes after the verb.
FIRST_ROLES = ("customer", "lessee", "buyer", "investor", "acquirer", "licensee")
SECOND_ROLES = ("provider", "lessor", "seller", "investee", "target", "licensor")
KIND_WORDS = {
    "total": "in total",
    "option": "with options",
    "valuation": "valuation",
    "price": "",
    "investment": "",
    "payment": "",
    "other": "contingent",
}
PERIOD_WORDS = {"P1M": "per month", "P1Y": "per year", "P3M": "per quarter", "P1W": "per week"}
QUALIFIER_WORDS = {
    "approx": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "at_most": "at most ",
    "exact": "",
}


def _money(value: float, currency: str | None) -> str:
    symbols = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "AUD": "A$", "CAD": "C$"}
    prefix = symbols.get(currency or "", "")
    suffix = "" if prefix or not currency else f" {currency}"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            number = f"{value / scale:.2f}".rstrip("0").rstrip(".")
            return f"{prefix}{number} {word}{suffix}"
    return f"{prefix}{value:,.0f}{suffix}"


def _amount(amount: Amount) -> str:
    words = _money(amount.value, amount.currency)
    if amount.value_max:
        low, high = words.split(" "), _money(amount.value_max, amount.currency).split(" ")
        same = low[1:] == high[1:]
        words = f"{low[0]}-{high[0].lstrip('$€£¥A C')}" + (" " + " ".join(low[1:]) if same else "")
        words = words if same else f"{' '.join(low)}-{' '.join(high)}"
    words = QUALIFIER_WORDS[amount.qualifier] + words
    if amount.period:
        return f"{words} {PERIOD_WORDS.get(amount.period, amount.period)}"
    tail = KIND_WORDS.get(amount.kind, "")
    return f"{words} {tail}".strip()


def _date(value: str) -> str:
    """`2029-05` -> `May 2029`; a year stays a year."""
    parts = value.split("-")
    if len(parts) >= 2:
        month = datetime.date(2000, int(parts[1]), 1).strftime("%B")
        return f"{month} {parts[0]}"
    return value


def _duration(value: str) -> str:
    number, unit = value[1:-1], value[-1]
    word = {"Y": "year", "M": "month", "W": "week", "D": "day"}.get(unit, unit)
    return f"{number} {word}{'s' if number != '1' else ''}"


def _term(term: Term) -> str:
    if term.start and term.end:
        return f"{_date(term.start)} to {_date(term.end)}"
    if term.end:
        return f"until {_date(term.end)}"
    if term.start:
        span = f"from {_date(term.start)}"
        return f"{span} for {_duration(term.duration)}" if term.duration else span
    return f"for {_duration(term.duration)}" if term.duration else ""


def _site(site: Site) -> str:
    kind = (site.kind or "").replace("_", " ") if site.kind != "location" else ""
    head = " ".join(x for x in (site.name, kind if site.name else "") if x) or (
        f"a {kind}" if kind else ""
    )
    where = ", ".join(x for x in (site.city, site.region, site.country) if x)
    words = ", ".join(x for x in (head, where) if x) or site.text
    if site.capacity is not None:
        words += f" (~{_quantity(site.capacity)})"
    return words


def _quantity(quantity: Quantity) -> str:
    """`300 MW`, `50,000 chips`."""
    value = quantity.value
    number = f"{value:,.0f}" if value == int(value) else f"{value:,g}"
    plural = quantity.unit != "MW" and value != 1 and not quantity.unit.endswith("s")
    return f"{number} {quantity.unit}{'s' if plural else ''}"


def _verb(verb: str, parties: list[Party]) -> str:
    """`pays` for one party, `pay` for two (`Blackstone and CPP Investments acquire`)."""
    if len(parties) < 2:
        return verb
    head, _, rest = verb.partition(" ")
    return " ".join(x for x in (head[:-1], rest) if x)


def _named(parties: list[Party]) -> str:
    return " and ".join(f"{p.name} ({p.role})" for p in parties)


def _who(parties: list[Party], roles: tuple[str, ...]) -> list[Party]:
    return [p for p in parties if p.role in roles]


def _clause(deal_type: str, parties: list[Party], money: list[str]) -> tuple[str, list[str]]:
    """`A (customer) pays B (provider) $1 billion`; the amounts not yet said."""
    first, second = _who(parties, FIRST_ROLES), _who(parties, SECOND_ROLES)
    sellers = [p for p in second if p.role == "seller"] if deal_type == "acquisition" else []
    second = [p for p in second if p not in sellers]
    others = [p for p in parties if p not in first + second + sellers]
    if not first or not (second or sellers) or deal_type not in VERBS:
        label = deal_type.replace("_", " ")
        named = _named(parties) if parties else "Unnamed parties"
        return f"{named}: {label}" + (f", {money[0]}" if money else ""), money[1:]
    if deal_type == "compute_contract" and money:
        clause = f"{_named(first)} {_verb('pays', first)} {_named(second)} {money.pop(0)}"
    elif deal_type == "investment" and money:
        clause = f"{_named(first)} {_verb('invests', first)} {money.pop(0)} in {_named(second)}"
    elif deal_type == "acquisition":
        target = _named(second) if second else "an asset"
        clause = f"{_named(first)} {_verb('acquires', first)} {target}"
        clause += f" from {_named(sellers)}" if sellers else ""
        clause += f" for {money.pop(0)}" if money else ""
    else:
        clause = f"{_named(first)} {_verb(VERBS[deal_type], first)} {_named(second)}"
        clause += f" for {money.pop(0)}" if money else ""
    if others:
        clause += f", with {_named(others)}"
    return clause, money


def summarise(
    deal_type: str,
    parties: list[Party],
    amounts: list[Amount],
    term: Term | None,
    sites: list[Site],
    quantities: list[Quantity],
) -> str:
    """One sentence an analyst would write: who pays whom how much, when, for what, where.

    `Anthropic (customer) pays xAI (provider) $1.25 billion per month, more than $40
    billion in total, 2026 to May 2029, for Colossus 1 data center, Memphis, Tennessee, US
    (~300 MW).`"""
    clause, money = _clause(deal_type, parties, [_amount(a) for a in amounts[:3]])
    parts = [clause, *money]
    if term is not None and (words := _term(term)):
        parts.append(words)
    site_words = "; ".join(_site(s) for s in sites[:2])
    if site_words:
        parts.append(("in " if deal_type == "acquisition" else "for ") + site_words)
    elif quantities:
        parts.append("for " + ", ".join(_quantity(q) for q in quantities[:2]))
    sentence = ", ".join(p for p in parts if p)
    return sentence[:1].upper() + sentence[1:] + "."


__all__ = ["summarise"]
