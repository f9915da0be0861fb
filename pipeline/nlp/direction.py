"""Who provides and who pays in a commercial deal whose frames only say `signed an
agreement with`: the words around each party's name (`patterns/<language>/direction.json`,
the rules of every language read together: a French rule never matches English words), else
the verbs whose clauses name them in the parse (`clause_sides`: `Tamarind pays`, `supplied
the chips to Y`, `was awarded the order by Y`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.nlp.doctext import doc_text
from pipeline.nlp.occurrences import name_occurrences
from pipeline.nlp.rules import load_rules, load_word_lists

WINDOW = 160  # room for an apposition between a name and its verb
OTHER = {"provider": "customer", "customer": "provider"}

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


def _sides(text: str, name: str, deal_type: str | None, typed_only: bool = False) -> set[str]:
    """The sides the words around each occurrence of `name` in `text` show (in a deal of
    `deal_type`: `l'éditeur Y` licenses its software out, but buys computing capacity;
    `typed_only`: by the rules kept to that type alone)."""
    sides: set[str] = set()
    for start, end in name_occurrences(text, name):
        before = text[max(0, start - WINDOW) : start]
        after = text[end : end + WINDOW]
        for side, before_rule, after_rule, only, never in _rules():
            if (only and deal_type not in only) or deal_type in never or (typed_only and not only):
                continue
            if before_rule is not None and not before_rule.search(before):
                continue
            if after_rule is not None and not after_rule.search(after):
                continue
            sides.add(side)
    return sides


def _paired(names: Mapping[int, Sequence[str]], sides: Mapping[int, set[str]]) -> dict[int, str]:
    """One side for each of two parties when at least one shows a single side and the two
    do not clash (the other party takes the other side)."""
    found = {key: next(iter(s)) for key, s in sides.items() if len(s) == 1}
    first, second = names
    if len(found) == 1:
        known = next(iter(found))
        found[second if known == first else first] = OTHER[found[known]]
    if len(found) != 2 or found[first] == found[second]:
        return {}
    return found


def provider_side(
    names: Mapping[int, Sequence[str]],
    texts: Sequence[str],
    deal_type: str | None = None,
    typed_only: bool = False,
) -> dict[int, str]:
    """`provider` or `customer` for each of two parties (their written names by key), when
    the sentences show one side for at least one of them and the two do not clash
    (`typed_only`: read by the rules kept to the deal's type alone)."""
    if len(names) != 2:
        return {}
    sides = {
        key: {s for text in texts for n in written for s in _sides(text, n, deal_type, typed_only)}
        for key, written in names.items()
    }
    return _paired(names, sides)


@cache
def _clause_verbs(language: str) -> dict[str, str]:
    """Verb form -> the side of its subject (`provider`, `customer`, `either`, or
    `provider_with_object`: the provider when the verb has a direct object)."""
    verbs = load_rules("direction.json", language).get("clause_verbs", {})
    return {form: side for side, forms in verbs.items() for form in forms}


def _lets_out(verb: Token) -> bool:
    """Whether a verb has a `to` object, an indirect object or `out` (`leased it to Y`)."""
    return any(
        (t.dep_ == "prep" and t.lower_ == "to" and any(c.dep_ == "pobj" for c in t.children))
        or t.dep_ == "dative"
        or (t.dep_ in ("prt", "advmod") and t.lower_ == "out")
        for t in verb.children
    )


def _subject_side(verb: Token, verbs: dict[str, str]) -> str | None:
    """The side a verb gives its subject, passing to its complement (`agreed to supply`)
    or a verb sharing the subject (`has pre-let`, parsed `pre` `-` `let`)."""
    shared = [
        t
        for t in verb.children
        if t.dep_ == "xcomp"
        or (t.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in t.children))
    ]
    for word in (verb, *shared):
        side = verbs.get(word.lower_)
        if side == "provider_with_object":  # `X will serve the contract`, not `served as`
            side = "provider" if any(c.dep_ == "dobj" for c in word.children) else None
        if side == "either":
            return "provider" if _lets_out(word) else "customer"
        if side is not None:
            return side
    return None


def _token_side(token: Token, verbs: dict[str, str]) -> str | None:
    """The side the clause gives the party whose name ends at `token`."""
    while token.dep_ in ("compound", "conj", "appos") and token.head.i != token.i:
        token = token.head  # `X Data Parks Limited`, `X and Y will pay`, `the buyer, X`
    head = token.head
    if token.dep_ == "nsubj":
        return _subject_side(head, verbs)
    if token.dep_ in ("nsubjpass", "dative"):
        side = verbs.get(head.lower_)
        return None if side is None else OTHER.get(side)
    if token.dep_ != "pobj" or head.head.i == head.i:
        return None
    verb, side = head.head, verbs.get(head.head.lower_)
    if head.dep_ == "agent" or (
        head.lower_ == "by" and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return side if side in OTHER else None
    if head.lower_ == "to" and (side in OTHER or side == "either"):
        return "customer" if side == "either" else OTHER[side]
    if head.lower_ == "from" and side in ("customer", "either"):
        return "provider" if not _lets_out(verb) else None
    return None


def clause_sides(
    names: Mapping[int, Sequence[str]], docs: Sequence[Doc], language: str
) -> dict[int, str]:
    """`provider` or `customer` for each of two parties from the verbs whose clauses name
    them in the parsed sentences (`direction.json` clause_verbs), when the two do not
    clash."""
    verbs = _clause_verbs(language)
    if len(names) != 2 or not verbs:
        return {}
    sides: dict[int, set[str]] = {key: set() for key in names}
    for doc in docs:
        text = doc_text(doc)
        for key, written in names.items():
            for name in written:
                for start, end in name_occurrences(text, name):
                    span = doc.char_span(start, end, alignment_mode="expand")
                    side = None if span is None else _token_side(span.root, verbs)
                    if side is not None:
                        sides[key].add(side)
    return _paired(names, sides)


__all__ = ["clause_sides", "provider_side"]
