"""What the clause holding an amount says about it, read from the parse rather than from
the nearest words: the predicate that governs the amount (climbing from the amount through
its heads), the date that predicate carries, and whose value a value word states.

The cue words are data (`patterns/<language>/amount_context.json`; a language without
them reads nothing here): `clause_value_words`
(`worth`, `valued`), `clause_past_dates` (a predicate's own date modifier that puts it
before the article: `last year`, `a year ago`) and `clause_year` (`in 2025`, with the year
as group 1, compared with the article's)."""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc, Token

from pipeline.nlp.doctext import token_at
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.rules import load_rules

MAX_STEPS = 4  # how far up the parse an amount's governing word is looked for
PREDICATES = frozenset({"VERB", "AUX"})
MODIFIERS = frozenset({"prep", "npadvmod", "advmod", "obl", "advcl"})
HOLDER_LINKS = frozenset({"relcl", "acl", "appos", "amod"})


def governors(doc: Doc, char: int) -> list[Token]:
    """The amount's token at `char` and its heads, nearest first, up to its predicate."""
    token = token_at(doc, char)
    chain: list[Token] = []
    for _ in range(MAX_STEPS + 1):
        if token is None:
            break
        chain.append(token)
        if token.pos_ in PREDICATES and len(chain) > 1:
            break
        token = token.head if token.head.i != token.i else None
    return chain


def dated_predicate(
    doc: Doc,
    char: int,
    published: datetime.date,
    own: set[int],
    language: str = DEFAULT_LANGUAGE,
) -> bool:
    """`In 2025 Crestline signed a 12-year lease ..., worth some $2.9 billion`: the
    predicate governing the amount at `char` (none of the deal's `own` trigger words)
    carries a date of its own before the article's: a year before `published`'s or a cue
    of `clause_past_dates`."""
    rules = load_rules("amount_context.json", language)
    if "clause_year" not in rules:  # a language without these cues
        return False
    chain = governors(doc, char)
    if any(t.i in own for t in chain) or not chain or chain[-1].pos_ not in PREDICATES:
        return False
    for child in chain[-1].children:
        if child.dep_ not in MODIFIERS or child.i in own:
            continue
        words = doc[child.left_edge.i : child.right_edge.i + 1].text
        year = re.fullmatch(rules["clause_year"], words, re.IGNORECASE)
        if year and int(year.group(1)) < published.year:
            return True
        if re.fullmatch(rules["clause_past_dates"], words, re.IGNORECASE):
            return True
    return False


def _names_company(clause: Token) -> bool:
    """Whether the clause's head is an organisation's name: an ORG entity or a proper noun
    in no other entity. An adjective set off by commas (`X, worth about $74 billion,`)
    holds only for the subject it follows: `a campus in Abilene, Texas, worth about $3
    billion` and `a lease with X worth $5 billion` tell the deal's worth."""
    holder = clause.head
    doc = clause.doc
    if clause.dep_ == "amod" and (
        holder.dep_ not in ("nsubj", "nsubjpass") or clause.i == 0 or doc[clause.i - 1].text != ","
    ):
        return False
    labels = {e.label_ for e in doc.ents if e.start <= holder.i < e.end}
    return "ORG" in labels or (holder.pos_ in ("PROPN", "NOUN") and not labels and holder.is_title)


def company_value(doc: Doc, char: int, language: str = DEFAULT_LANGUAGE) -> bool:
    """`Ironbark, which is listed in Oslo and worth about NOK 60 billion`, `Acme, valued at
    $3 billion`, `Helmsgate, worth about $74 billion,`: the amount at `char` is what a value
    word says a company is worth, the clause of the word (relative, participial, in
    apposition, or joined to one) modifying an organisation's name rather than a deal's noun."""
    words = set(load_rules("amount_context.json", language).get("clause_value_words", []))
    value = next((t for t in governors(doc, char) if t.lower_ in words), None)
    if value is None:
        return False
    clause = value
    for _ in range(MAX_STEPS):
        if clause.dep_ in HOLDER_LINKS:
            return _names_company(clause)
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


__all__ = ["company_value", "dated_predicate", "governors"]
