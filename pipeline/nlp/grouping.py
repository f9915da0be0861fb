"""Deal drafts: frames whose parties overlap are grouped into one deal, roles voted.

Pure functions over the frames of one article (`roles.py`) and its organisation clusters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence, Set
from dataclasses import dataclass, field

from pipeline.models import PAYING_ROLES, RECEIVING_ROLES
from pipeline.nlp.facts import COMMERCIAL_TYPES, contract_type, keyword_type, named_contracts
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.parties import (
    OrgCluster,
    candidate_kind,
    clean_name,
    cluster_names,
    is_not_party,
    name_key,
    opens_with_org_word,
    same_organisation,
)
from pipeline.nlp.places import find_facilities, resolve_place
from pipeline.nlp.roles import (
    ANAPHORIC_NOUNS,
    ANONYMOUS,
    NOT_ARGUMENT_LABELS,
    UNIT_WORDS,
    VEHICLE_HEADS,
    Frame,
    Mention,
)
from pipeline.nlp.rules import load_rules, load_word_lists

LEGAL_ONLY = frozenset(
    {"inc", "corp", "ltd", "co", "llc", "plc", "l.l.p", "l.l.c", "l.p", "lp", "llp"}
)
KEYWORD_DECIDED = frozenset({"compute_contract", "other", "partnership"})
GENERIC_TYPES = frozenset({"partnership", "other"})
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
FACILITY_NOUN = re.compile(r"\b(?:cent(?:re|er)|campus|site|facility|park|farm)s?$", re.I)


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
    hint: str | None = None
    # roles of counterparties described, not named (`from an unnamed customer`)
    anonymous: Counter[str] = field(default_factory=Counter)
    untyped: Counter[str] = field(default_factory=Counter)  # types of frames' own, if no word
    stated: Counter[str] = field(default_factory=Counter)  # types their own nouns state
    objected: Counter[str] = field(default_factory=Counter)  # types their objects gave frames
    reversible: bool = False  # a frame's sides are read from the context (`louer à`)

    def side(self, cluster: int) -> str | None:
        roles = self.roles.get(cluster)
        if not roles:
            return None
        return _side(roles.most_common(1)[0][0])


def accept(mention: Mention, role: str, org_keys: set[tuple[str, ...]]) -> bool:
    """Whether a frame argument can be a party (organisations, or a bought asset)."""
    if mention.asset:
        return role == "target" and not FACILITY_NOUN.search(mention.text)
    if mention.label in NOT_ARGUMENT_LABELS or is_not_party(mention.text):
        return False
    if mention.label == "PLACE":
        return False  # written as a place (`à Zaventem`), whatever the NER called it
    if _common_noun_ending(mention.text) and not opens_with_org_word(mention.text):
        return False  # not `la Caisse atlantique de développement`, named head first
    if role not in ("target", "investee") and _names_a_facility(mention.text):
        return False  # a bought facility stays, as FIRE-style relations count it
    kind = candidate_kind(mention.text)
    if kind != "name" and not (kind == "facility" and role == "investee"):
        # a facility raises no round: an investee named after its campus is the company
        # (`Tolosa Data Campus a bouclé une augmentation de capital`)
        return False
    key = name_key(mention.text)
    if not key or _junk_name(mention.text, key):
        return False
    if key in org_keys or mention.label in ("ORG", "PROPN") or key[-1] in UNIT_WORDS:
        return True  # `its Salt Lake City Division`, whatever the NER called it
    if mention.label == "GPE":  # `Sunflower Ridge` for `Sunflower Ridge Electric`, named
        short = role != "target" and any(
            k[: len(key)] == key for k in org_keys if len(k) > len(key)
        )
        return (len(key) == 1 or short) and resolve_place(mention.text) is None
    return mention.label in (
        "PERSON",
        "NORP",
        "PRODUCT",
        "FAC",
        "LOC",
        "WORK_OF_ART",
    )


def _common_noun_ending(text: str) -> bool:
    """`European enterprises`, `co-packaged optics collaboration`: words ending in a
    lower-case common noun are a description, not a company's name (`bp plc` ends in a
    legal form)."""
    words = text.split()
    last = words[-1] if words else ""
    noun = len(last) > 3 and last.isalpha() and last.islower()  # not a glued `to`, `of`
    return len(words) >= 2 and noun and last not in LEGAL_ONLY


def _names_a_facility(text: str) -> bool:
    """`Kingston Ridge Fossil Plant`, `Pike Creek Energy Center`: a proper name that is all
    a facility's name (a plant, a data center, a farm) names the site of a deal, not a
    company (`IO Data Centers`, `North Central Surgical Center` are companies)."""
    name = text.strip()
    return any(
        f.kind != "facility" and f.start == 0 and f.end == len(name) for f in find_facilities(name)
    )


def _junk_name(text: str, key: tuple[str, ...]) -> bool:
    """Units, bare legal suffixes, places and list fragments are not organisations."""
    if (len(key) == 1 and key[0] in load_word_lists("deal_roles.json")["not_party_words"]) or key[
        0
    ] in LEGAL_ONLY:
        return True
    if text.rstrip().endswith("-"):
        return True  # `the London- and Toronto-based developer`: a suspended compound
    if text.count("(") != text.count(")") or re.search(
        r",\s+(?!(?:inc|ltd|llc|corp|plc|co|l\.?l?\.?[pc]\.?|n\.?v|s\.?a)(?:\b|$))", text, re.I
    ):
        return True
    return resolve_place(text) is not None or _part_of_place(text)


def _part_of_place(text: str) -> bool:
    """`the Eagle Ford shale of South Texas`: a compass word (`places_context.json`
    compass) before a place names a part of that place, not an organisation."""
    first, _, rest = text.strip().partition(" ")
    compass = load_rules("places_context.json")["compass"]
    return (
        bool(rest)
        and re.search(compass, f"{first.casefold()} ") is not None
        and (resolve_place(rest) is not None)
    )


class Clusters:
    """Organisation clusters of an article, with a cached mention -> cluster lookup."""

    def __init__(
        self, names: list[tuple[str, bool]], apart: Collection[frozenset[str]] = ()
    ) -> None:
        self.clusters: list[OrgCluster] = cluster_names(names, apart)
        self.assets: dict[int, str] = {}
        self.aliases: set[str] = set()  # defined terms (`la Société`), names whatever they say
        self._index: dict[str, int] = {}
        for i, cluster in enumerate(self.clusters):
            for mention in cluster.mentions:
                self._index.setdefault(mention, i)

    def alias(self, term: str, name: str) -> None:
        """`« la Société » désigne Calyx SA`: a defined term is another name of the
        cluster its definition names."""
        cluster = self.match(name)
        if cluster is not None:
            self._index[clean_name(term)] = cluster
            self.aliases.add(clean_name(term))

    def find(self, text: str) -> int | None:
        """The cluster of a mention written exactly as one of its mentions."""
        return self._index.get(clean_name(text))

    def match(self, text: str) -> int | None:
        """The cluster of a mention written as, or as a form of, one of its mentions
        (`Google Cloud's` -> Google)."""
        found = self.find(text)
        if found is not None:
            return found
        return next(
            (
                i
                for i, cluster in enumerate(self.clusters)
                if any(same_organisation(text, m) for m in cluster.mentions)
            ),
            None,
        )

    def ending_in(self, word: str) -> int | None:
        """The one cluster with a name of several words ending in `word`, a vehicle's
        generic head (`roles_words.json` vehicle_heads: `the REIT`, `the trust`)."""
        if word.casefold() not in VEHICLE_HEADS:
            return None
        found = {
            i
            for i, cluster in enumerate(self.clusters)
            for m in cluster.mentions
            if len(m.split()) > 1 and m.split()[-1].casefold() == word.casefold()
        }
        return found.pop() if len(found) == 1 else None

    def find_asset(self, text: str) -> int | None:
        """The index of a bought asset already known, written as `text`."""
        return next((i for i, name in self.assets.items() if name == text), None)

    def asset(self, text: str) -> int:
        for i, name in self.assets.items():
            if name == text:
                return i
        index = -1 - len(self.assets)
        self.assets[index] = text
        return index


def frame_roles(
    frame: Frame,
    clusters: Clusters,
    org_keys: set[tuple[str, ...]],
    protagonist: int | None,
    *,
    sentence: int = 0,
    protagonist_at: tuple[int, int] | None = None,
    counterpart: int | None = None,
    defined: Mapping[str, int] | None = None,
    vehicles: Set[str] = frozenset(),
    topic: tuple[int, set[int]] | None = None,
    titled: Set[str] = frozenset(),
) -> dict[int, tuple[str, Mention]]:
    """The parties of one frame (in sentence `sentence`) by cluster, with their roles. A
    pronoun stands for the protagonist (first named at `protagonist_at`) when that is
    named before it and is not another argument of the frame (`we acquired Harbour Bank`
    from a filer that never names itself), or is one of the `titled` terms (`the Company`
    of a filing whose title names its filer); a subject one starting where `topic` says
    stands for the topic's organisation (the subject of the sentence before). A filing's
    defined term stands for the name it defines (`defined`, or an alias of `clusters`:
    `« la Société » désigne Verdanis SA`); a vehicle bought into
    (`Merger Sub will merge with and into the Company`) turns the frame round: its parent
    buys the company. A frame whose sides are only described (`le spécialiste grenoblois a
    accordé au fondeur japonais une licence`) is between the protagonist and its
    `counterpart`, the other company named with it first. A party read on both sides of
    one commercial frame keeps the side its own facility tells (`at Y's campus`), else
    takes neither."""
    roles: dict[int, tuple[str, Mention]] = {}
    torn: dict[int, list[tuple[str, Mention]]] = {}
    vehicle: int | None = None
    named = {clusters.find(m.text) for _, m in frame.args if not m.pronoun}
    described = not named and counterpart is not None
    for role, mention in frame.args:
        term = _defined_term(mention.text)
        cluster: int | None = None
        if mention.label == ANONYMOUS:
            continue
        if defined and term in defined:
            cluster = defined[term]
            if term in vehicles and role == "target":
                vehicle = cluster
        elif mention.pronoun and clean_name(mention.text) in clusters.aliases:
            cluster = clusters.find(mention.text)  # `la Société`, defined as one name
        elif mention.pronoun and (vehicle := clusters.ending_in(mention.text)) is not None:
            cluster = vehicle  # `the REIT has signed a PPA`: the article's one REIT
        elif mention.pronoun and topic is not None and mention.start in topic[1]:
            cluster = topic[0] if topic[0] not in named else None
        elif mention.pronoun:
            later = protagonist_at is not None and protagonist_at > (sentence, mention.start)
            later = later and mention.text not in titled  # `the Company` of a titled filing
            cluster = protagonist if protagonist not in named and not later else None
            if described and cluster in roles and mention.text.casefold() in ANAPHORIC_NOUNS:
                cluster = counterpart
        elif mention.owns and clusters.find(mention.text) is None:
            cluster = _named_in_full(clusters, mention.text)  # `from Tarn's planned plant`
        elif (
            clean_name(mention.text) not in clusters.aliases
            and not accept(mention, role, org_keys)
            and not _short_name(clusters, mention)
        ):
            continue
        elif mention.asset:
            cluster = clusters.asset(mention.text)
        else:
            cluster = clusters.find(mention.text)
        if cluster is not None and cluster not in roles:
            roles[cluster] = (role, mention)
        elif (
            cluster is not None
            and frame.deal_type in COMMERCIAL_TYPES
            and {_side(roles[cluster][0]), _side(role)} == {"paying", "receiving"}
        ):
            torn.setdefault(cluster, []).append((role, mention))
    for cluster, others in torn.items():  # a party on both sides of one frame
        readings = [roles.pop(cluster), *others]
        owned = {r for r, m in readings if m.owns}  # `at Y's campus`: what Y owns says it
        if len(owned) == 1:
            roles[cluster] = next((r, m) for r, m in readings if m.owns)
    if vehicle is not None and roles.get(vehicle, ("", None))[0] == "target":
        turned = {"target": "acquirer", "acquirer": "target"}
        roles = {k: (turned.get(r, r), m) for k, (r, m) in roles.items()}
    return roles


def _short_name(clusters: Clusters, mention: Mention) -> bool:
    """`Savannah has signed a PPA`: an organisation's short name that is also a town's,
    tagged an organisation, written as a mention of a company named in full."""
    found = clusters.find(mention.text) if mention.label == "ORG" else None
    if found is None:
        return False
    name = clusters.clusters[found].name
    return name != mention.text and name.startswith(mention.text + " ")


def _named_in_full(clusters: Clusters, text: str) -> int | None:
    """`Tarn Energy Inc. ... from Tarn's planned plant`: the one company whose name, written
    in full, starts with the short name an owner of a facility is written as."""
    found = [i for i, c in enumerate(clusters.clusters) if c.name.startswith(text + " ")]
    return found[0] if len(found) == 1 else None


def _defined_term(text: str) -> str:
    """How a filing writes a defined term (`the Company` -> `company`)."""
    words = text.split()
    return " ".join(words[1:] if words[:1] in (["the"], ["The"]) else words).casefold()


def _side(role: str) -> str | None:
    """The side of a deal a role is on: `paying`, `receiving` or neither."""
    return "paying" if role in PAYING_ROLES else "receiving" if role in RECEIVING_ROLES else None


def _conflicts(draft: Draft, roles: dict[int, tuple[str, Mention]]) -> bool:
    for cluster, (role, _) in roles.items():
        side = draft.side(cluster)
        new = _side(role)
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
    customer is another deal (acquisitions may add a seller to a target); so is a second
    customer of a commercial deal's provider (`... an agreement under which Ardent will
    rent GPU clusters. Pelican Labs has signed a $640 million agreement for 9,000 GPUs`)."""
    if draft.deal_type == "acquisition":
        return False
    newcomers = [c for c, (role, _) in roles.items() if c not in draft.roles]
    others = [c for c in draft.roles if c not in roles]
    receiving = any(roles[c][0] in RECEIVING_ROLES for c in newcomers)
    paying = draft.deal_type in COMMERCIAL_TYPES and any(
        roles[c][0] in PAYING_ROLES for c in newcomers
    )
    return (receiving and any(draft.side(c) != "paying" for c in others)) or (
        paying and any(draft.side(c) == "paying" for c in others)
    )


