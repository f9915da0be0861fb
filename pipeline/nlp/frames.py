"""Deal assembly, stage 2 (frames): the article's deal drafts, the main deal first.

Frames with their parties (`grouping.py`) are grouped into drafts; drafts that name too
few parties, tell only older deals or are habitual asides are dropped; with no frame
left, the lead pair of organisations makes the draft (`fallback.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.candidates import FILER_TERMS, Candidates
from pipeline.nlp.chronology import dated_before, earlier_year, recent_months, tells_older
from pipeline.nlp.direction import provider_side
from pipeline.nlp.doctext import doc_text
from pipeline.nlp.facts import COMMERCIAL_TYPES, MIN_DEAL_AMOUNT
from pipeline.nlp.fallback import clause_contract_drafts, lead_pair_draft
from pipeline.nlp.grouping import (
    COMPLEMENT,
    GENERIC_TYPES,
    Draft,
    borrow_for_purchase,
    complete_one_sided,
    frame_roles,
    group_frames,
    join_loan_sides,
    salience,
)
from pipeline.nlp.parties import name_key
from pipeline.nlp.roles import (
    ANONYMOUS,
    FACILITY_NOUNS,
    FIRST_PERSON_WORDS,
    OPERATING_VERBS,
    Frame,
    Mention,
    joins_round,
)
from pipeline.nlp.rules import load_rules, load_word_lists

QUOTATION = re.compile(r"[\"“][^\"”]*[\"”]")
FINANCING_TYPES = frozenset({"investment", "other"})  # a round, a stake subscribed, a loan


def deal_drafts(c: Candidates) -> list[Draft]:
    """The article's deal drafts ordered by salience, the main deal first."""
    found: list[tuple[int, Frame, dict[int, tuple[str, Mention]]]] = []
    for index, frames in enumerate(c.frames):
        for frame in frames:
            roles = frame_roles(
                frame,
                c.clusters,
                c.org_keys,
                c.protagonist,
                sentence=index,
                protagonist_at=c.protagonist_at,
                titled=FILER_TERMS if c.title_named else frozenset(),
                topic=c.topic(index),
                counterpart=c.counterpart,
                defined=c.defined,
                vehicles=c.vehicles,
            )
            if not roles and frame.counter is None:
                roles = _described_only(c, index, frame)
            if frame.counter is not None and len(roles) == 1:
                roles = _told_after(c, index, frame, roles)
            if len(roles) == 1:
                roles = _implied_side(c, index, frame, roles)
            if frame.counter is not None and len(roles) < 2:
                continue  # `it is in talks to lease 40 MW`: no other side, no deal of its own
            if roles and not _frame_dated_past(c, index, frame):
                found.append((index, frame, roles))
    found = [_restated(c, f, found) for f in found]
    apart = load_rules("deal_types.json", c.language).get("older_frames_apart", False)
    older = [f for f in found if apart and _older_frame(c, f[0], f[1])]
    grouped = group_frames([f for f in found if f not in older], c.texts, c.language)
    grouped += group_frames(older, c.texts, c.language)
    complete_one_sided(grouped)
    if load_rules("deal_types.json", c.language).get("loans_apart", False):
        grouped = join_loan_sides(grouped, c.background)
        borrow_for_purchase(grouped, None if _tells_venture(c) else c.protagonist)
    grouped = _split_targets(c, grouped)
    _complete_investees(c, grouped)
    _passive_lessors(c, grouped)
    drafts = [d for d in grouped if _keep(d)]
    # a sentence whose frames name one side (`X will lease back 9MW`) may still pair it
    drafts += _clause_contracts(c, drafts, {index for index, _, roles in found if len(roles) > 1})
    # an unnamed side's deal is the story or an aside, unless the named ones are older or
    # of other kinds (`X pre-leased 144MW to an unnamed tenant ... and closed a loan`)
    named = [d for d in drafts if not _unnamed(d) and not (c.published and c.background(d))]
    if named:
        kinds = {d.deal_type for d in named}
        drafts = [d for d in drafts if not _unnamed(d) or _own_kind(d, kinds)]
    drafts = [d for d in drafts if not _beaten(c, d)] or drafts
    title = c.article.title or ""
    lead = min((min(d.sentences) for d in drafts), default=0)
    drafts.sort(key=lambda d: -salience(d, c.clusters, title, lead in d.sentences, c.background(d)))
    own = False  # the deals are those a filer reports in the first person, all dated before
    current_kinds: set[str] = set()
    if c.published:
        current = [
            d
            for d in drafts
            if (not c.background(d, years=False) and not _dated_past(c, d)) or _reported(c, d)
        ]
        own = not current
        if current:  # `A week earlier, X had signed a lease with Y`: the article's news too
            current_kinds = {d.deal_type for d in current}
            current = [d for d in drafts if d in current or _lately(c, d, current_kinds)]
        told = [d for d in drafts if _told_by_party(c, d) and not _before_period(c, d)]
        drafts = current or told or [d for d in drafts if _recent(c, d)]
    if not drafts:
        return _lead_pair(c)
    drafts = _absorb_restatements(drafts)
    kept = drafts[:1] + [
        d
        for d in drafts[1:]
        if (own or not c.background(d) or _reported(c, d) or _lately(c, d, current_kinds))
        and not d.habitual
        and not _rejected(c, d)
        and (
            any(r != "partner" for v in d.roles.values() for r in v)
            or _sided(c, d)
            or _bilateral(c, d)
            or _typed_pair(d)
        )
    ]
    _leased_back(kept)
    _leaseback_sellers(c, kept)
    return kept + _leasebacks(c, kept)


def _tells_venture(c: Candidates) -> bool:
    """Whether a sentence of the article names a joint venture (`venture_nouns`)."""
    words = {v.split()[0] for v in load_rules("party_types.json", c.language)["venture_nouns"]}
    return any(t.lower_ in words for p in c.parsed for t in p.doc)


