"""Deals no frame gives. An article whose sentences give no deal frame: `OpenAI is building
its own accelerators with Broadcom`, `Anthropic will expand its use of Google Cloud's TPUs`;
the first lead sentence naming two organisations and a commercial deal word gives the pair.
A sentence with no frame that tells a contract of its own (`X will collect $2.4 billion
over five years from Y`, `X agreed to spend $6 billion on computing capacity from Y`):
the pair it names, typed by the sentence's own words. `direction.py` later decides who
provides and who pays."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.doctext import doc_text
from pipeline.nlp.facts import COMMERCIAL_TYPES, contract_type, keyword_type
from pipeline.nlp.grouping import Clusters, Draft, accept
from pipeline.nlp.parties import POSSESSIVE, find_parents, is_glued_word
from pipeline.nlp.places import resolve_place
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.roles import Mention, habitual
from pipeline.nlp.rules import load_rules
from pipeline.nlp.terms import find_terms

LEAD_SENTENCES = 3
PARTY_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC"})
ORG_LABELS = frozenset({"ORG"})


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


def _ownership(doc: Doc, clusters: Clusters) -> set[tuple[int | None, int]]:
    """(owned, owner) clusters a sentence states (`X is majority-owned by Y`, `X, a unit
    of Y`, `Y's Z campus`); the owned one is None when it is no organisation's cluster."""
    ents = [e for e in doc.ents if e.label_ in PARTY_LABELS]
    spans = [(e.start_char, e.end_char) for e in ents]
    return {
        (clusters.match(ents[child].text), owner)
        for child, parent in find_parents(doc_text(doc), spans, doc.lang_)
        if (owner := clusters.match(ents[parent].text)) is not None
    }


def _owners(doc: Doc, clusters: Clusters) -> set[int]:
    """Clusters a sentence states to own another it names: the owner is not the other
    side of its unit's deal."""
    return {owner for _, owner in _ownership(doc, clusters)}


def _named(
    doc: Doc,
    clusters: Clusters,
    org_keys: set[tuple[str, ...]],
    labels: frozenset[str] = PARTY_LABELS,
) -> list[int]:
    """Clusters of the organisations a sentence names, in order."""
    found: list[int] = []
    for ent in doc.ents:
        if ent.label_ not in labels or _possessor_of_org(ent) or _commentator(ent):
            continue
        mention = Mention(ent.text, ent.start_char, ent.end_char, ent.label_)
        cluster = clusters.match(ent.text)
        if cluster is not None and cluster not in found and accept(mention, "partner", org_keys):
            found.append(cluster)
    return found


def _subject_tokens(doc: Doc, clusters: Clusters) -> dict[int, Token]:
    """Clusters of the proper-noun subjects of a sentence's verbs, in order, each with its
    subject token (`Anthropic will expand its use of ..., the two companies said`)."""
    found: dict[int, Token] = {}
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
            start -= 1
        while start < token.i and is_glued_word(doc[start]):
            start += 1  # `Neocloud Strata Compute has agreed`: the name after its description
        cluster = clusters.match(doc[start : token.i + 1].text)
        if cluster is not None:
            found.setdefault(cluster, token)
    return found


def _subjects(doc: Doc, clusters: Clusters) -> list[int]:
    """Clusters of the proper-noun subjects of a sentence's verbs, in order."""
    return list(_subject_tokens(doc, clusters))


def lead_pair_draft(
    docs: Sequence[Doc],
    subjects: Sequence[tuple[int, str]],
    clusters: Clusters,
    org_keys: set[tuple[str, ...]],
    background: Sequence[bool],
) -> Draft | None:
    """The deal of the first of the lead sentences that names two organisations (its
    subject included) and whose words name a commercial deal type (the contract it names
    first: `an electric service agreement ... for a data center` is a power purchase)."""
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
        # `Les deux entreprises ont signé un bail` right after: the pair's deal, in its words
        told = index + 1 < len(docs) and _pair_subject(docs[index + 1])
        text = [doc_text(docs[index + 1] if told else doc)]
        deal_type = contract_type(text, doc.lang_) or keyword_type(text, doc.lang_)
        if len(named) < 2 or deal_type not in COMMERCIAL_TYPES:
            continue
        sentences = [index, index + 1] if told else [index]
        draft = Draft(deal_type, hint=deal_type, sentences=sentences, frames=1)
        draft.types[deal_type] += 1
        for cluster in named[:2]:
            draft.roles[cluster] = Counter({"partner": 1})
            draft.party_sentence[cluster] = index
        return draft
    return None


def _pair_subject(doc: Doc) -> bool:
    """`Les deux entreprises ont signé un bail`: a sentence whose subject counts the pair
    (`cues.json` pair_subject) names no one, but tells the deal of the two named before."""
    pattern: str = load_rules("cues.json", doc.lang_).get("pair_subject", "")
    return bool(pattern) and re.match(pattern, doc_text(doc), re.IGNORECASE) is not None


