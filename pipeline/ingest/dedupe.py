"""One deal, many reports: group deal records into distinct deals. Pure functions.

Outlets word, round and get a deal wrong in different ways, so two records are linked on
evidence that survives noisy extraction, weighed into one score (`pair_score`):
- the companies involved, ignoring roles, after alias and parent resolution (`aliases`):
  two shared companies count for much; one is enough when a report names only one;
- the main amount, converted to US dollars (`currency`) and compared within rounding
  (`AMOUNT_TOLERANCE`);
- the term (end date, duration), shared site names or cities, the deal type's family;
- the report dates: close dates help, distant ones count against (a window, not a cut).
Some disagreements rule a link out whatever else agrees (a veto): amounts too far apart
for rounding, term ends in different years, two reports of one article, or each record
naming a counterparty the other lacks (one provider's contracts with two customers).

`cluster` links records greedily, best-supported pairs first, and never puts two vetoed
records in one deal. The result depends only on the set of records, not on the order they
arrived in: records are sorted by their key (article URL, position) first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from pipeline.ingest.aliases import Aliases, blocking_keys, is_company_name, normalize_party
from pipeline.ingest.currency import to_usd
from pipeline.models import Amount, Deal, Site

AMOUNT_TOLERANCE = 0.12  # "$1.2 billion" / "$1.25 billion" / "£930 million" at a dated rate
AMOUNT_VETO = 0.2  # further apart than this: another deal (a $14.2B deal and a $21B one)
LINK_THRESHOLD = 2.5
# Deal types that outlets use interchangeably for one deal ("leases capacity" / "compute
# contract"; "supplies power" / "power purchase agreement"). "other" and "partnership"
# are compatible with anything.
TYPE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"compute_contract", "lease", "supply"}),
    frozenset({"supply", "power_purchase"}),
    frozenset({"investment", "acquisition"}),
)
WILDCARD_TYPES: frozenset[str] = frozenset({"other", "partnership"})
UNCOMPARED_KINDS: frozenset[str] = frozenset({"valuation", "option"})
# Weights of the evidence (see the module docstring).
TWO_COMPANIES, ONE_COMPANY = 2.5, 1.0
AMOUNT_AGREES, AMOUNT_NEAR = 2.0, -1.5
SAME_END, SAME_END_MONTH, SAME_DURATION, OTHER_DURATION = 0.75, 1.0, 0.5, -0.5
SHARED_SITE, OTHER_SITES = 1.5, -2.0
SAME_TYPE, TYPE_FAMILY, OTHER_TYPE = 0.5, 0.25, -0.75
# Days between two reports -> score (the first window that contains the gap).
DATE_WINDOWS: tuple[tuple[int, float], ...] = ((7, 0.5), (30, 0.0), (120, -0.75), (365, -1.5))
FAR_APART = -3.0

RecordKey = tuple[str, int]


@dataclass(frozen=True)
class Report:
    """One article's record of a deal: `key` is (article URL, position in the article)."""

    key: RecordKey
    deal: Deal
    published: str | None = None


@dataclass(frozen=True)
class MainAmount:
    """A record's headline amount in US dollars, for comparison."""

    low: float
    high: float
    period: str | None


@dataclass(frozen=True)
class Features:
    """What linking compares, computed once per record."""

    key: RecordKey
    names: tuple[str, ...]
    parents: tuple[tuple[str, str], ...]
    amount: MainAmount | None
    end: str | None
    duration: str | None
    sites: frozenset[str]
    deal_type: str
    day: int | None
    blocks: frozenset[str] = field(default_factory=frozenset)


def features(report: Report) -> Features:
    """The comparable evidence of one record."""
    deal = report.deal
    names = tuple(
        dict.fromkeys(
            normalize_party(party.name) for party in deal.parties if is_company_name(party.name)
        )
    )
    names = tuple(name for name in names if name)
    parents = stated_parents(deal)
    blocks: set[str] = set()
    for name in (*names, *(parent for _, parent in parents)):
        blocks |= blocking_keys(name)
    return Features(
        key=report.key,
        names=names,
        parents=parents,
        amount=main_amount(deal.amounts),
        end=deal.term.end if deal.term else None,
        duration=deal.term.duration if deal.term else None,
        sites=frozenset(key for site in deal.sites for key in site_keys(site)),
        deal_type=deal.deal_type,
        day=_day(report.published),
        blocks=frozenset(blocks),
    )


