"""Where a bought company or asset is: `X Ltd, of Ottawa`, `a Houston-based maker`,
`its Hamburg subsidiary X`, `X, based in Toronto`, `X's Kendallville, Indiana plant`.

Pure functions over a parsed sentence. Places come from the gazetteer (`find_places`) and
the statistical NER; a compass word before a place belongs to it (`southern Louisiana`) and
places listed with `and` are one answer (`Utah, Idaho and Wyoming`). The wordings that tie
a place to a mention are regexes over the words between them, read from
`patterns/<language>/places_context.json` (every language's, English first)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.nlp.doctext import doc_memo, doc_text
from pipeline.nlp.languages import LANGUAGES
from pipeline.nlp.occurrences import name_occurrences
from pipeline.nlp.parties import POSSESSIVE
from pipeline.nlp.places import DEMONYM_RE, find_places, resolve_place, unknown_town
from pipeline.nlp.rules import load_rules, load_word_lists

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


@dataclass(frozen=True)
class _Tie:
    """One wording: the words between mention and place (`gap`), the words after the
    place (`then`) or before it (`lead`), and on which side of the mention the place is."""

    after: bool
    gap: re.Pattern[str]
    then: re.Pattern[str]
    lead: re.Pattern[str]
    fallback: bool


@dataclass(frozen=True)
class _Rules:
    """The compiled wordings of `places_context.json`."""

    inside: re.Pattern[str]
    ties: tuple[_Tie, ...]
    compass: re.Pattern[str]
    list_gap: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = load_word_lists("places_context.json")  # every language's ties, in turn
    words = data["words"]

    def compile_(pattern: str) -> re.Pattern[str]:
        for name, value in words.items():
            pattern = pattern.replace(f"{{{name}}}", value)
        return re.compile(pattern)

    return _Rules(
        inside=compile_(data["inside"]),
        ties=tuple(
            _Tie(
                t["side"] == "after",
                compile_(t["gap"]),
                compile_(t.get("then", "")),
                compile_(t.get("lead", "") + "$"),
                bool(t.get("fallback")),
            )
            for t in data["ties"]
        ),
        compass=compile_(data["compass"]),
        list_gap=compile_(data["list_gap"]),
    )


# `Tampere-based Aurel`: a name glued to `-based` is where a company is
_BASED_TOWN_RE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’]+(?:\s+[A-ZÀ-Þ][\w'’]+){0,2})(?=-based\b)")


def _raw_places(doc: Doc) -> list[tuple[int, int]]:
    """Gazetteer places, then NER places and nationalities; where they overlap, the
    longer (`Newport Beach` over the gazetteer's `Newport`); `West Germany's` without `'s`;
    a town the gazetteer lacks written before `-based` (`Tampere-based`)."""
    text = doc_text(doc)
    spans = [(p.start, p.end) for p in find_places(text)]
    spans += [m.span() for m in DEMONYM_RE.finditer(text)]  # `l'éditeur bordelais`
    for m in _BASED_TOWN_RE.finditer(text):
        if unknown_town(m.group(1)) and not any(s < m.end() and m.start() < e for s, e in spans):
            spans.append(m.span(1))
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and resolve_place(ent.text) is None:
            continue
        if len(ent) > 1 and ent[-1].text in POSSESSIVE:
            ent = ent[:-1]
        overlapping = [(s, e) for s, e in spans if s < ent.end_char and ent.start_char < e]
        if all(ent.start_char <= s and e <= ent.end_char for s, e in overlapping):
            spans = [x for x in spans if x not in overlapping]
            spans.append((ent.start_char, ent.end_char))
    return sorted(spans)


def _places(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of places: `City, State` pairs whole, a compass word before a place
    kept (`southeastern Colorado`), places listed with `and` merged into one (read once
    per parsed sentence)."""
    return doc_memo(doc, ("places",), lambda: _grouped_places(doc))


def _grouped_places(doc: Doc) -> list[tuple[int, int]]:
    rules = _rules()
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for start, end in _raw_places(doc):
        compass = rules.compass.search(text[:start])
        if compass is not None:
            start = compass.start()
        spans.append((start, end))
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups:
            last = groups[-1][-1]
            gap = text[last[1] : span[0]]
            if "," not in text[last[0] : last[1]] and rules.list_gap.fullmatch(gap):
                groups[-1].append(span)
                continue
        groups.append([span])
    out: list[tuple[int, int]] = []
    for group in groups:
        joined = any(" and " in f" {text[a[1] : b[0]]} " for a, b in itertools.pairwise(group))
        out.extend([(group[0][0], group[-1][1])] if joined else group)
    return out


def may_locate(sentence: str) -> bool:
    """Whether a sentence may say where a company or asset is (`X, based in Toronto`,
    `X operates mines in Australia`): worth parsing even without a deal word."""
    return any(
        re.search(load_rules("places_context.json", language)["sentence_cue"], sentence)
        for language in LANGUAGES
    )


def target_location(doc: Doc, start: int, end: int, fallback: bool = False) -> str | None:
    """The place written with the mention at `start:end` of the sentence, if any: the
    first wording of the rules that ties a place to it, the nearest place first (with
    `fallback`, only the wordings read when no other tells where the company is: `X runs
    14 facilities across Sydney, Melbourne and Perth`)."""
    rules = _rules()
    text = doc_text(doc)
    registered = load_rules("places_context.json")["incorporation"]
    places = [(s, e) for s, e in _places(doc) if not re.match(registered, text[e:])]
    if rules.inside.search(text[start:end]) and not fallback:
        for p_start, p_end in places:
            if start <= p_start and p_end < end and resolve_place(text[p_start:p_end]):
                return text[p_start:p_end]
    after = [(s, e) for s, e in places if s >= end]
    before = [(s, e) for s, e in reversed(places) if e <= start]
    for tie in (t for t in rules.ties if t.fallback == fallback):
        for p_start, p_end in after if tie.after else before:
            gap = text[end:p_start] if tie.after else text[p_end:start]
            then = p_end if tie.after else end
            if (
                tie.gap.fullmatch(gap)
                and tie.then.match(text, then)
                and tie.lead.search(text, 0, p_start)
            ):
                return text[p_start:p_end]
    return None


def described_location(doc: Doc, triggers: list[int]) -> str | None:
    """`agreed to buy the Pittsburgh, Pennsylvania-based maker of ...`: the place of a
    description that a deal word (one of the token indices `triggers`, or a verb of
    `places_context.json`'s `described`) governs, through its dependencies and
    prepositions."""
    rules = load_rules("places_context.json")["described"]
    text = doc_text(doc)
    for p_start, p_end in _places(doc):
        if not re.match(rules["cue"], text[p_end:]) or not re.search(rules["lead"], text[:p_start]):
            continue
        words = set(triggers) | {
            t.i for t in doc if t.pos_ == "VERB" and t.lower_ in rules["verbs"]
        }
        token = next((t for t in doc if t.idx >= p_end + 1), None)  # `based`
        node = token.head if token is not None else None
        while node is not None and node.i not in words:
            allowed = node.dep_ in rules["deps"] and (
                node.dep_ != "prep" or node.lower_ in rules["preps"]
            )
            node = node.head if allowed and node.head.i != node.i else None
        if node is not None:
            return text[p_start:p_end]
    return None


@cache
def _referred(language: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """The compiled `referred` wordings of a language: (which sentence: `names`, `next`,
    `nearest` or `unit`; lead; cue)."""
    return tuple(
        (
            next((k for k in ("next", "nearest", "unit") if r.get(k)), "names"),
            re.compile(r["lead"]),
            re.compile(r["cue"]),
        )
        for r in load_rules("places_context.json", language).get("referred", [])
    )


def referred_location(
    doc: Doc, after: bool = False, nearest: bool = False, unit: bool = False
) -> list[tuple[str, int]]:
    """Where a bought company is by words that refer to it without its name, with where
    the words start: `the Leeds-based fibre group`, `in Ann Arbor, Michigan, where the
    company is based` in a sentence that names it, (`after`: the sentence right after one
    that does) `It is based in Tulsa, Oklahoma`, (`nearest`: the party named last
    before them) `Shares of the Austin, Texas-based company rose`, or (`unit`: a bought
    part of a company, told right after) `The unit, which will be based in Minneapolis`."""
    text = doc_text(doc)
    which = "next" if after else "nearest" if nearest else "unit" if unit else "names"
    found: list[tuple[str, int]] = []
    for kind, lead, cue in _referred(doc.lang_):
        if kind != which:
            continue
        for start, end in _places(doc):
            told = lead.search(text, 0, start)
            if told and cue.match(text[end:]):
                found.append((text[start:end], told.start()))
    return found


NAME_REST = re.compile(r"(?:\s+[A-Z][\w&’'-]*)+")


def mention_spans(doc: Doc, names: list[str]) -> list[tuple[int, int]]:
    """Where any of `names` is written in the sentence, longest names first; a short name
    written as the start of a longer one (`Video` in `Video Monitors is ...`) spans it all."""
    spans: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        for start, end in name_occurrences(doc_text(doc), name, joiners="-"):
            if not any(s <= start < e for s, e in spans):
                rest = NAME_REST.match(doc_text(doc), end)
                spans.append((start, rest.end() if rest else end))
    return sorted(spans)


__all__ = [
    "described_location",
    "may_locate",
    "mention_spans",
    "referred_location",
    "target_location",
]
