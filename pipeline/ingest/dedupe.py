"""One deal, many reports: recognise the same deal across articles. Pure functions.

Two deal records are the same deal when neither their amounts nor their term ends
contradict each other (comparable amounts, same currency and period, within
`AMOUNT_TOLERANCE`; term ends in the same year) and either
- their paying sides share a party, their receiving sides share a party (or, without
  sides, two party names are shared) and their deal types agree (same type or family, see
  `TYPE_FAMILIES`, or one is unspecific); or
- an amount or the term end positively agrees and they share two party names (roles and
  type may differ: reports and extraction disagree on those), or one names a single party
  that the other has and their types agree.

A party stated as a subsidiary ("xAI, a subsidiary of SpaceX") counts as its parent when
the other record names that parent but not the subsidiary ("pays SpaceX").
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.models import PAYING_ROLES, RECEIVING_ROLES, Amount, Deal

AMOUNT_TOLERANCE = 0.10
# Deal types that outlets use interchangeably for one deal ("leases capacity" / "compute
# contract"; "supplies power" / "power purchase agreement"). "other" and "partnership"
# are compatible with anything.
TYPE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"compute_contract", "lease"}),
    frozenset({"supply", "power_purchase"}),
)
WILDCARD_TYPES: frozenset[str] = frozenset({"other", "partnership"})
_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "plc",
        "pbc",
        "lp",
        "llp",
        "pty",
        "pte",
        "ag",
        "sa",
        "se",
        "nv",
        "bv",
        "gmbh",
        "holdings",
        "group",
        "the",
    }
)
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class DealKey:
    """What identifies a deal regardless of wording: normalised sides and type."""

    paying: frozenset[str]
    receiving: frozenset[str]
    others: frozenset[str]
    deal_type: str

    @property
    def names(self) -> frozenset[str]:
        """Every normalised party name."""
        return self.paying | self.receiving | self.others

    def fingerprint(self) -> str:
        """A short stable hash of the key (same parties and type -> same fingerprint)."""
        payload = json.dumps(
            [sorted(self.paying), sorted(self.receiving), sorted(self.others), self.deal_type]
        )
        return hashlib.sha1(payload.encode()).hexdigest()[:16]


@functools.cache
def normalize_party(name: str) -> str:
    """Casefolded, accent- and punctuation-free name without corporate suffixes."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = [word for word in _NON_WORD.split(folded) if word]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def deal_key(deal: Deal) -> DealKey:
    """The normalised identity of a deal record."""
    paying, receiving, others = set(), set(), set()
    for party in deal.parties:
        name = normalize_party(party.name)
        if not name:
            continue
        if party.role in PAYING_ROLES:
            paying.add(name)
        elif party.role in RECEIVING_ROLES:
            receiving.add(name)
        else:
            others.add(name)
    return DealKey(frozenset(paying), frozenset(receiving), frozenset(others), deal.deal_type)


def same_deal(a: Deal, b: Deal, *, tolerance: float = AMOUNT_TOLERANCE) -> bool:
    """True when two records describe the same deal (see the module docstring)."""
    key_a, key_b = deal_key(a), deal_key(b)
    key_a, key_b = _fold_parents(key_a, a, key_b.names), _fold_parents(key_b, b, key_a.names)
    if not (_amounts_compatible(a.amounts, b.amounts, tolerance) and _terms_compatible(a, b)):
        return False
    typed = types_compatible(a.deal_type, b.deal_type)
    if typed and _parties_match(key_a, key_b):
        return True
    if not _figures_agree(a, b, tolerance):
        return False
    # Agreeing figures outweigh a disagreement on roles or type between two reports that
    # name the same two parties, and let a report that names one party join its deal.
    if len(key_a.names & key_b.names) >= 2:
        return True
    smaller, larger = sorted((key_a.names, key_b.names), key=len)
    return typed and len(smaller) == 1 and smaller <= larger


def types_compatible(a: str, b: str) -> bool:
    """Same type, the same family of types, or one of them unspecific."""
    if a == b or a in WILDCARD_TYPES or b in WILDCARD_TYPES:
        return True
    return any(a in family and b in family for family in TYPE_FAMILIES)


def find_matches(deal: Deal, candidates: Iterable[tuple[str, Deal]]) -> list[str]:
    """Ids of every candidate deal with a record that is the same deal as `deal`, in order.

    Linking a record to all of them (merging them) makes the grouping the connected
    components of `same_deal`, which does not depend on the order articles arrive in."""
    found: dict[str, None] = {}
    for deal_id, candidate in candidates:
        if deal_id not in found and same_deal(deal, candidate):
            found[deal_id] = None
    return list(found)


def _fold_parents(key: DealKey, deal: Deal, other: frozenset[str]) -> DealKey:
    """`key` with each subsidiary renamed to its parent where `other` names only the parent."""
    parents = {
        normalize_party(party.name): normalize_party(party.parent)
        for party in deal.parties
        if party.parent
    }

    def fold(names: frozenset[str]) -> frozenset[str]:
        return frozenset(
            parents[name]
            if name in parents and name not in other and parents[name] in other
            else name
            for name in names
        )

    return DealKey(fold(key.paying), fold(key.receiving), fold(key.others), key.deal_type)


def _parties_match(a: DealKey, b: DealKey) -> bool:
    if a.paying and b.paying and a.receiving and b.receiving:
        return bool(a.paying & b.paying) and bool(a.receiving & b.receiving)
    return len(a.names & b.names) >= 2


def _amounts_compatible(a: Sequence[Amount], b: Sequence[Amount], tolerance: float) -> bool:
    """False when both give an amount of the same class and no pair is within tolerance."""
    for amount_class in {_amount_class(x) for x in a} & {_amount_class(x) for x in b}:
        values_a = [x.value for x in a if _amount_class(x) == amount_class]
        values_b = [x.value for x in b if _amount_class(x) == amount_class]
        if not any(_close(x, y, tolerance) for x in values_a for y in values_b):
            return False
    return True


def _figures_agree(a: Deal, b: Deal, tolerance: float) -> bool:
    """Positive evidence: an amount of the same class within tolerance, or the same end."""
    for x in a.amounts:
        for y in b.amounts:
            if _amount_class(x) == _amount_class(y) and _close(x.value, y.value, tolerance):
                return True
    return bool(a.term and b.term and a.term.end and a.term.end == b.term.end)


def _amount_class(amount: Amount) -> tuple[str | None, str | None, bool]:
    return amount.currency, amount.period, amount.kind == "total"


def _close(x: float, y: float, tolerance: float) -> bool:
    largest = max(abs(x), abs(y))
    return largest == 0 or abs(x - y) / largest <= tolerance


def _terms_compatible(a: Deal, b: Deal) -> bool:
    end_a = a.term.end if a.term else None
    end_b = b.term.end if b.term else None
    if not end_a or not end_b:
        return True
    return end_a[:4] == end_b[:4]