def stated_parents(deal: Deal) -> tuple[tuple[str, str], ...]:
    """(party, parent) pairs a record states, normalised.

    A parent claimed for two parties of one record is a slip ("X pays Y, part of Z" read
    as both being part of Z): neither statement is trusted."""
    stated = [
        (normalize_party(party.name), normalize_party(party.parent))
        for party in deal.parties
        if party.parent and is_company_name(party.name)
    ]
    claims = [parent for _, parent in stated]
    return tuple(
        (child, parent) for child, parent in stated if claims.count(parent) == 1 and child != parent
    )


def main_amount(amounts: Sequence[Amount]) -> MainAmount | None:
    """The first amount that says what the deal is worth, in US dollars."""
    for amount in amounts:
        if amount.kind in UNCOMPARED_KINDS:
            continue
        low = to_usd(amount.value, amount.currency)
        if low is None:
            continue
        high = to_usd(amount.value_max, amount.currency) if amount.value_max else None
        return MainAmount(low[0], high[0] if high else low[0], amount.period)
    return None


def site_keys(site: Site) -> set[str]:
    """A site's name and city, compared without case or punctuation."""
    keys = {site_key(site.name)} if site.name else set()
    if site.city:
        keys.add("city:" + normalize_party(site.city))
    return keys


def site_key(name: str) -> str:
    """A site name compared without case, punctuation or a generic trailing word."""
    words = normalize_party(name).split()
    while len(words) > 1 and words[-1] in {"campus", "site", "facility", "center", "centre"}:
        words.pop()
    if len(words) > 1 and words[-1] == "data":
        words.pop()
    return " ".join(words)


def types_compatible(a: str, b: str) -> bool:
    """Same type, the same family of types, or one of them unspecific."""
    if a == b or a in WILDCARD_TYPES or b in WILDCARD_TYPES:
        return True
    return any(a in family and b in family for family in TYPE_FAMILIES)


def build_aliases(items: Iterable[Features]) -> Aliases:
    """The alias table of a set of records (names and their stated parents)."""
    listed = list(items)
    return aliases_of(
        [name for item in listed for name in item.names],
        [pair for item in listed for pair in item.parents],
    )


def aliases_of(names: Iterable[str], parents: Iterable[tuple[str, str]]) -> Aliases:
    """The alias table of some names and (name, parent) statements."""
    stated = list(parents)
    return Aliases([*names, *(parent for _, parent in stated)], stated)


def linked(a: Features, b: Features, aliases: Aliases) -> bool:
    """True when a pair scores enough to be linked (before any veto in its group)."""
    score = pair_score(a, b, aliases)
    return score is not None and score >= LINK_THRESHOLD


def pair_score(a: Features, b: Features, aliases: Aliases) -> float | None:
    """How strongly two records are one deal; None when they cannot be."""
    if a.key[0] == b.key[0]:
        return None  # one article, two deals
    shared, count_a, count_b = _shared_companies(a.names, b.names, aliases)
    if shared == 0 or (shared == 1 and count_a >= 2 and count_b >= 2):
        return None
    score = TWO_COMPANIES if shared >= 2 else ONE_COMPANY
    for part in (_amount_score(a.amount, b.amount), _term_score(a, b)):
        if part is None:
            return None
        score += part
    if a.sites and b.sites:
        score += SHARED_SITE if a.sites & b.sites else OTHER_SITES
    score += _type_score(a.deal_type, b.deal_type) + _date_score(a.day, b.day)
    return score


def same_deal(a: Deal, b: Deal) -> bool:
    """True when two records (of two articles) would be linked on their own evidence."""
    pair = [features(Report(("a", 0), a)), features(Report(("b", 0), b))]
    return linked(pair[0], pair[1], build_aliases(pair))