def _other_contract(draft: Draft, frame: Frame, roles: dict[int, tuple[str, Mention]]) -> bool:
    """`Calyx leases a building to Orbe ... Calyx signed a PPA with Énergies du Rhin`: a
    contract of another commercial type with a party new to a deal that already has its
    two sides is another deal."""
    types = {frame.deal_type, draft.deal_type}
    return (
        len(types) == 2
        and types <= COMMERCIAL_TYPES
        and sum(1 for c in draft.roles if c >= 0) >= 2
        and any(c >= 0 and c not in draft.roles for c in roles)
    )


def _own_contract(draft: Draft, frame: Frame, sentence: int) -> bool:
    """`Opticell accorde à Kanazawa une licence ... Kanazawa a passé commande auprès
    d'Opticell de 200 000 puces`: a contract of another commercial type that its own noun
    states (`stated_forms`), told in a sentence of its own, is another deal between the
    same parties."""
    types = {frame.deal_type, draft.deal_type}
    return (
        frame.stated
        and len(types) == 2
        and types <= COMMERCIAL_TYPES
        and sentence not in draft.sentences
    )


def _typed_newcomer(draft: Draft, frame: Frame, roles: dict[int, tuple[str, Mention]]) -> bool:
    """`A commits $1.5bn to B. ... B signed a PPA with C`: a typed deal bringing a new
    party does not join a payment between two others."""
    return (
        draft.deal_type == "other"
        and frame.deal_type not in GENERIC_TYPES
        and len(draft.roles) >= 2
        and any(c not in draft.roles for c in roles)
    )


