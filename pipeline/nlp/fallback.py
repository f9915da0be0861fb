"""A deal for an article whose sentences give no deal frame: `OpenAI is building its own
accelerators with Broadcom`, `Anthropic will expand its use of Google Cloud's TPUs`. The
first lead sentence naming two organisations and a commercial deal word gives the pair;
`direction.py` later decides who provides and who pays."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from pipeline.nlp.facts import COMMERCIAL_TYPES, keyword_type
from pipeline.nlp.grouping import Clusters, Draft, accept
from pipeline.nlp.parties import POSSESSIVE
from pipeline.nlp.roles import Mention

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


def _named(doc: Doc, clusters: Clusters, org_keys: set[tuple[str, ...]]) -> list[int]:
    """Clusters of the organisations a sentence names, in order."""
    found: list[int] = []
    for ent in doc.ents:
        if ent.label_ not in PARTY_LABELS or _possessor_of_org(ent):
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
        deal_type = keyword_type([doc.text], doc.lang_)
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