def _sale_sides(sale: Draft, named_asset: bool = False) -> dict[str, int]:
    """The seller and the buyer of an asset sale (no company bought: what changes hands is
    a site or a business, a cluster below zero), by role; empty for any other draft. With
    `named_asset`, a sale of a named target counts too (`vend son centre de données SHB-1
    à Y et le louera aussitôt`: the words leasing it back say it is an asset)."""
    sides = {v.most_common(1)[0][0]: k for k, v in sale.roles.items() if v and k >= 0}
    if sale.deal_type != "acquisition" or ("target" in sides and not named_asset):
        return {}
    return sides if {"seller", "acquirer"} <= set(sides) else {}


def _leased_back(drafts: list[Draft]) -> None:
    """`X has agreed to sell its tower business to Y ... X has signed a 15-year master lease
    with Y`: a lease between the seller and the buyer of an asset sale is a leaseback, let
    by the new owner (lessor) to the seller (lessee), whoever the lease's verb names first."""
    for lease in drafts:
        if lease.deal_type != "lease" or len([k for k in lease.roles if k >= 0]) != 2:
            continue
        for sale in drafts:
            sides = _sale_sides(sale)
            if sides and {sides["seller"], sides["acquirer"]} == {k for k in lease.roles if k >= 0}:
                for role, cluster in (("lessee", sides["seller"]), ("lessor", sides["acquirer"])):
                    lease.roles[cluster] = Counter({role: sum(lease.roles[cluster].values())})
                break


def _leaseback_sellers(c: Candidates, drafts: list[Draft]) -> None:
    """`X said it had acquired an 18-megawatt data center for $212 million and leased the
    building back to its long-time occupant, Y`: an asset bought with no seller named
    (no company bought either), whose buyer lets it back to a tenant in a lease told as a
    leaseback (`deal_types.json` leaseback), was sold by that tenant."""
    pattern = load_rules("deal_types.json", c.language).get("leaseback")
    if not pattern:
        return
    for lease in drafts:
        sides = {lease.side(k): k for k in lease.roles if k >= 0}
        if lease.deal_type != "lease" or not {"paying", "receiving"} <= set(sides):
            continue
        if not any(re.search(pattern, c.texts[i], re.IGNORECASE) for i in lease.sentences):
            continue
        tenant = sides["paying"]
        for sale in drafts:
            voted = {k: v.most_common(1)[0][0] for k, v in sale.roles.items() if v}
            if sale.deal_type != "acquisition" or {"target", "seller"} & set(voted.values()):
                continue
            if voted.get(sides["receiving"]) == "acquirer" and tenant not in voted:
                sale.roles[tenant] = Counter({"seller": 1})
                sale.party_sentence[tenant] = lease.party_sentence[tenant]
                if tenant in lease.mentions:
                    sale.mentions[tenant] = lease.mentions[tenant]
                break


def _passive_lessors(c: Candidates, drafts: list[Draft]) -> None:
    """`X agreed to acquire the Property from Y ... Upon completion, the Property will be
    leased to Z`, `... will be leased back on a 12-year master lease to Z`: a lease whose
    verb is passive names only its lessee; the asset's lessor is the buyer of the asset
    sale told before it (an acquisition with a seller and no company bought). Read before
    one-sided drafts are dropped: the lessee alone makes no deal."""
    for lease in drafts:
        voted = {v.most_common(1)[0][0] for v in lease.roles.values() if v}
        if lease.deal_type != "lease" or voted != {"lessee"} or not lease.triggers:
            continue
        first = min(lease.triggers)
        doc = c.parsed[first].doc
        if not any(_passive_verb(doc[i]) for i in lease.triggers[first]):
            continue
        for sale in drafts:
            sides = {v.most_common(1)[0][0]: k for k, v in sale.roles.items() if v}
            if sale.deal_type != "acquisition" or "target" in sides or min(sale.sentences) >= first:
                continue
            if {"seller", "acquirer"} <= set(sides) and sides["acquirer"] not in lease.roles:
                lease.roles[sides["acquirer"]] = Counter({"lessor": 1})
                lease.party_sentence[sides["acquirer"]] = first
                break


def _passive_verb(token: Token) -> bool:
    """Whether a trigger is a passive verb, or the noun of a preposition hung on one (`will
    be leased back on a master lease to Z`), whose subject belongs to no one: the thing
    just bought (`the property`), not a party's own (`Its only other facility is leased to
    Z`, an older lease)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token
    owned = any(
        c.dep_ == "poss" for s in verb.children if s.dep_ == "nsubjpass" for c in s.children
    )
    return not owned and any(t.dep_ == "auxpass" for t in verb.children)


def _leasebacks(c: Candidates, drafts: list[Draft]) -> list[Draft]:
    """`X vend ses deux centres de données à Y ... L'opération prend la forme d'une
    cession-bail : X reste locataire`: an asset sold (a sale with a seller and a buyer and
    no company bought) that the seller leases back is two deals, the sale and a lease of
    the new owner (lessor) to the seller (lessee), told in the later sentences no deal's
    frame holds that say so, or in a clause of the sale's own sentence (`... for £212
    million, with the lender staying on as the sole occupier`; `deal_types.json`
    leaseback), unless a lease frame between the two tells it."""
    pattern = load_rules("deal_types.json", c.language).get("leaseback")
    if not pattern:
        return []
    framed = {i for d in drafts for i in d.triggers}
    leases = [{k for k in d.roles if k >= 0} for d in drafts if d.deal_type == "lease"]
    found: list[Draft] = []
    for sale in drafts:
        voted = _sale_sides(sale, named_asset=True)
        if not voted or {voted["seller"], voted["acquirer"]} in leases:
            continue  # the leaseback is told in a lease frame of its own
        # `X will acquire two data centres from Y, with Y staying on as the sole occupier
        # under a 20-year leaseback`: the sale's own sentence may tell it too
        told = [
            (i, m.start())
            for i, text in enumerate(c.texts)
            if (i > min(sale.sentences) and i not in framed)
            or (i in sale.triggers and all(f.deal_type != "lease" for f in c.frames[i]))
            for m in [re.search(pattern, text, re.IGNORECASE)]
            if m is not None
        ]
        if not told:
            continue
        lease = Draft("lease", habitual=False, hint="lease", frames=len(told))
        for i, char in told:
            doc = c.parsed[i].doc
            lease.sentences.append(i)
            lease.triggers[i] = [next((t.i for t in doc if t.idx >= char), len(doc) - 1)]
            lease.types["lease"] += 1
        for role, cluster in (("lessee", voted["seller"]), ("lessor", voted["acquirer"])):
            lease.roles[cluster] = Counter({role: 1})
            lease.party_sentence[cluster] = told[0][0]
        found.append(lease)
    return found