def _third_party_contract(
    draft: Draft, frame: Frame, roles: dict[int, tuple[str, Mention]], sentence: int
) -> bool:
    """`A signed a tolling agreement with B ... B signed a gas supply agreement with C`: a
    contract one partner signs `with` a new party, in a sentence of its own, does not join
    an untyped agreement told once between two others; nor does any contract of a partner
    with a new party join a joint venture the two formed (`A and B formed a joint venture
    ... A will rent GPUs to C`)."""
    return (
        draft.deal_type == "partnership"
        and draft.frames == 1
        and frame.deal_type in COMMERCIAL_TYPES
        and sentence not in draft.sentences
        and len(set(roles) & set(draft.roles)) == 1
        and len(draft.roles) >= 2
        and (
            any(role == "partner" for role, _ in roles.values()) or draft.stated["partnership"] > 0
        )
        and any(c not in draft.roles for c in roles)
    )


def _second_buyer(draft: Draft, roles: dict[int, tuple[str, Mention]], sentence: int) -> bool:
    """`Lifetime agreed to buy 16 pct of Nippon Lace ... Koba Electronics will buy a further
    12 pct`: another buyer of the same target, in a sentence of its own, with none of the
    deal's buyers beside it, makes another deal (co-buyers are named together)."""
    if draft.deal_type != "acquisition" or sentence in draft.sentences:
        return False
    buyers = {c for c in draft.roles if draft.side(c) == "paying"}
    newcomers = {c for c, (role, _) in roles.items() if role == "acquirer" and c not in draft.roles}
    return bool(buyers and newcomers) and not buyers & set(roles)


