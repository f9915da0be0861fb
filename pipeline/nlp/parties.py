"""Organisations: label corrections, alias merging and parent organisations.

spaCy's small model tags some companies as people or places (Anthropic as PERSON, xAI as
GPE). The EntityRuler (`patterns/org_ruler.json`) labels organisation-shaped tokens before
the statistical NER; `correct_org_labels` then relabels entities from their context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.nlp.rules import load_rules

PERSON_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)*(?: [A-Z][a-z]+)? [A-Z][\w'’-]+")
POSSESSIVE = ("'s", "’s", "'", "’")
MEASURE_LABELS = frozenset({"QUANTITY", "CARDINAL"})


def _context() -> dict[str, Any]:
    rules: dict[str, Any] = load_rules("org_context.json")
    return rules


def _legal_suffixes() -> frozenset[str]:
    return frozenset(load_rules("org_suffixes.json")["legal_suffixes"])


def _is_org_by_context(ent: Span) -> bool:
    """True when the words around `ent` show it is an organisation."""
    rules = _context()
    if has_org_head(ent.text):
        return True
    doc = ent.doc
    after = doc[ent.end : ent.end + 10]
    words = [t.lower_ for t in after[1:]]
    appositive = (
        len(after) >= 2
        and after[0].text == ","
        and (words[0] in ("the", "a", "an") or ent.label_ != "PERSON" or len(ent) == 1)
    )
    if appositive and any(w in rules["appositive_nouns"] for w in words[:8]):
        return True
    possessive = len(after) >= 2 and after[0].text in POSSESSIVE and len(ent) == 1
    if possessive and any(t.lower_ in rules["possessed_nouns"] for t in after[1:4]):
        return True
    root = ent.root
    return (
        len(ent) == 1
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.lower_ in rules["deal_verbs"]
    )


def _owned_by_person(ent: Span) -> Span | None:
    """`Jeff Morrow's Tessaract Holdings` read as one name: the company after the owner."""
    if ent.label_ != "ORG":
        return None
    mark = next((t.i for t in ent[1:-1] if t.text in POSSESSIVE), None)
    if mark is None or not PERSON_NAME.fullmatch(ent.doc[ent.start : mark].text):
        return None
    return Span(ent.doc, mark + 1, ent.end, label="ORG")


def correct_org_labels(doc: Doc) -> Doc:
    """Relabel as ORG the entities whose context marks them as organisations; drop the
    names that start with a unit (`MW Colossus 1`), which measure a facility, and the
    person owning a company from its name."""
    relabel = set(_context()["relabel_from"])
    ents = []
    changed = False
    units = load_rules("quantities_units.json")["measure_units"]
    for ent in doc.ents:
        measured = ent.start > 0 and doc[ent.start - 1].like_num
        if ent[0].text in units and ent.label_ not in MEASURE_LABELS and measured:
            changed = True  # `300 MW Colossus 1 data center`: a measured facility, no name
        elif ent.label_ in relabel and _is_org_by_context(ent):
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))
            changed = True
        elif (owned := _owned_by_person(ent)) is not None:
            ents.append(owned)
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


def has_org_head(text: str) -> bool:
    """`Halvard Cloud`, `Corvid AI`: a name ending in an organisation word."""
    words = text.casefold().split()
    return len(words) > 1 and words[-1].strip(".,") in _context()["org_head_words"]


def is_generator(text: str) -> bool:
    """`Solvira Energía`, `Talen Energy`: a name that marks a power producer."""
    return any(w.strip(".,") in _context()["generator_words"] for w in text.casefold().split())


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """The mention without surrounding punctuation, possessive or leading article."""
    text = re.sub(r"\s+", " ", text).strip(' ,;:"“”')
    if text.endswith(".") and not re.search(r"\b\w\.\w\.$", text):
        text = text[:-1]
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    text = re.sub(r"\s+(?:to|of|and|in|for|from|by|with)$", "", text.lstrip("("))
    for suffix in POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            break
    return re.sub(r"^(?:the|The)\s+", "", text).strip()


@lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """Comparable tokens of a name: casefolded, legal suffixes and punctuation removed."""
    words = re.findall(r"[\w&]+(?:[.'’-][\w&]+)*\.?", clean_name(text).casefold())
    legal = _legal_suffixes()
    while len(words) > 1 and (words[-1] in legal or words[-1].rstrip(".") in legal):
        words.pop()
    return tuple(re.sub(r"['’]s$", "", w.rstrip(".")) for w in words)


def display_name(text: str) -> str:
    """The normalised organisation name: the mention without its legal suffix."""
    words = clean_name(text).split(" ")
    legal = _legal_suffixes()
    while len(words) > 1 and words[-1].casefold().rstrip(".,") in legal:
        words.pop()
    return " ".join(words).rstrip(",")


def _has_legal_suffix(text: str) -> bool:
    words = clean_name(text).split(" ")
    last = words[-1].rstrip(".,")
    return len(words) > 1 and last[:1].isupper() and last.casefold() in _legal_suffixes()


def _acronym(key: tuple[str, ...]) -> str:
    return "".join(w[0] for w in key if w not in ("of", "and", "&", "the"))


@lru_cache(maxsize=65536)
def same_organisation(a: str, b: str) -> bool:
    """True when two mentions name the same organisation (`AWS`, `Amazon Web Services`)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(long_) > len(short) and long_[: len(short)] == short:
        return True
    if (
        len(short) == 1
        and long_[-1] == short[0]
        and PERSON_NAME.fullmatch(clean_name(max(a, b, key=len)))
    ):
        return True
    return len(short) == 1 and len(long_) >= 2 and short[0] == _acronym(long_)