def _restated(
    c: Candidates,
    found: tuple[int, Frame, dict[int, tuple[str, Mention]]],
    frames: list[tuple[int, Frame, dict[int, tuple[str, Mention]]]],
) -> tuple[int, Frame, dict[int, tuple[str, Mention]]]:
    """`X and Y announced a definitive agreement to combine ...`, `entered into an
    agreement under which X will acquire Y`: a generic agreement whose own clause holds a
    frame of a deal no commercial word types (a purchase, an investment) between the same
    parties tells that deal, with its type and roles, whatever commercial words the
    sentence holds (`creating a leading supplier of
    pumps`); a typed frame joined to it (`signed a contract with Y ... and will receive a
    stake`) is another deal."""
    index, frame, roles = found
    if frame.deal_type != "partnership" or frame.stated or len(roles) < 2:
        return found
    doc = c.parsed[index].doc
    head = doc[frame.trigger_index]
    for other_index, other, other_roles in frames:
        typed = other.deal_type not in GENERIC_TYPES | COMMERCIAL_TYPES  # a hint types those
        if other_index != index or not typed or set(other_roles) != set(roles):
            continue
        token = doc[other.trigger_index]
        while token.i != head.i and token.dep_ != "conj" and token.head.i != token.i:
            token = token.head
        if token.i == head.i:
            return index, replace(frame, deal_type=other.deal_type), other_roles
    return found


def _recent(c: Candidates, draft: Draft) -> bool:
    """`Take last week's agreement between X and Y`: in an article that tells no current
    deal (an explainer, an analysis), a deal dated only by a recent cue (`deal_types.json`
    recent: `last week`; recent_months: `a signé, fin septembre, un bail` in an October
    article) is the one the article is about."""
    rules = load_rules("deal_types.json", c.language)
    pattern, months = rules.get("recent"), rules.get("recent_months", 0)
    if not pattern and not (months and c.published):
        return False
    found = False
    for i in draft.sentences:
        text = c.texts[i]
        blanked = text
        if pattern:
            blanked = re.sub(pattern, lambda m: " " * len(m.group()), text, flags=re.IGNORECASE)
        if months and c.published:
            for start, end in recent_months(text, c.published, months, c.language):
                blanked = blanked[:start] + " " * (end - start) + blanked[end:]
        if tells_older(blanked, c.published, False, c.language) or _dated_past(c, draft):
            return False
        found = found or blanked != text
    return found


def _implied_side(
    c: Candidates, index: int, frame: Frame, roles: dict[int, tuple[str, Mention]]
) -> dict[int, tuple[str, Mention]]:
    """`The larger contract is a 15-year deal with Redgate ...`, `The second agreement,
    with Northwind, covers ...`: a deal noun whose only named side is the company it is
    made `with`, in a sentence naming no other side and telling no older deal, was made
    by the protagonist, named before it (the story's subject); so was a frame that names
    one side and says the other's role (`Y had signed an agreement for GPU capacity`:
    the protagonist provides it), and a deal noun told after another contract the
    protagonist made, in one sentence (`roles_words.json` shared_signer_preps: `Il a
    signé avec A un PPA, puis un contrat de fourniture avec le constructeur B`)."""
    ((cluster, (_, mention)),) = roles.items()
    if c.protagonist is None or cluster == c.protagonist or c.protagonist_at is None:
        return roles
    if c.protagonist_at > (index, mention.start):
        return roles
    if _older_frame(c, index, frame) if frame.counter else c.is_background(index):
        return roles  # `X, which opened its first hall in 2024, said Y had agreed a lease`
    sided = [f for f in c.frames[index] if len(f.args) > 1]
    if not all(_by_protagonist(c, f) for f in sided):
        return roles  # `our subsidiary X entered into a lease with Y`: the side is named
    doc = c.parsed[index].doc
    trigger = doc[frame.trigger_index]
    implied = _told_side(c, index, frame)
    if frame.counter is not None:  # `Y had signed an agreement for GPU capacity`: with X
        # `X agreed to buy the output of a farm under a PPA with Y`: Y, not the story's
        # subject, is the other side another frame of the sentence names (`told_after`)
        told = load_rules("roles_words.json", c.language).get("told_after", {})
        if frame.counter in told.get("told_only", []):
            return roles  # `X has won an order`: its buyer is the one named after it, if any
        named = frame.counter in told.get("role_nouns", {}) and any(
            m for f in c.frames[index] if f is not frame for _, m in f.args
        )
        return roles if sided or named else {**roles, c.protagonist: (frame.counter, implied)}
    if _named_subject(c, trigger, cluster):
        return roles  # `X agreed to buy the output ... under a PPA with Y`: X made it
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    words = load_rules("roles_words.json", c.language)
    preps = words.get("shared_signer_preps" if sided else "counterparty_preps", [])
    if span is None or trigger.pos_ not in ("NOUN", "PROPN"):  # `a 15-year PPA with X`
        return roles
    governor = _counterparty_governor(span, preps, apposed=bool(sided))
    if governor is None:
        return roles
    # `a 30-year lease over a plot, signed with X`: the participle on the deal noun too
    participle = governor.dep_ == "acl" and governor.head.i == trigger.i
    if trigger.i not in (governor.i, *(t.i for t in governor.children)) and not participle:
        return roles
    return {**roles, c.protagonist: ("partner", implied)}


