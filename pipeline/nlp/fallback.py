"""A deal for an article whose sentences give no deal frame: `OpenAI is building its own
accelerators with Broadcom`, `Anthropic will expand its use of Google Cloud's TPUs`. The
first lead sentence naming two organisations and a commercial deal word gives the pair;
`direction.py` later decides who provides and who pays."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span

from pipeline.nlp.doctext import doc_text
from pipeline.nlp.facts import COMMERCIAL_TYPES, contract_type, keyword_type
from pipeline.nlp.grouping import Clusters, Draft, accept
from pipeline.nlp.parties import POSSESSIVE, find_parents
from pipeline.nlp.roles import Mention
from pipeline.nlp.rules import load_rules

LEAD_SENTENCES = 3
PARTY_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC"})


def _possessor_of_org(ent: Span) -> bool:
    """`Elon Musk's SpaceX`: a person owning a named organisation is not a party."""
    doc = ent.doc
    mark = ent.end if ent[-1].text not in POSSESSIVE else ent.end - 1
    if ent.label_ != "PERSON" or mark >= len(doc) or doc[mark].text not in POSSESSIVE:
        return False
    after = ent.end + (mark == ent.end)
    return after < len(doc) and doc[after].ent_type_ == "ORG"


@cache
def _commentator_cue(language: str) -> re.Pattern[str]:
    return re.compile(load_rules("org_context.json", language)["commentator_cues"], re.IGNORECASE)


def _commentator(ent: Span) -> bool:
    """`Analysts at Brisk Securities said ...`, `according to X`: a commentator."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 60) : ent.start_char]
    return _commentator_cue(ent.doc.lang_).search(before) is not None


def _owners(doc: Doc, clusters: Clusters) -> set[int]:
    """Clusters a sentence states to own another it names (`X is majority-owned by Y`,
    `X, a unit of Y`): the owner is not the other side of its unit's deal."""
    ents = [e for e in doc.ents if e.label_ in PARTY_LABELS]
    spans = [(e.start_char, e.end_char) for e in ents]
    return {
        cluster
        for _, parent in find_parents(doc_text(doc), spans, doc.lang_)
        if (cluster := clusters.match(ents[parent].text)) is not None
    }


def _named(doc: Doc, clusters: Clusters, org_keys: set[tuple[str, ...]]) -> list[int]:
    """Clusters of the organisations a sentence names, in order."""
    found: list[int] = []
    for ent in doc.ents:
        if ent.label_ not in PARTY_LABELS or _possessor_of_org(ent) or _commentator(ent):
            continue
        mention = Mention(ent.text, ent.start_char, ent.end_char, ent.label_)
        cluster = clusters.match(ent.text)
        if cluster is not None and cluster not in found and accept(mention, "partner", org_keys):
            found.append(cluster)
    return found


def _subjects(doc: Doc, clusters: Clusters) -> list[int]:
    """Clusters of the proper-noun subjects of a sentence's verbs (`Anthropic will expand
    its use of ..., the two companies said`)."""
    found: list[int] = []
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
            start -= 1
        cluster = clusters.match(doc[start : token.i + 1].text)
        if cluster is not None and cluster not in found:
            found.append(cluster)
    return found


def lead_pair_draft(
    docs: Sequence[Doc],
    subjects: Sequence[tuple[int, str]],
    clusters: Clusters,
    org_keys: set[tuple[str, ...]],
    background: Sequence[bool],
) -> Draft | None:
    """The deal of the first of the lead sentences that names two organisations (its
    subject included) and whose words name a commercial deal type."""
    for index, doc in enumerate(docs[:LEAD_SENTENCES]):
        if background[index]:
            continue
        named = [
            c for i, text in subjects if i == index and (c := clusters.match(text)) is not None
        ]
        for cluster in [*_subjects(doc, clusters), *_named(doc, clusters, org_keys)]:
            if cluster not in named:
                named.append(cluster)
        owners = _owners(doc, clusters)
        named = [c for c in named if c not in owners]
        text = [doc_text(doc)]  # the contract it names (`un bail portant sur 72 MW`) first
        deal_type = contract_type(text, doc.lang_) or keyword_type(text, doc.lang_)
        if len(named) < 2 or deal_type not in COMMERCIAL_TYPES:
            continue
        draft = Draft(deal_type, hint=deal_type, sentences=[index], frames=1)
        draft.types[deal_type] += 1
        for cluster in named[:2]:
            draft.roles[cluster] = Counter({"partner": 1})
            draft.party_sentence[cluster] = index
        return draft
    return None


__all__ = ["lead_pair_draft"]
