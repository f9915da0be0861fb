"""Deal assembly, stage 4 (deals), roles: a draft's final parties and their roles.

Voted frame roles in the deal type's own role words (`patterns/en/deal_roles.json`); the
sides of a plain agreement from how its parties are described or the words around them
(`direction.py`); the power producer sells in a PPA; parents of parties, stated or owners
of `its X unit`; the protagonist takes a side a deal leaves open.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.models import Party, Site
from pipeline.nlp.attachment import unit_names
from pipeline.nlp.candidates import Candidates
from pipeline.nlp.direction import clause_sides, provider_side
from pipeline.nlp.doctext import doc_text
from pipeline.nlp.facts import COMMERCIAL_TYPES
from pipeline.nlp.grouping import Draft, final_roles
from pipeline.nlp.occurrences import name_occurrences
from pipeline.nlp.parties import (
    PERSON_NAME,
    find_parents,
    is_generator,
    is_not_party,
    is_placeholder,
    name_key,
)
from pipeline.nlp.places import facility_name
from pipeline.nlp.roles import (
    NOT_ARGUMENT_LABELS,
    OFFICER_TITLES,
    TITLE_WORDS,
    resolve,
    written_as_place,
)
from pipeline.nlp.rules import load_rules
from pipeline.nlp.sites import sentence_facilities

TITLE_REACH = 80  # characters before a name searched for its title
COUNT_BEFORE = re.compile(r"\d[\d\s.,'’]*\s$")  # `250,000 ` right before a name
# "X, a cloud provider, signed an agreement with Y": the described party provides.
DESCRIBED_PROVIDER = {"compute_contract": ("provider", "customer"), "lease": ("lessor", "lessee")}
# "X signed a lease (licence) with Y": the announcer is usually the landlord (licensor).
ANNOUNCER_FIRST = {"lease": ("lessor", "lessee"), "licence": ("licensor", "licensee")}
# `a unit of Elon Musk's SpaceX`; `X Group's European data centre arm, X Datacentres`
NOT_PARENT_LABELS = NOT_ARGUMENT_LABELS | {"PERSON", "NORP"}
# `X announced a funding round led by Y`: the article's protagonist is the missing side.
# what a press release writes between a name and its description: `, Inc.`, `(NASDAQ: X)
# ("X" or the "Company")`
LISTING = r"\.?(?:,?\s*(?:Inc|LLC|Ltd|Corp|plc|Co|Limited)\b\.?)?(?:\s*\([^()]{0,60}\)){0,3}"
QUOTATION = re.compile(r"[\"“][^\"”]*[\"”]")
PROTAGONIST_ROLES = {
    ("acquisition", frozenset({"target"})): "acquirer",
    ("investment", frozenset({"investor"})): "investee",
}


def _named_targets(roles: dict[int, str]) -> dict[int, str]:
    """`the data center business of ZT Systems`: when a named company is the target, the
    business bought from it is not a second target."""
    if not any(c >= 0 and r == "target" for c, r in roles.items()):
        return roles
    return {c: r for c, r in roles.items() if c >= 0 or r != "target"}


def deal_roles(c: Candidates, draft: Draft, deal_type: str, mine: list[int]) -> dict[int, str]:
    """The role of each party cluster of a draft, in the deal type's role words."""
    renames = load_rules("deal_roles.json").get(deal_type, {})
    roles = _named_targets({k: renames.get(r, r) for k, r in final_roles(draft).items()})
    roles = _without_older_partners(c, draft, roles)
    # `Solace AI closed a funding round led by Tamarind`: the protagonist raises money.
    if (
        deal_type == "investment"
        and len(roles) >= 2
        and set(roles.values()) == {"investor"}
        and c.protagonist in roles
    ):
        roles[c.protagonist] = "investee"
    if deal_type == "power_purchase":
        roles = _described_power_roles(c, roles, draft, mine, renames) or _power_roles(c, roles)
    # a deal's noun taken for a party (`... and C$175 Million Strategic Private Placement`)
    # is no side: the two companies are
    held = [k for k in roles if k < 0 or not is_placeholder(c.party_name(k)[0])]
    partners = [k for k in held if roles[k] == "partner"]
    if deal_type in DESCRIBED_PROVIDER and len(partners) == len(held) == 2:
        roles = {**roles, **(_described_roles(c, partners, *DESCRIBED_PROVIDER[deal_type]) or {})}
        partners = [k for k in held if roles[k] == "partner"]
    reversible = draft.reversible and len(held) == 2  # `X louera à Y`: either side
    if deal_type in COMMERCIAL_TYPES and (len(partners) == len(held) == 2 or reversible):
        roles = {**roles, **_context_roles(c, {k: roles[k] for k in held}, draft, mine, deal_type)}
    left = [k for k in held if roles[k] == "partner"]
    if deal_type in DESCRIBED_PROVIDER and len(left) == len(held) == 2:
        roles = {**roles, **_named_roles(c, left, deal_type, *DESCRIBED_PROVIDER[deal_type])}
    partners = [k for k, r in roles.items() if r == "partner"]
    if deal_type in ANNOUNCER_FIRST and len(partners) >= 2 and partners == list(roles)[:2]:
        first, second = ANNOUNCER_FIRST[deal_type]
        roles = {**roles, partners[0]: first, partners[1]: second}
    if deal_type == "other" and "provider" in roles.values():
        roles = _lent_to_venture(c, draft, roles)
    return _defined_roles(c, roles, renames)


