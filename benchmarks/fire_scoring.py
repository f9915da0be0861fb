"""Scoring for ../shared/bench/fire-dev (the data set README's suggested rule), as pure functions.

Facts are (role, name) pairs per sentence with role buyer, target or seller:
- gold: `ActionBuy` gives its head as buyer and its tail as target, `ActionSell` its head as
  seller and its tail as target. A tail that is not a Company (a business unit, assets,
  shares) is an optional target, and so is the company after a buy or sell action whose
  buyer FIRE leaves out (`we acquired X`: no `ActionBuy`, only `Actionto`), as are the two
  sides of an `ActionMerge`. Optional facts count neither way.
- predicted: the parties of every deal extracted from the sentence; acquirer and investor
  are buyers, target and investee targets, seller sellers.
Names match after dropping bracketed aliases (a gold alias also matches), corporate
suffixes, a leading article, possessives and punctuation; an optional asset also matches a
name starting or ending with it. Generic filer names (`the Company`, `we`)
are not FIRE parties and are not counted on either side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.acq_scoring import SlotCounts
from pipeline.models import Deal

ROLES: tuple[str, ...] = ("buyer", "target", "seller")
PARTY_ROLES: Mapping[str, str] = {
    "acquirer": "buyer",
    "investor": "buyer",
    "target": "target",
    "investee": "target",
    "seller": "seller",
}
CORPORATE_SUFFIXES = frozenset(
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
        "lp",
        "llp",
        "plc",
        "sa",
        "ag",
        "nv",
        "n.v",
        "l.p",
        "l.l.p",
        "l.l.c",
        "pte",
        "pvt",
        "s.a",
        "se",
        "gmbh",
        "bv",
        "spa",
        "ab",
        "asa",
        "holdings",
        "group",
    }
)
GENERIC_NAMES = frozenset(
    {
        "",
        "we",
        "us",
        "our",
        "company",
        "registrant",
        "partnership",
        "corporation",
        "bank",
        "trust",
        "fund",
        "issuer",
        "parent",
        "buyer",
        "seller",
        "purchaser",
    }
)
DEAL_ACTION = re.compile(r"acqui|buy|bought|purchas|sale|sell|sold|divest|transfer", re.I)

Fact = tuple[str, str]


RoleCounts = SlotCounts  # correct, predicted and gold facts of one role, as for a slot


@dataclass(frozen=True)
class Gold:
    """One sentence's facts: required (role, name keys) and optional ones."""

    required: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    optional: list[tuple[str, frozenset[str]]] = field(default_factory=list)


def join_tokens(tokens: Sequence[str]) -> str:
    """FIRE's space-split tokens as text (no space before `, . ) % ;` nor after `( $`)."""
    text = " ".join(tokens)
    text = re.sub(r" ([,.)%;])", r"\1", text)
    return re.sub(r"([($]) ", r"\1", text)


def name_key(name: str) -> str:
    """A comparable form of a company name: casefolded, no article, possessive,
    punctuation or trailing corporate suffixes."""
    text = name.casefold().replace("’", "'")
    text = re.sub(r"'s\b|'$", "", text)
    text = re.sub(r"\s*-\s*", "-", text)
    words = re.findall(r"[\w&]+(?:[-.'][\w&]+)*", text)
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    key = " ".join(words)
    return "" if key in GENERIC_NAMES else key


def name_keys(name: str) -> frozenset[str]:
    """The keys a gold name matches: the name without its bracketed alias, and the alias."""
    outer = re.sub(r"\([^)]*\)", " ", name)
    aliases = re.findall(r"\(([^)]*)\)", name)
    keys = {name_key(outer), *(name_key(a.strip(" \"'“”")) for a in aliases)}
    return frozenset(k for k in keys if k)


def gold_facts(instance: Mapping[str, Any]) -> Gold:
    """The buyer/target/seller facts FIRE annotates in one instance."""
    entities = instance["entities"]
    tokens = instance["tokens"]

    def text(index: int) -> str:
        entity = entities[index]
        return join_tokens(tokens[entity["start"] : entity["end"]])

    def keys(index: int) -> frozenset[str]:
        return name_keys(text(index))

    required: list[tuple[str, frozenset[str]]] = []
    optional: list[tuple[str, frozenset[str]]] = []
    for relation in instance["relations"]:
        kind, head, tail = relation["type"], relation["head"], relation["tail"]
        if kind in ("ActionBuy", "ActionSell"):
            side = "buyer" if kind == "ActionBuy" else "seller"
            required.append((side, keys(head)))
            is_company = entities[tail]["type"] == "Company"
            (required if is_company else optional).append(("target", keys(tail)))
        elif kind == "ActionMerge":
            optional.extend((role, keys(i)) for i in (head, tail) for role in ("buyer", "target"))
        elif kind == "Actionto" and DEAL_ACTION.search(text(head)):
            optional.append(("target", keys(tail)))
    required_facts = _dedupe([(r, k) for r, k in required if k])
    optional_facts = [f for f in _dedupe(optional) if f[1] and f not in required_facts]
    return Gold(required_facts, optional_facts)


def _dedupe(facts: Iterable[tuple[str, frozenset[str]]]) -> list[tuple[str, frozenset[str]]]:
    out: list[tuple[str, frozenset[str]]] = []
    for fact in facts:
        if not any(f[0] == fact[0] and f[1] & fact[1] for f in out):
            out.append(fact)
    return out


def predicted_facts(deals: Sequence[Deal]) -> list[Fact]:
    """(role, name key) for the parties of the deals, generic filer names left out."""
    facts: list[Fact] = []
    for deal in deals:
        for party in deal.parties:
            role = PARTY_ROLES.get(party.role)
            key = name_key(re.sub(r"\([^)]*\)", " ", party.name))
            if role is not None and key and (role, key) not in facts:
                facts.append((role, key))
    return facts


def _covers(key: str, optional: frozenset[str]) -> bool:
    """An optional asset matches when one name starts or ends with the other (`Naglazyme
    intellectual property` and `intellectual property`, `Brine unit` and `Brine`)."""
    return any(a.startswith(b) or a.endswith(b) for o in optional for a, b in ((key, o), (o, key)))


def score_sentence(
    predicted: Sequence[Fact], gold: Gold
) -> tuple[dict[str, RoleCounts], list[Fact], list[Fact]]:
    """Per-role counts, the missed and the spurious facts of one sentence. Each predicted
    fact matches at most one gold fact; matching an optional fact counts neither way."""
    counts = {role: RoleCounts() for role in ROLES}
    unmatched = list(gold.required)
    spurious: list[Fact] = []
    for role, key in predicted:
        hit = next((g for g in unmatched if g[0] == role and key in g[1]), None)
        if hit is not None:
            unmatched.remove(hit)
            counts[role].correct += 1
            counts[role].predicted += 1
        elif not any(r == role and _covers(key, keys) for r, keys in gold.optional):
            counts[role].predicted += 1
            spurious.append((role, key))
    for role, _ in gold.required:
        counts[role].gold += 1
    missed = [(role, sorted(keys)[0]) for role, keys in unmatched]
    return counts, missed, spurious


def total(counts: Mapping[str, RoleCounts]) -> RoleCounts:
    """Micro-average over the roles."""
    out = RoleCounts()
    for role in ROLES:
        out.add(counts[role])
    return out
