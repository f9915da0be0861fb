"""Fact-level scoring of deal records against the fixture suite, as pure functions.

Facts are flattened over an article's deals (README of `fixtures/deals`): parties
(name or alias casefold, role), amounts (value within 1 %, currency, period, kind),
quantities (value within 1 %, unit; deal quantities and site capacities), term fields,
site fields. Each expected fact matches at most one predicted fact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.models import Deal

Fact = tuple[Any, ...]
TOLERANCE = 0.01


@dataclass
class FactCounts:
    """True positives, predicted and expected facts."""

    matched: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, other: FactCounts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _unique(facts: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    for fact in facts:
        if fact not in out:
            out.append(fact)
    return out


def expected_facts(expected: Sequence[Mapping[str, Any]]) -> list[Fact]:
    """Facts of the expected deals of one fixture."""
    facts: list[Fact] = []
    for deal in expected:
        for party in deal.get("parties", []):
            names = frozenset(n.casefold() for n in [party["name"], *party.get("aliases", [])])
            facts.append(("party", names, party["role"]))
        for amount in deal.get("amounts", []):
            facts.append(
                (
                    "amount",
                    float(amount["value"]),
                    amount.get("currency"),
                    amount.get("period"),
                    amount.get("kind"),
                )
            )
        for quantity in deal.get("quantities", []):
            facts.append(("quantity", float(quantity["value"]), quantity["unit"]))
        term = deal.get("term") or {}
        for key in ("start", "end", "duration"):
            if term.get(key):
                facts.append(("term", key, term[key]))
        for site in deal.get("sites", []):
            for key in ("name", "city", "region", "country"):
                if site.get(key):
                    facts.append(("site", key, str(site[key]).casefold()))
    return _unique(facts)


def predicted_facts(deals: Sequence[Deal]) -> list[Fact]:
    """Facts of the predicted deal records of one article."""
    facts: list[Fact] = []
    for deal in deals:
        for party in deal.parties:
            facts.append(("party", party.name.casefold(), party.role))
        for amount in deal.amounts:
            facts.append(("amount", amount.value, amount.currency, amount.period, amount.kind))
        quantities = [*deal.quantities, *(s.capacity for s in deal.sites if s.capacity)]
        for quantity in quantities:
            facts.append(("quantity", quantity.value, quantity.unit))
        if deal.term is not None:
            for key in ("start", "end", "duration"):
                value = getattr(deal.term, key)
                if value:
                    facts.append(("term", key, value))
        for site in deal.sites:
            for key in ("name", "city", "region", "country"):
                value = getattr(site, key)
                if value:
                    facts.append(("site", key, str(value).casefold()))
    return _unique(facts)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


def facts_match(expected: Fact, predicted: Fact) -> bool:
    """Whether one predicted fact is the expected fact."""
    if expected[0] != predicted[0]:
        return False
    kind = expected[0]
    if kind == "party":
        return predicted[1] in expected[1] and predicted[2] == expected[2]
    if kind in ("amount", "quantity"):
        return _close(expected[1], predicted[1]) and expected[2:] == predicted[2:]
    return expected == predicted


def score_article(
    expected: Sequence[Mapping[str, Any]], deals: Sequence[Deal], not_parties: Sequence[str] = ()
) -> tuple[FactCounts, list[Fact], list[Fact]]:
    """Counts for one article plus its unmatched expected and unmatched predicted facts."""
    wanted = expected_facts(expected)
    got = predicted_facts(deals)
    banned = {n.casefold() for n in not_parties}
    missing = list(wanted)
    spurious: list[Fact] = []
    matched = 0
    for fact in got:
        if fact[0] == "party" and fact[1] in banned:
            spurious.append(fact)
            continue
        hit = next((i for i, w in enumerate(missing) if facts_match(w, fact)), None)
        if hit is None:
            spurious.append(fact)
        else:
            matched += 1
            del missing[hit]
    return FactCounts(matched, len(got), len(wanted)), missing, spurious
