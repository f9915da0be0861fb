"""The record of a linked deal: each field's best-supported value across its reports.

A value's support is the number of reports that give it (or, for dates, a value they
refine). Ties go to the more precise value, then to the earliest report. Wherever the
reports disagree on the type, a party's side, the main amount or the term, a `Conflict`
lists each value with the reports that give it. Pure functions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from statistics import fmean
from typing import TypeVar

from pipeline.ingest.aliases import Aliases, is_company_name, normalize_party
from pipeline.ingest.currency import to_usd
from pipeline.ingest.dedupe import (
    AMOUNT_TOLERANCE,
    UNCOMPARED_KINDS,
    WILDCARD_TYPES,
    site_key,
    stated_parents,
    types_compatible,
)
from pipeline.models import (
    Amount,
    Conflict,
    Deal,
    DealSource,
    LinkedDeal,
    Party,
    Quantity,
    Site,
    Term,
    role_side,
)

T = TypeVar("T")
SAME_VALUE = 0.02  # two converted amounts this close are one figure, not a disagreement
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
_PERIODS = {"P1M": "per month", "P1Y": "per year", "P3M": "per quarter", "P1W": "per week"}


def reconcile(deal_id: str, sources: Sequence[DealSource]) -> LinkedDeal:
    """The linked deal `deal_id` from its reports (each `DealSource` with its `record`)."""
    ordered = sorted(sources, key=lambda source: (source.published or "", source.url))
    reports = [(source.url, source.record) for source in ordered if source.record is not None]
    conflicts: list[Conflict] = []
    deal_type = _vote([(url, deal.deal_type) for url, deal in reports], "deal_type", conflicts)
    status = _vote([(url, deal.status) for url, deal in reports], None, conflicts)
    amounts, usd = _amounts(reports, conflicts)
    richest = max(reports, key=lambda item: _richness(item[1]))[1] if reports else None
    dates = [source.published for source in ordered if source.published]
    confidences = [deal.confidence for _, deal in reports if deal.confidence is not None]
    return LinkedDeal(
        id=deal_id,
        deal_type=deal_type or "other",
        status=status or "reported",
        summary=richest.summary if richest else "",
        parties=_parties(reports, conflicts),
        amounts=amounts,
        amount_undisclosed=None if amounts else _first(d.amount_undisclosed for _, d in reports),
        quantities=_quantities(reports),
        term=_term(reports, conflicts),
        sites=_sites(reports),
        evidence=richest.evidence if richest else [],
        confidence=round(fmean(confidences), 3) if confidences else None,
        sources=list(ordered),
        conflicts=conflicts,
        first_reported=min(dates) if dates else None,
        last_reported=max(dates) if dates else None,
        amount_usd=usd[0] if usd else None,
        usd_rate_date=usd[1] if usd else None,
    )


def outlet_of(site_name: str | None, url: str) -> str:
    """The outlet of an article: its site name, else its host."""
    if site_name:
        return site_name
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def format_amount(amount: Amount) -> str:
    """ "$1.25 billion per month", "£930 million", "EUR 3.4 billion"."""
    value, word = amount.value, ""
    for scale, name in _SCALES:
        if abs(value) >= scale:
            value, word = value / scale, f" {name}"
            break
    currency = amount.currency or ""
    symbol = _SYMBOLS.get(currency)
    number = f"{value:.4g}{word}"
    text = f"{symbol}{number}" if symbol else f"{currency} {number}".strip()
    period = _PERIODS.get(amount.period or "", f"per {amount.period}" if amount.period else "")
    return f"{text} {period}".strip()


def _vote(
    values: Sequence[tuple[str, str]], field: str | None, conflicts: list[Conflict]
) -> str | None:
    """The most common value (ties: the earliest report's); a conflict when they differ."""
    if not values:
        return None
    counts = Counter(value for _, value in values)
    order = {value: index for index, (_, value) in reversed(list(enumerate(values)))}
    ranked = sorted(counts, key=lambda value: (-counts[value], order[value]))
    specific = [value for value in ranked if value not in WILDCARD_TYPES]
    clash = any(not types_compatible(a, b) for a in specific for b in specific)
    if field and clash:
        conflicts.append(_conflict(field, specific, values, str))
    return specific[0] if specific else ranked[0]


def _conflict(
    field: str, ranked: Sequence[T], values: Sequence[tuple[str, T]], show: Callable[[T], str]
) -> Conflict:
    return Conflict(
        field=field,
        values=[show(value) for value in ranked],
        sources=[sorted({url for url, v in values if v == value}) for value in ranked],
    )


def _parties(reports: Sequence[tuple[str, Deal]], conflicts: list[Conflict]) -> list[Party]:
    """One party per company named, supported by enough reports, on its majority side."""
    mentions = [
        (url, party)
        for url, deal in reports
        for party in deal.parties
        if is_company_name(party.name)
    ]
    parents = [pair for _, deal in reports for pair in stated_parents(deal)]
    aliases = Aliases([normalize_party(p.name) for _, p in mentions], parents)
    companies: list[list[tuple[str, Party]]] = []
    for url, party in mentions:
        name = normalize_party(party.name)
        for company in companies:
            if any(aliases.same_company(name, normalize_party(p.name)) for _, p in company):
                company.append((url, party))
                break
        else:
            companies.append([(url, party)])
    naming = len({url for url, _ in mentions}) or 1
    result: list[tuple[int, int, Party]] = []
    for position, company in enumerate(companies):
        support = len({url for url, _ in company})
        if 2 * support < naming and len(companies) > 2:
            continue  # a stray party most reports do not name
        name = _mode([party.name for _, party in company], prefer=len)
        role = _mode([party.role for _, party in company], prefer=_specific_role)
        parent = _mode([p.parent for _, p in company if p.parent] or [None])
        sides = [(url, role_side(party.role)) for url, party in company]
        taken = sorted({side for _, side in sides if side != "neither"})
        if len(taken) > 1:
            conflicts.append(
                _conflict(
                    f"parties.{name}", sorted(taken, key=lambda s: s != role_side(role)), sides, str
                )
            )
        first = next(party for _, party in company if party.name == name)
        result.append(
            (-support, position, first.model_copy(update={"role": role, "parent": parent}))
        )
    return [party for *_, party in sorted(result, key=lambda item: item[:2])]


def _specific_role(role: str) -> int:
    """Ties between roles go to a side ("customer") over "partner" or "guarantor"."""
    return int(role_side(role) != "neither")


def _amounts(
    reports: Sequence[tuple[str, Deal]], conflicts: list[Conflict]
) -> tuple[list[Amount], tuple[float, str | None] | None]:
    """The main amount most reports agree on, then the richest report's other amounts."""
    mains: list[tuple[str, Amount, float]] = []
    for url, deal in reports:
        for amount in deal.amounts:
            converted = to_usd(amount.value, amount.currency)
            if amount.kind not in UNCOMPARED_KINDS and converted is not None:
                mains.append((url, amount, converted[0]))
                break
    if not mains:
        richest = max(reports, key=lambda item: _richness(item[1]))[1] if reports else None
        return (list(richest.amounts) if richest else []), None
    groups: list[list[tuple[str, Amount, float]]] = []
    for item in mains:
        for group in groups:
            anchor = group[0]
            if anchor[1].period == item[1].period and _close(anchor[2], item[2], AMOUNT_TOLERANCE):
                group.append(item)
                break
        else:
            groups.append([item])
    best_group = max(groups, key=len)  # first of the largest: earliest reports win ties
    figures = [(url, (a.value, a.currency, a.period)) for url, a, _ in best_group]
    listed = [figure for _, figure in figures]
    counts = Counter(listed)
    ranked = sorted(counts, key=lambda f: (-counts[f], f[1] != "USD", listed.index(f)))
    giving = [a for _, a, _ in best_group if (a.value, a.currency, a.period) == ranked[0]]
    qualifier = _mode([a.qualifier for a in giving])
    chosen = next(a for a in giving if a.qualifier == qualifier)
    chosen_usd = next(u for _, a, u in best_group if a is chosen)
    differing = [
        figure
        for figure in ranked
        if figure == ranked[0]
        or not _close(
            next(u for _, a, u in best_group if (a.value, a.currency, a.period) == figure),
            chosen_usd,
            SAME_VALUE,
        )
    ]
    if len(differing) > 1:
        shown = {(a.value, a.currency, a.period): format_amount(a) for _, a, _ in best_group}
        conflicts.append(_conflict("amounts", differing, figures, lambda f: shown[f]))
    richest = max(reports, key=lambda item: _richness(item[1]))[1]
    others = [
        amount
        for amount in richest.amounts
        if not any(amount.text == a.text for _, a, _ in best_group)
    ]
    usd = to_usd(chosen.value, chosen.currency)
    return [chosen, *others], usd


def _term(reports: Sequence[tuple[str, Deal]], conflicts: list[Conflict]) -> Term | None:
    terms = [(url, deal.term) for url, deal in reports if deal.term]
    if not terms:
        return None
    picked: dict[str, str | None] = {}
    for name in ("end", "start", "duration", "expected_close"):
        values = [(url, getattr(term, name)) for url, term in terms if getattr(term, name)]
        picked[name] = _refined(values, f"term.{name}", conflicts)
    source = next(
        (term for _, term in terms if term.end == picked["end"] and picked["end"]), terms[0][1]
    )
    return Term(
        start=picked["start"],
        end=picked["end"],
        duration=picked["duration"],
        expected_close=picked["expected_close"],
        text=source.text,
    )


def _refined(
    values: Sequence[tuple[str, str]], field: str, conflicts: list[Conflict]
) -> str | None:
    """The value most reports give or refine ("2031" supports "2031-12"); ties: the more
    precise. A conflict when some values contradict each other."""
    if not values:
        return None
    distinct = list(dict.fromkeys(value for _, value in values))

    def support(value: str) -> int:
        return sum(1 for _, v in values if value.startswith(v) or v.startswith(value))

    ranked = sorted(distinct, key=lambda v: (-support(v), -len(v), distinct.index(v)))
    best = ranked[0]
    clashing = [v for v in ranked if not (best.startswith(v) or v.startswith(best))]
    if clashing:
        conflicts.append(_conflict(field, [best, *clashing], values, str))
    return best


def _quantities(reports: Sequence[tuple[str, Deal]]) -> list[Quantity]:
    """One quantity per unit: the value most reports give."""
    by_unit: dict[str, list[Quantity]] = {}
    for _, deal in reports:
        for quantity in deal.quantities:
            by_unit.setdefault(quantity.unit, []).append(quantity)
    result = []
    for items in by_unit.values():
        value = _mode([q.value for q in items])
        result.append(next(q for q in items if q.value == value))
    return result


def _sites(reports: Sequence[tuple[str, Deal]]) -> list[Site]:
    """Every named site once (the most complete record of it); unnamed ones if none is."""
    named: dict[str, Site] = {}
    unnamed: list[Site] = []
    for _, deal in reports:
        for site in deal.sites:
            if not site.name:
                unnamed.append(site)
                continue
            key = site_key(site.name)
            if key not in named or _filled(site) > _filled(named[key]):
                named[key] = site
    return list(named.values()) or unnamed[:1]


def _filled(site: Site) -> int:
    return sum(1 for value in site.model_dump().values() if value)


def _mode(values: Sequence[T], prefer: Callable[[T], int] | None = None) -> T:
    """The most common value; ties: the `prefer`-largest, then the first."""
    counts = Counter(values)
    return sorted(
        counts,
        key=lambda v: (-counts[v], -(prefer(v) if prefer else 0), values.index(v)),
    )[0]


def _first(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value), None)


def _close(x: float, y: float, tolerance: float) -> bool:
    largest = max(abs(x), abs(y))
    return largest == 0 or abs(x - y) / largest <= tolerance


def _richness(deal: Deal) -> int:
    """How much a record says: the summary and evidence come from the richest report."""
    return (
        2 * len(deal.parties)
        + 2 * len(deal.amounts)
        + len(deal.quantities)
        + len(deal.sites)
        + (2 if deal.term else 0)
    )