@dataclass
class OrgCluster:
    """Mentions of one organisation; `text` is its fullest form as written among the
    mentions that name it in a deal or first (later longer forms are often products)."""

    mentions: list[str]
    canonical: list[str]

    @property
    def text(self) -> str:
        keys = {name_key(m) for m in self.canonical}
        eligible = [m for m in self.mentions if name_key(m) in keys]
        return max(eligible, key=lambda m: (len(name_key(m)), _has_legal_suffix(m), -len(m)))

    @property
    def name(self) -> str:
        return display_name(self.text)


def cluster_names(names: Iterable[tuple[str, bool]]) -> list[OrgCluster]:
    """Group mentions (in article order, flagged when they may name the cluster) into
    organisations; the first mention of each may always name it."""
    clusters: list[OrgCluster] = []
    for raw, may_name in names:
        name = clean_name(raw)
        if not name_key(name):
            continue
        for cluster in clusters:
            if any(same_organisation(name, m) for m in cluster.mentions):
                cluster.mentions.append(name)
                if may_name:
                    cluster.canonical.append(name)
                break
        else:
            clusters.append(OrgCluster([name], [name]))
    return clusters


def is_not_party(name: str) -> bool:
    """True for organisations that only report news (agencies, papers)."""
    key = name_key(name)
    return any(name_key(n) == key for n in _context()["not_parties"])


def find_parents(text: str, orgs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (child index, parent index) among the org spans of one sentence.

    `orgs` are (start, end) character offsets into `text`, in order."""
    rules = load_rules("parents.json")
    child_first = [re.compile(p) for p in rules["between_child_and_parent"]]
    parent_first = [re.compile(p) for p in rules["between_parent_and_child"]]
    pairs: list[tuple[int, int]] = []
    for i, (_, end_a) in enumerate(orgs):
        for j in range(i + 1, min(i + 3, len(orgs))):
            gap = text[end_a : orgs[j][0]]
            if len(gap) > 120:
                break
            if any(p.search(gap) for p in child_first):
                pairs.append((i, j))
                break
            if any(p.search(gap) for p in parent_first):
                pairs.append((j, i))
                break
    return pairs


__all__ = [
    "OrgCluster",
    "clean_name",
    "cluster_names",
    "correct_org_labels",
    "display_name",
    "find_parents",
    "has_org_head",
    "is_generator",
    "is_not_party",
    "name_key",
    "same_organisation",
]