def _co_investment(draft: Draft) -> bool:
    """A partnership with an investor (`X will pour $50 billion into data centers built in
    partnership with Y`): a typed deal of the partner is another deal."""
    return draft.deal_type == "partnership" and any("investor" in v for v in draft.roles.values())


def _after_stated_venture(draft: Draft, frame: Frame, sentence: int) -> bool:
    """`X and Y announced a strategic partnership to co-develop campuses ... In a separate
    transaction, Y will invest PHP 6.2 billion in X`: a typed deal told in a sentence of
    its own after a partnership its noun states (a joint venture formed, a partnership to
    build together) is another deal, even between the same partners."""
    return (
        draft.deal_type == "partnership"
        and draft.stated["partnership"] > 0
        and frame.deal_type not in GENERIC_TYPES
        and sentence not in draft.sentences
    )


def _one_sided(roles: dict[int, tuple[str, Mention]]) -> bool:
    """`Oracle and Carlyle will sell their holdings`: sellers only, the deal told elsewhere."""
    return {role for role, _ in roles.values()} == {"seller"}


def _asset_sold_to(drafts: list[Draft], roles: dict[int, tuple[str, Mention]]) -> Draft | None:
    """`X has agreed to acquire a data centre in Osaka. The property, Umeda Gate, is being
    sold by Y`: an asset's seller alone, told after a purchase of an asset (no company
    bought) with no seller and none of its parties, completes that purchase."""
    if {role for k, (role, _) in roles.items() if k >= 0} != {"seller"}:
        return None
    return next(
        (
            d
            for d in drafts
            if d.deal_type == "acquisition"
            and not set(roles) & set(d.roles)
            and not any(k >= 0 and "target" in votes for k, votes in d.roles.items())
            and not any("seller" in votes for votes in d.roles.values())
        ),
        None,
    )


