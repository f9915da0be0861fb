"""Defined terms of filings and contracts, in one place.

- English filings (`find_definitions`): `Acme Holdings, Inc. (the "Company")`, `Osterley
  Group Ltd. ("Parent")`. A defined term stands for the organisation it defines wherever the
  filing uses it (`Parent will pay ...`), never for a party of its own. A term defined for a
  subsidiary of another defined party (`Kite Merger Sub, Inc., a wholly owned subsidiary of
  Parent ("Merger Sub")`) is a vehicle: it acts for that parent.
- Rules per language (`patterns/<language>/defined_terms.json`, read in French):
  `la SCI Marne Capacités (le « Bailleur »)` names the lessor, and `Calyx SA (la « Société »)`
  or `« la Société » désigne Calyx SA` makes `la Société` another name of Calyx SA.

Pure functions over sentence strings, organisation spans and parsed sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.nlp.doctext import doc_text
from pipeline.nlp.parties import find_parents
from pipeline.nlp.rules import load_rules, load_word_lists

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

BEFORE_WINDOW = 80  # characters before a name searched for `« la Société » désigne`


@dataclass(frozen=True)
class DefinedTerms:
    """A language's defined-term rules, compiled."""

    after: re.Pattern[str]  # the term right after a name: `(le « Bailleur »)`
    before: re.Pattern[str]  # the term right before a name: `« la Société » désigne`
    roles: dict[str, list[str | None]]  # term -> [deal type or None, role, other side]
    capacity: re.Pattern[str]  # the capacity right after a name: `, as administrative agent`
    capacity_list: re.Pattern[str]  # the gap between two names sharing one capacity


@cache
def defined_terms(language: str) -> DefinedTerms:
    """The defined-term rules of a language, built once (a language without capacity
    rules reads none)."""
    rules = load_rules("defined_terms.json", language)
    return DefinedTerms(
        re.compile(rules["pattern"]),
        re.compile(rules["defined_before"]),
        rules["roles"],
        re.compile(rules.get("capacity", "(?!)")),
        re.compile(rules.get("capacity_list", "(?!)")),
    )


def term_after(text: str, end: int, language: str) -> str | None:
    """The defined term written right after a name ending at `end`, lower-cased."""
    found = defined_terms(language).after.match(text, end)
    return found.group("term").lower() if found else None


def capacities(doc: Doc) -> dict[int, str]:
    """`Kellan Bank, N.A., as administrative agent`, `A and B, each as co-syndication
    agent`, `with A and B joining as lenders`: the capacity (a role term, lower-cased) a
    filing or a loan story gives each organisation right after its name, by the name's
    first character; names listed before one (`A, B and C, as joint bookrunners`) share it,
    and so do names listed after a lender's (`lenders comprising A, as administrative
    agent, B and C`) that have none of their own."""
    rules = defined_terms(doc.lang_)
    text = doc_text(doc)
    orgs = [e for e in doc.ents if e.label_ == "ORG" and not _legal_form(text, e)]
    found: dict[int, str] = {}
    listed: list[Span] = []
    lent: tuple[str, int] | None = None  # a lender's capacity and where its list goes on
    for n, ent in enumerate(orgs):
        match = rules.capacity.match(text, ent.end_char)
        if lent is not None and not rules.capacity_list.fullmatch(text, lent[1], ent.start_char):
            lent = None
        if match is not None:
            term = match.group("term").lower()
            found.update((e.start_char, term) for e in [*listed, ent])
            listed = []
            lends = rules.roles.get(term, [None])[1:2] == ["provider"]
            lent = (term, match.end()) if lends else None
            continue
        if lent is not None:
            found[ent.start_char] = lent[0]
            lent = (lent[0], ent.end_char)
        if n + 1 < len(orgs) and rules.capacity_list.fullmatch(
            text, ent.end_char, orgs[n + 1].start_char
        ):
            listed.append(ent)
        else:
            listed = []
    return found


def _legal_form(text: str, ent: Span) -> bool:
    """`Harbor Vale Bank, N.A.`, `Hollowmere Fund II, LP`: a legal form after a name and a
    comma, tagged as a name of its own."""
    short = "." in ent.text or (ent.text.isupper() and len(ent.text) <= 4)
    return short and len(ent.text) <= 7 and text[: ent.start_char].endswith(", ")


def defined_aliases(docs: Iterable[Doc]) -> list[tuple[str, str]]:
    """(term, name) for each defined term that is another name of an organisation (not
    a role word) in an article's parsed sentences."""
    found: list[tuple[str, str]] = []
    for doc in docs:
        rules = defined_terms(doc.lang_)
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            after = rules.after.match(doc_text(doc), ent.end_char)
            before = rules.before.search(
                doc_text(doc)[max(0, ent.start_char - BEFORE_WINDOW) : ent.start_char]
            )
            for match in (after, before):
                if match is not None and match.group("term").lower() not in rules.roles:
                    found.append((match.group("term"), ent.text))
            short = _short_name(doc, ent)
            if short is not None:
                found.append((short, ent.text))
    return found


def _short_name(doc: Doc, ent: Span) -> str | None:
    """`la Société wallonne de participations numériques (Sowanum)`, `Capitale Retraite
    Québec (CRQ)`: the one-word name in parentheses right after an organisation's, written
    with its first letter, is another name of it."""
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return None
    short = doc[ent.end + 1].text
    same = short[:1].isupper() and short[:1].casefold() == ent.text[:1].casefold()
    return short if same and len(ent) > 1 else None


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
        index, (start, end) = _copied(text, before, match) or before[-1]
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


def _copied(
    text: str, before: list[tuple[int, tuple[int, int]]], match: re.Match[str]
) -> tuple[int, tuple[int, int]] | None:
    """`TSHWANE DIGITAL HOLDINGS LIMITED (Incorporated in ...) JSE share code: TDH
    ("Tshwane Digital" or "the Company")`: a term that repeats the first words of an
    earlier name defines that name, not the exchange or code named in between."""
    terms = [t.strip().casefold() for t in (match.group("a"), match.group("b")) if t]
    for index, (start, end) in reversed(before):
        name = text[start:end].casefold()
        if any(name.startswith(t) and name != t for t in terms):
            return index, (start, end)
    return None


SUBSIDIARY_OF = re.compile(
    r"\bsubsidiary\s+of\s+(?:the\s+)?(?P<p>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _subsidiary_of(gap: str) -> str | None:
    """`, a wholly owned subsidiary of Parent `: the owner named in the gap, if any."""
    found = SUBSIDIARY_OF.search(gap)
    return found.group("p").rstrip(".,") if found else None


__all__ = [
    "DefinedTerms",
    "Definition",
    "capacities",
    "defined_aliases",
    "defined_terms",
    "find_definitions",
    "term_after",
]