def _tells_contract(text: str, published: datetime.date | None, language: str) -> bool:
    """Whether a sentence states a contract's own evidence: a sum paid per period, the
    contract's period (`over five years`, `for 30 months`, `from April 2027`), a counted
    capacity (`18,432 GPUs`, `600 MW`) or a contract noun (`deal_types.json`
    contract_evidence), and no financing words (a loan arranged for the purchase)."""
    rules = load_rules("deal_types.json", language)
    if "financing" in rules and re.search(rules["financing"], text, re.IGNORECASE):
        return False
    if any(a.period for a in find_amounts(text, language)):
        return True
    if any(t.kind == "contract" for t in find_terms(text, published, language)):
        return True
    if find_quantities(text, language):
        return True
    return re.search(rules["contract_evidence"], text, re.IGNORECASE) is not None


def _description_tokens(subject: Token) -> set[int]:
    """The tokens describing a party in an apposition or a relative clause (`X, backed by
    Y,`, `X, which is owned by funds of Y,`): names there are not the deal's."""
    return {
        t.i
        for child in subject.children
        if child.dep_ in ("appos", "relcl", "acl")
        for t in child.subtree
    }


def _counterparts(
    doc: Doc, clusters: Clusters, org_keys: set[tuple[str, ...]], subject: Token
) -> list[int]:
    """The organisations a party's clause names beside it: not in its description, not
    named as examples (`customers such as Y`), not the modifier of a common noun (`the PJM
    region`, `its Prairie Wind campus`), not a place."""
    described = _description_tokens(subject)
    examples = load_rules("deal_types.json", doc.lang_).get("examples_before")
    found: list[int] = []
    for ent in doc.ents:
        last = ent[-1]
        before = doc_text(doc)[max(0, ent.start_char - 40) : ent.start_char]
        if (
            ent.label_ != "ORG"
            or ent.start in described
            or (last.dep_ == "compound" and last.head.pos_ == "NOUN")
            or resolve_place(ent.text) is not None
            or (examples and re.search(examples, before, re.IGNORECASE))
            or _commentator(ent)
        ):
            continue
        cluster = clusters.match(ent.text)
        mention = Mention(ent.text, ent.start_char, ent.end_char, ent.label_)
        if cluster is not None and cluster not in found and accept(mention, "partner", org_keys):
            found.append(cluster)
    return found


def clause_contract_drafts(
    docs: Sequence[Doc],
    clusters: Clusters,
    org_keys: set[tuple[str, ...]],
    skipped: Sequence[bool],
    pairs: Sequence[set[int]],
    published: datetime.date | None,
    acquirers: Sequence[int] = (),
) -> list[Draft]:
    """The commercial deals told in sentences without a frame (`skipped`: sentences with
    a frame, telling older deals or pointing back to a deal told before): a sentence whose
    own words name a commercial type and state a contract's evidence, whose organisation
    subject does something new (not a habit: `X runs five data centres`) with another
    organisation its clause names, a pair no deal of the frames (`pairs`: each deal's
    parties) already holds. A clause naming no other organisation but the asset an
    acquisition of the article moves (`will lease back 9MW`, `buy 600 MW from the plant`)
    deals with that asset's new owner (the first of `acquirers` that is not the subject).
    Sentences naming the same pair make one deal."""
    back = load_rules("deal_types.json", docs[0].lang_).get("asset_back") if docs else None
    drafts: dict[tuple[int, int], Draft] = {}
    for index, doc in enumerate(docs):
        if skipped[index] or "contract_evidence" not in load_rules("deal_types.json", doc.lang_):
            continue  # a language whose rules name no contract evidence reads frames only
        text = doc_text(doc)
        deal_type = contract_type([text], doc.lang_) or keyword_type([text], doc.lang_)
        if deal_type not in COMMERCIAL_TYPES or not _tells_contract(text, published, doc.lang_):
            continue
        owned = _ownership(doc, clusters)
        for first, subject in _subject_tokens(doc, clusters).items():
            name = clusters.clusters[first].name
            mention = Mention(name, subject.idx, subject.idx + len(subject), "ORG")
            if (
                subject.ent_type_ not in ("ORG", "")  # a person speaks, a place is no party
                or habitual(subject.head)
                or not accept(mention, "partner", org_keys)
            ):
                continue
            others = [
                k
                for k in _counterparts(doc, clusters, org_keys, subject)
                if k != first and (first, k) not in owned and (k, first) not in owned
            ]  # a parent or unit of the subject is not its counterparty
            if not others and back is not None and re.search(back, text, re.IGNORECASE):
                others = [k for k in acquirers if k != first][:1]
            elif others and any({first, others[0]} <= pair for pair in pairs):
                break
            if not others:
                break
            key = (min(first, others[0]), max(first, others[0]))
            draft = drafts.get(key)
            if draft is None:
                draft = drafts[key] = Draft(deal_type, hint=deal_type, habitual=False)
            draft.sentences.append(index)
            draft.triggers[index] = [subject.head.i]  # the verb of the deal's first party
            draft.frames += 1
            draft.types[deal_type] += 1
            for cluster in (first, others[0]):
                draft.roles.setdefault(cluster, Counter({"partner": 1}))
                draft.party_sentence.setdefault(cluster, index)
            break
    return list(drafts.values())


__all__ = ["clause_contract_drafts", "lead_pair_draft"]