def cluster(reports: Iterable[Report], aliases: Aliases | None = None) -> list[list[RecordKey]]:
    """Group records into distinct deals; each group sorted, groups by their first key.

    `aliases` defaults to the records' own (`build_aliases`). Records join only along
    pairs scoring `LINK_THRESHOLD` or more, so clustering each connected set of such
    pairs apart gives the same groups as clustering everything at once."""
    items = sorted((features(report) for report in reports), key=lambda item: item.key)
    aliases = aliases or build_aliases(items)
    by_block: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for block in item.blocks:
            by_block.setdefault(block, []).append(index)
    candidates = {
        pair for members in by_block.values() for pair in itertools.combinations(sorted(members), 2)
    }
    scores: dict[tuple[int, int], float | None] = {}

    def score(i: int, j: int) -> float | None:
        pair = (min(i, j), max(i, j))
        if pair not in scores:
            scores[pair] = pair_score(items[pair[0]], items[pair[1]], aliases)
        return scores[pair]

    ranked = sorted(
        (-value, i, j)
        for i, j in candidates
        if (value := score(i, j)) is not None and value >= LINK_THRESHOLD
    )
    group_of = list(range(len(items)))
    members: dict[int, list[int]] = {index: [index] for index in range(len(items))}
    for _, i, j in ranked:
        left, right = group_of[i], group_of[j]
        if left == right:
            continue
        if any(score(x, y) is None for x in members[left] for y in members[right]):
            continue
        keep, drop = min(left, right), max(left, right)
        for index in members.pop(drop):
            group_of[index] = keep
            members[keep].append(index)
    return [sorted(items[index].key for index in group) for group in members.values()]


def _shared_companies(a: Sequence[str], b: Sequence[str], aliases: Aliases) -> tuple[int, int, int]:
    """Companies the two records share, and how many distinct companies each names."""
    groups_a, groups_b = _companies(a, aliases), _companies(b, aliases)
    used: set[int] = set()
    shared = 0
    for group in groups_a:
        for index, other in enumerate(groups_b):
            if index not in used and any(aliases.same_company(x, y) for x in group for y in other):
                used.add(index)
                shared += 1
                break
    return shared, len(groups_a), len(groups_b)


def _companies(names: Sequence[str], aliases: Aliases) -> list[list[str]]:
    """A record's names grouped by company ("xAI" and its parent "SpaceX" are one)."""
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if any(aliases.same_company(name, other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return groups


def _amount_score(a: MainAmount | None, b: MainAmount | None) -> float | None:
    if a is None or b is None or a.period != b.period:
        return 0.0
    gap = _relative_gap(a, b)
    if gap <= AMOUNT_TOLERANCE:
        return AMOUNT_AGREES
    return AMOUNT_NEAR if gap <= AMOUNT_VETO else None


def _relative_gap(a: MainAmount, b: MainAmount) -> float:
    """0 when the ranges overlap, else the distance relative to the larger value."""
    if a.low <= b.high and b.low <= a.high:
        return 0.0
    low, high = sorted((a, b), key=lambda item: item.low)
    return (high.low - low.high) / max(abs(high.low), 1e-9)


def _term_score(a: Features, b: Features) -> float | None:
    score = 0.0
    if a.end and b.end:
        if a.end[:4] != b.end[:4]:
            return None
        same_month = len(a.end) >= 7 and a.end[:7] == b.end[:7]
        score += SAME_END_MONTH if same_month else SAME_END
    if a.duration and b.duration:
        score += SAME_DURATION if a.duration == b.duration else OTHER_DURATION
    return score


def _type_score(a: str, b: str) -> float:
    if a == b:
        return SAME_TYPE if a not in WILDCARD_TYPES else 0.0
    if a in WILDCARD_TYPES or b in WILDCARD_TYPES:
        return 0.0
    return TYPE_FAMILY if types_compatible(a, b) else OTHER_TYPE


def _date_score(a: int | None, b: int | None) -> float:
    if a is None or b is None:
        return 0.0
    gap = abs(a - b)
    for days, value in DATE_WINDOWS:
        if gap <= days:
            return value
    return FAR_APART


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
