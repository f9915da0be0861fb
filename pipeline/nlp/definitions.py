"""Defined terms of filings: `Acme Holdings, Inc. (the "Company")`, `Osterley Group Ltd.
("Parent")`. A defined term stands for the organisation it defines wherever the filing
uses it (`Parent will pay ...`), never for a party of its own. A term defined for a
subsidiary of another defined party (`Kite Merger Sub, Inc., a wholly owned subsidiary of
Parent ("Merger Sub")`) is a vehicle: it acts for that parent.

Pure functions over sentence strings and the organisation spans found in them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.nlp.parties import find_parents
from pipeline.nlp.rules import load_word_lists

_QUOTE = "[\"“”']"
DEFINITION = re.compile(
    rf"\(\s*(?:the\s+)?{_QUOTE}(?P<a>[^\"“”()]{{1,40}}){_QUOTE}"
    rf"(?:\s*(?:,|or|and)\s+(?:the\s+)?{_QUOTE}(?P<b>[^\"“”()]{{1,40}}){_QUOTE})?\s*\)"
)
MAX_GAP = 120  # characters between a name and its definition (`, a Delaware corporation`)


@dataclass(frozen=True)
class Definition:
    """A term (casefolded), the name it defines, and the term of the parent it acts for."""

    term: str
    name: str
    parent: str | None = None


def find_definitions(
    text: str, orgs: Sequence[tuple[int, int]], usable: Callable[[str], bool]
) -> list[Definition]:
    """The terms one sentence defines: each parenthesised quoted term names the nearest
    organisation before it that `usable` accepts (not `a Delaware corporation`). `orgs`
    are (start, end) character offsets into `text`, in order."""
    found: list[Definition] = []
    parents = dict(find_parents(text, orgs))
    for match in DEFINITION.finditer(text):
        before = [
            (i, (s, e))
            for i, (s, e) in enumerate(orgs)
            if e <= match.start() and match.start() - e <= MAX_GAP and usable(text[s:e])
        ]
        if not before:
            continue
        index, (start, end) = before[-1]
        parent = parents.get(index)
        owner = text[orgs[parent][0] : orgs[parent][1]] if parent is not None else None
        if owner is None and (own := _subsidiary_of(text[end : match.start()])) is not None:
            owner = own  # `Kite Merger Sub, Inc., a wholly owned subsidiary of Parent`
        vehicles = load_word_lists("party_types.json")["vehicle_terms"]
        for term in (match.group("a"), match.group("b")):
            if term:
                key = term.strip().casefold()
                acting = owner if key in vehicles else None
                found.append(Definition(key, text[start:end], acting))
    return found


SUBSIDIARY_OF = re.compile(
    r"\bsubsidiary\s+of\s+(?:the\s+)?(?P<p>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _subsidiary_of(gap: str) -> str | None:
    """`, a wholly owned subsidiary of Parent `: the owner named in the gap, if any."""
    found = SUBSIDIARY_OF.search(gap)
    return found.group("p").rstrip(".,") if found else None


__all__ = ["Definition", "find_definitions"]