def commercial_hint(frame: Frame, sentence: str, language: str = DEFAULT_LANGUAGE) -> str | None:
    """`X signed a contract with Y to use its data centers`: the commercial type a generic
    agreement's own sentence names, so an investment told alongside stays its own deal. A
    contract the sentence names outweighs its keywords: `un accord de prêt ... pour un
    centre de données` is a loan, no hint."""
    if frame.deal_type != "partnership" or frame.stated:
        return None  # `formed a joint venture to build a data center` stays a partnership
    found = contract_type([sentence], language) or keyword_type([sentence], language)
    return found if found in COMMERCIAL_TYPES else None


def _loan(frame: Frame) -> bool:
    """A frame whose own noun or verb states a loan (`signed a construction loan`, `the
    facility was arranged by A and B`)."""
    return frame.stated and frame.deal_type == "other"


def _loan_apart(draft: Draft, frame: Frame) -> bool:
    """`X leased 100 MW to Y ... X closed a $1bn construction loan`: a loan and a deal of
    another kind by the same company are two deals (in a language whose
    `deal_types.json` sets `loans_apart`); an untyped agreement or payment may still
    tell the loan, unless its own sentence names another commercial kind (`we signed an
    agreement with Y to provide GPU capacity`, `draft.hint`)."""
    if _loan(frame):
        typed = any(t not in GENERIC_TYPES for t in draft.types) or draft.hint is not None
        return typed or any(t != "other" for t in draft.stated)
    return draft.stated["other"] > 0 and (frame.deal_type not in GENERIC_TYPES or frame.stated)


def _voted(draft: Draft) -> set[str]:
    """The roles a draft's parties hold (each party's most voted)."""
    return {v.most_common(1)[0][0] for v in draft.roles.values()}


def _lenders_only(roles: dict[int, tuple[str, Mention]]) -> bool:
    return {r for r, _ in roles.values()} == {"provider"}


def _lends(draft: Draft) -> bool:
    """A loan draft naming lenders."""
    return draft.deal_type == "other" and "provider" in _voted(draft)


def join_loan_sides(
    drafts: list[Draft], older: Callable[[Draft], bool] = lambda _: False
) -> list[Draft]:
    """`X has signed a $1.1 billion construction loan ... The facility was arranged by A
    and B`: a loan told with its borrower alone and one told with its lenders alone (no
    party shared) are one loan; the lenders' draft joins the nearest borrower's before
    it, else after it. A borrowing told only as an older deal (`older`: `The announcement
    comes weeks after Y agreed a $1.2 billion financing package`) takes no current
    loan's lenders."""
    borrowers = [d for d in drafts if d.stated["other"] and _voted(d) == {"customer"}]
    for lenders in [d for d in drafts if d.stated["other"] and _voted(d) == {"provider"}]:
        first = min(lenders.sentences)
        dated = older(lenders)
        before = [d for d in borrowers if min(d.sentences) <= first and older(d) <= dated]
        after = (d for d in borrowers if older(d) <= dated)
        host = before[-1] if before else next(after, None)
        if host is None:
            continue
        for cluster, votes in lenders.roles.items():
            host.roles[cluster] = votes
            host.party_sentence[cluster] = lenders.party_sentence[cluster]
            if cluster in lenders.mentions:
                host.mentions[cluster] = lenders.mentions[cluster]
        for sentence, tokens in lenders.triggers.items():
            host.triggers.setdefault(sentence, []).extend(tokens)
        host.sentences.extend(i for i in lenders.sentences if i not in host.sentences)
        host.types.update(lenders.types)
        host.stated.update(lenders.stated)
        host.frames += lenders.frames
        host.habitual = host.habitual and lenders.habitual
        drafts.remove(lenders)
        borrowers.remove(host)
    return drafts


