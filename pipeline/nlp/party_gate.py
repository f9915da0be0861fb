"""Deal assembly, stage 4 (deals), a learnt check on the parties: keep or drop each party
the rules gave a deal, from what the rules already computed about it.

Each party becomes a `PartyCandidate` with numeric features (its role and the deal's type,
where its role came from: frame votes, the complement of the other side, the protagonist
or a parent; the parse relation of its mention and its distance from the deal word; how
the article names it). A logistic model scores the probability that the party is right;
below the model's threshold the party is dropped. The gate is opt-in
(`extract_deals_batch(..., party_gate=learnt_gate)`): measured on the frozen test split it
did not earn a place in the default path (README, Benchmarks). The weights are data
(`pipeline/nlp/models/party_gate_<language>.json`, written by
`benchmarks/train_party_gate.py`); a language without a weights file keeps every party.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import get_args

from spacy.tokens import Doc

from pipeline.models import PAYING_ROLES, DealType, Party, PartyRole
from pipeline.nlp.attachment import Facts
from pipeline.nlp.candidates import Candidates
from pipeline.nlp.grouping import Draft
from pipeline.nlp.parties import name_key
from pipeline.nlp.rules import load_rules

MODELS_DIR = Path(__file__).with_name("models")
DEAL_TYPES: tuple[str, ...] = get_args(DealType)  # the records' own list, in order
SOURCES = ("frame", "protagonist", "parent")
LABELS = ("ORG", "PROPN", "PERSON", "GPE", "PRODUCT", "other", "none")
DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "compound", "other", "none")
SMALL_WORDS = frozenset({"of", "and", "the", "for", "de", "&"})
MAX_DISTANCE = 20  # tokens between a mention and the deal word, beyond which all are far
MAX_HOPS = 4  # dependency arcs from a mention up to the deal word; more (or none) is far


def feature_names() -> list[str]:
    """Every feature a candidate can have, in the order of the weights file."""
    return [
        *(f"role={r}" for r in get_args(PartyRole)),
        *(f"type={t}" for t in DEAL_TYPES),
        *(f"source={s}" for s in SOURCES),
        *(f"label={label}" for label in LABELS),
        *(f"dep={d}" for d in DEPS),
        "paying_side",
        "main_deal",
        "drafts",
        "framed_deal",
        "deal_frames",
        "deal_parties",
        "deal_position",
        "mixed_types",
        "type_changed",
        "deal_amounts",
        "deal_term",
        "role_votes",
        "other_votes",
        "partner_votes_only",
        "role_not_voted",
        "other_deals",
        "asset",
        "protagonist",
        "protagonist_elsewhere",
        "in_title",
        "mention_sentences",
        "first_named",
        "lead_sentence",
        "sentence_position",
        "background_sentence",
        "trigger_distance",
        "no_trigger_in_sentence",
        "trigger_hops",
        "ner_org",
        "name_words",
        "legal_suffix",
        "lower_word",
        "acronym",
        "digit",
        "has_parent",
    ]


@dataclass(frozen=True)
class PartyCandidate:
    """One party the rules gave a deal, the sentence naming it, and its features."""

    party: Party
    sentence: int
    rank: int
    features: dict[str, float]


# A gate decides, for one deal's candidates (in the article's language), which to keep.
PartyGate = Callable[[str, Sequence[PartyCandidate]], list[bool]]


@dataclass(frozen=True)
class GateModel:
    """A logistic model over candidate features: weights, intercept and threshold."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a candidate is a right party."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))


def model_from_json(data: Mapping[str, object]) -> GateModel:
    """The model a weights file holds (`weights`: feature -> weight, `intercept`,
    `threshold`)."""
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise ValueError("weights file: `weights` must map features to numbers")
    return GateModel(
        weights={str(k): float(v) for k, v in weights.items()},
        intercept=float(str(data["intercept"])),
        threshold=float(str(data["threshold"])),
    )


@cache
def load_gate(language: str) -> GateModel | None:
    """The shipped model of a language, or None when it has none."""
    path = MODELS_DIR / f"party_gate_{language}.json"
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


def learnt_gate(language: str, candidates: Sequence[PartyCandidate]) -> list[bool]:
    """Keep the candidates the language's model scores at or above its threshold (all of
    them when the language has no model)."""
    model = load_gate(language)
    if model is None:
        return [True] * len(candidates)
    return [model.probability(c.features) >= model.threshold for c in candidates]


def _cluster_of(c: Candidates, roles: Mapping[int, str], party: Party) -> tuple[int | None, str]:
    """The organisation cluster a party record was made from and where its role came
    from: a role the deal's frames gave, the protagonist in an open side, or a parent."""
    for cluster in roles:
        if c.party_name(cluster) == (party.name, party.text):
            return cluster, "frame"
    if c.protagonist is not None and c.party_name(c.protagonist) == (party.name, party.text):
        return c.protagonist, "protagonist"
    found = c.clusters.find(party.text)
    return found, "parent"