def _described_only(c: Candidates, index: int, frame: Frame) -> dict[int, tuple[str, Mention]]:
    """`180 megawatts already fully leased to an unnamed cloud customer`: a frame whose
    only sides are described, not named, is the story's subject's deal with them; the
    protagonist takes the other side."""
    described = [r for r, m in frame.args if m.label == ANONYMOUS]
    role = COMPLEMENT.get(described[0]) if described else None
    if c.protagonist is None or role is None or len(described) != len(frame.args):
        return {}
    return {c.protagonist: (role, _told_side(c, index, frame))}


def _told_side(c: Candidates, index: int, frame: Frame) -> Mention:
    """The frame's trigger word as the mention of a side it tells without naming (a
    pronoun-like mention: the evidence is the frame's own sentence)."""
    trigger = c.parsed[index].doc[frame.trigger_index]
    return Mention(trigger.text, trigger.idx, trigger.idx + len(trigger), "PRON", True)


def _told_after(
    c: Candidates, index: int, frame: Frame, roles: dict[int, tuple[str, Mention]]
) -> dict[int, tuple[str, Mention]]:
    """`X has agreed to buy the output of the plant. The seller is developer Y`, `... Y,
    which owns the two-unit plant, said`: a frame leaving its other side unnamed takes, in
    that role, the party a deal noun of its sentence is made with (`under a PPA with Y`),
    else the organisation the next sentences name as that role's noun, as the speaker that
    role's title describes (`Owner Y said the agreement would pay it`) or as the owner of
    the facility they speak of, else the one the sentences before say builds, owns or runs
    the facility (`The power will come from W, a gas plant that Y is building`;
    `roles_words.json` told_after), never one already a side."""
    rules = load_rules("roles_words.json", c.language).get("told_after", {})
    nouns = rules.get("role_nouns", {}).get(frame.counter, [])
    if not nouns:
        return roles
    for other in (f for f in c.frames[index] if f is not frame):
        for role, mention in other.args:  # `... under a PPA with Y`: a deal noun's side
            cluster = None if mention.pronoun else c.clusters.match(mention.text)
            if role == "partner" and cluster is not None and cluster not in roles:
                return {**roles, cluster: (str(frame.counter), mention)}
    reach = rules.get("sentences", 0)

    titles = rules.get("titles", {}).get(frame.counter, [])
    speech = rules.get("speech_verbs", [])
    owns = frame.counter in rules.get("facility_roles", [])  # the plant's owner sells

    def told_later(doc: Doc) -> str | None:
        return (
            _role_attribute(doc, nouns, rules["copulas"])
            or _titled_speaker(doc, titles, speech)
            or (_owner_of_told_facility(doc) if owns else None)
        )

    readers: list[tuple[range, Callable[[Doc], str | None]]] = [
        (range(index + 1, min(index + 1 + reach, len(c.parsed))), told_later),
    ]
    if owns:
        readers.append((range(index - 1, max(index - 1 - reach, -1), -1), _builder_of_facility))
    for sentences, read in readers:
        for near in sentences:
            if any(len(_sides_named(c, f)) > 1 for f in c.frames[near]):
                break  # another deal is told (not `take the output from June 2027`)
            name = read(c.parsed[near].doc)
            cluster = c.clusters.match(name) if name else None
            if cluster is not None and cluster not in roles:
                return {**roles, cluster: (str(frame.counter), _told_side(c, index, frame))}
    return roles


def _sides_named(c: Candidates, frame: Frame) -> list[Mention]:
    """The frame's sides that are an organisation of the article or stand for one (a
    pronoun), not a date or a place the parse hung where a side goes."""
    return [m for _, m in frame.args if m.pronoun or c.clusters.match(m.text) is not None]


def _role_attribute(doc: Doc, nouns: list[str], copulas: list[str]) -> str | None:
    """`The seller is developer Y, and ...`: the name a role noun's copula gives, the
    first capitalised words before the next comma (the model may call the name a person)."""
    if len(doc) < 4 or doc[0].lower_ != "the" or doc[1].lower_ not in nouns:
        return None
    if doc[2].lower_ not in copulas:
        return None
    start = next((t.i for t in doc[3:] if t.text == "," or _capitalised(t)), len(doc))
    end = start
    while end < len(doc) and _capitalised(doc[end]):
        end += 1
    return doc[start:end].text or None


def _titled_speaker(doc: Doc, titles: list[str], verbs: list[str]) -> str | None:
    """`Owner Y said the agreement would pay it ...`, `Y, the plant's owner, said`: the
    organisation subject of a speech verb that one of `titles` (its role in the deal told
    before) describes, written as a title before its name or in apposition to it."""
    for subject in (t for t in doc if t.dep_ == "nsubj" and t.head.lower_ in verbs):
        words = [t for t in subject.subtree if t.i <= subject.i and t.pos_ == "PROPN"]
        if not words or words[-1].i != subject.i:
            continue
        apposed = any(a.dep_ == "appos" and a.lower_ in titles for a in subject.children)
        if words[0].lower_ in titles and len(words) > 1:
            return doc[words[1].i : subject.i + 1].text
        if apposed:
            return doc[words[0].i : subject.i + 1].text
    return None


def _capitalised(token: Token) -> bool:
    """A word of a name: a proper noun written with a capital."""
    return token.pos_ == "PROPN" and token.is_title


def _owner_of_told_facility(doc: Doc) -> str | None:
    """`Y, which owns the two-unit plant near Berwick, said`: an organisation whose relative
    clause owns, builds or develops a facility named with `the` (the one told before)."""
    for ent in (e for e in doc.ents if e.label_ == "ORG"):
        for clause in (t for t in ent.root.children if t.dep_ == "relcl"):
            if clause.lower_ not in OPERATING_VERBS:
                continue
            for obj in (t for t in clause.children if t.dep_ == "dobj"):
                the = any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children)
                if the and obj.lower_ in FACILITY_NOUNS:
                    return ent.text
    return None