def _lent_to_venture(c: Candidates, draft: Draft, roles: dict[int, str]) -> dict[int, str]:
    """`un prêt accordé à Aster Calcul par un pool de banques`, where Aster Calcul is the
    article's joint venture: a loan to a venture (told or left unnamed) is a loan to its
    owners, the partners; the venture itself is no party."""
    owners, names = _venture_owners(c)
    borrowers = {k for k, r in roles.items() if r != "provider"}
    if not owners or not borrowers <= names | {k for _, k in owners}:
        return roles
    out = {k: r for k, r in roles.items() if k not in borrowers}
    for index, owner in owners:
        out.setdefault(owner, "partner")
        draft.party_sentence.setdefault(owner, index)
    return out


def _venture_owners(c: Candidates) -> tuple[list[tuple[int, int]], set[int]]:
    """The owners of the article's joint venture, each with the sentence naming it, and
    the venture's own names: the organisations named in its phrase (`la coentreprise
    formée par Sylvane Énergie et le fonds Brume Capital`), else those named before the
    verb that creates it (`Graniteau et Al Noor Capital ont officialisé la création d'une
    coentreprise`), else the partners of an alliance told in that sentence or the one
    before (`Teranga et Sahel s'associent. [...] ont créé une coentreprise`). Names after
    a naming word (`baptisée Aster Calcul`) or set beside the venture noun (`X Holdings, the
    joint venture owned by A and B`) are the venture's, in any sentence that tells the
    venture (`La société commune, baptisée X, sera détenue à 51 % par A`)."""
    rules = load_rules("party_types.json", c.language)
    phrases = [v.split() for v in rules.get("venture_nouns", [])]
    firsts = {words[0] for words in phrases}
    naming = set(rules.get("venture_naming", []))
    labels = frozenset(rules.get("venture_owner_labels", []))
    joining = frozenset(rules.get("venture_between", []))
    holding = frozenset(rules.get("venture_holding_verbs", []))
    capital = frozenset(rules.get("venture_capital_words", []))
    owners: list[tuple[int, int]] = []
    all_names: set[int] = set()
    for index, parsed in enumerate(c.parsed):
        doc = parsed.doc
        for noun in (t for t in doc if t.lower_ in firsts and _starts_phrase(t, phrases)):
            if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in capital:
                continue  # `a venture debt facility`, `venture firm X`: venture capital
            ents = _organisations(c, doc, labels)
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            own = [
                e
                for e in ents
                if noun.left_edge.i <= e.start
                and e.end <= noun.right_edge.i + 1
                and _in_venture_phrase(e.root, noun)
            ] + _between(noun, verb, ents, joining)
            called = {e for e in doc.ents if e.start > 0 and doc[e.start - 1].lower_ in naming}
            called |= {e for e in ents if e.root.dep_ == "appos" and e.root.head.i == noun.i}
            # `X Holdings, the joint venture owned by A and B,`: the name the noun is set beside
            called |= {e for e in ents if noun.dep_ == "appos" and noun.head.i == e.root.i}
            # `the joint venture, Corra Data, and Y the rest`: set beside it, however parsed
            called |= {e for e in ents if e.start == noun.i + 2 and doc[noun.i + 1].text == ","}
            # `the Kelso Ridge joint venture`: a name written as the venture's modifier
            called |= {
                e
                for e in ents
                if e.root.head.i == noun.i
                and e.end <= noun.i
                and e.root.dep_ in ("compound", "nmod", "amod")
            }
            names = {k for e in called if (k := c.clusters.find(e.text)) is not None}
            all_names |= names
            if owners:
                continue  # `La société commune, baptisée X, ...`: named after its owners
            creators = [e for e in ents if verb is not None and e.end <= verb.i]
            allied = [
                m.text
                for i in (index - 1, index)
                if 0 <= i < len(c.frames)
                for f in c.frames[i]
                if f.deal_type == "partnership"
                for _, m in f.args
            ]
            # `Data-center developer X and Y have formed`: the alliance's parties, when it
            # names the creators (the tagger may call one a person)
            made = [e.text for e in creators]
            made = allied if set(made) & set(allied) else made
            found = [e.text for e in own if e not in called] or made or allied
            # `The Board of Directors of X wishes to announce that the Company has formed`: the
            # company's board (`org_context.json` not_parties) owns nothing
            found = [t for t in found if not is_not_party(t)]
            keys = [k for t in found if (k := c.clusters.find(t)) is not None and k not in names]
            held = [k for k in _holders(c, verb, holding) if k not in names]
            keys = held if len(held) >= 2 and set(keys) <= set(held) else keys
            if keys:
                owners = [(index, k) for k in dict.fromkeys(keys)]
    return owners, all_names - {k for _, k in owners} if owners else set()