def _mention_token(doc: Doc, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def _hops(doc: Doc, token: int, trigger: int) -> int:
    """Arcs from the mention's head word up to the deal word (MAX_HOPS when the deal word
    does not govern it, or only from further up)."""
    current, hops = doc[token], 0
    while current.i != trigger and hops < MAX_HOPS:
        if current.head.i == current.i:
            return MAX_HOPS
        current, hops = current.head, hops + 1
    return hops


def _dep(doc: Doc, token: int | None) -> str:
    if token is None:
        return "none"
    dep: str = doc[token].dep_
    return dep if dep in DEPS else "other"


def _name_features(text: str) -> dict[str, float]:
    words = text.split()
    legal = set(load_rules("org_suffixes.json")["legal_suffixes"])
    lower = any(w.isalpha() and w.islower() and w not in SMALL_WORDS for w in words)
    return {
        "name_words": min(len(words), 5) / 5,
        "legal_suffix": float(bool(words) and words[-1].casefold().rstrip(".,") in legal),
        "lower_word": float(lower),
        "acronym": float(len(words) == 1 and text.isupper() and len(text) >= 2),
        "digit": float(any(ch.isdigit() for ch in text)),
    }


@dataclass(frozen=True)
class DealView:
    """What the rules decided about one deal before its parties are checked: the
    article's drafts, the deal's rank among them, its type, roles by cluster and facts."""

    drafts: Sequence[Draft]
    rank: int
    deal_type: str
    roles: Mapping[int, str]
    facts: Facts


def party_features(c: Candidates, deal: DealView, party: Party, sentence: int) -> dict[str, float]:
    """The features of one party of a deal (non-zero ones only)."""
    draft = deal.drafts[deal.rank]
    renames = load_rules("deal_roles.json").get(deal.deal_type, {})
    cluster, source = _cluster_of(c, deal.roles, party)
    votes: Mapping[str, int] = draft.roles.get(cluster, {}) if cluster is not None else {}
    mine = sum(n for r, n in votes.items() if renames.get(r, r) == party.role)
    other = sum(n for r, n in votes.items() if renames.get(r, r) != party.role and r != "partner")
    label, dep, distance, hops = "none", "none", float(MAX_DISTANCE), MAX_HOPS
    if cluster is not None and cluster in draft.mentions:
        index, mention = draft.mentions[cluster]
        label = mention.label if mention.label in LABELS else "other"
        doc = c.parsed[index].doc
        token = _mention_token(doc, mention.start, mention.end)
        dep = _dep(doc, token)
        triggers = draft.triggers.get(index, [])
        if token is not None and triggers:
            distance = float(min(abs(token - t) for t in triggers))
            hops = min(_hops(doc, token, t) for t in triggers)
    last = max(len(c.texts) - 1, 1)
    named = [
        i for i, text in enumerate(c.texts) if cluster is not None and c.names_in(cluster, text)
    ]
    title = (c.article.title or "").casefold()
    elsewhere = sum(1 for d in deal.drafts if d is not draft and cluster in d.roles)
    features = {
        f"role={party.role}": 1.0,
        f"type={deal.deal_type}": 1.0,
        f"source={source}": 1.0,
        f"label={label}": 1.0,
        f"dep={dep}": 1.0,
        "paying_side": float(party.role in PAYING_ROLES),
        "main_deal": float(deal.rank == 0),
        "drafts": min(len(deal.drafts), 4) / 4,
        "framed_deal": float(bool(draft.triggers)),
        "deal_frames": min(draft.frames, 4) / 4,
        "deal_parties": min(len(deal.roles), 4) / 4,
        "deal_position": min(draft.sentences) / last,
        "mixed_types": float(len(draft.types) > 1),
        "type_changed": float(draft.deal_type != deal.deal_type),
        "deal_amounts": min(len(deal.facts.amounts), 2) / 2,
        "deal_term": float(deal.facts.term is not None),
        "role_votes": min(mine, 3) / 3,
        "other_votes": min(other, 3) / 3,
        "partner_votes_only": float(bool(votes) and set(votes) == {"partner"}),
        "role_not_voted": float(mine == 0),
        "other_deals": min(elsewhere, 2) / 2,
        "asset": float(cluster is not None and cluster < 0),
        "protagonist": float(cluster is not None and cluster == c.protagonist),
        "protagonist_elsewhere": float(
            c.protagonist is not None and c.protagonist not in deal.roles
        ),
        "in_title": float(bool(title) and party.name.casefold() in title),
        "mention_sentences": math.log1p(len(named)) / math.log1p(10),
        "first_named": (named[0] if named else sentence) / last,
        "lead_sentence": float(sentence == 0),
        "sentence_position": sentence / last,
        "background_sentence": float(c.is_background(sentence)),
        "trigger_distance": min(distance, MAX_DISTANCE) / MAX_DISTANCE,
        "trigger_hops": hops / MAX_HOPS,
        "ner_org": float(name_key(party.text) in c.org_keys),
        "no_trigger_in_sentence": float(sentence not in draft.triggers),
        "has_parent": float(party.parent is not None),
        **_name_features(party.text),
    }
    return {k: v for k, v in features.items() if v}


def gate_parties(
    c: Candidates, deal: DealView, found: list[tuple[Party, int]], gate: PartyGate
) -> list[tuple[Party, int]]:
    """The parties of a deal the gate keeps, each with the sentence naming it."""
    candidates = [
        PartyCandidate(party, sentence, deal.rank, party_features(c, deal, party, sentence))
        for party, sentence in found
    ]
    keep = gate(c.language, candidates)
    return [pair for pair, kept in zip(found, keep, strict=True) if kept]


__all__ = [
    "DealView",
    "GateModel",
    "PartyCandidate",
    "PartyGate",
    "feature_names",
    "gate_parties",
    "learnt_gate",
    "load_gate",
    "model_from_json",
    "party_features",
]