def _builder_of_facility(doc: Doc) -> str | None:
    """`The power will come from W, a gas plant that Y is building next to the campus`, `a
    350 MW plant being built on the site by Y`: the organisation a facility noun's relative
    clause or participle says builds, owns or runs it (told before the frame buying its
    output)."""
    for noun in (t for t in doc if t.pos_ == "NOUN" and t.lower_ in FACILITY_NOUNS):
        for clause in (t for t in noun.children if t.lower_ in OPERATING_VERBS):
            if clause.dep_ == "relcl":
                sides = [t for t in clause.children if t.dep_ == "nsubj"]
            elif clause.dep_ == "acl":
                sides = [o for a in clause.children if a.dep_ == "agent" for o in a.children]
            else:
                continue
            for side in sides:
                ent = next((e for e in doc.ents if e.start <= side.i < e.end), None)
                if ent is not None and ent.label_ == "ORG":
                    return ent.text
    return None


def _by_protagonist(c: Candidates, frame: Frame) -> bool:
    """`Il a signé avec A un contrat d'achat d'électricité, puis un contrat de fourniture
    avec B`: a frame one of whose sides is the protagonist (named, or a pronoun standing
    for it) names no other maker of the sentence's next contract."""
    return any(m.pronoun or c.clusters.find(m.text) == c.protagonist for _, m in frame.args)


def _named_subject(c: Candidates, trigger: Token, counterparty: int) -> bool:
    """Whether a verb above the deal noun has an organisation other than the counterparty
    and the protagonist as its subject (`X has agreed to buy the output of the farm under
    a PPA with Y`)."""
    for verb in trigger.ancestors:
        for subject in (t for t in verb.children if t.dep_ == "nsubj" and t.pos_ == "PROPN"):
            words = [t for t in subject.children if t.dep_ == "compound" and t.pos_ == "PROPN"]
            start = min((t.i for t in words), default=subject.i)
            found = c.clusters.match(subject.doc[start : subject.i + 1].text)
            if found is not None and found not in (counterparty, c.protagonist):
                return True
    return False


def _counterparty_governor(span: Span, preps: list[str], apposed: bool) -> Token | None:
    """The word a counterparty is made `with`: `a deal with X`, `a PPA with developer X`
    (whose descriptive noun the parse takes for the preposition's object) or, with
    `apposed`, `avec le constructeur danois X` (X in apposition to that object)."""
    root = span.root
    head = root.head.head if apposed and root.dep_ == "appos" else root.head
    if head.lower_ in preps:
        return head.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "pobj" and before.head.lower_ in preps:
        return before.head.head  # `with developer X`: `developer` read as the object
    return None


def _rejected(c: Candidates, draft: Draft) -> bool:
    """`Separately, Y rejected an unsolicited $5bn proposal from X`: an offer told only as
    rejected, beside the article's deal, is no deal of its own; nor is one told only as
    stopped (`its proposed merger with Z was blocked by regulators`) or, when no buyer is
    named, a sale only sought (`X is exploring a sale of its Irish unit`, `has hired
    advisers to sell its European portfolio`) (`roles_words.json`)."""
    rejecting = frozenset(load_word_lists("roles_words.json")["rejection_verbs"])
    words = load_rules("roles_words.json", c.language)
    unreal = set(words.get("stopped_words", []))
    if not _payers(draft):
        unreal.update(words.get("sought_words", []))
    triggers = _trigger_tokens(c, draft)
    return (
        all(t.lower_ in rejecting for t in triggers)
        or _governed_by(triggers, unreal)
        or all(_negated(t) for t in triggers)
        or _denied_next(c, draft)
    )


def _negated(token: Token) -> bool:
    """`X does not intend to make an offer for Y`, `X will not buy Y`: the deal word, or a
    verb taking it as its object or complement, is negated."""
    while not any(c.dep_ == "neg" for c in token.children):
        if token.dep_ not in ("dobj", "xcomp") or token.head is token:
            return False
        token = token.head
    return True


def _denied_next(c: Candidates, draft: Draft) -> bool:
    """`A blog post claimed that X was in talks to buy Y. Both companies denied it
    flatly`: a deal told only in sentences each followed by one that denies it or the
    report (`roles_words.json` denied_next) is a rumour."""
    pattern = load_rules("roles_words.json", c.language).get("denied_next")
    if not pattern or not draft.triggers:
        return False
    text = c.article.text
    return all(
        re.match(pattern, text[(end := c.parsed[i].sentence.end) : end + 200])
        for i in draft.triggers
    )


def _beaten(c: Candidates, draft: Draft) -> bool:
    """`raised its offer for Y, outbidding an unsolicited proposal from X`: an offer told
    only as the one the deal beat (`roles_words.json` beaten_words) is a rival's, no deal."""
    beaten = set(load_rules("roles_words.json", c.language).get("beaten_words", []))
    return bool(beaten) and _governed_by(_trigger_tokens(c, draft), beaten)


def _trigger_tokens(c: Candidates, draft: Draft) -> list[Token]:
    return [c.parsed[i].doc[t] for i, tokens in draft.triggers.items() for t in tokens]


def _governed_by(triggers: list[Token], words: set[str]) -> bool:
    """Whether every deal word has one of `words` among its governors (`_governors`)."""
    return all(any(g.lower_ in words for g in _governors(t)) for t in triggers)


def _governors(token: Token) -> list[Token]:
    """A deal word, its modifiers, the nouns naming what it pays for (`pay Y a $35M
    termination fee`) and the words above it in its clause (up to a conjunct or the
    root): what says whether the deal is real."""
    paid = [o for o in token.children if o.dep_ == "dobj"]
    found = [
        token,
        *(m for m in token.children if m.dep_ in ("amod", "compound")),
        *(m for o in paid for m in o.children if m.dep_ == "compound"),
    ]
    while token.dep_ not in ("conj", "ROOT") and token.head is not token:
        token = token.head
        found.append(token)
    return found