def borrow_for_purchase(drafts: list[Draft], protagonist: int | None = None) -> None:
    """`Whitmarsh has agreed to acquire Veradyne ... Stallard Bank and Lintfield Securities
    are leading a $3.1 billion term loan`: a loan told with its lenders alone, after an
    acquisition, is its acquirers' borrowing (the purchase's debt; a consortium's members
    borrow together: `the buyers have secured C$1.2 billion of term loans from Y`);
    with no such acquisition, it is the story's company's (`Liffeyvale has raised €620
    million ... A group of three lenders is providing a €420 million loan`), unless that
    company lends in the article or a partnership is told (`protagonist` None: the
    article tells a joint venture, whose owners borrow)."""
    lending = {k for d in drafts if d.deal_type == "other" for k in d.roles}
    if any(d.deal_type == "partnership" for d in drafts):
        protagonist = None
    for loan in [d for d in drafts if d.stated["other"] and _voted(d) == {"provider"}]:
        first = min(loan.sentences)
        purchase = next(
            (
                d
                for d in drafts
                if d.deal_type == "acquisition" and d.sentences and min(d.sentences) < first
            ),
            None,
        )
        if purchase is not None:
            for buyer in _acquirers(purchase):
                loan.roles[buyer] = Counter({"customer": 1})
                loan.party_sentence[buyer] = purchase.party_sentence[buyer]
                if buyer in purchase.mentions:
                    loan.mentions[buyer] = purchase.mentions[buyer]
        elif protagonist is not None and protagonist not in lending:
            loan.roles[protagonist] = Counter({"customer": 1})
            loan.party_sentence[protagonist] = first


def _acquirers(draft: Draft) -> list[int]:
    """The clusters whose most voted role in a draft is `acquirer`."""
    return [k for k, v in draft.roles.items() if v.most_common(1)[0][0] == "acquirer"]


def group_frames(
    frame_roles: list[tuple[int, Frame, dict[int, tuple[str, Mention]]]],
    texts: list[str],
    language: str = DEFAULT_LANGUAGE,
) -> list[Draft]:
    """Frames grouped into deal drafts: a frame joins a draft sharing a party."""
    rules = load_rules("deal_types.json", language)
    apart = bool(rules.get("loans_apart", False))
    separate: str = rules.get("separate_deal") or ""
    drafts: list[Draft] = []
    for sentence, frame, roles in frame_roles:
        hint = commercial_hint(frame, texts[sentence], language)
        unnamed = any(m.label == ANONYMOUS for _, m in frame.args)
        # `The retailer separately agreed to buy ...`, `In the second agreement, X will
        # take ...`: a sentence that says its deal is another one joins no deal told before
        # unless it is of the same or no kind between the same parties (a headline's); a
        # sale no buyer makes (`Separately, X will spin off its Y division`) is no deal apart
        own = (
            bool(separate)
            and re.search(separate, texts[sentence], re.IGNORECASE) is not None
            and any(role not in RECEIVING_ROLES for role, _ in roles.values())
        )
        target = next(
            (
                d
                for d in drafts
                if (
                    not own
                    or sentence in d.sentences
                    or (
                        set(d.roles) == set(roles)
                        and (
                            d.deal_type == frame.deal_type
                            or bool(GENERIC_TYPES & {d.deal_type, frame.deal_type})
                        )
                    )
                )
                and set(roles) & set(d.roles)
                and unnamed == bool(d.anonymous)  # a deal with an unnamed side is its own
                and _compatible(frame.deal_type, d.deal_type)
                and _compatible(hint or frame.deal_type, d.hint or d.deal_type)
                and not _conflicts(d, roles)
                and (frame.deal_type != "partnership" or set(roles) <= set(d.roles))
                and not _new_counterparty(d, roles)
                and not _other_contract(d, frame, roles)
                and not _own_contract(d, frame, sentence)
                and not _typed_newcomer(d, frame, roles)
                and not _third_party_contract(d, frame, roles, sentence)
                and not _second_buyer(d, roles, sentence)
                and not (_co_investment(d) and frame.deal_type not in GENERIC_TYPES)
                and not _after_stated_venture(d, frame, sentence)
                and not (apart and _loan_apart(d, frame))
            ),
            None,
        )
        if target is None and frame.deal_type == "acquisition" and _one_sided(roles):
            target = next((d for d in drafts if d.deal_type == "acquisition"), None)
        if target is None and frame.deal_type == "acquisition":
            target = _asset_sold_to(drafts, roles)
        if target is None and frame.deal_type == "other" and _lenders_only(roles):
            # `The loan is led by A and B, with C also participating`: the same loan's lender
            target = next((d for d in drafts if sentence in d.sentences and _lends(d)), None)
        if target is None and {r for r, _ in roles.values()} == {"guarantor"}:
            # `X s'est portée garante des obligations de sa filiale`: the deal its sentence
            # tells (`Cipher signed with Fluidstack, where Google agreed to backstop ...`),
            # else the deal told last (a commitment the frames have not typed yet, `agreed
            # to provide Y with a cluster`, when no typed deal is told before)
            target = next(
                (d for d in drafts if sentence in d.sentences),
                next(
                    (d for d in reversed(drafts) if d.deal_type not in GENERIC_TYPES),
                    next((d for d in reversed(drafts) if d.deal_type == "other"), None),
                ),
            )
        if target is None:
            target = Draft(frame.deal_type, hint=hint)
            drafts.append(target)
        elif target.deal_type in GENERIC_TYPES and frame.deal_type not in GENERIC_TYPES:
            target.deal_type = frame.deal_type
        target.types[frame.deal_type] += 1
        if frame.untyped is not None:
            target.untyped[frame.untyped] += 1
        if frame.stated:
            target.stated[frame.deal_type] += 1
        if frame.object_typed:
            target.objected[frame.deal_type] += 1
        target.reversible = target.reversible or frame.reversible
        target.habitual = target.habitual and frame.habitual
        target.triggers.setdefault(sentence, []).append(frame.trigger_index)
        target.frames += 1
        if sentence not in target.sentences:
            target.sentences.append(sentence)
        target.anonymous.update(r for r, m in frame.args if m.label == ANONYMOUS)
        for cluster, (role, mention) in roles.items():
            target.roles.setdefault(cluster, Counter())[role] += 1
            target.party_sentence.setdefault(cluster, sentence)
            target.mentions.setdefault(cluster, (sentence, mention))
    return drafts


