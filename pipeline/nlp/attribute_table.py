"""A model's attribute ruler (`tag -> part of speech` and its exceptions) read as a table:
the same values on the same tokens, in a fraction of the time.

Each of the ruler's patterns is a condition on one token or a few neighbouring ones, and a
token takes the values of the last pattern that matches it. spaCy's ruler tries every
pattern at every token and builds a span per match; the table tries at a token only the
patterns its tag and part of speech allow. A ruler whose patterns use anything else than
plain values and `IN`/`NOT_IN` lists over the attributes below (an operator, a regular
expression, a lemma or morphology to set) is left as it is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

# pattern key -> the token attribute it reads (conditions) or sets (values)
READ = {
    "TAG": "tag_",
    "POS": "pos_",
    "DEP": "dep_",
    "LOWER": "lower_",
    "ORTH": "orth_",
    "IS_SPACE": "is_space",
}
SET = {"TAG": "tag_", "POS": "pos_", "DEP": "dep_"}

# (token attribute, operator, value or values): `==`, `in` or `not in`
Condition = tuple[str, str, Any]


@dataclass(frozen=True)
class _Rule:
    """One pattern: the conditions of each of its tokens, the token it sets, and what."""

    tokens: tuple[tuple[Condition, ...], ...]
    index: int
    values: tuple[tuple[str, str], ...]


def _condition(key: str, spec: object) -> Condition | None:
    if key not in READ:
        return None
    if isinstance(spec, (str, bool)):
        return READ[key], "==", spec
    if isinstance(spec, dict) and len(spec) == 1:
        op, values = next(iter(spec.items()))
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
            return READ[key], op.lower().replace("_", " "), frozenset(values)
    return None


def _rules(patterns: Iterable[Mapping[str, Any]]) -> list[_Rule] | None:
    """The ruler's patterns in order as rules, or None when one is not a plain table."""
    rules: list[_Rule] = []
    for entry in patterns:
        attrs: dict[str, Any] = entry["attrs"]
        if not set(attrs) <= set(SET) or not all(isinstance(v, str) for v in attrs.values()):
            return None
        values = tuple((SET[k], v) for k, v in attrs.items())
        for pattern in entry["patterns"]:
            tokens = [[_condition(k, v) for k, v in spec.items()] for spec in pattern]
            if not tokens or any(c is None for conditions in tokens for c in conditions):
                return None
            index = int(entry.get("index", 0)) % len(tokens)
            kept = tuple(tuple(c for c in conditions if c is not None) for conditions in tokens)
            rules.append(_Rule(kept, index, values))
    return rules


def _holds(token: Token, conditions: Sequence[Condition]) -> bool:
    for name, op, value in conditions:
        found = getattr(token, name)
        if not (found == value if op == "==" else (found in value) == (op == "in")):
            return False
    return True


# a rule as a plan tries it: its order, the token it sets and what is left to check of
# each of its tokens once the token's tag, part of speech and word are known
_Step = tuple[int, _Rule, tuple[tuple[Condition, ...], ...]]


@dataclass(frozen=True)
class _Plan:
    """The rules a token of one tag and part of speech may meet, in order: those to try
    at any such token, and those to try only at one of a few words."""

    always: list[_Step]
    by_word: dict[str, list[_Step]]


def _step(order: int, rule: _Rule, known: tuple[str, ...]) -> _Step:
    left = tuple(
        tuple(c for c in conditions if i != rule.index or c[0] not in known)
        for i, conditions in enumerate(rule.tokens)
    )
    return order, rule, left


class AttributeTable:
    """Sets on each token what the attribute ruler of the same patterns sets."""

    def __init__(self, rules: list[_Rule]) -> None:
        self.rules = rules
        self._plans: dict[tuple[int, int], _Plan] = {}
        self._word_steps: dict[tuple[int, int, str], list[_Step]] = {}

    def _plan(self, token: Token) -> _Plan:
        """The plan of the token's tag and part of speech (each pair worked out once: a
        model has a few dozen of them)."""
        key = (token.tag, token.pos)
        if key not in self._plans:
            plan = _Plan([], {})
            for order, rule in enumerate(self.rules):
                anchor = rule.tokens[rule.index]
                if not _holds(token, [c for c in anchor if c[0] in ("tag_", "pos_")]):
                    continue
                words = next((c for c in anchor if c[0] == "lower_" and c[1] != "not in"), None)
                if words is None:
                    plan.always.append(_step(order, rule, ("tag_", "pos_")))
                    continue
                for word in [words[2]] if words[1] == "==" else words[2]:
                    step = _step(order, rule, ("tag_", "pos_", "lower_"))
                    plan.by_word.setdefault(word, []).append(step)
            self._plans[key] = plan
        return self._plans[key]

    def _steps(self, token: Token) -> list[_Step]:
        """The rules to try at a token, in order: its plan's, with those of its word
        (each tag, part of speech and listed word merged once)."""
        plan = self._plan(token)
        word = token.lower_
        if word not in plan.by_word:
            return plan.always
        key = (token.tag, token.pos, word)
        if key not in self._word_steps:
            steps = plan.always + plan.by_word[word]
            self._word_steps[key] = sorted(steps, key=lambda step: step[0])
        return self._word_steps[key]

    def __call__(self, doc: Doc) -> Doc:
        tokens = list(doc)
        updates: list[tuple[Token, dict[str, str]]] = []
        for i, token in enumerate(tokens):  # all matched first, then set, as the ruler does
            steps = self._steps(token)
            values: dict[str, str] = {}
            for _, rule, left in steps:
                if len(left) == 1:  # most rules: the token alone
                    if not left[0] or _holds(token, left[0]):
                        values.update(rule.values)
                    continue
                start = i - rule.index
                if start >= 0 and start + len(left) <= len(tokens):
                    window = tokens[start : start + len(left)]
                    if all(_holds(t, c) for t, c in zip(window, left, strict=True)):
                        values.update(rule.values)
            if values:
                updates.append((token, values))
        for token, values in updates:
            for name, value in values.items():
                setattr(token, name, value)
        return doc


def attribute_table(patterns: Iterable[Mapping[str, Any]]) -> AttributeTable | None:
    """The table of an attribute ruler's patterns (`AttributeRuler.patterns`), or None
    when they are more than a table of plain conditions."""
    rules = _rules(patterns)
    return AttributeTable(rules) if rules is not None else None


__all__ = ["AttributeTable", "attribute_table"]
