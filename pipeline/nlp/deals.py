"""Group the facts of one article into deal records, the main deal first.

Input: the article and its parsed candidate sentences. Frames (`roles.py`) give parties
and roles, grouped into drafts (`grouping.py`), or the lead pair when there is no frame
(`fallback.py`); sides of plain agreements come from context (`direction.py`); older deals
are told apart by `chronology.py`. Amounts, terms, quantities and sites (`sites.py`) are
read from the sentences that belong to a deal (a frame, a party or a deal noun in the
sentence, not an older deal's); `summary.py` writes the summary sentence.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.models import (
    Amount,
    Article,
    Deal,
    Evidence,
    Party,
    Site,
)
from pipeline.nlp.amounts import find_amounts, find_undisclosed
from pipeline.nlp.chronology import dated_before, first_past_date, tells_older
from pipeline.nlp.direction import provider_side
from pipeline.nlp.facts import (
    COMMERCIAL_TYPES,
    MIN_DEAL_AMOUNT,
    amount_kind,
    amount_rejected,
    deal_kind,
    deal_status,
    merge_amounts,
    merge_term,
)
from pipeline.nlp.fallback import lead_pair_draft
from pipeline.nlp.grouping import (
    Clusters,
    Draft,
    accept,
    choose_deal_type,
    complete_one_sided,
    final_roles,
    frame_roles,
    group_frames,
    salience,
)
from pipeline.nlp.locations import mention_spans, target_location
from pipeline.nlp.parties import (
    find_parents,
    is_generator,
    name_key,
)
from pipeline.nlp.places import find_facilities, resolve_place
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
from pipeline.nlp.sites import deal_quantities, deal_sites
from pipeline.nlp.summary import summarise
from pipeline.nlp.terms import find_terms
from pipeline.parse.dates import calendar_date

# "X, a cloud provider, signed an agreement with Y": the described party provides.
DESCRIBED_PROVIDER = {"compute_contract": ("provider", "customer"), "lease": ("lessor", "lessee")}
# "X signed a lease (licence) with Y": the announcer is usually the landlord (licensor).
ANNOUNCER_FIRST = {"lease": ("lessor", "lessee"), "licence": ("licensor", "licensee")}
OTHERS_LISTED = 3
NOT_PARENT_LABELS = NOT_ARGUMENT_LABELS | {"PERSON"}  # `a unit of Elon Musk's SpaceX`
LISTED_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT"})
# `X announced a funding round led by Y`: the article's protagonist is the missing side.
PROTAGONIST_ROLES = {
    ("acquisition", frozenset({"target"})): "acquirer",
    ("investment", frozenset({"investor"})): "investee",
}
# Ownership changes hands once: closing dates and payment schedules are not a term.
OWNERSHIP_TYPES = frozenset({"acquisition", "investment"})
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


@dataclass(frozen=True)
class ParsedSentence:
    """A candidate sentence and its spaCy parse."""

    sentence: Sentence
    doc: Doc


def _published(article: Article) -> datetime.date | None:
    return calendar_date(article.published)


def _deal_id(names: list[str], deal_type: str) -> str:
    key = "|".join(sorted(" ".join(name_key(n)) for n in names)) + "#" + deal_type
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _named_targets(roles: dict[int, str]) -> dict[int, str]:
    """`the data center business of ZT Systems`: when a named company is the target, the
    business bought from it is not a second target."""
    if not any(c >= 0 and r == "target" for c, r in roles.items()):
        return roles
    return {c: r for c, r in roles.items() if c >= 0 or r != "target"}


class _Assembler:
    """Turns one article's parsed sentences into deal records."""

    def __init__(self, article: Article, parsed: Sequence[ParsedSentence]) -> None:
        self.article = article
        self.parsed = list(parsed)
        self.texts = [p.sentence.text for p in self.parsed]
        self.published = _published(article)
        self._background_memo: dict[tuple[int, bool], bool] = {}
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
            if not m.pronoun and not m.asset and accept(m, role, self.org_keys)
        ]
        people = [
            (i, e.start_char, e.text, False)
            for i, p in enumerate(self.parsed)
            for e in p.doc.ents
            if e.label_ == "PERSON" and len(e) > 1
        ]
        mentions = sorted(orgs + args + self._lead_subject())
        self.clusters = Clusters(
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
            if not m.pronoun and not m.asset and accept(m, "partner", set())
        ]

    def _protagonist(self, names: list[str]) -> int | None:
        for name in names:
            found = self.clusters.find(name)
            if found is not None:
                return found
        return None

    def drafts(self) -> list[Draft]:
        found: list[tuple[int, Frame, dict[int, tuple[str, Mention]]]] = []
        for index, frames in enumerate(self.frames):
            for frame in frames:
                roles = frame_roles(frame, self.clusters, self.org_keys, self.protagonist)
                if roles:
                    found.append((index, frame, roles))
        grouped = group_frames(found, self.texts)
        complete_one_sided(grouped)
        self._complete_investees(grouped)
        drafts = [d for d in grouped if self._keep(d)]
        title = self.article.title or ""
        lead = min((min(d.sentences) for d in drafts), default=0)
        drafts.sort(
            key=lambda d: (
                -salience(d, self.clusters, title, lead in d.sentences, self._background(d))
            )
        )
        if self.published:
            drafts = [
                d
                for d in drafts
                if not self._background(d, years=False) and not self._dated_past(d)
            ]
        if not drafts:
            return self._lead_pair()
        return drafts[:1] + [
            d
            for d in drafts[1:]
            if not self._background(d)
            and not d.habitual
            and (
                any(r != "partner" for v in d.roles.values() for r in v)
                or self._sided(d)
                or self._bilateral(d)
            )
        ]

    def _complete_investees(self, drafts: list[Draft]) -> None:
        """`... and Microsoft will invest up to $5 billion`: an investor told without the
        company it invests in invests in the article's investee (the one other
        investments name, else the protagonist)."""
        named = Counter(
            c
            for d in drafts
            for c, votes in d.roles.items()
            if d.deal_type == "investment" and votes.most_common(1)[0][0] == "investee"
        )
        investee = named.most_common(1)[0][0] if named else self.protagonist
        known = {c: m for d in drafts for c, m in d.mentions.items()}
        for draft in drafts:
            roles = {v.most_common(1)[0][0] for v in draft.roles.values()}
            if (
                draft.deal_type != "investment"
                or roles != {"investor"}
                or len(draft.roles) != 1
                or investee is None
                or investee in draft.roles
            ):
                continue
            draft.roles[investee] = Counter({"investee": 1})
            draft.party_sentence[investee] = draft.sentences[0]
            if investee in known:
                draft.mentions[investee] = known[investee]

    def _lead_pair(self) -> list[Draft]:
        """No deal from the frames: the pair of organisations a lead sentence names."""
        subjects = [(i, text) for i, _, text, _ in self._lead_subject()]
        lead = lead_pair_draft(
            [p.doc for p in self.parsed],
            subjects,
            self.clusters,
            self.org_keys,
            [self._is_background(i) for i in range(len(self.parsed))],
        )
        return [lead] if lead is not None else []

    def _bilateral(self, draft: Draft) -> bool:
        """`Amazon also signed an agreement with Energy Northwest`: a second agreement of
        the protagonist with one named counterparty, told in its own sentence."""
        return len(draft.roles) == 2 and self.protagonist in draft.roles

    def _sided(self, draft: Draft) -> bool:
        """A commercial agreement whose sides the words around its two parties show."""
        if draft.hint is None or len(draft.roles) != 2:
            return False
        names = {c: self._written_names(c) for c in draft.roles}
        return bool(provider_side(names, [self.texts[i] for i in draft.sentences]))

    def _dated_past(self, draft: Draft) -> bool:
        """`Google invested $2 billion in Anthropic in 2023`: every deal word is followed
        closely by a year before the article's."""
        assert self.published is not None
        published = self.published
        return all(
            dated_before(self.parsed[i].doc.text, self.parsed[i].doc[t].idx, published)
            for i, tokens in draft.triggers.items()
            for t in tokens
        )

    def _background(self, draft: Draft, years: bool = True) -> bool:
        """A deal told only in sentences about older or other deals."""
        return all(self._is_background(i, years) for i in draft.sentences)

    def _is_background(self, index: int, years: bool = True) -> bool:
        """Whether a sentence tells an older deal: a cue word, or (`years`) a past year."""
        key = (index, years)
        if key not in self._background_memo:
            self._background_memo[key] = tells_older(self.texts[index], self.published, years)
        return self._background_memo[key]

    @staticmethod
    def _keep(draft: Draft) -> bool:
        specific = any(any(r != "partner" for r in v) for v in draft.roles.values())
        return len(draft.roles) >= 2 or (specific and draft.deal_type == "acquisition")

    def _sentence_deal(self, drafts: list[Draft], index: int) -> int | None:
        """Which deal a sentence's numbers belong to: its frames, else its parties (with a
        deal or capacity word), else the main deal (with a deal word)."""
        for i, draft in enumerate(drafts):
            if index in draft.sentences:
                return None if self._older(draft, index) else i
        text = self.texts[index]
        rules = load_rules("amount_context.json")
        strong = re.search(rules["deal_cue_nouns"], text, re.IGNORECASE) is not None
        weak = strong or re.search(rules["party_cue_nouns"], text, re.IGNORECASE) is not None
        if (
            not drafts
            or not weak
            or (self._is_background(index) and not self._site_first(drafts, index))
        ):
            return None
        if (not strong and self._foreign_subject(drafts, index)) or self._lists_others(
            drafts, index
        ):
            return None
        party = self._names_party(drafts, text)
        if party is not None:
            return party
        return 0 if strong or self._has_contract_dates(index) else None

    def _without_older_partners(self, draft: Draft, roles: dict[int, str]) -> dict[int, str]:
        """`... Stargate, which OpenAI formed in January with SoftBank, Oracle and MGX`:
        co-parties first named in a sentence about an older deal are not this deal's."""
        kept = {c: r for c, r in roles.items() if not self._older(draft, draft.party_sentence[c])}
        return {c: r for c, r in roles.items() if c in kept or r not in kept.values()}

    def _older(self, draft: Draft, index: int) -> bool:
        """A sentence of the deal's frames that tells an older part of the story."""
        return self._is_background(index) and not self._background(draft)

    def _told(self, draft: Draft, mine: list[int]) -> list[int]:
        """The sentences a deal's facts are read from: those it owns and its own frames'."""
        own = [i for i in draft.sentences if not self._older(draft, i)]
        return sorted(set(mine) | set(own))

    def _names_party(self, drafts: list[Draft], text: str) -> int | None:
        """The first deal one of whose parties the text names."""
        folded = text.casefold()
        for i, draft in enumerate(drafts):
            for cluster in draft.roles:
                if cluster >= 0 and any(
                    m.casefold() in folded for m in self.clusters.clusters[cluster].mentions
                ):
                    return i
        return None

    def _site_first(self, drafts: list[Draft], index: int) -> bool:
        """`The cluster will sit in Northstar's Sierra One data center ..., a facility that
        Northstar finished converting last year`: a party's named facility told before the
        words dating something else."""
        text = self.texts[index]
        facilities = [f for f in find_facilities(text) if f.name]
        if not facilities or self._names_party(drafts, text) is None:
            return False
        return facilities[0].end < first_past_date(text)

    def _foreign_subject(self, drafts: list[Draft], index: int) -> bool:
        """`Amazon, which has put $8 billion into the start-up, remains ...`: a sentence
        about an organisation that is no deal's party."""
        doc = self.parsed[index].doc
        parties = {c for d in drafts for c in d.roles}
        for token in doc:
            if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.ent_type_ != "ORG":
                continue
            ent = next(e for e in doc.ents if e.start <= token.i < e.end)
            cluster = self.clusters.find(ent.text)
            if cluster is not None and cluster not in parties:
                return True
        return False

    def _lists_others(self, drafts: list[Draft], index: int) -> bool:
        """`... commitments with partners including Nvidia, AMD, Broadcom and Oracle`: a
        sentence listing three or more organisations that are no deal's parties."""
        parties = {c for d in drafts for c in d.roles}
        others = {
            name_key(e.text)
            for e in self.parsed[index].doc.ents
            if e.label_ in LISTED_LABELS
            and self.clusters.find(e.text) not in parties
            and resolve_place(e.text) is None
        }
        return len(others) >= OTHERS_LISTED

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
            ents = [e for e in parsed.doc.ents if e.label_ not in NOT_PARENT_LABELS]
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
        deal_type = choose_deal_type(
            draft, [self.texts[i] for i in sorted(set(mine) | set(draft.sentences))]
        )
        renames = load_rules("deal_roles.json").get(deal_type, {})
        roles = _named_targets({c: renames.get(r, r) for c, r in final_roles(draft).items()})
        roles = self._without_older_partners(draft, roles)
        # `Solace AI closed a funding round led by Tamarind`: the protagonist raises money.
        if (
            deal_type == "investment"
            and len(roles) >= 2
            and set(roles.values()) == {"investor"}
            and self.protagonist in roles
        ):
            roles[self.protagonist] = "investee"
        if deal_type == "power_purchase":
            roles = self._power_roles(roles)
        partners = [c for c, r in roles.items() if r == "partner"]
        if deal_type in DESCRIBED_PROVIDER and len(partners) == len(roles) == 2:
            roles = self._described_roles(partners, *DESCRIBED_PROVIDER[deal_type]) or roles
            partners = [c for c, r in roles.items() if r == "partner"]
        if deal_type in COMMERCIAL_TYPES and len(partners) == len(roles) == 2:
            roles = self._context_roles(roles, draft, mine, renames)
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
        missing = PROTAGONIST_ROLES.get((deal_type, frozenset(roles.values())))
        if (
            missing is not None
            and rank == 0
            and self.protagonist is not None
            and self.protagonist not in roles
            and self.protagonist not in parents.values()
        ):
            name, text = self._party_name(self.protagonist)
            parties.append(Party(name=name, role=missing, text=text))
            evidence.append(self._evidence("party", draft.sentences[0]))
        if deal_type == "acquisition" and "seller" not in roles.values():
            for cluster, role in list(roles.items()):
                parent = parents.get(cluster)
                if role == "target" and parent is not None and parent not in roles:
                    name, text = self._party_name(parent)
                    parties.append(Party(name=name, role="seller", text=text))
                    evidence.append(self._evidence("party", draft.party_sentence[cluster]))
                    break
        told = self._told(draft, mine)
        amounts = self._amounts(draft, told, deal_type, evidence)
        undisclosed = self._undisclosed(mine, evidence)
        term, term_sentences = merge_term(
            [
                (t, i)
                for i in (told if deal_type not in OWNERSHIP_TYPES else [])
                for t in find_terms(self.texts[i], self.published)
            ],
            self.texts,
            told,
            deal_type,
        )
        evidence.extend(self._evidence("term", i) for i in term_sentences)
        found = deal_quantities(self.texts, mine)
        quantities = [q for q, _ in found]
        evidence.extend(self._evidence("quantity", i) for _, i in found)
        sites, site_sentences = deal_sites([p.doc for p in self.parsed], mine, quantities)
        evidence.extend(self._evidence("site", i) for i in site_sentences)
        if deal_type in OWNERSHIP_TYPES:
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
            summary=summarise(deal_type, parties, amounts, term, sites, quantities),
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

    def _context_roles(
        self, roles: dict[int, str], draft: Draft, mine: list[int], renames: dict[str, str]
    ) -> dict[int, str]:
        """`OpenAI signed a contract with CoreWeave to use ...`: sides from the words around
        the two parties' names, in the type's own role words."""
        names = {c: self._written_names(c) for c in roles}
        texts = [self.texts[i] for i in sorted(set(draft.sentences) | set(mine))]
        sides = provider_side(names, texts)
        return {c: renames.get(sides[c], sides[c]) for c in roles} if sides else roles

    def _written_names(self, cluster: int) -> list[str]:
        """How the article writes a party: its mentions and the short form of its name
        (`Borealis` for `Borealis Cloud`)."""
        if cluster < 0:
            return [self.clusters.assets[cluster]]
        found = self.clusters.clusters[cluster]
        head = found.name.split(" ")[0]
        short = [head] if len(head) >= 4 and head.casefold() not in GENERIC_NAME_WORDS else []
        return sorted({*found.mentions, *short})

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
        """Where the bought company or asset, or the company invested in, is (`X Ltd, of
        Ottawa`), from any sentence naming it, the frame's own sentence first."""
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
        for index in mine:
            for mention in find_undisclosed(self.texts[index]):
                evidence.append(self._evidence("amount", index))
                return mention.text
        return None


def build_deals(article: Article, parsed: Sequence[ParsedSentence]) -> list[Deal]:
    """The deal records of one article from its parsed candidate sentences."""
    if not parsed:
        return []
    return _Assembler(article, parsed).deals()


__all__ = ["ParsedSentence", "build_deals"]
