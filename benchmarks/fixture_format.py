"""The format of a deal fixture (`fixtures/deals/README.md`), checked as a pure function so a
mistyped key or role fails the test suite instead of silently scoring as a miss."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

ROLES: dict[str, frozenset[str]] = {
    "compute_contract": frozenset({"customer", "provider", "guarantor", "partner"}),
    "lease": frozenset({"lessee", "lessor", "guarantor"}),
    "power_purchase": frozenset({"buyer", "seller", "guarantor", "partner"}),
    "supply": frozenset({"buyer", "seller", "guarantor"}),
    "investment": frozenset({"investor", "investee"}),
    "acquisition": frozenset({"acquirer", "target", "seller"}),
    "licence": frozenset({"licensee", "licensor"}),
    "partnership": frozenset({"partner", "investor", "investee", "customer", "provider"}),
}
ROLES["other"] = frozenset().union(*ROLES.values())
KINDS = frozenset({"payment", "total", "option", "investment", "price", "valuation", "other"})
STYLES = frozenset(
    {
        "wire brief",
        "press release",
        "blog",
        "analysis",
        "newsletter",
        "excerpt",
        "trade press",
        "filing",
    }
)
UNITS = frozenset({"MW", "MWh", "GPU", "TPU", "chip"})
PERIODS = frozenset({"P1M", "P1Y", "P3M", "P1W", "P1D"})
TOP_KEYS = frozenset(
    {"id", "style", "url", "title", "published", "text", "expected", "not_parties"}
)
DEAL_KEYS = frozenset({"deal_type", "parties", "amounts", "quantities", "term", "sites"})
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_DURATION = re.compile(r"P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?")


def fixture_problems(fixture: Mapping[str, Any], stem: str) -> list[str]:
    """What is wrong with one fixture (empty when nothing is)."""
    missing = sorted(TOP_KEYS - set(fixture))
    unknown = sorted(set(fixture) - TOP_KEYS)
    if missing or unknown:
        return [f"missing keys {missing}, unknown keys {unknown}"]
    problems: list[str] = []
    if fixture["id"] != stem:
        problems.append("id differs from the file name")
    if fixture["style"] not in STYLES:
        problems.append(f"style {fixture['style']!r}")
    if not _DATE.fullmatch(fixture["published"] or ""):
        problems.append("published is not an ISO date")
    said = f"{fixture['title']}\n{fixture['text']}".casefold()
    if not fixture["expected"]:
        problems.append("no expected deal")
    for index, deal in enumerate(fixture["expected"]):
        problems += [f"deal {index}: {p}" for p in _deal_problems(deal, said)]
    problems += [
        f"not_party {n!r} is not in the text"
        for n in fixture["not_parties"]
        if n.casefold() not in said
    ]
    return problems


def _deal_problems(deal: Mapping[str, Any], said: str) -> list[str]:
    if set(deal) != DEAL_KEYS:
        return [f"keys {sorted(deal)}, want {sorted(DEAL_KEYS)}"]
    roles = ROLES.get(deal["deal_type"])
    if roles is None:
        return [f"deal_type {deal['deal_type']!r}"]
    problems: list[str] = []
    for party in deal["parties"]:
        if set(party) != {"name", "aliases", "role"} or party["role"] not in roles:
            problems.append(f"party {party}")
        elif not any(n.casefold() in said for n in [party["name"], *party["aliases"]]):
            problems.append(f"party {party['name']!r} is not in the text")
    for amount in deal["amounts"]:
        if (
            set(amount) != {"value", "currency", "period", "kind"}
            or not isinstance(amount["value"], int | float)
            or amount["value"] <= 0
            or not re.fullmatch(r"[A-Z]{3}", amount["currency"] or "")
            or (amount["period"] is not None and amount["period"] not in PERIODS)
            or amount["kind"] not in KINDS
        ):
            problems.append(f"amount {amount}")
    for quantity in deal["quantities"]:
        if set(quantity) != {"value", "unit"} or quantity["unit"] not in UNITS:
            problems.append(f"quantity {quantity}")
    problems += _term_problems(deal["term"])
    for site in deal["sites"]:
        if set(site) != {"name", "city", "region", "country"} or not re.fullmatch(
            r"[A-Z]{2}", site["country"] or "XX"
        ):
            problems.append(f"site {site}")
    return problems


def _term_problems(term: Mapping[str, Any] | None) -> list[str]:
    if term is None:
        return []
    if set(term) != {"start", "end", "duration"} or not any(term.values()):
        return [f"term {term} (keys start, end, duration; null when all are)"]
    dates_ok = all(term[k] is None or _DATE.fullmatch(term[k]) for k in ("start", "end"))
    duration_ok = term["duration"] is None or _DURATION.fullmatch(term["duration"])
    return [] if dates_ok and duration_ok else [f"term {term}"]