def complete_one_sided(drafts: list[Draft]) -> None:
    """`OpenAI signed a contract with CoreWeave ... and will receive a stake in the
    company`: a one-party deal takes, in the complementary role, the other party of a
    two-party deal told in the same sentence; a loan only another loan's (`X signed a
    lease with Y and closed a loan`: the lenders are told apart, `join_loan_sides`), and
    never a company the other deal buys on the buying side (`X raised $35 million and
    acquired Y`: Y invests nothing; `X will buy a 20% stake in Y, its first investment`: Y
    is the investee)."""
    for draft in drafts:
        if len(draft.roles) != 1 or draft.anonymous:
            continue
        cluster, votes = next(iter(draft.roles.items()))
        role = votes.most_common(1)[0][0]
        sibling = next(
            (
                d
                for d in drafts
                if d is not draft
                and len(d.roles) == 2
                and cluster in d.roles
                and set(d.sentences) & set(draft.sentences)
            ),
            None,
        )
        if role not in COMPLEMENT or sibling is None:
            continue
        if draft.stated["other"] and not sibling.stated["other"]:
            continue  # `X signed a lease with Y and closed a loan`: Y lends nothing
        other = next(c for c in sibling.roles if c != cluster)
        bought = sibling.roles[other].most_common(1)[0][0] == "target"
        if bought and COMPLEMENT[role] != "investee":
            continue  # `X raised $35 million and acquired Y`: Y, bought, invests nothing
        draft.roles[other] = Counter({COMPLEMENT[role]: 1})
        draft.party_sentence[other] = sibling.party_sentence[other]
        draft.mentions[other] = sibling.mentions[other]


def final_roles(draft: Draft) -> dict[int, str]:
    chosen: dict[int, str] = {}
    for cluster, votes in draft.roles.items():
        specific = [(r, n) for r, n in votes.items() if r != "partner"]
        # the most votes; on a tie the role voted first (the deal's own sentence comes first)
        chosen[cluster] = max(specific, key=lambda v: v[1])[0] if specific else "partner"
    assigned = [r for r in chosen.values() if r not in ("partner", "guarantor")]  # no side
    co_investor = draft.deal_type == "partnership" and assigned == ["investor"]
    if len(assigned) == 1 and assigned[0] in COMPLEMENT and not co_investor:
        partners = [c for c, r in chosen.items() if r == "partner"]
        if len(partners) == 1:
            chosen[partners[0]] = COMPLEMENT[assigned[0]]
    unnamed = [r for r, _ in draft.anonymous.most_common() if r in COMPLEMENT]
    if len(chosen) == 1 and not assigned and unnamed:  # `a lease with an unnamed tenant`
        chosen = {cluster: COMPLEMENT[unnamed[0]] for cluster in chosen}
    return chosen