def _absorb_restatements(drafts: list[Draft]) -> list[Draft]:
    """`Kinloch agreed to buy Velden ... Kinloch will pay $650 million in cash`: a generic
    frame (a payment, an agreement naming no commercial type) between parties of a more
    salient typed deal, paid by that deal's payer, tells that deal again; its sentences
    join it instead of making up a second deal. So does a draft that only completes
    another (`_completes`) or a heading's (`_heading`)."""
    kept: list[Draft] = []
    for draft in drafts:
        told = [d for d in drafts if d.deal_type == draft.deal_type and not _heading(d)]
        if _heading(draft) and told:
            _join(draft, told[0], parties=_completes(draft, told[0]))
            continue
        host = next(
            (
                k
                for k in kept
                if draft.deal_type in GENERIC_TYPES
                and draft.hint is None
                and k.deal_type not in GENERIC_TYPES
                and set(draft.roles) <= set(k.roles)
                and _payers(draft)
                and _payers(draft) <= _payers(k)
            ),
            None,
        )
        host = host or next((k for k in kept if _completes(draft, k)), None)
        if host is None:
            kept.append(draft)
        else:
            _join(draft, host, parties=True)
    return kept


def _join(draft: Draft, host: Draft, parties: bool) -> None:
    """The draft's sentences (and with `parties`, its parties) join the host's."""
    for cluster, roles in draft.roles.items():
        if parties and cluster not in host.roles:
            host.roles[cluster] = roles
            host.party_sentence[cluster] = draft.party_sentence[cluster]
            if cluster in draft.mentions:
                host.mentions[cluster] = draft.mentions[cluster]
    host.sentences.extend(i for i in draft.sentences if i not in host.sentences)


def _completes(draft: Draft, host: Draft) -> bool:
    """`RECOMMENDED CASH OFFER BY HEATHFIELD BIDCO ... for Corrie Vale Data`, `the
    Foundation will tender its stake`: a draft naming one party, of the type of a more
    salient draft, names that draft's party again, or the other side of a draft that
    names one side only; it tells the same deal."""
    if len(draft.roles) != 1 or draft.anonymous or draft.deal_type != host.deal_type:
        return False
    ((cluster, roles),) = draft.roles.items()
    if cluster in host.roles:
        return True
    if len(host.roles) != 1 or host.anonymous:
        return False
    role = roles.most_common(1)[0][0]
    other = next(iter(host.roles.values())).most_common(1)[0][0]
    return role != other and "partner" not in (role, other)


def _heading(draft: Draft) -> bool:
    """`PROPOSED ACQUISITION OF A 60% INTEREST IN X`: a draft whose one party is written in
    a heading's capitals restates a deal its text tells."""
    written = [m.text for _, m in draft.mentions.values()]
    capitals = len(written) == 1 and written[0].isupper()
    return len(draft.roles) == 1 and capitals and len(written[0]) > 5  # not an acronym


def _payers(draft: Draft) -> set[int]:
    return {k for k in draft.roles if draft.side(k) == "paying"}


