"""Scoring for the acquisitions-dev slots (the data set's own rule), as pure functions.

A key file holds one template: `SLOT: "a" / "b"` lines (alternatives for one answer),
several lines for several answers, `---` for an empty slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.models import PAYING_ROLES, Deal

SLOTS: tuple[str, ...] = ("ACQUIRED", "ACQLOC", "DLRAMT", "PURCHASER", "SELLER")
Answers = dict[str, list[list[str]]]


@dataclass
class SlotCounts:
    """Correct, predicted and gold counts for one slot."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: SlotCounts) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse_key(text: str) -> Answers:
    """The gold answers of a key file: slot -> answers, each a list of alternatives."""
    answers: Answers = {slot: [] for slot in SLOTS}
    for line in text.splitlines():
        slot, _, value = line.partition(":")
        slot = slot.strip()
        if slot not in answers or value.strip() in ("", "---"):
            continue
        alternatives = re.findall(r'"([^"]*)"', value)
        if alternatives:
            answers[slot].append(alternatives)
    return answers


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def score_slot(predicted: Sequence[str], gold: Sequence[Sequence[str]]) -> SlotCounts:
    """Each predicted string matches at most one unmatched gold answer (case-insensitive)."""
    unmatched = [{_norm(a) for a in answer} for answer in gold]
    correct = 0
    for string in predicted:
        for i, alternatives in enumerate(unmatched):
            if _norm(string) in alternatives:
                correct += 1
                del unmatched[i]
                break
    return SlotCounts(correct, len(predicted), len(gold))


def _unique(strings: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for s in strings:
        seen.setdefault(_norm(s), s.strip())
    return list(seen.values())


def deals_to_slots(deals: Sequence[Deal]) -> dict[str, list[str]]:
    """Map deal records onto the slots (README mapping), from the main deal."""
    slots: dict[str, list[str]] = {slot: [] for slot in SLOTS}
    if not deals:
        return slots
    deal = deals[0]
    for party in deal.parties:
        if party.role in PAYING_ROLES:
            slots["PURCHASER"].append(party.text)
        elif party.role in ("target", "investee"):
            slots["ACQUIRED"].append(party.text)
        elif party.role == "seller":
            slots["SELLER"].append(party.text)
    slots["DLRAMT"] = [a.text for a in deal.amounts[:1]] or (
        [deal.amount_undisclosed] if deal.amount_undisclosed else []
    )
    slots["ACQLOC"] = [s.text for s in deal.sites if s.kind == "location"]
    return {slot: _unique(values) for slot, values in slots.items()}


def score_story(predicted: Mapping[str, Sequence[str]], gold: Answers) -> dict[str, SlotCounts]:
    """Per-slot counts for one story."""
    return {slot: score_slot(predicted.get(slot, []), gold[slot]) for slot in SLOTS}


def total(counts: Mapping[str, SlotCounts]) -> SlotCounts:
    """Micro-average over the slots."""
    out = SlotCounts()
    for slot in SLOTS:
        out.add(counts[slot])
    return out
