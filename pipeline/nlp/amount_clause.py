"""What the clause holding an amount says about it, read from the parse rather than from
the nearest words: the predicate that governs the amount (climbing from the amount through
its heads), the date that predicate carries, and whose value a value word states.

The cue words are data (`patterns/<language>/amount_context.json`; a language without
them reads nothing here): `clause_value_words`
(`worth`, `valued`), `clause_past_dates` (a predicate's own date modifier that puts it
before the article: `last year`, `a year ago`) and `clause_year` (`in 2025`, with the year
as group 1, compared with the article's), `metric_nouns` (a company's figures: `revenue`,
`order book`, `capital plan`), `financing_nouns` (`borrowings`: a loan's own figures) and
`loan_nouns` (`term loan`, `credit facility`: the noun a loan's principal measures)."""

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
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})
MOVED_TO = frozenset({"to", "from"})  # `doubled its target to $3 billion from $1.5 billion`
AMOUNT_LINKS = frozenset({"quantmod", "compound", "nummod", "nmod"})  # `$` -> `billion` -> noun
NOUN_WORDS = frozenset({"compound", "amod"})
MAX_DATED_STEPS = 6  # how far up the parse the noun of an older deal is looked for
DESCRIBING = frozenset({"relcl", "acl"})  # `which covered 300 MW`, `valued at $1.1 billion`
NOUNS = frozenset({"NOUN", "PROPN"})
YEAR = re.compile(r"(?:19|20)\d\d")


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


def dated_noun(
    doc: Doc, char: int, published: datetime.date, language: str = DEFAULT_LANGUAGE
) -> bool:
    """`a 2024 licence to X, worth $12 million`, `the 2024 contract under which X sold 480
    megawatts`, `a 2025 agreement valued at $1.1 billion`, `a 2022 power purchase agreement
    with X that runs until 2034`: the figure (or term) at `char` is told in
    the phrase of a noun that a year before the article's modifies (an older deal's),
    climbing from the figure through its heads and the relative or participial clauses
    describing a noun, never past a clause's own predicate (`dated_noun_deps`: how such a
    year hangs on its noun; a language without them reads nothing here)."""
    deps = set(load_rules("amount_context.json", language).get("dated_noun_deps", []))
    token = token_at(doc, char)
    for _ in range(MAX_DATED_STEPS):
        if not deps or token is None or token.head.i == token.i:
            return False
        if token.pos_ in PREDICATES and token.dep_ not in DESCRIBING:
            return False  # the clause of the sentence itself, not a noun's description
        token = token.head
        years = [
            int(child.text)
            for child in token.children
            if child.dep_ in deps and child.i < token.i and YEAR.fullmatch(child.text)
        ]
        if token.pos_ in NOUNS and years and max(years) < published.year:
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


def _stem(words: str) -> str:
    """Words lower-cased, the last without a plural `s` (the parse has no lemmas)."""
    folded = words.lower()
    return folded[:-1] if folded.endswith("s") else folded


def _noun_phrase(noun: Token) -> str:
    """A noun with the compound nouns before it, stemmed (`order book`, `borrowing`)."""
    compounds = [t.lower_ for t in noun.children if t.dep_ == "compound" and t.i < noun.i]
    return _stem(" ".join([*compounds, noun.text]))


def metric_value(doc: Doc, char: int, language: str = DEFAULT_LANGUAGE, loan: bool = False) -> bool:
    """`Revenue at its unit slipped 8% ... to about $3.57 billion`, `borrowings, which stood
    at £2.3bn`, `has doubled its target for orders to $3 billion from $1.5 billion`: the
    predicate governing the amount at `char` states a company's figure, not a deal's: its
    subject (a relative pronoun read as the noun it refers to) or, for an amount it moves
    something `to` or `from`, its object is one of `metric_nouns` (and of `financing_nouns`
    unless the deal is a `loan`)."""
    rules = load_rules("amount_context.json", language)
    metrics = list(rules.get("metric_nouns", []))
    if not loan:
        metrics += rules.get("financing_nouns", [])
    chain = governors(doc, char)
    if not metrics or len(chain) < 2 or chain[-1].pos_ not in PREDICATES:
        return False
    verb, link = chain[-1], chain[-2]
    if link.dep_ in SUBJECTS:
        return False  # the amount is what the clause is about
    nouns = [t for t in verb.children if t.dep_ in SUBJECTS]
    if link.dep_ == "prep" and link.lower_ in MOVED_TO:
        nouns += [t for t in verb.children if t.dep_ == "dobj"]
    if verb.dep_ == "relcl":
        nouns = [verb.head if t.lower_ in RELATIVE_PRONOUNS else t for t in nouns]
    stems = [_stem(m) for m in metrics]
    return any(
        phrase == metric or phrase.endswith(" " + metric)
        for phrase in map(_noun_phrase, nouns)
        for metric in stems
    )


def measured_noun(doc: Doc, char: int) -> Token | None:
    """The noun the amount at `char` measures, read from the parse: the noun its number
    modifies (`a $2.2 billion seven-year term loan`, `a RM2.4 billion (US$540 million)
    project loan`) or the object of its `of` (`$400 million of borrowings`)."""
    token = token_at(doc, char)
    for _ in range(MAX_STEPS):
        if token is None or token.dep_ not in AMOUNT_LINKS or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ == "NOUN" and not token.like_num and token.ent_type_ != "MONEY":
            return token
    if token is None:
        return None
    return next(
        (
            obj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
        ),
        None,
    )


def loan_value(doc: Doc, char: int, language: str = DEFAULT_LANGUAGE) -> bool:
    """`has committed a $2.2 billion seven-year term loan`, `$400 million of borrowings
    under its revolving credit facility`, `its existing $40 million credit line`: the amount
    at `char` measures a loan (its noun, with the words before it, ends in one of
    `loan_nouns`), the principal of a financing rather than the value of the deal it funds."""
    loans = load_rules("amount_context.json", language).get("loan_nouns", [])
    noun = measured_noun(doc, char)
    if not loans or noun is None:
        return False
    words = [t.lower_ for t in noun.children if t.dep_ in NOUN_WORDS and t.i < noun.i]
    phrase = _stem(" ".join([*words, noun.text]))
    return any(phrase == loan or phrase.endswith(" " + loan) for loan in map(_stem, loans))


__all__ = [
    "company_value",
    "dated_noun",
    "dated_predicate",
    "governors",
    "loan_value",
    "measured_noun",
    "metric_value",
]
