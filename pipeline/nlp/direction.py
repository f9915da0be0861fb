"""Who provides and who pays in a commercial deal whose frames only say `signed an
agreement with`: the words around each party's name (`patterns/<language>/direction.json`,
the rules of every language read together: a French rule never matches English words)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from pipeline.nlp.occurrences import name_occurrences
from pipeline.nlp.rules import load_word_lists

WINDOW = 160  # room for an apposition between a name and its verb

# side, before, after, the deal types it is kept to (empty: all), the types it is not for
Rule = tuple[str, re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str], frozenset[str]]


@cache
def _rules() -> list[Rule]:
    out: list[Rule] = []
    for rule in load_word_lists("direction.json")["rules"]:  # every language's
        before = re.compile(rule["before"], re.IGNORECASE) if "before" in rule else None
        after = re.compile(rule["after"], re.IGNORECASE) if "after" in rule else None
        types = frozenset(rule.get("types", ())), frozenset(rule.get("not_types", ()))
        out.append((str(rule["side"]), before, after, *types))
    return out


def _sides(text: str, name: str, deal_type: str | None) -> set[str]:
    """The sides the words around each occurrence of `name` in `text` show (in a deal of
    `deal_type`: `l'éditeur Y` licenses its software out, but buys computing capacity)."""
    sides: set[str] = set()
    for start, end in name_occurrences(text, name):
        before = text[max(0, start - WINDOW) : start]
        after = text[end : end + WINDOW]
        for side, before_rule, after_rule, only, never in _rules():
            if (only and deal_type not in only) or deal_type in never:
                continue
            if before_rule is not None and not before_rule.search(before):
                continue
            if after_rule is not None and not after_rule.search(after):
                continue
            sides.add(side)
    return sides


def provider_side(
    names: Mapping[int, Sequence[str]], texts: Sequence[str], deal_type: str | None = None
) -> dict[int, str]:
    """`provider` or `customer` for each of two parties (their written names by key), when
    the sentences show one side for at least one of them and the two do not clash."""
    if len(names) != 2:
        return {}
    found: dict[int, str] = {}
    for key, written in names.items():
        sides = {s for text in texts for n in written for s in _sides(text, n, deal_type)}
        if len(sides) == 1:
            found[key] = sides.pop()
    first, second = names
    other = {"provider": "customer", "customer": "provider"}
    if len(found) == 1:
        known = next(iter(found))
        found[second if known == first else first] = other[found[known]]
    if len(found) != 2 or found[first] == found[second]:
        return {}
    return found


__all__ = ["provider_side"]