def _holders(c: Candidates, verb: Token | None, holding: frozenset[str]) -> list[int]:
    """`Harth owns 65% of X, the joint venture ..., and Oskel Mining the remaining 35%`,
    `Corvan owns 60% of the venture and Ilmar the rest`: the companies a holding verb
    splits the venture between, each proper name under it that is one of the article's
    organisations (the tagger may read none of them as one, or hang one on the venture's
    phrase)."""
    if verb is None or verb.lower_ not in holding:
        return []
    doc = verb.doc
    keys: list[int] = []
    for token in verb.subtree:
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i <= token.i:
            start -= 1
        key = c.clusters.match(doc[start : token.i + 1].text)
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def _organisations(c: Candidates, doc: Doc, labels: frozenset[str]) -> list[Span]:
    """The organisations a sentence names: its ORG entities, and the entities of the
    other `labels` (the tagger's `Tolmere Power` as a person, `Ilmar` as a place) that
    name one of the article's organisations."""
    return [
        e
        for e in doc.ents
        if e.label_ == "ORG" or (e.label_ in labels and c.clusters.match(e.text) is not None)
    ]


def _between(
    noun: Token, verb: Token | None, ents: list[Span], joining: frozenset[str]
) -> list[Span]:
    """`A joint venture between the utility A and developer B has secured`: the names
    after the joining preposition up to the verb the venture is the subject of, the ones
    the parse hangs outside the venture's phrase."""
    prep = next((t for t in noun.children if t.lower_ in joining and t.dep_ == "prep"), None)
    if prep is None or verb is None or verb.i < prep.i:
        return []
    return [e for e in ents if noun.right_edge.i < e.start and e.end <= verb.i]


def _starts_phrase(token: Token, phrases: list[list[str]]) -> bool:
    """Whether a word starts one of the phrases (`coentreprise`, `société commune`)."""
    doc = token.doc
    return any(
        [t.lower_ for t in doc[token.i : token.i + len(words)]] == words for words in phrases
    )


def _in_venture_phrase(token: Token, noun: Token) -> bool:
    """Whether a name under a venture noun is in its own phrase (`la coentreprise formée
    par A et B`, `a joint venture between A and B`), not in a clause telling what it
    does (`a joint venture to build a campus in the Khalifa Economic Zones`)."""
    came = token
    while token.i != noun.i and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.i != noun.i and came.dep_ != "agent":
            return False
        came = token
    return True


