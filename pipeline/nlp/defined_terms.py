"""Defined terms of filings and contracts (`patterns/<language>/defined_terms.json`):
`la SCI Marne Capacités (le « Bailleur »)` names the lessor, and `Calyx SA (la « Société »)`
or `« la Société » désigne Calyx SA` makes `la Société` another name of Calyx SA."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.nlp.doctext import doc_text
from pipeline.nlp.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

BEFORE_WINDOW = 80  # characters before a name searched for `« la Société » désigne`


@dataclass(frozen=True)
class DefinedTerms:
    """A language's defined-term rules, compiled."""

    after: re.Pattern[str]  # the term right after a name: `(le « Bailleur »)`
    before: re.Pattern[str]  # the term right before a name: `« la Société » désigne`
    roles: dict[str, list[str | None]]  # term -> [deal type or None, role, other side]


@cache
def defined_terms(language: str) -> DefinedTerms:
    """The defined-term rules of a language, built once."""
    rules = load_rules("defined_terms.json", language)
    return DefinedTerms(
        re.compile(rules["pattern"]), re.compile(rules["defined_before"]), rules["roles"]
    )


def term_after(text: str, end: int, language: str) -> str | None:
    """The defined term written right after a name ending at `end`, lower-cased."""
    found = defined_terms(language).after.match(text, end)
    return found.group("term").lower() if found else None


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
    return found


__all__ = ["DefinedTerms", "defined_aliases", "defined_terms", "term_after"]