def choose_deal_type(
    draft: Draft,
    texts: list[str],
    language: str = DEFAULT_LANGUAGE,
    own: Sequence[str] = (),
    title: str = "",
    nameless: Sequence[str] = (),
) -> str:
    """The deal's type: a specific frame's, else the one contract its own sentences (`own`:
    those no other deal is told in) name (`signed a supply contract with Y` for chips bound
    for a data centre), else the keywords of all its sentences, else, for an agreement
    whose sentences name no kind (`a remporté l'appel d'offres de Y`), the commercial kind
    the headline of its article names (`title`: given for the main deal only). A deal no
    frame types whose own sentences name no contract takes the one contract its sentences
    naming no organisation (`nameless`) name (`X a été retenu par Y. ... le contrat couvre
    la fourniture de ...`), not `This is Y's first PPA`, told of another deal."""
    specific = [t for t, _ in draft.types.most_common() if t not in GENERIC_TYPES]
    bought_no_company = specific[:1] == ["acquisition"] and not any(
        "target" in roles for roles in draft.roles.values()
    )
    sold = bought_no_company and _property_sold(own, language)
    if bought_no_company and not sold and (contract := contract_type(texts, language)):
        return contract
    if specific[:1] == ["acquisition"] and _new_shares(draft, own, language):
        return "investment"
    if specific and (specific[0] not in KEYWORD_DECIDED or specific[0] in draft.objected):
        return specific[0]  # `Y will rent GPU clusters`: its object types it, no keyword
    if draft.hint and not specific:
        return draft.hint
    if draft.stated and not specific:  # `formed a joint venture to build a data center`
        stated = [t for t, _ in draft.stated.most_common()]
        return next((t for t in stated if t not in GENERIC_TYPES - {"other"}), stated[0])
    named = named_contracts(list(own), language)
    if not named and not specific:  # `le contrat couvre la fourniture de ...`, told apart
        named = named_contracts(list(nameless), language)
    if len(named) == 1:
        return named[0]
    found = keyword_type(texts, language)
    if found and (not specific or found in COMMERCIAL_TYPES):
        return found
    if specific:
        return specific[0]
    headline = keyword_type([title], language) if title and not found else None
    if headline in COMMERCIAL_TYPES and set(draft.types) == {"partnership"}:
        return str(headline)
    if draft.untyped and "partnership" not in draft.types:
        return draft.untyped.most_common(1)[0][0]  # `X commits $1.5bn to Y`: no contract named
    return "partnership" if "partnership" in draft.types else "other"


def _property_sold(own: Sequence[str], language: str) -> bool:
    """`la banque a cédé son siège historique au fonds Y`, `a signé la cession de trois
    centres de données à Y`: a building sold (`deal_types.json` property_sale) stays a
    sale whatever contract the article's other sentences name (the lease of the seller's
    new head office)."""
    pattern = load_rules("deal_types.json", language).get("property_sale")
    return pattern is not None and any(re.search(pattern, t, re.IGNORECASE) for t in own)


def _new_shares(draft: Draft, own: Sequence[str], language: str) -> bool:
    """`la souscription d'une augmentation de capital de 700 millions d'euros dans Y`,
    `acquérir 35 % de Y au moyen d'une souscription d'actions nouvelles`: a stake taken in
    new shares, from no seller, is money put into the company, an investment
    (`deal_types.json` new_shares)."""
    pattern = load_rules("deal_types.json", language).get("new_shares")
    if pattern is None or any("seller" in votes for votes in draft.roles.values()):
        return False
    return any(re.search(pattern, text, re.IGNORECASE) for text in own)


def salience(draft: Draft, clusters: Clusters, title: str, lead: bool, old: bool) -> float:
    """How central a deal is: frames, named parties, title mentions, the lead sentence."""
    names = [clusters.clusters[c].name for c in draft.roles if c >= 0]
    in_title = sum(1 for n in names if n and n.casefold() in title.casefold())
    specific = sum(1 for v in draft.roles.values() if any(r != "partner" for r in v))
    score = 2 * draft.frames + specific + 3 * in_title + len(draft.roles)
    return score + 4 * lead - 4 * old - 0.05 * min(draft.sentences)


__all__ = [
    "COMPLEMENT",
    "Clusters",
    "Draft",
    "accept",
    "choose_deal_type",
    "commercial_hint",
    "complete_one_sided",
    "final_roles",
    "frame_roles",
    "group_frames",
    "join_loan_sides",
    "salience",
]