def _defined_roles(c: Candidates, roles: dict[int, str], renames: dict[str, str]) -> dict[int, str]:
    """`Quillon Cloud SARL (le « Preneur »)`, `Maubert, le cédant,`: a party the article
    names by its role in the deal takes that role, when the deal type has it."""
    words: dict[str, str] = load_rules("party_types.json", c.language).get("defined_roles", {})
    if not words:
        return roles
    allowed = {*renames.values(), "guarantor"} if renames else {"provider", "customer"}
    out = dict(roles)
    for cluster in roles:
        if cluster < 0:
            continue
        named = {
            words[w.casefold()]
            for m in c.clusters.clusters[cluster].mentions
            for w in _role_words(c.article.text, m, tuple(words))
        }
        role = next(iter(named)) if len(named) == 1 else None
        role = renames.get(role, role) if role else None
        if role in allowed:
            out[cluster] = role
    return out


@cache
def _role_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:\(\s*(?:ci-après\s+(?:dénommée?s?\s+)?)?|,\s*)(?:le|la|les|l['’])\s*"
        r"(?:[«\"“]\s*)?(" + "|".join(map(re.escape, words)) + r")\b",
        re.IGNORECASE,
    )


def _role_words(text: str, name: str, words: tuple[str, ...]) -> list[str]:
    """The role words the text writes right after a name (`X (ci-après le « Preneur »)`,
    `X, le cédant`)."""
    pattern = _role_pattern(words)
    return [
        found[1]
        for _, end in name_occurrences(text, name)
        if (found := pattern.match(text, end)) is not None
    ]


def deal_parties(
    c: Candidates,
    draft: Draft,
    rank: int,
    deal_type: str,
    roles: dict[int, str],
    parents: dict[int, int],
) -> list[tuple[Party, int]]:
    """The party records of a deal, each with the sentence that names it: its roles, the
    protagonist in a side left open, and a target's parent as the seller. A bought asset
    (`two gas-fired plants`, `its flow-control business`, a cluster below zero) is what
    changes hands, not a party: an asset purchase has no target, unless the article
    names the unit (`its European business, Amberlin Maison,`): then the unit is."""
    parties: list[tuple[Party, int]] = []
    units = _possessed_units(c, draft, roles, parents) if deal_type == "acquisition" else {}
    for cluster, role in roles.items():
        if cluster in units:  # the group sells its arm
            for k, told in ((units[cluster], "target"), (cluster, "seller")):
                name, text = c.party_name(k)
                parties.append(
                    (Party(name=name, role=told, text=text), draft.party_sentence[cluster])
                )
            continue
        if cluster < 0:
            unit = _named_unit(c, draft, cluster, roles, parents) if role == "target" else None
            if unit is not None:
                parties.append(unit)
            continue
        named, parent = cluster, parents.get(cluster)
        if parent is not None and parent not in roles and _only_a_division(c, draft, cluster):
            named, parent = parent, None  # `its Energy Systems division`: the owner acts
        name, text = c.party_name(named)
        parent_name = (
            c.party_name(parent)[0] if parent is not None and parent not in roles else None
        )
        parties.append(
            (
                Party(name=name, role=role, text=text, parent=parent_name),
                draft.party_sentence[cluster],
            )
        )
    missing = PROTAGONIST_ROLES.get((deal_type, frozenset(roles.values())))
    if (
        missing is not None
        and rank == 0
        and c.protagonist is not None
        and c.protagonist not in roles
        and c.protagonist not in parents.values()
        and missing not in draft.anonymous
    ):
        name, text = c.party_name(c.protagonist)
        parties.append((Party(name=name, role=missing, text=text), draft.sentences[0]))
    if deal_type == "acquisition" and "seller" not in roles.values():
        owners = _owners(c)
        for cluster, role in list(roles.items()):
            parent = parents.get(cluster)
            if role == "target" and parent is not None and parent not in roles:
                name, text = c.party_name(parent)
                parties.append(
                    (Party(name=name, role="seller", text=text), draft.party_sentence[cluster])
                )
                break
            owner, index = owners.get(cluster, (None, 0))
            if role == "target" and owner is not None and owner not in roles:
                name, text = c.party_name(owner)
                parties.append((Party(name=name, role="seller", text=text), index))
                break
    return parties


def _owners(c: Candidates) -> dict[int, tuple[int, int]]:
    """`Sitka is owned by private equity firm Mercer Hale`: the organisation a company is
    owned by now (roles_words.json ownership_passives, with a present auxiliary), and
    the sentence saying so, by the company's cluster: a bought company's owner sells it."""
    words = load_rules("roles_words.json", c.language).get("ownership_passives", {})
    owners: dict[int, tuple[int, int]] = {}
    verbs = words.get("verbs", ())
    for index, parsed in enumerate(c.parsed):
        if not any(v in c.texts[index].lower() for v in verbs):
            continue  # no verb of ownership written: no token to read
        for verb in parsed.doc:
            if verb.lower_ not in verbs:
                continue
            if not any(a.dep_ == "auxpass" and a.lower_ in words["present"] for a in verb.children):
                continue
            owned = [m for s in verb.children if s.dep_ == "nsubjpass" for m in resolve(s)]
            by = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
            held = [m for o in by if o.dep_ == "pobj" for m in resolve(o)]
            if len(owned) == 1 and len(held) == 1:
                company, owner = c.clusters.match(owned[0].text), c.clusters.match(held[0].text)
                if company is not None and owner is not None and company != owner:
                    owners.setdefault(company, (owner, index))
    return owners


def _possessed_units(
    c: Candidates, draft: Draft, roles: dict[int, str], parents: dict[int, int]
) -> dict[int, int]:
    """`to buy Vandermeer Group's data centre arm, Vandermeer Datacentres`: a target read
    from its possessive that is the parent of a unit named in the same sentence, no
    party of the deal, when the deal has no seller: target -> the unit."""
    if "seller" in roles.values():
        return {}
    out: dict[int, int] = {}
    for child, parent in parents.items():
        if roles.get(parent) != "target" or child < 0 or child in roles or parent in out:
            continue
        text = c.texts[draft.party_sentence[parent]]
        if any(f"{n}'s" in text or f"{n}’s" in text for n in c.written_names(parent)) and any(
            n in text for n in c.written_names(child)
        ):
            out[parent] = child
    return out


def _named_unit(
    c: Candidates, draft: Draft, cluster: int, roles: dict[int, str], parents: dict[int, int]
) -> tuple[Party, int] | None:
    """A bought business unit (`its flow-control unit`, cluster below zero) as the
    target party under the name the article gives it (`The flow-control unit, Corran
    Flow Solutions,`), when the deal's own sentence tells the unit (not `Separately, it
    will spin off its crop-protection division, Valdris Agro`)."""
    if cluster not in draft.mentions or draft.mentions[cluster][0] != draft.sentences[0]:
        return None
    owners = [k for k in roles if k >= 0 and roles[k] == "seller"]
    owner = parents.get(cluster)
    owners += [owner] if owner is not None else []
    names = unit_names(c, c.party_name(cluster)[0], [c.party_name(k)[0] for k in owners])
    if not names:
        return None
    found = c.clusters.find(names[0])
    if found is None or found in roles or found in owners:  # a name merged into its parent's
        name, text = names[0], names[0]
    else:
        name, text = c.party_name(found)
    sentence = draft.party_sentence.get(cluster, draft.sentences[0])
    return Party(name=name, role="target", text=text), sentence


def without_site_targets(
    found: list[tuple[Party, int]], sites: list[Site]
) -> list[tuple[Party, int]]:
    """`Carrow Valley bought the Ashgrove Energy Center from Brindle`: a target named as
    the deal's own site is the facility bought (the asset, the site), not a company
    (its name written with the facility noun the site's name leaves off too, or as the
    site's mention, `Mercy Valley Medical Center` for the site `Mercy Valley`)."""
    sited = {key for s in sites if s.name for key in (name_key(s.name), name_key(s.text))}
    return [
        (p, i)
        for p, i in found
        if p.role != "target" or not sited & {name_key(p.name), name_key(facility_name(p.name))}
    ]


# the words a facility noun gives its owner with (`the data centre of X`, `le campus de X`)
_OWNER_LINKS = frozenset({"of", "de", "du", "des", "d'", "d’"})


def _named_after_noun(text: str, start: int, name: str) -> bool:
    """`son nouveau centre de données Carthage-DC2`, `le campus GLD-2, que X achève`: a
    name written right after its facility noun at `start`, in lower case, with no word
    giving an owner between them (not `le campus numérique de X`)."""
    m = re.match(rf"([^\W\d_][\w'’-]*(?: [\w'’-]+){{0,3}}) {re.escape(name)}\b", text[start:])
    if m is None or not m.group(1)[:1].islower():
        return False
    last = re.split(r"[ '’]", m.group(1))[-1]
    return last.lower() not in _OWNER_LINKS and not m.group(1).endswith(("'", "’"))


def facility_keys(c: Candidates) -> frozenset[tuple[str, ...]]:
    """Name keys of the facilities the article writes under their own name: `the Kneehill
    wind project`, `BTM-1, an 18 MW data centre`, `le centre de données Carthage-DC2`
    (named after its noun), `the building, known as SL4` (its noun written first and its
    name after), not `Hanbit Cloud, the data centre arm of Hanbit Telecom` (a company the
    apposition describes) nor `the data centre of X` (a facility named by its owner), nor
    `Kelmont Datacenter` (a name ending in a facility word, with no facility noun or
    apposition after it, is a company's)."""
    return frozenset(
        name_key(f.name)
        for sentence, text in zip(c.parsed, c.texts, strict=True)
        for f in sentence_facilities(sentence.doc, text)  # found once per sentence
        if f.name
        and f.text != f.name
        and (
            re.match(rf"(?:the )?{re.escape(f.name)}\b(?!, the )", f.text, re.IGNORECASE)
            or (f.text[:1].islower() and re.search(rf"\b{re.escape(f.name)}\b", f.text))
            or _named_after_noun(text, f.start, f.name)
        )
    )


def without_facilities(
    found: list[tuple[Party, int]], facilities: frozenset[tuple[str, ...]]
) -> list[tuple[Party, int]]:
    """`Cumulo will buy the output of Falkner Run`, `the Kneehill wind project`: a party
    named as a facility the article names is the plant or campus (a site), not a company,
    whatever side of the deal it was read on."""
    return [(p, i) for p, i in found if name_key(p.name) not in facilities]


def without_people(c: Candidates, found: list[tuple[Party, int]]) -> list[tuple[Party, int]]:
    """`X's Chief Commercial Officer Jonas Albrecht added`, `Posted by Mei Tanaka,
    co-founder and CTO`: a person's name written right after a title word or before an
    apposed one (`officer_titles`, `title_words`) speaks for a party and is none."""
    text = c.article.text
    before, after = _title_edges()

    def person(name: str) -> bool:
        return bool(PERSON_NAME.fullmatch(name)) and any(
            before.search(text, max(0, start - TITLE_REACH), start) or after.match(text, end)
            for start, end in name_occurrences(text, name)
        )

    return [(p, i) for p, i in found if not person(p.text)]


def without_places(c: Candidates, found: list[tuple[Party, int]]) -> list[tuple[Party, int]]:
    """`installés à Glattfelden, dans le canton de Zurich`, `le projet de Plouisy, près de
    Guingamp`: a party whose every mention in the article is written as a place
    (`roles.written_as_place`), whatever the model called it, is a place and no party."""

    def place(name: str) -> bool:
        seen = c.entities_named(name)
        return (
            bool(seen)
            and all(written_as_place(e, e.label_) for e in seen)
            and len(seen) >= sum(1 for _ in name_occurrences(c.article.text, name, "-"))
        )

    return [(p, i) for p, i in found if not place(p.text)]


def without_counted_goods(c: Candidates, found: list[tuple[Party, int]]) -> list[tuple[Party, int]]:
    """`12 000 GPU Nvidia`, `512 accélérateurs graphiques Nvidia H200`: a party written
    each time right after a count of goods (`quantities_units.json` count_units), or
    opening with the counted unit, names the goods' maker or model, not a side; so does
    one ending in the unit, written each time right after a count (`up to 250,000
    Kessler Arbor Accelerators`)."""
    text, counted = c.article.text, _counted_goods(c.language)
    units = _count_unit_words(c.language)

    def goods(name: str) -> bool:
        found_at = [start for start, _ in name_occurrences(text, name, "-")]
        ends_in_unit = name.split()[-1].casefold() in units
        return bool(found_at) and all(
            counted.search(text[max(0, start - 60) : start] + name.split()[0])
            or (ends_in_unit and COUNT_BEFORE.search(text[max(0, start - 20) : start]))
            for start in found_at
        )

    return [(p, i) for p, i in found if not goods(p.text)]


@cache
def _count_unit_words(language: str) -> frozenset[str]:
    """The one-word units of counted goods (`GPUs`, `accelerators`), casefolded."""
    units = load_rules("quantities_units.json", language).get("count_units", {})
    return frozenset(u.casefold() for u in units if " " not in u)


@cache
def _counted_goods(language: str) -> re.Pattern[str]:
    """A count and its unit of goods right before a name's first word (`36 000 GPU
    Nvidia`, `512 accélérateurs graphiques Nvidia`), or a count before the unit opening
    a name (`GPU Nvidia GB300`)."""
    units = load_rules("quantities_units.json", language).get("count_units", {})
    if not units:
        return re.compile("(?!)")  # without units any number before a name would match
    alternatives = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(
        rf"\d[\d\s.,'’]*\s*(?:{alternatives})\s+\S+$"
        rf"|\d[\d\s.,'’]*\s+(?:{alternatives})$"
    )


@cache
def _title_edges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title word right before a name (`Officer `) and one apposed right after it
    (`, co-founder`), compiled once."""
    titles = "|".join(sorted(OFFICER_TITLES | TITLE_WORDS))
    return re.compile(rf"\b(?i:{titles}) $"), re.compile(rf", (?i:{titles})\b")


def _only_a_division(c: Candidates, draft: Draft, cluster: int) -> bool:
    """`its Energy Systems division has signed a contract`: a party named in its sentence
    only between a possessive and a division noun (`party_types.json` division_nouns) is
    a business line of its parent, which is the party."""
    text = c.texts[draft.party_sentence[cluster]]
    nouns = "|".join(load_rules("party_types.json").get("division_nouns", ()))
    names = [n for n in c.clusters.clusters[cluster].mentions if n in text]
    return bool(nouns and names) and all(
        re.search(rf"(?:\b(?:its|their)|['’]s?) {re.escape(n)} (?:{nouns})\b", text) for n in names
    )


def parent_clusters(c: Candidates) -> dict[int, int]:
    """Parent organisations: stated in a sentence, or the owner of `its X unit`."""
    parents: dict[int, int] = {}
    for frames in c.frames:
        for frame in frames:
            for _, mention in frame.args:
                if mention.owner is None:
                    continue
                child = (
                    c.clusters.find_asset(mention.text)
                    if mention.asset
                    else c.clusters.find(mention.text)
                )  # `offered to buy its steel mill`: the mill's owner sells it
                parent = c.clusters.find(mention.owner)
                if child is not None and parent is not None and child != parent:
                    parents.setdefault(child, parent)
    for parsed in c.parsed:
        ents = [e for e in parsed.doc.ents if e.label_ not in NOT_PARENT_LABELS]
        spans = [(e.start_char, e.end_char) for e in ents]
        for child_index, parent_index in find_parents(
            doc_text(parsed.doc), spans, parsed.doc.lang_
        ):
            child = c.clusters.find(ents[child_index].text)
            parent = c.clusters.find(ents[parent_index].text)
            if child is not None and parent is not None and child != parent:
                parents.setdefault(child, parent)
    return parents


def _without_older_partners(c: Candidates, draft: Draft, roles: dict[int, str]) -> dict[int, str]:
    """`... Stargate, which OpenAI formed in January with SoftBank, Oracle and MGX`:
    co-parties first named in a sentence about an older deal are not this deal's."""
    kept = {k: r for k, r in roles.items() if not c.older(draft, draft.party_sentence[k])}
    return {
        k: r
        for k, r in roles.items()
        if k in kept or (r not in kept.values() and (r != "partner" or len(kept) < 2))
    }


def _described_roles(
    c: Candidates, partners: list[int], provider: str, customer: str
) -> dict[int, str] | None:
    """`Lambda, a cloud provider that ...`, `X, Inc. (NASDAQ: X), a provider of AI
    compute`: the party described as a provider provides."""
    words = "|".join(load_rules("org_context.json")["provider_descriptions"])
    described = [
        k
        for k in partners
        if any(
            re.search(
                rf"\b{re.escape(m)}{LISTING},\s+(?:a|an|the)\s+[^,.]{{0,60}}?(?:{words})",
                c.article.text,
                re.IGNORECASE,
            )
            for m in c.clusters.clusters[k].mentions
        )
    ]
    if len(described) != 1:
        return None
    return {k: provider if k == described[0] else customer for k in partners}


def _named_roles(
    c: Candidates, partners: list[int], deal_type: str, provider: str, customer: str
) -> dict[int, str]:
    """`We signed a three-year agreement with Vantor Cloud`: when nothing around the two
    names says who provides, the one whose name ends in a word of the provider's business
    (org_context.json provider_name_words) does."""
    words = load_rules("org_context.json", c.language).get("provider_name_words", {})
    named = [
        k for k in partners if c.party_name(k)[0].split()[-1].casefold() in words.get(deal_type, ())
    ]
    if len(named) != 1:
        return {}
    return {k: provider if k == named[0] else customer for k in partners}


def _context_roles(
    c: Candidates, roles: dict[int, str], draft: Draft, mine: list[int], deal_type: str
) -> dict[int, str]:
    """`OpenAI signed a contract with CoreWeave to use ...`: sides from the words around
    the two parties' names, else from the verbs of their clauses (`Tamarind pays`), else
    from the words around them in the sentence each is first named in (its description),
    in the type's own role words."""
    names = {k: c.written_names(k) for k in roles}
    told = sorted(set(draft.sentences) | set(mine))
    sides = provider_side(names, [c.texts[i] for i in told], deal_type) or clause_sides(
        names, [c.parsed[i].doc for i in told], c.language
    )
    if not sides:  # `Vaudaire AI, développeur de modèles, ...` described where first named
        first = {next((t for t in c.texts if any(n in t for n in w)), "") for w in names.values()}
        sides = provider_side(names, sorted(first - {""}), deal_type)
    if not sides and deal_type in DESCRIBED_PROVIDER:
        sides = _speaker_hosts(c, list(names), [c.texts[i] for i in told])
    renames = load_rules("deal_roles.json").get(deal_type, {})
    return {k: renames.get(sides[k], sides[k]) for k in roles} if sides else roles


def _speaker_hosts(c: Candidates, parties: list[int], texts: list[str]) -> dict[int, str]:
    """`On the cloud side, we signed a three-year agreement with Y. It covers 4,096 GPUs
    in our Fargo facility`: a company telling its own deal (a call, a filing) that calls
    the deal's facility its own (`direction.json` first_person_host, outside quotations)
    hosts it: the speaker, the article's protagonist, provides, the other party pays."""
    pattern = load_rules("direction.json", c.language).get("first_person_host")
    if not pattern or c.protagonist not in parties or len(parties) != 2:
        return {}
    if not any(re.search(pattern, QUOTATION.sub(" ", t)) for t in texts):
        return {}
    return {k: "provider" if k == c.protagonist else "customer" for k in parties}


def _described_power_roles(
    c: Candidates, roles: dict[int, str], draft: Draft, mine: list[int], renames: dict[str, str]
) -> dict[int, str] | None:
    """`La Société nationale d'électricité a signé un contrat d'achat d'électricité avec Y,
    producteur indépendant`: in a PPA between two partners, the words around their names
    (the rules of direction.json kept to PPAs: a data-center host, a provider of
    computing, buys power) say who sells before their names do (a state utility's name
    holds `électricité`, yet it buys), in a language whose rules say so
    (`power_sides_from_words`)."""
    if not load_rules("direction.json", c.language).get("power_sides_from_words"):
        return None
    if len(roles) != 2 or set(roles.values()) != {"partner"}:
        return None
    names = {k: c.written_names(k) for k in roles}
    told = sorted(set(draft.sentences) | set(mine))
    sides = provider_side(names, [c.texts[i] for i in told], "power_purchase", typed_only=True)
    return {k: renames.get(sides[k], sides[k]) for k in roles} if sides else None


def _power_roles(c: Candidates, roles: dict[int, str]) -> dict[int, str]:
    """In a PPA 'signed with' each other, the power producer is the seller (several
    producers with a buyer: `with SSE Renewables and FuturEnergy Ireland`)."""
    out = dict(roles)
    for cluster, role in roles.items():
        if role == "partner":  # `Ventos do Jacuípe Energia S.A. ("Ventos do Jacuípe")`
            generator = any(is_generator(name) for name in c.written_names(cluster))
            out[cluster] = "seller" if generator else "buyer"
    sellers = list(out.values()).count("seller")
    if sellers == 0 or (sellers > 1 and "buyer" not in out.values()):
        return roles
    return out


__all__ = [
    "deal_parties",
    "deal_roles",
    "facility_keys",
    "parent_clusters",
    "without_facilities",
    "without_people",
    "without_site_targets",
]
