"""Group the facts of one article into deal records, the main deal first.

Input: the article and its parsed candidate sentences. Frames (`roles.py`) give parties
and roles; amounts, terms, quantities and sites come from the normalisers, run on the
sentences that belong to a deal (a frame, a party or a deal noun in the sentence).
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from pipeline.models import (
    PAYING_ROLES,
    RECEIVING_ROLES,
    Amount,
    Article,
    Deal,
    Evidence,
    Party,
    Quantity,
    Site,
    Term,
)
from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.facts import (
    MIN_DEAL_AMOUNT,
    amount_kind,
    amount_rejected,
    deal_kind,
    deal_status,
    keyword_type,
    merge_amounts,
    merge_term,
)
from pipeline.nlp.locations import mention_spans, target_location
from pipeline.nlp.parties import (
    OrgCluster,
    clean_name,
    cluster_names,
    find_parents,
    is_generator,
    is_not_party,
    name_key,
)
from pipeline.nlp.places import find_facilities, resolve_place
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.roles import (
    NOT_ARGUMENT_LABELS,
    Frame,
    Mention,
    find_frames,
    lead_frames,
    resolve,
)
from pipeline.nlp.rules import load_rules
from pipeline.nlp.sentences import Sentence
from pipeline.nlp.terms import find_terms

LEGAL_ONLY = frozenset({"inc", "corp", "ltd", "co", "llc", "plc"})
# "X, a cloud provider, signed an agreement with Y": the described party provides.
DESCRIBED_PROVIDER = {"compute_contract": ("provider", "customer"), "lease": ("lessor", "lessee")}
# "X signed a lease (licence) with Y": the announcer is usually the landlord (licensor).
ANNOUNCER_FIRST = {"lease": ("lessor", "lessee"), "licence": ("licensor", "licensee")}
KEYWORD_DECIDED = frozenset({"compute_contract", "other", "partnership"})
GENERIC_TYPES = frozenset({"partnership", "other"})
COMMERCIAL_TYPES = frozenset({"compute_contract", "lease", "supply", "power_purchase", "licence"})
COMPLEMENT = {
    "customer": "provider",
    "provider": "customer",
    "lessee": "lessor",
    "lessor": "lessee",
    "investor": "investee",
    "investee": "investor",
    "licensee": "licensor",
    "licensor": "licensee",
}
PAST_YEAR = re.compile(r"\b(?:in|since|during) ((?:19|20)\d\d)\b", re.IGNORECASE)
FACILITY_NOUN = re.compile(r"\b(?:cent(?:re|er)|campus|site|facility|park|farm)s?$", re.I)
GENERIC_NAME_WORDS = frozenset(
    {
        "american",
        "general",
        "national",
        "first",
        "united",
        "international",
        "british",
        "canadian",
        "pacific",
        "western",
        "eastern",
        "northern",
        "southern",
        "central",
        "federal",
        "global",
    }
)
PAST_MONTH = re.compile(
    r"\b[Ii]n (January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:,? ((?:19|20)\d\d))?\b"
)


@dataclass(frozen=True)
class ParsedSentence:
    """A candidate sentence and its spaCy parse."""

    sentence: Sentence
    doc: Doc


@dataclass
class Draft:
    """A deal being assembled: parties by cluster, roles voted by frames."""

    deal_type: str
    roles: dict[int, Counter[str]] = field(default_factory=dict)
    party_sentence: dict[int, int] = field(default_factory=dict)
    mentions: dict[int, tuple[int, Mention]] = field(default_factory=dict)
    triggers: dict[int, list[int]] = field(default_factory=dict)
    habitual: bool = True
    sentences: list[int] = field(default_factory=list)
    types: Counter[str] = field(default_factory=Counter)
    frames: int = 0

    def side(self, cluster: int) -> str | None:
        roles = self.roles.get(cluster)
        if not roles:
            return None
        role = roles.most_common(1)[0][0]
        if role in PAYING_ROLES:
            return "paying"
        return "receiving" if role in RECEIVING_ROLES else None


def _published(article: Article) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def _accept(mention: Mention, role: str, org_keys: set[tuple[str, ...]]) -> bool:
    """Whether a frame argument can be a party (organisations, or a bought asset)."""
    if mention.asset:
        return role == "target" and not FACILITY_NOUN.search(mention.text)
    if mention.label in NOT_ARGUMENT_LABELS or is_not_party(mention.text):
        return False
    key = name_key(mention.text)
    if not key or _junk_name(mention.text, key):
        return False
    if key in org_keys or mention.label in ("ORG", "PROPN"):
        return True
    if mention.label == "GPE":
        return len(key) == 1 and resolve_place(mention.text) is None
    return mention.label in (
        "PERSON",
        "NORP",
        "PRODUCT",
        "FAC",
        "LOC",
        "WORK_OF_ART",
    )


def _junk_name(text: str, key: tuple[str, ...]) -> bool:
    """Units, bare legal suffixes, places and list fragments are not organisations."""
    if (len(key) == 1 and key[0] in load_rules("deal_roles.json")["not_party_words"]) or key[
        0
    ] in LEGAL_ONLY:
        return True
    if text.count("(") != text.count(")") or re.search(
        r",\s+(?!(?:inc|ltd|llc|corp)\b)", text, re.I
    ):
        return True
    return resolve_place(text) is not None


class _Clusters:
    """Organisation clusters of an article, with a cached mention -> cluster lookup."""

    def __init__(self, names: list[tuple[str, bool]]) -> None:
        self.clusters: list[OrgCluster] = cluster_names(names)
        self.assets: dict[int, str] = {}
        self._index: dict[str, int] = {}
        for i, cluster in enumerate(self.clusters):
            for mention in cluster.mentions:
                self._index.setdefault(mention, i)

    def find(self, text: str) -> int | None:
        return self._index.get(clean_name(text))

    def asset(self, text: str) -> int:
        for i, name in self.assets.items():
            if name == text:
                return i
        index = -1 - len(self.assets)
        self.assets[index] = text
        return index


def _frame_roles(
    frame: Frame, clusters: _Clusters, org_keys: set[tuple[str, ...]], protagonist: int | None
) -> dict[int, tuple[str, Mention]]:
    roles: dict[int, tuple[str, Mention]] = {}
    for role, mention in frame.args:
        if mention.pronoun:
            cluster = protagonist
        elif not _accept(mention, role, org_keys):
            continue
        elif mention.asset:
            cluster = clusters.asset(mention.text)
        else:
            cluster = clusters.find(mention.text)
        if cluster is not None and cluster not in roles:
            roles[cluster] = (role, mention)
    return roles


def _conflicts(draft: Draft, roles: dict[int, tuple[str, Mention]]) -> bool:
    for cluster, (role, _) in roles.items():
        side = draft.side(cluster)
        new = "paying" if role in PAYING_ROLES else "receiving" if role in RECEIVING_ROLES else None
        if side and new and side != new:
            return True
    return False


def _compatible(a: str, b: str) -> bool:
    """Whether frames of these types can tell one deal (a payment is not an investment)."""
    if "partnership" in (a, b) or a == b:
        return True
    if "other" in (a, b):
        return ({a, b} - {"other"}) <= COMMERCIAL_TYPES
    return a in COMMERCIAL_TYPES and b in COMMERCIAL_TYPES


def _new_counterparty(draft: Draft, roles: dict[int, tuple[str, Mention]]) -> bool:
    """`Tessellate also agreed to buy chips from Verano`: a second provider for the same
    customer is another deal (acquisitions may add a seller to a target)."""
    if draft.deal_type == "acquisition":
        return False
    newcomers = [c for c, (role, _) in roles.items() if c not in draft.roles]
    others = [c for c in draft.roles if c not in roles]
    receiving = any(roles[c][0] in RECEIVING_ROLES for c in newcomers)
    return receiving and any(draft.side(c) != "paying" for c in others)


def _one_sided(roles: dict[int, tuple[str, Mention]]) -> bool:
    """`Oracle and Carlyle will sell their holdings`: sellers only, the deal told elsewhere."""
    return {role for role, _ in roles.values()} == {"seller"}


def _group(frame_roles: list[tuple[int, Frame, dict[int, tuple[str, Mention]]]]) -> list[Draft]:
    drafts: list[Draft] = []
    for sentence, frame, roles in frame_roles:
        target = next(
            (
                d
                for d in drafts
                if set(roles) & set(d.roles)
                and _compatible(frame.deal_type, d.deal_type)
                and not _conflicts(d, roles)
                and (frame.deal_type != "partnership" or set(roles) <= set(d.roles))
                and not _new_counterparty(d, roles)
            ),
            None,
        )
        if target is None and frame.deal_type == "acquisition" and _one_sided(roles):
            target = next((d for d in drafts if d.deal_type == "acquisition"), None)
        if target is None:
            target = Draft(frame.deal_type)
            drafts.append(target)
        elif target.deal_type in GENERIC_TYPES and frame.deal_type not in GENERIC_TYPES:
            target.deal_type = frame.deal_type
        target.types[frame.deal_type] += 1
        target.habitual = target.habitual and frame.habitual
        target.triggers.setdefault(sentence, []).append(frame.trigger_index)
        target.frames += 1
        if sentence not in target.sentences:
            target.sentences.append(sentence)
        for cluster, (role, mention) in roles.items():
            target.roles.setdefault(cluster, Counter())[role] += 1
            target.party_sentence.setdefault(cluster, sentence)
            target.mentions.setdefault(cluster, (sentence, mention))
    return drafts


def _final_roles(draft: Draft) -> dict[int, str]:
    chosen: dict[int, str] = {}
    for cluster, votes in draft.roles.items():
        specific = [(n, r) for r, n in votes.items() if r != "partner"]
        chosen[cluster] = max(specific)[1] if specific else "partner"
    assigned = [r for r in chosen.values() if r != "partner"]
    if len(assigned) == 1 and assigned[0] in COMPLEMENT:
        partners = [c for c, r in chosen.items() if r == "partner"]
        if len(partners) == 1:
            chosen[partners[0]] = COMPLEMENT[assigned[0]]
    return chosen


def _deal_type(draft: Draft, texts: list[str]) -> str:
    specific = [t for t, _ in draft.types.most_common() if t not in GENERIC_TYPES]
    if specific and specific[0] not in KEYWORD_DECIDED:
        return specific[0]
    found = keyword_type(texts)
    if found and (not specific or found in COMMERCIAL_TYPES):
        return found
    if specific:
        return specific[0]
    return "partnership" if "partnership" in draft.types else "other"


def _salience(draft: Draft, clusters: _Clusters, title: str, lead: bool, old: bool) -> float:
    """How central a deal is: frames, named parties, title mentions, the lead sentence."""
    names = [clusters.clusters[c].name for c in draft.roles if c >= 0]
    in_title = sum(1 for n in names if n and n.casefold() in title.casefold())
    specific = sum(1 for v in draft.roles.values() if any(r != "partner" for r in v))
    score = 2 * draft.frames + specific + 3 * in_title + len(draft.roles)
    return score + 4 * lead - 4 * old - 0.05 * min(draft.sentences)


def _deal_id(names: list[str], deal_type: str) -> str:
    key = "|".join(sorted(" ".join(name_key(n)) for n in names)) + "#" + deal_type
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _summary(deal_type: str, parties: list[Party], amounts: list[Amount], term: Term | None) -> str:
    who = " and ".join(f"{p.name} ({p.role})" for p in parties[:3]) or "unnamed parties"
    parts = [f"{deal_type.replace('_', ' ')}: {who}"]
    if amounts:
        parts.append(amounts[0].text + (f" {amounts[0].period}" if amounts[0].period else ""))
    if term and (term.start or term.end or term.duration):
        span = " to ".join(x for x in (term.start, term.end) if x) or term.duration or ""
        parts.append(span)
    return "; ".join(parts)


class _Assembler:
    """Turns one article's parsed sentences into deal records."""

    def __init__(self, article: Article, parsed: Sequence[ParsedSentence]) -> None:
        self.article = article
        self.parsed = list(parsed)
        self.texts = [p.sentence.text for p in self.parsed]
        self.published = _published(article)
        self.frames = [find_frames(p.doc) for p in self.parsed]
        if not any(self.frames):
            self.frames = [lead_frames(p.doc) for p in self.parsed[:2]] + self.frames[2:]
        orgs = [
            (i, e.start_char, e.text, False)
            for i, p in enumerate(self.parsed)
            for e in p.doc.ents
            if e.label_ == "ORG"
        ]
        self.org_keys = {name_key(text) for _, _, text, _ in orgs}
        args = [
            (i, m.start, m.text, True)
            for i, frames in enumerate(self.frames)
            for f in frames
            for role, m in f.args
            if not m.pronoun and not m.asset and _accept(m, role, self.org_keys)
        ]
        people = [
            (i, e.start_char, e.text, False)
            for i, p in enumerate(self.parsed)
            for e in p.doc.ents
            if e.label_ == "PERSON" and len(e) > 1
        ]
        mentions = sorted(orgs + args + self._lead_subject())
        self.clusters = _Clusters(
            [(text, is_arg) for _, _, text, is_arg in sorted(mentions + people)]
        )
        self.all_drafts: list[Draft] = []
        self.protagonist = self._protagonist([text for _, _, text, _ in mentions])

    def _lead_subject(self) -> list[tuple[int, int, str, bool]]:
        """`Tessellate AI had quite a Tuesday.`: the named subject of the article's first
        sentence, the protagonist that `the company` and `it` refer to."""
        if not self.parsed:
            return []
        doc = self.parsed[0].doc
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        subjects = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
        return [
            (0, m.start, m.text, True)
            for t in subjects
            for m in resolve(t)
            if not m.pronoun and not m.asset and _accept(m, "partner", set())
        ]

    def _protagonist(self, names: list[str]) -> int | None:
        for name in names:
            found = self.clusters.find(name)
            if found is not None:
                return found
        return None

    def drafts(self) -> list[Draft]:
        frame_roles = []
        for index, frames in enumerate(self.frames):
            for frame in frames:
                roles = _frame_roles(frame, self.clusters, self.org_keys, self.protagonist)
                if roles:
                    frame_roles.append((index, frame, roles))
        drafts = [d for d in _group(frame_roles) if self._keep(d)]
        title = self.article.title or ""
        lead = min((min(d.sentences) for d in drafts), default=0)
        drafts.sort(
            key=lambda d: (
                -_salience(d, self.clusters, title, lead in d.sentences, self._background(d))
            )
        )
        if self.published:
            drafts = [
                d
                for d in drafts
                if not self._background(d, years=False) and not self._dated_past(d)
            ]
        return drafts[:1] + [
            d
            for d in drafts[1:]
            if not self._background(d)
            and not d.habitual
            and any(r != "partner" for v in d.roles.values() for r in v)
        ]

    def _dated_past(self, draft: Draft) -> bool:
        """`Google invested $2 billion in Anthropic in 2023`: every deal word is followed
        closely by a year before the article's."""
        assert self.published is not None
        for index, tokens in draft.triggers.items():
            doc = self.parsed[index].doc
            for token_index in tokens:
                start = doc[token_index].idx
                years = [int(y) for y in PAST_YEAR.findall(doc.text[start : start + 60])]
                if not years or max(years) >= self.published.year:
                    return False
        return True

    def _background(self, draft: Draft, years: bool = True) -> bool:
        """A deal told only in sentences about older or other deals."""
        return all(self._is_background(i, years) for i in draft.sentences)

    def _is_background(self, index: int, years: bool = True) -> bool:
        """Whether a sentence tells an older deal: a cue word, or (`years`) a past year."""
        text = self.texts[index]
        cues = load_rules("deal_types.json")["background"]
        if any(re.search(c, text, re.IGNORECASE) for c in cues) or self._past_month(text):
            return True
        if not years:
            return False
        years_named = [int(y) for y in PAST_YEAR.findall(text)]
        return bool(self.published and years_named and max(years_named) < self.published.year)

    @staticmethod
    def _keep(draft: Draft) -> bool:
        specific = any(any(r != "partner" for r in v) for v in draft.roles.values())
        return len(draft.roles) >= 2 or (specific and draft.deal_type == "acquisition")

    def _sentence_deal(self, drafts: list[Draft], index: int) -> int | None:
        """Which deal a sentence's numbers belong to: its frames, else its parties (with a
        deal or capacity word), else the main deal (with a deal word)."""
        for i, draft in enumerate(drafts):
            if index in draft.sentences:
                return i
        text = self.texts[index]
        rules = load_rules("amount_context.json")
        strong = re.search(rules["deal_cue_nouns"], text, re.IGNORECASE) is not None
        weak = strong or re.search(rules["party_cue_nouns"], text, re.IGNORECASE) is not None
        if not drafts or not weak or self._is_background(index):
            return None
        folded = text.casefold()
        for i, draft in enumerate(drafts):
            for cluster in draft.roles:
                if cluster >= 0 and any(
                    m.casefold() in folded for m in self.clusters.clusters[cluster].mentions
                ):
                    return i
        return 0 if strong or self._has_contract_dates(index) else None

    def _past_month(self, text: str) -> bool:
        """`in March`, `in September 2024`: a month before the publication date (any month
        when the date is unknown: news names months mostly for what already happened)."""
        if self.published is None:
            return PAST_MONTH.search(text) is not None
        months = load_rules("deal_types.json")["months"]
        for match in PAST_MONTH.finditer(text):
            month = months.index(match.group(1).casefold()) + 1
            year = int(match.group(2)) if match.group(2) else self.published.year
            if (year, month) < (self.published.year, self.published.month):
                return True
        return False

    def _has_contract_dates(self, index: int) -> bool:
        """`Deliveries start this year`: a dated term sentence belongs to the main deal."""
        return any(
            t.kind == "contract" and (t.start_date or t.end_date)
            for t in find_terms(self.texts[index], self.published)
        )

    def _claim_site_sentences(self, owner: list[int | None]) -> None:
        """Sentences naming a facility of a deal belong to that deal (its capacity)."""
        names: dict[str, int] = {}
        for index, deal in enumerate(owner):
            if deal is not None:
                for facility in find_facilities(self.texts[index]):
                    names.setdefault((facility.name or facility.text).casefold(), deal)
        for index, deal in enumerate(owner):
            if deal is None:
                text = self.texts[index].casefold()
                owner[index] = next((d for n, d in names.items() if n in text), None)

    def _parents(self) -> dict[int, int]:
        """Parent organisations: stated in a sentence, or the owner of `its X unit`."""
        parents: dict[int, int] = {}
        for frames in self.frames:
            for frame in frames:
                for _, mention in frame.args:
                    if mention.owner is None:
                        continue
                    c = self.clusters.find(mention.text)
                    p = self.clusters.find(mention.owner)
                    if c is not None and p is not None and c != p:
                        parents.setdefault(c, p)
        for parsed in self.parsed:
            ents = [e for e in parsed.doc.ents if e.label_ not in NOT_ARGUMENT_LABELS]
            spans = [(e.start_char, e.end_char) for e in ents]
            for child, parent in find_parents(parsed.doc.text, spans):
                c = self.clusters.find(ents[child].text)
                p = self.clusters.find(ents[parent].text)
                if c is not None and p is not None and c != p:
                    parents.setdefault(c, p)
        return parents

    def _evidence(self, field_name: str, index: int) -> Evidence:
        sentence = self.parsed[index].sentence
        return Evidence(
            field=field_name,
            text=self.article.text[sentence.start : sentence.end],
            start=sentence.start,
            end=sentence.end,
        )

    def deals(self) -> list[Deal]:
        drafts = self.drafts()
        self.all_drafts = drafts
        owner = [self._sentence_deal(drafts, i) for i in range(len(self.parsed))]
        self._claim_site_sentences(owner)
        parents = self._parents()
        return [self._deal(d, i, owner, parents) for i, d in enumerate(drafts)]

    def _party_name(self, cluster: int) -> tuple[str, str]:
        if cluster < 0:
            return self.clusters.assets[cluster], self.clusters.assets[cluster]
        found = self.clusters.clusters[cluster]
        return found.name, found.text

    def _deal(
        self, draft: Draft, rank: int, owner: list[int | None], parents: dict[int, int]
    ) -> Deal:
        mine = [i for i, o in enumerate(owner) if o == rank]
        deal_type = _deal_type(
            draft, [self.texts[i] for i in sorted(set(mine) | set(draft.sentences))]
        )
        renames = load_rules("deal_roles.json").get(deal_type, {})
        roles = {c: renames.get(r, r) for c, r in _final_roles(draft).items()}
        if deal_type == "power_purchase":
            roles = self._power_roles(roles)
        partners = [c for c, r in roles.items() if r == "partner"]
        if deal_type in DESCRIBED_PROVIDER and len(partners) == len(roles) == 2:
            roles = self._described_roles(partners, *DESCRIBED_PROVIDER[deal_type]) or roles
            partners = [c for c, r in roles.items() if r == "partner"]
        if deal_type in ANNOUNCER_FIRST and len(partners) >= 2 and partners == list(roles)[:2]:
            first, second = ANNOUNCER_FIRST[deal_type]
            roles = {**roles, partners[0]: first, partners[1]: second}
        evidence: list[Evidence] = []
        parties: list[Party] = []
        for cluster, role in roles.items():
            name, text = self._party_name(cluster)
            parent = parents.get(cluster)
            parent_name = (
                self._party_name(parent)[0] if parent is not None and parent not in roles else None
            )
            parties.append(Party(name=name, role=role, text=text, parent=parent_name))
            evidence.append(self._evidence("party", draft.party_sentence[cluster]))
        if (
            deal_type == "acquisition"
            and set(roles.values()) == {"target"}
            and self.protagonist is not None
            and self.protagonist not in roles
            and self.protagonist not in parents.values()
        ):
            name, text = self._party_name(self.protagonist)
            parties.append(Party(name=name, role="acquirer", text=text))
            evidence.append(self._evidence("party", draft.sentences[0]))
        if deal_type == "acquisition" and "seller" not in roles.values():
            for cluster, role in list(roles.items()):
                parent = parents.get(cluster)
                if role == "target" and parent is not None and parent not in roles:
                    name, text = self._party_name(parent)
                    parties.append(Party(name=name, role="seller", text=text))
                    evidence.append(self._evidence("party", draft.party_sentence[cluster]))
                    break
        amounts = self._amounts(draft, mine, deal_type, evidence)
        undisclosed = self._undisclosed(mine, evidence)
        term, term_sentences = merge_term(
            [(t, i) for i in mine for t in find_terms(self.texts[i], self.published)],
            self.texts,
            mine,
        )
        evidence.extend(self._evidence("term", i) for i in term_sentences)
        quantities = self._quantities(mine, evidence)
        sites = self._sites(mine, quantities, evidence)
        if deal_type == "acquisition":
            sites.extend(self._target_locations(draft, roles, evidence))
        status, status_index = deal_status(
            self.article.title, [self.texts[i] for i in draft.sentences]
        )
        evidence.append(self._evidence("deal_type", draft.sentences[0]))
        evidence.append(
            self._evidence(
                "status", draft.sentences[status_index if status_index is not None else 0]
            )
        )
        return Deal(
            id=_deal_id([p.name for p in parties], deal_type),
            deal_type=deal_type,
            status=status,
            summary=_summary(deal_type, parties, amounts, term),
            parties=parties,
            amounts=amounts,
            amount_undisclosed=undisclosed,
            quantities=quantities,
            term=term,
            sites=sites,
            evidence=evidence,
        )

    def _amounts(
        self, draft: Draft, mine: list[int], deal_type: str, evidence: list[Evidence]
    ) -> list[Amount]:
        found: list[tuple[Amount, int]] = []
        for index in mine:
            text = self.texts[index]
            for mention in find_amounts(text):
                closest = self._closest(index, mention.start)
                if (
                    mention.per_share
                    or mention.value < MIN_DEAL_AMOUNT
                    or amount_rejected(text, mention)
                    or (closest is not None and closest is not draft)
                ):
                    continue
                found.append(
                    (
                        Amount(
                            value=mention.value,
                            value_max=mention.value_max,
                            currency=mention.currency,
                            period=mention.period,
                            qualifier=mention.qualifier,
                            kind=deal_kind(amount_kind(text, mention, deal_type), deal_type),
                            text=mention.text,
                        ),
                        index,
                    )
                )
        merged = merge_amounts(found)
        evidence.extend(self._evidence("amount", s) for _, s in merged)
        return [a for a, _ in merged]

    def _described_roles(
        self, partners: list[int], provider: str, customer: str
    ) -> dict[int, str] | None:
        """`Lambda, a cloud provider that ...`: the party described as a provider provides."""
        words = "|".join(load_rules("org_context.json")["provider_descriptions"])
        described = [
            c
            for c in partners
            if any(
                re.search(
                    rf"\b{re.escape(m)},\s+(?:a|an|the)\s+[^,.]{{0,60}}?(?:{words})",
                    self.article.text,
                    re.IGNORECASE,
                )
                for m in self.clusters.clusters[c].mentions
            )
        ]
        if len(described) != 1:
            return None
        return {c: provider if c == described[0] else customer for c in partners}

    def _power_roles(self, roles: dict[int, str]) -> dict[int, str]:
        """In a PPA 'signed with' each other, the power producer is the seller."""
        out = dict(roles)
        for cluster, role in roles.items():
            if role == "partner":
                name = self._party_name(cluster)[1]
                out[cluster] = "seller" if is_generator(name) else "buyer"
        if list(out.values()).count("seller") != 1:
            return roles
        return out

    def _closest(self, index: int, char: int) -> Draft | None:
        """The deal whose trigger word in sentence `index` is nearest to character `char`."""
        doc = self.parsed[index].doc
        best: tuple[int, Draft] | None = None
        for draft in self.all_drafts:
            for token_index in draft.triggers.get(index, []):
                distance = abs(doc[token_index].idx - char)
                if best is None or distance < best[0]:
                    best = (distance, draft)
        return best[1] if best else None

    def _target_locations(
        self, draft: Draft, roles: dict[int, str], evidence: list[Evidence]
    ) -> list[Site]:
        """Where the bought company or asset is (`X Ltd, of Ottawa`), from any sentence
        naming it, the frame's own sentence first."""
        sites: list[Site] = []
        for cluster, role in roles.items():
            if role not in ("target", "investee") or cluster not in draft.mentions:
                continue
            first, mention = draft.mentions[cluster]
            names = [mention.text]
            if cluster >= 0:
                names += self.clusters.clusters[cluster].mentions
                head = self.clusters.clusters[cluster].name.split(" ")[0]
                if len(head) >= 4 and head.casefold() not in GENERIC_NAME_WORDS:
                    names.append(head)
            names = sorted(set(names))
            order = [first] + [
                i
                for i in range(len(self.parsed))
                if i != first and any(n in self.texts[i] for n in names)
            ]
            found = next(
                (
                    (written, index)
                    for index in order
                    for start, end in mention_spans(self.parsed[index].doc, names)
                    if (written := target_location(self.parsed[index].doc, start, end))
                ),
                None,
            )
            if found is None:
                continue
            place = resolve_place(found[0])
            sites.append(
                Site(
                    kind="location",
                    city=place.city if place else None,
                    region=place.region if place else None,
                    country=place.country if place else None,
                    text=found[0],
                )
            )
            evidence.append(self._evidence("site", found[1]))
        return sites

    def _undisclosed(self, mine: list[int], evidence: list[Evidence]) -> str | None:
        """`Terms were not disclosed`: the words saying the price was not given."""
        pattern = load_rules("amount_context.json")["undisclosed"]
        for index in mine:
            match = re.search(pattern, self.texts[index], re.IGNORECASE)
            if match:
                evidence.append(self._evidence("amount", index))
                return match.group(0)
        return None

    def _quantities(self, mine: list[int], evidence: list[Evidence]) -> list[Quantity]:
        seen: set[tuple[float, str]] = set()
        out: list[Quantity] = []
        for index in mine:
            for q in find_quantities(self.texts[index]):
                if (q.value, q.unit) in seen:
                    continue
                seen.add((q.value, q.unit))
                out.append(Quantity(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text))
                evidence.append(self._evidence("quantity", index))
        return out

    def _sites(
        self, mine: list[int], quantities: list[Quantity], evidence: list[Evidence]
    ) -> list[Site]:
        sites: dict[str, Site] = {}
        for index in mine:
            text = self.texts[index]
            places = [
                resolve_place(e.text)
                for e in self.parsed[index].doc.ents
                if e.label_ in ("GPE", "LOC")
            ]
            place = next((p for p in places if p is not None), None)
            power = [q for q in find_quantities(text) if q.unit == "MW"]
            for facility in find_facilities(text):
                key = (facility.name or facility.text).casefold()
                site = sites.get(key) or Site(
                    name=facility.name, kind=facility.kind, text=facility.text
                )
                update: dict[str, Any] = {}
                for attr in ("city", "region", "country"):
                    value = getattr(facility, attr) or (getattr(place, attr) if place else None)
                    if getattr(site, attr) is None and value:
                        update[attr] = value
                if site.capacity is None and power:
                    q = power[0]
                    update["capacity"] = Quantity(
                        value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text
                    )
                if key not in sites or update:
                    evidence.append(self._evidence("site", index))
                sites[key] = site.model_copy(update=update)
        out = list(sites.values())
        power_totals = [q for q in quantities if q.unit == "MW"]
        if len(out) == 1 and out[0].capacity is None and len(power_totals) == 1:
            out[0] = out[0].model_copy(update={"capacity": power_totals[0]})
        return out


def build_deals(article: Article, parsed: Sequence[ParsedSentence]) -> list[Deal]:
    """The deal records of one article from its parsed candidate sentences."""
    if not parsed:
        return []
    return _Assembler(article, parsed).deals()


__all__ = ["ParsedSentence", "build_deals"]
