"""Universal Dependencies read as the frame code reads a parse.

The frame code (`roles.py` and the stages after it) reads the English model's ClearNLP
labels: a preposition heads its noun (`prep` -> `pobj`), the last word of a name heads
it (`compound`), `dobj`, `nsubjpass`, `agent`, Penn tags. A model labelled with Universal
Dependencies (the French one) hangs the preposition under its noun (`case`) and names on
their first word (`flat:name`). `to_frame_scheme` rewrites such a parse in place, from the
language's `dependencies.json`: a further UD language needs only its own map.
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from pipeline.nlp.rules import PATTERNS_DIR, load_rules

SCHEME_FILE = "dependencies.json"


def has_scheme(language: str) -> bool:
    """Whether a language's model is labelled with UD and needs `to_frame_scheme`."""
    return (PATTERNS_DIR / language / SCHEME_FILE).is_file()


@cache
def _scheme(language: str) -> dict[str, Any]:
    return load_rules(SCHEME_FILE, language)


def _label(scheme: dict[str, Any], dep: str) -> str:
    labels: dict[str, str] = scheme["labels"]
    return labels.get(dep) or labels.get(dep.split(":")[0]) or dep


def _matches(token: Token, features: dict[str, str]) -> bool:
    return all(value in token.morph.get(key, []) for key, value in features.items())


def _heads(doc: Doc, scheme: dict[str, Any]) -> tuple[list[int], list[str]]:
    """The new head index and label of every token."""
    heads = [t.head.i for t in doc]
    labels = [t.dep_ for t in doc]  # UD labels, moved with the role they name
    _names_on_last_word(doc, heads, labels, scheme)
    _prepositions_on_top(doc, heads, labels, scheme)
    for token in doc:
        if token.dep_ == "det" and _matches(token, scheme["possessive"]):
            labels[token.i] = "poss"  # `sa filiale`
    return heads, [_label(scheme, label) for label in labels]


def _names_on_last_word(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`Bastide Capital`: a name's last word heads it; `le fonds Kerlan`, `l'opérateur
    Massalia DC`: a name written after a common noun, without a preposition, is the noun's
    apposition."""
    names = set(scheme["name_labels"])
    for token in doc:
        parts = [c for c in token.children if c.dep_ in names and c.i > token.i]
        if parts and token.dep_ not in names and token.pos_ == "NOUN":
            for part in parts:
                labels[part.i] = "appos"
        elif parts and token.dep_ not in names:
            _head_on_last(doc, heads, labels, [token.i, *(p.i for p in parts)], token.i)
    for ent in doc.ents:
        inside = [t.i for t in ent if heads[t.i] == t.i or not ent.start <= heads[t.i] < ent.end]
        root = inside[0]
        if len(inside) == 1 and root != ent.end - 1:
            _head_on_last(doc, heads, labels, list(range(ent.start, ent.end)), root)
            root = ent.end - 1
        head = doc[heads[root]]
        common = head.pos_ == "NOUN" or any(c.dep_ == "det" for c in head.children)
        if (
            common
            and head.i < ent.start
            and not head.ent_type_
            and labels[root] in scheme["name_after_noun"]
            and not _has_case(doc, heads, root)
        ):
            labels[root] = "appos"


def _prepositions_on_top(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`pour 2 milliards`: the preposition takes its noun's place and heads it; `auprès
    de X`: the adverb is the preposition."""
    prepositional = set(scheme["prepositional"])
    compound = set(scheme["compound_prepositions"])
    for token in doc:
        noun = doc[heads[token.i]]
        if token.dep_ != "case" or token.pos_ != "ADP" or labels[noun.i] not in prepositional:
            continue
        governor = doc[heads[noun.i]]
        if governor.lower_ in compound and governor.i < token.i:
            heads[noun.i], labels[noun.i] = governor.i, "pobj"
            labels[governor.i], labels[token.i] = "prep", "fixed"
            continue
        agent = labels[noun.i] in scheme["agent_labels"]
        heads[token.i], labels[token.i] = heads[noun.i], "agent" if agent else "prep"
        heads[noun.i], labels[noun.i] = token.i, "pobj"


def _has_case(doc: Doc, heads: list[int], index: int) -> bool:
    return any(heads[t.i] == index and t.dep_ == "case" for t in doc)


def _head_on_last(
    doc: Doc, heads: list[int], labels: list[str], words: list[int], root: int
) -> None:
    """Re-head a name's words on its last word, as an English compound: the last word
    takes the place of the name's root (head and label), the others and their
    dependents hang on it."""
    last = words[-1]
    heads[last] = last if heads[root] == root else heads[root]
    labels[last] = labels[root]
    for token in doc:
        if heads[token.i] in words and token.i != last and token.i not in words:
            heads[token.i] = last
    for word in words[:-1]:
        heads[word], labels[word] = last, "compound"


def _tag(token: Token, scheme: dict[str, Any]) -> str:
    for rule in scheme["tags"]:
        if token.pos_ == rule["pos"] and _matches(token, rule["morph"]):
            tag: str = rule["tag"]
            return tag
    return token.tag_


def to_frame_scheme(doc: Doc) -> Doc:
    """Rewrite a UD parse (labels, heads, tags, entity labels) in the scheme the frame
    code reads; sentences keep their bounds (each tree keeps its root)."""
    scheme = _scheme(doc.lang_)
    heads, deps = _heads(doc, scheme)
    tags = [_tag(t, scheme) for t in doc]
    ents = list(doc.ents)
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    # a head before its token is a negative offset, stored wrapped as spaCy stores it
    array[:, 0] = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    array[:, 1] = [doc.vocab.strings.add(dep) for dep in deps]
    doc.from_array([HEAD, DEP], cast(Ints2d, array))
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    labels: dict[str, str] = scheme["entities"]
    doc.ents = [Span(doc, e.start, e.end, label=labels.get(e.label_, e.label_)) for e in ents]
    return doc


__all__ = ["has_scheme", "to_frame_scheme"]