def _split_targets(c: Candidates, drafts: list[Draft]) -> list[Draft]:
    """`Harlow agreed to buy Dunmore ... Harlow also agreed to buy Pexton for $90 million`:
    a named target first told in a sentence of its own, with its own deal word and price
    and without the first target, is another acquisition by the same buyer."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if draft.deal_type != "acquisition":
            continue
        targets = [k for k, v in draft.roles.items() if k >= 0 and "target" in v]
        buyers = [k for k, v in draft.roles.items() if "acquirer" in v]
        for target in targets[1:]:
            if target not in draft.party_sentence:
                continue  # moved with an earlier target of its sentence
            index = draft.party_sentence[target]
            first = targets[0]
            if (
                index == draft.sentences[0]
                or index not in draft.triggers
                or any(n in c.texts[index] for n in c.written_names(first))
                or _overlapping(c.party_name(first)[0], c.party_name(target)[0])
                or not _prices(c.texts[index], c.language)
            ):
                continue
            moved = [k for k, i in draft.party_sentence.items() if i == index]
            second = Draft("acquisition", sentences=[index], frames=1, habitual=draft.habitual)
            second.types["acquisition"] = 1
            second.triggers[index] = draft.triggers.pop(index)
            draft.sentences.remove(index)
            for k in moved:
                second.roles[k] = draft.roles.pop(k)
                second.party_sentence[k] = draft.party_sentence.pop(k)
                if k in draft.mentions:
                    second.mentions[k] = draft.mentions.pop(k)
            for k in buyers:
                if k not in second.roles:
                    second.roles[k] = Counter({"acquirer": 1})
                    second.party_sentence[k] = index
                    if k in draft.mentions:
                        second.mentions[k] = draft.mentions[k]
            out.append(second)
    return out


def _overlapping(a: str, b: str) -> bool:
    """Whether one name holds the other's words in a row (`Sell Velden Power`, `Velden
    Power`): two spellings of one target, not two targets."""
    short, long_ = sorted((name_key(a), name_key(b)), key=len)
    return bool(short) and any(
        long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)
    )


def _prices(text: str, language: str) -> bool:
    """Whether a sentence states a sum that can be a deal's price."""
    found = find_amounts(text, language)
    return any(not m.per_share and m.value >= MIN_DEAL_AMOUNT for m in found)


def _complete_investees(c: Candidates, drafts: list[Draft]) -> None:
    """`... and Microsoft will invest up to $5 billion`: an investor told without the
    company it invests in invests in the article's investee (the one other investments
    name, else the protagonist)."""
    named = Counter(
        cluster
        for d in drafts
        for cluster, votes in d.roles.items()
        if d.deal_type == "investment" and votes.most_common(1)[0][0] == "investee"
    )
    investee = named.most_common(1)[0][0] if named else c.protagonist
    known = {cluster: m for d in drafts for cluster, m in d.mentions.items()}
    _join_rounds(c, drafts, investee)
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


def _investors_only(draft: Draft) -> bool:
    return draft.deal_type == "investment" and all(
        v.most_common(1)[0][0] == "investor" for v in draft.roles.values()
    )


def _joins_round(c: Candidates, draft: Draft) -> bool:
    """A draft told only by investors joining a round (`also took part`, `co-led by`)."""
    return all(
        joins_round(c.parsed[i].doc[t]) for i, tokens in draft.triggers.items() for t in tokens
    )


def _join_rounds(c: Candidates, drafts: list[Draft], investee: int | None) -> None:
    """`The round was co-led by A and B, with participation from C. D also took part.`:
    investors joining a round join the deal of the round's company (one told in the same
    sentence, else in the sentence before: `Y raised $260 million. A led, with B
    joining.`, else the article's investee), not deals of their own."""
    for draft in [d for d in drafts if _investors_only(d) and _joins_round(c, d)]:
        owners = [
            d
            for d in drafts
            if d is not draft and d.deal_type == "investment" and not _investors_only(d)
        ]
        local = [d for d in owners if set(d.sentences) & set(draft.sentences)]
        first = min(draft.sentences)
        before = [d for d in owners if first - 1 in d.sentences]  # `X raised $60m. A led.`
        named = [d for d in owners if investee in d.roles]
        target = next(iter(local or before or _lent_before(c, drafts, draft)), None)
        if target is not None and target.deal_type == "other":
            draft.roles = {
                k: Counter({"provider": sum(v.values())}) for k, v in draft.roles.items()
            }
        target = target or next(iter(named), None)
        if target is None:
            if investee is not None and investee not in draft.roles:
                draft.roles[investee] = Counter({"investee": 1})  # the next rounds join it
                draft.party_sentence[investee] = draft.sentences[0]
            continue
        for cluster, votes in draft.roles.items():
            target.roles.setdefault(cluster, Counter()).update(votes)
            target.party_sentence.setdefault(cluster, draft.party_sentence[cluster])
            if cluster in draft.mentions:
                target.mentions.setdefault(cluster, draft.mentions[cluster])
        for sentence, tokens in draft.triggers.items():
            target.triggers.setdefault(sentence, []).extend(tokens)
            if sentence not in target.sentences:
                target.sentences.append(sentence)
        target.frames += draft.frames
        drafts.remove(draft)


def _lent_before(c: Candidates, drafts: list[Draft], joiners: Draft) -> list[Draft]:
    """`X a bouclé une levée de dette de 1,8 milliard d'euros auprès d'un pool mené par A.
    B et C complètent le tour de table`, `Le crédit est arrangé par A. B et C y participent
    également`: with no round told there, joiners of the sentence of a loan naming its
    lenders, or of the sentence after it, join that loan (they lend), unless they take
    new shares (`deal_types.json` new_shares: `B et C souscrivent à une augmentation de
    capital`)."""
    shares = load_rules("deal_types.json", c.language).get("new_shares")
    if shares and any(re.search(shares, c.texts[i], re.IGNORECASE) for i in joiners.sentences):
        return []
    sentences = set(joiners.sentences) | {min(joiners.sentences) - 1}
    return [
        d
        for d in drafts
        if d is not joiners
        and d.deal_type == "other"
        and any(v.most_common(1)[0][0] == "provider" for v in d.roles.values())
        and sentences & set(d.sentences)
    ]


def _clause_contracts(c: Candidates, drafts: list[Draft], framed: set[int]) -> list[Draft]:
    """The commercial deals told in sentences without a frame, beside the frames' deals
    (`fallback.clause_contract_drafts`) whose words show who provides and who pays; with
    no deal of the frames and none of these, the lead pair of organisations makes it."""
    anaphora = load_rules("amount_context.json", c.language)["anaphora"]
    told_before = load_rules("deal_types.json", c.language).get("told_before")
    skipped = [
        i in framed
        or c.is_background(i)
        or re.match(anaphora, text) is not None  # `The capacity will ...`: told before
        or (told_before is not None and re.match(told_before, text, re.IGNORECASE) is not None)
        for i, text in enumerate(c.texts)
    ]
    found = clause_contract_drafts(
        [p.doc for p in c.parsed],
        c.clusters,
        c.org_keys,
        skipped,
        [set(d.roles) for d in drafts],
        c.published,
        [k for d in drafts if d.deal_type == "acquisition" for k in d.roles if _buys(d, k)],
    )
    return [d for d in found if _sided(c, d)]  # whose words show who provides


def _buys(draft: Draft, cluster: int) -> bool:
    return draft.roles[cluster].most_common(1)[0][0] == "acquirer"


def _lead_pair(c: Candidates) -> list[Draft]:
    """No deal from the frames: the pair of organisations a lead sentence names."""
    subjects = [(i, text) for i, _, text, _ in c.lead_subject()]
    lead = lead_pair_draft(
        [p.doc for p in c.parsed],
        subjects,
        c.clusters,
        c.org_keys,
        [c.is_background(i) for i in range(len(c.parsed))],
    )
    return [lead] if lead is not None else []


def _bilateral(c: Candidates, draft: Draft) -> bool:
    """`Amazon also signed an agreement with Energy Northwest`: a second agreement of the
    protagonist with one named counterparty, told in its own sentence."""
    return len(draft.roles) == 2 and c.protagonist in draft.roles


def _typed_pair(draft: Draft) -> bool:
    """`Separately, Pelion signed a power purchase agreement with Oakhurst`: an agreement
    whose own noun names a commercial type, between two named companies."""
    return len(draft.roles) == 2 and draft.deal_type in COMMERCIAL_TYPES


def _sided(c: Candidates, draft: Draft) -> bool:
    """A commercial agreement (a generic one its sentence types, or a typed one whose
    frames name only partners: `signé un contrat d'achat d'électricité avec le producteur
    Y`) whose sides the words around its two parties show (with the rules kept to its
    type too, in a language whose rules say so: `typed_clause_sides`)."""
    commercial = draft.hint is not None or draft.deal_type in COMMERCIAL_TYPES
    if not commercial or len(draft.roles) != 2:
        return False
    names = {cluster: c.written_names(cluster) for cluster in draft.roles}
    typed = load_rules("direction.json", c.language).get("typed_clause_sides", False)
    texts = [c.texts[i] for i in draft.sentences]
    return bool(provider_side(names, texts, draft.deal_type if typed else None))


def _older_frame(c: Candidates, index: int, frame: Frame) -> bool:
    """`L'entreprise avait levé en janvier 300 millions d'euros de dette auprès de Y`: a
    frame in the clause of an older-deal cue tells that older deal; in a language whose
    `deal_types.json` sets `older_frames_apart`, it is grouped apart from the article's
    current deals even when it shares a party with them."""
    alone = Draft(frame.deal_type, sentences=[index], triggers={index: [frame.trigger_index]})
    return c.background(alone)


def _frame_dated_past(c: Candidates, index: int, frame: Frame) -> bool:
    """`... was its 640 mln dlr acquisition of X in 2023`, `In 2024, X licensed the same
    technology to Z`: a frame dated before the article (by a year after its word, or one
    the sentence opens with, `deal_types.json` fronted_year) tells an older deal; it joins
    no deal of the article."""
    if c.published is None:
        return False
    doc = c.parsed[index].doc
    text = _without_party_relatives(doc, frame)
    fronted = load_rules("deal_types.json", c.language).get("fronted_year")
    opening = re.match(fronted, text) if fronted else None
    if opening and int(opening.group(1)) < c.published.year:
        return True
    return dated_before(text, doc[frame.trigger_index].idx, c.published)


def _without_party_relatives(doc: Doc, frame: Frame) -> str:
    """The sentence with the relative clauses describing a party of the frame blanked
    (`The seller is X, which bought the business in 2019`: the year dates X's own deal),
    unless the frame's word is in one."""
    text = doc_text(doc)
    trigger = doc[frame.trigger_index]
    for _, mention in frame.args:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for clause in (c for t in span or () for c in t.children if c.dep_ == "relcl"):
            if not clause.left_edge.i <= trigger.i <= clause.right_edge.i:
                start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
                text = text[:start] + " " * (end - start) + text[end:]
    return text


def _dated_past(c: Candidates, draft: Draft) -> bool:
    """`Google invested $2 billion in Anthropic in 2023`: every deal word is followed
    closely by a year before the article's."""
    assert c.published is not None
    published = c.published
    return all(
        dated_before(doc_text(c.parsed[i].doc), c.parsed[i].doc[t].idx, published, c.language)
        for i, tokens in draft.triggers.items()
        for t in tokens
    )


def _told_by_party(c: Candidates, draft: Draft) -> bool:
    """`In February 2026, we entered into an agreement with Y`: a deal its party tells
    in the first person (a filing, a company's own report), outside quotations; dated
    before the publication, it is still the report's own deal when no current one is
    told (`roles_words.json` `first_person`, `filer_terms`)."""
    return any(
        (word.lower() in FIRST_PERSON_WORDS and not word.isupper())  # `US`, `WE` in a heading
        or word in FILER_TERMS  # `the Company entered into`: a filing's own voice
        for i in draft.triggers
        for word in re.findall(r"\w+", QUOTATION.sub(" ", c.texts[i]))
    )


def _before_period(c: Candidates, draft: Draft) -> bool:
    """A deal told before the year a report covers (the year before its publication):
    `we bought the land back in 2024` in a 2026 report is an older deal."""
    assert c.published is not None
    start = c.published.replace(year=c.published.year - 1, day=1)
    return _dated_past(c, draft) or any(
        tells_older(c.texts[i], start, language=c.language) for i in draft.triggers
    )


def _reported(c: Candidates, draft: Draft) -> bool:
    """`In September 2026, the Company entered into a virtual power purchase agreement
    with Y`, `In October we executed a lease with Y`: a deal a filer or a company's call
    tells in its own voice, dated to a month of the article's year, is the report's own,
    beside its other current deals (not one told with an older-deal cue or an earlier
    year; with no date, none is)."""
    published = c.published
    if published is None:
        return False
    recent = load_rules("deal_types.json", c.language).get("recent")
    texts = [c.texts[i] for i in draft.triggers]
    if recent:  # `Last week we closed a $1.4 billion facility`: the call's own news
        texts = [re.sub(recent, lambda m: " " * len(m.group()), t, flags=re.I) for t in texts]
    return _told_by_party(c, draft) and not any(
        tells_older(text, published, years=False, language=c.language, months=False)
        or earlier_year(text, published, c.language)
        for text in texts
    )


def _lately(c: Candidates, draft: Draft, kinds: set[str]) -> bool:
    """`A week earlier, X had quietly signed a 50-year lease ... with Y`, `Earlier this
    month it signed a lease with Y`: a deal the story's subject made with a named side,
    dated only by a cue of the article's own weeks (`deal_types.json` lately), is news of
    the article too when no current deal is of its kind (not `last month it agreed to rent
    chips from Y` beside the compute deal the article tells), it is no financing (`X
    raised £150 million last month in a round led by Y`: its funding history) and its
    sentence tells it in a clause of its own (not `X, which agreed last week to buy Y,
    will invest in Z`: an aside about X)."""
    pattern = load_rules("deal_types.json", c.language).get("lately")
    published = c.published
    named = [k for k in draft.roles if k >= 0]
    if not pattern or published is None or draft.deal_type in kinds | FINANCING_TYPES:
        return False
    if len(named) < 2:
        return False
    if c.protagonist not in named or any(
        t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors)
        for t in _trigger_tokens(c, draft)
    ):
        return False
    for i in draft.triggers:
        text = c.texts[i]
        blanked = re.sub(pattern, lambda m: " " * len(m.group()), text, flags=re.IGNORECASE)
        if blanked == text or tells_older(blanked, published, language=c.language):
            return False
        if earlier_year(blanked, published, c.language):
            return False
    return True


def _unnamed(draft: Draft) -> bool:
    """`X won an order from an unnamed customer`: one named party, the other described."""
    return len(draft.roles) == 1 and bool(draft.anonymous)


def _own_kind(draft: Draft, kinds: set[str]) -> bool:
    """Whether a deal with an unnamed side is of a commercial kind no named deal of the
    article has (a lease to an unnamed tenant beside a named loan), so not an aside."""
    return draft.deal_type in COMMERCIAL_TYPES and draft.deal_type not in kinds


def _keep(draft: Draft) -> bool:
    specific = any(any(r != "partner" for r in v) for v in draft.roles.values())
    return (
        len(draft.roles) >= 2 or _unnamed(draft) or (specific and draft.deal_type == "acquisition")
    )


__all__ = ["deal_drafts"]
