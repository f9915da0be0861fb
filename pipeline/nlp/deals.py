"""Group the facts of one article into deal records, the main deal first.

Assembly runs in four stages, each its own module:
1. candidates (`candidates.py`): frames, organisation clusters, the protagonist, which
   sentences tell older deals;
2. frames (`frames.py`): frames grouped into deal drafts, kept and ordered by salience;
3. attachment (`attachment.py`): which deal each sentence's facts belong to, and the
   amounts, term, quantities and sites read from a deal's sentences;
4. deals (`resolution.py`, `confidence.py` and here): final roles and parties, the type,
   the status, the summary (`summary.py`), the evidence and the confidence of each record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from pipeline.models import Article, Deal, Evidence
from pipeline.nlp.attachment import deal_facts, sentence_owners
from pipeline.nlp.candidates import Candidates, ParsedSentence
from pipeline.nlp.confidence import deal_confidence
from pipeline.nlp.facts import deal_status
from pipeline.nlp.frames import deal_drafts
from pipeline.nlp.grouping import Draft, choose_deal_type
from pipeline.nlp.parties import is_placeholder, name_key
from pipeline.nlp.party_gate import DealView, PartyGate, gate_parties
from pipeline.nlp.resolution import (
    deal_parties,
    deal_roles,
    facility_keys,
    parent_clusters,
    without_counted_goods,
    without_facilities,
    without_people,
    without_places,
    without_site_targets,
)
from pipeline.nlp.summary import summarise


def _deal_id(names: list[str], deal_type: str) -> str:
    key = "|".join(sorted(" ".join(name_key(n)) for n in names)) + "#" + deal_type
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _own_sentences(c: Candidates, drafts: list[Draft], draft: Draft, told: list[int]) -> list[str]:
    """The sentences that tell the deal itself: those of its frames, and those naming two of
    its parties that tell no other deal (`said it had signed a supply contract worth ...
    with Y`, a clause the frames missed), not `This is Y's first PPA` told after it."""
    others = {i for d in drafts if d is not draft for i in d.triggers}
    names = [c.written_names(k) for k in draft.roles]
    return [
        c.texts[i]
        for i in told
        if i in draft.triggers
        or (i not in others and sum(any(n in c.texts[i] for n in ns) for ns in names) >= 2)
    ]


def _nameless_sentences(c: Candidates, told: list[int]) -> list[str]:
    """The deal's sentences that name no organisation of the article (`le contrat couvre
    la fourniture de groupes électrogènes`): they tell its contract and no other deal."""
    clusters = range(len(c.clusters.clusters))
    return [c.texts[i] for i in told if not any(c.names_in(k, c.texts[i]) for k in clusters)]


def _deal(
    c: Candidates,
    drafts: list[Draft],
    rank: int,
    owner: list[int | None],
    parents: dict[int, int],
    facilities: frozenset[tuple[str, ...]],
    gate: PartyGate | None,
) -> Deal | None:
    """The record of the deal ranked `rank` (None for a later deal the gate left without
    the parties the rules gave it)."""
    draft = drafts[rank]
    mine = [i for i, o in enumerate(owner) if o == rank]
    told = sorted(set(mine) | set(draft.sentences))
    deal_type = choose_deal_type(
        draft,
        [c.texts[i] for i in told],
        c.language,
        _own_sentences(c, drafts, draft, told),
        (c.article.title or "") if rank == 0 else "",
        _nameless_sentences(c, told),
    )
    roles = deal_roles(c, draft, deal_type, mine)
    found = deal_parties(c, draft, rank, deal_type, roles, parents)
    facts = deal_facts(c, drafts, draft, mine, deal_type, roles, owner)
    found = without_facilities(without_site_targets(found, facts.sites), facilities)
    found = without_counted_goods(c, without_places(c, without_people(c, found)))
    if gate is not None and found:
        found = gate_parties(c, DealView(drafts, rank, deal_type, roles, facts), found, gate)
        if rank > 0 and not found:
            return None
    found = [(p, i) for p, i in found if not is_placeholder(p.name)]  # the frame stays
    parties = [p for p, _ in found]
    evidence: list[Evidence] = [c.evidence("party", i) for _, i in found]
    amounts = [a for a, _ in facts.amounts]
    evidence.extend(c.evidence("amount", i) for _, i in facts.amounts)
    if facts.undisclosed is not None:
        evidence.append(c.evidence("amount", facts.undisclosed[1]))
    evidence.extend(c.evidence("term", i) for i in facts.term_sentences)
    quantities = [q for q, _ in facts.quantities]
    evidence.extend(c.evidence("quantity", i) for _, i in facts.quantities)
    evidence.extend(c.evidence("site", i) for i in facts.site_sentences)
    texts = [c.texts[i] for i in draft.sentences]
    status, status_index = deal_status(c.article.title, texts, c.language)
    evidence.append(c.evidence("deal_type", draft.sentences[0]))
    evidence.append(
        c.evidence("status", draft.sentences[status_index if status_index is not None else 0])
    )
    return Deal(
        id=_deal_id([p.name for p in parties], deal_type),
        deal_type=deal_type,
        status=status,
        summary=summarise(deal_type, parties, amounts, facts.term, facts.sites, quantities),
        parties=parties,
        amounts=amounts,
        amount_undisclosed=facts.undisclosed[0] if facts.undisclosed else None,
        quantities=quantities,
        term=facts.term,
        sites=facts.sites,
        evidence=evidence,
        confidence=deal_confidence(draft, roles, facts.amounts, status),
    )


def build_deals(
    article: Article, parsed: Sequence[ParsedSentence], gate: PartyGate | None = None
) -> list[Deal]:
    """The deal records of one article from its parsed candidate sentences. A `gate`
    (`party_gate.py`, off by default) keeps or drops the parties the rules found; a deal
    other than the main one it leaves with none of them is dropped."""
    if not parsed:
        return []
    c = Candidates(article, parsed)
    drafts = deal_drafts(c)
    owner = sentence_owners(c, drafts)
    parents = parent_clusters(c)
    facilities = facility_keys(c)
    deals = [
        _deal(c, drafts, rank, owner, parents, facilities, gate) for rank in range(len(drafts))
    ]
    return [d for d in deals if d is not None]


__all__ = ["build_deals"]
