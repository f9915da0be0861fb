"""Deal assembly, stage 3 (attachment): which deal each sentence's facts belong to, and
the facts read from a deal's sentences.

A sentence belongs to the deal whose frame it holds, else to a deal whose party it names
(with a deal or capacity word), else to the main deal (with a deal word); sentences about
older deals or other companies belong to none. Amounts, the undisclosed price, the term,
quantities and sites are read from a deal's sentences (`amounts.py`, `terms.py`,
`sites.py`); each fact comes with the index of the sentence that told it.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Token

from pipeline.models import RECEIVING_ROLES, Amount, Quantity, Site, Term
from pipeline.nlp.amount_clause import (
    company_value,
    dated_noun,
    dated_predicate,
    governors,
    loan_value,
    metric_value,
)
from pipeline.nlp.amounts import AmountMention, find_amounts, find_undisclosed
from pipeline.nlp.candidates import Candidates
from pipeline.nlp.chronology import dated_before, first_past_date, tells_older
from pipeline.nlp.doctext import doc_text, token_at
from pipeline.nlp.facts import (
    COMMERCIAL_TYPES,
    LENGTH_ONLY_TYPES,
    MIN_DEAL_AMOUNT,
    TENOR_TYPES,
    amount_kind,
    amount_part,
    amount_rejected,
    deal_kind,
    is_stake,
    merge_amounts,
    merge_term,
    option_from_ceiling,
    price_from_valuation,
)
from pipeline.nlp.grouping import Draft
from pipeline.nlp.locations import (
    described_location,
    mention_spans,
    referred_location,
    target_location,
)
from pipeline.nlp.parties import name_key
from pipeline.nlp.places import (
    find_places,
    nationality_country,
    resolve_place,
    unknown_town,
)
from pipeline.nlp.quantities import deal_count_unit, find_quantities
from pipeline.nlp.rules import load_rules
from pipeline.nlp.sentences import boilerplate_spans, split_sentences
from pipeline.nlp.sites import (
    article_country,
    dateline_place,
    deal_quantities,
    deal_sites,
    generating_sites,
    in_article_region,
    in_dateline_town,
    local_dateline,
    named_later,
    placed_in,
    placed_later,
    sentence_facilities,
    short_names,
    town_names,
)
from pipeline.nlp.terms import TermMention, find_terms, tells_contract_term

OTHERS_LISTED = 3
_DEFINITE = re.compile(r"^the\s+", re.IGNORECASE)
OCCUPANCY_LEAD = 40  # characters before a start's phrase its occupancy cue is read in
MAX_CLAUSE_STEPS = 4  # how far up the parse an amount's own verb is looked for
LISTED_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT"})
BOUGHT_ROLES = frozenset({"target", "investee"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # `operates`, `have`: what a company has now
JOINED_CLAUSES = frozenset({"relcl", "appos", "conj", "parataxis", "advcl"})
# Ownership changes hands once: payment schedules are not a term, only the expected closing.
OWNERSHIP_TYPES = frozenset({"acquisition", "investment"})
# The paying side takes the site: what a tenant or a buyer builds there is the deal's.
SITE_TAKING_TYPES = OWNERSHIP_TYPES | {"lease"}


@dataclass
class Facts:
    """A deal's facts, each with the index of the sentence that told it."""

    amounts: list[tuple[Amount, int]]
    undisclosed: tuple[str, int] | None
    term: Term | None
    term_sentences: list[int]
    quantities: list[tuple[Quantity, int]]
    sites: list[Site]
    site_sentences: list[int]


def sentence_owners(c: Candidates, drafts: list[Draft]) -> list[int | None]:
    """For each sentence, the rank of the deal its facts belong to (None: no deal's)."""
    owner: list[int | None] = []
    rules = load_rules("amount_context.json", c.language)
    for index in range(len(c.parsed)):
        previous = owner[-1] if index and _same_paragraph(c, index - 1, index) else None
        text = c.texts[index]
        works_out = bool(index) and re.match(rules["derived"], text) is not None
        # `That works out at $1.5 billion a year, five times what X is investing`: the sum
        # derived from the sentence before is the deal of the paragraph's last sentence
        # told one, whatever it compares
        told = _paragraph_deal(c, owner, index) if works_out else None
        deal = told if told is not None else _sentence_deal(c, drafts, index, previous)
        anaphora = (
            not works_out
            and bool(index)
            and re.match(rules["anaphora"], text) is not None
            and not c.is_background(index)
        )
        if deal is None and anaphora:
            # `The capacity will come from ...`: the deal told before (over a sentence of no
            # deal's: `X belonged to Y. The two buildings have 14 MW.`); `The partners will
            # put in $500 million of equity` after a venture's loan: the venture's
            deal = next((o for o in reversed(owner) if o is not None), None)
            venture = _venture_deal(drafts, text, c.language)
            deal = venture if deal is not None and venture is not None else deal
        if deal is None and index and not c.is_background(index):
            deal = _restated(c, owner, index)
        owner.append(deal)
    _claim_site_sentences(c, owner)
    return owner


def _paragraph_deal(c: Candidates, owner: list[int | None], index: int) -> int | None:
    """The deal of the last sentence before `index` in its paragraph that has one (`It's a
    20-year PPA for 480 megawatts. We take the energy ... That works out to roughly 3.9
    terawatt-hours a year.`)."""
    for before in range(index - 1, -1, -1):
        if owner[before] is not None:
            return owner[before]
        if not _same_paragraph(c, before, before + 1):
            return None
    return None


def _restated(c: Candidates, owner: list[int | None], index: int) -> int | None:
    """`$3.9 billion over five years is roughly $780 million a year`: a sentence opening
    with a sum a deal's own sentence told belongs to that deal."""
    mentions = find_amounts(c.texts[index], c.language)
    if not mentions or mentions[0].start > 0:
        return None
    first = mentions[0]
    for before, deal in enumerate(owner):
        if deal is not None and any(
            (m.value, m.currency) == (first.value, first.currency)
            for m in find_amounts(c.texts[before], c.language)
        ):
            return deal
    return None


def _same_paragraph(c: Candidates, first: int, second: int) -> bool:
    """Whether two sentences are in one paragraph (no blank line between them)."""
    between = c.article.text[c.parsed[first].sentence.end : c.parsed[second].sentence.start]
    return "\n\n" not in between.replace("\r", "")


def _sentence_deal(
    c: Candidates, drafts: list[Draft], index: int, previous: int | None = None
) -> int | None:
    """Which deal a sentence's numbers belong to: its frames, else its parties (with a
    deal or capacity word), else (with a deal word) the deal of the sentence before in
    its paragraph (`Power is due to start flowing in October 2027` after a second deal's
    sentence), else the main deal."""
    for i, draft in enumerate(drafts):
        if index in draft.sentences:
            return None if c.older(draft, index) else i
    text = c.texts[index]
    rules = load_rules("amount_context.json", c.language)
    if re.search(rules["round_valuation"], text, re.IGNORECASE):
        valued = _valued_round(c, drafts, text)
        if valued is not None:
            return valued
    strong = re.search(rules["deal_cue_nouns"], text, re.IGNORECASE) is not None
    weak = (
        strong
        or re.search(rules["party_cue_nouns"], text, re.IGNORECASE) is not None
        or _has_contract_dates(c, index)
    )
    if (
        not drafts
        or not weak
        or (
            c.is_background(index)
            and not _site_first(c, drafts, index)
            and not c.dates_apart(index)
        )
    ):
        return None
    if (not strong and _foreign_subject(c, drafts, index)) or _lists_others(c, drafts, index):
        return None
    typed = _typed_deal(drafts, text, c.language)
    if typed is not None:
        return typed
    dated = _has_contract_dates(c, index)
    # `Vantry's filing puts the fee at $21 million a month`: a rate is no ownership's money
    recurring = any(m.period for m in find_amounts(text, c.language))
    party = _names_party(c, drafts, text, dated or recurring, previous)
    if party is not None:
        return party
    if not strong and not dated:
        return 0 if _tells_main_type(drafts, text, c.language) else None
    found = previous if previous is not None else 0
    if dated and drafts[found].deal_type in OWNERSHIP_TYPES:
        return _dated_contract(c, drafts, index, found)
    return found


def _dated_contract(c: Candidates, drafts: list[Draft], index: int, found: int) -> int:
    """`First power is scheduled for the fourth quarter of 2027` after a stake's sentence:
    the dates of the first deal told before it that is neither an ownership deal (`found`,
    which keeps no term) nor a loan; a maturity (`The note will mature in 2031`) stays."""
    if not any(
        t.kind == "contract" and (t.start_date or t.end_date)
        for t in find_terms(c.texts[index], c.published, c.language)
    ):
        return found
    told = (
        i
        for i, d in enumerate(drafts)
        if d.deal_type not in OWNERSHIP_TYPES | TENOR_TYPES
        and d.sentences
        and min(d.sentences) < index
    )
    return next(told, found)


def _valued_round(c: Candidates, drafts: list[Draft], text: str) -> int | None:
    """`The round values Gridwise at $900m`: the investment naming the valued company,
    else the article's first investment."""
    rounds = [i for i, d in enumerate(drafts) if d.deal_type == "investment"]
    named = [i for i in rounds if any(k >= 0 and c.names_in(k, text) for k in drafts[i].roles)]
    return next(iter(named or rounds), None)


def _typed_deal(drafts: list[Draft], text: str, language: str) -> int | None:
    """`The new money values Anthropic at $350 billion`: a sentence whose words tell one
    deal type's money belongs to the first deal of that type (when the main deal is of
    another type)."""
    for deal_type, pattern in load_rules("amount_context.json", language)["type_cues"].items():
        if drafts[0].deal_type == deal_type or not re.search(pattern, text, re.IGNORECASE):
            continue
        found = next((i for i, d in enumerate(drafts) if d.deal_type == deal_type), None)
        if found is not None:
            return found
    return None


def _tells_main_type(drafts: list[Draft], text: str, language: str) -> bool:
    """`It has a three-year tenor and is priced at SOFR plus 275 basis points`: a sentence
    whose words tell the money of the main deal's type (`type_cues`) is the main deal's."""
    pattern = load_rules("amount_context.json", language)["type_cues"].get(drafts[0].deal_type)
    return pattern is not None and re.search(pattern, text, re.IGNORECASE) is not None


def _venture_deal(drafts: list[Draft], text: str, language: str) -> int | None:
    """`The partners will put in a combined $500 million of equity`: a sentence telling
    the partners' equity is the first joint venture's (None: no such words or venture)."""
    cue = load_rules("amount_context.json", language).get("venture_equity")
    if not cue or not re.search(cue, text, re.IGNORECASE):
        return None
    return next((i for i, d in enumerate(drafts) if d.deal_type == "partnership"), None)


def _names_party(
    c: Candidates,
    drafts: list[Draft],
    text: str,
    dated: bool = False,
    previous: int | None = None,
) -> int | None:
    """The first deal one of whose parties the text names (as a whole word, its short
    name included); for a sentence dating a term or telling a rate (`dated`), a deal that
    has a term first (`deliveries due to begin in 2027` names the buyer of a stake and of
    power); of those, the deal of the sentence before (`previous`, its paragraph's), when
    the party is in it too (X's lease, then X's contract with Y: `Deliveries begin in
    2027, according to X` is the contract's)."""
    named = [
        i
        for i, draft in enumerate(drafts)
        if any(cluster >= 0 and c.names_in(cluster, text) for cluster in draft.roles)
    ]
    termed = [i for i in named if drafts[i].deal_type not in OWNERSHIP_TYPES] if dated else []
    found = termed or named
    return previous if previous in found else next(iter(found), None)


def _site_first(c: Candidates, drafts: list[Draft], index: int) -> bool:
    """`The cluster will sit in Northstar's Sierra One data center ..., a facility that
    Northstar finished converting last year`: a party's facility, named or placed (`the
    150 MW Quincy facility`), told before the words dating something else."""
    text = c.texts[index]
    doc = c.parsed[index].doc
    facilities = [f for f in sentence_facilities(doc, text) if f.name or f.city]
    if any(doc[f.trigger_index].dep_ == "ROOT" for f in c.frames[index]):
        return False  # `X sold a 20 MW data centre in Jurong to Y in 2023`: an older deal
    if not facilities or _names_party(c, drafts, text) is None:
        return False
    return facilities[0].end < first_past_date(text, c.language)


def _foreign_subject(c: Candidates, drafts: list[Draft], index: int) -> bool:
    """`Amazon, which has put $8 billion into the start-up, remains ...`: a sentence about
    an organisation that is no deal's party (not a facility named as an organisation,
    `The Red Mesa Power Station will sit next to ...`, nor a filing's defined term for a
    party or for the contract)."""
    doc = c.parsed[index].doc
    parties = {cluster for d in drafts for cluster in d.roles}
    deal_words = load_rules("amount_context.json", c.language)["deal_cue_nouns"]
    facilities: list[tuple[int, int]] | None = None
    for token in doc:
        if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.ent_type_ != "ORG":
            continue
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        # `the Company` of a filing stands for the party it defines
        cluster = c.defined.get(_DEFINITE.sub("", ent.text).casefold(), c.clusters.find(ent.text))
        if cluster is None or cluster in parties:
            continue
        if re.search(deal_words, c.party_name(cluster)[0], re.IGNORECASE):
            continue  # `The MSA` (a Master Services Agreement): the contract, no company
        if facilities is None:
            facilities = [(f.start, f.end) for f in sentence_facilities(doc, doc_text(doc))]
        if not any(s <= ent.start_char < e for s, e in facilities):  # not a facility's name
            return True
    return False


def _lists_others(c: Candidates, drafts: list[Draft], index: int) -> bool:
    """`... commitments with partners including Nvidia, AMD, Broadcom and Oracle`: a
    sentence listing three or more organisations that are no deal's parties (a party's
    short name and the names of facilities do not count)."""
    parties = {cluster for d in drafts for cluster in d.roles}
    doc = c.parsed[index].doc
    facilities = [(f.start, f.end) for f in sentence_facilities(doc, doc_text(doc))]
    others = {
        name_key(e.text)
        for e in doc.ents
        if e.label_ in LISTED_LABELS
        and c.clusters.match(e.text) not in parties
        and resolve_place(e.text) is None
        and not any(s <= e.start_char < t for s, t in facilities)
    }
    return len(others) >= OTHERS_LISTED


def _has_contract_dates(c: Candidates, index: int) -> bool:
    """`Deliveries start this year`, `The initial term is five years`: a sentence dating
    a contract or giving its term belongs to the main deal."""
    return tells_contract_term(c.texts[index], c.published, c.language)


def _claim_site_sentences(c: Candidates, owner: list[int | None]) -> None:
    """Sentences naming a facility of a deal belong to that deal (its capacity); a facility
    named in a lede no deal owns, before the first deal's sentence, is the main deal's
    (`The financing of the MRS-4 campus has closed.`, then `MRS-4 will offer 36 MW`)."""
    names: dict[str, int] = {}
    for index, deal in enumerate(owner):
        if deal is not None:
            for facility in sentence_facilities(c.parsed[index].doc, c.texts[index]):
                names.setdefault((facility.name or facility.text).casefold(), deal)
    lede = next((i for i, deal in enumerate(owner) if deal is not None), 0)
    named = {
        facility.name.casefold()
        for index in range(lede)
        if not c.is_background(index)
        for facility in sentence_facilities(c.parsed[index].doc, c.texts[index])
        if facility.name
    }
    for index, deal in enumerate(owner):
        if deal is None:
            text = c.texts[index].casefold()
            owner[index] = next((d for n, d in names.items() if n in text), None)
            if owner[index] is None and index > lede and any(n in text for n in named):
                owner[index] = 0


def told_sentences(c: Candidates, draft: Draft, mine: list[int]) -> list[int]:
    """The sentences a deal's facts are read from: those it owns and its own frames'."""
    own = [i for i in draft.sentences if not c.older(draft, i)]
    return sorted(set(mine) | set(own))


def deal_facts(
    c: Candidates,
    drafts: list[Draft],
    draft: Draft,
    mine: list[int],
    deal_type: str,
    roles: dict[int, str],
    owner: list[int | None],
) -> Facts:
    """The facts of one deal from the sentences it owns (`mine`; `owner`: the deal owning
    each sentence of the article) and its frames'. A company profile's sentences (`About
    X: X owns 640 MW ...`) give none of its amounts, quantities or terms."""
    told = told_sentences(c, draft, mine)
    profile = _profile_sentences(c)
    counted = [i for i in told if i not in profile]
    mentions = [
        (t, i)
        for i in _term_sentences(c, drafts, draft, counted, deal_type)
        for t in find_terms(c.texts[i], c.published, c.language)
        # `a 2022 power purchase agreement with X that runs until 2034`: an older deal's
        if not (c.published and dated_noun(c.parsed[i].doc, t.start, c.published, c.language))
        and (
            t.kind == "closing"
            or (deal_type in LENGTH_ONLY_TYPES and t.duration)
            or (deal_type in TENOR_TYPES and t.kind == "tenor")
            or deal_type not in OWNERSHIP_TYPES | LENGTH_ONLY_TYPES
        )
    ]
    mentions.extend(
        (t, i)
        for i in _sold_with_contract(c, drafts, draft, owner, told, deal_type)
        for t in find_terms(c.texts[i], c.published, c.language)
        if t.kind == "contract"
        and c.published
        and not _dated_before_year(t, c.published)
        and not dated_noun(c.parsed[i].doc, t.start, c.published, c.language)
    )
    if deal_type == "lease" and not any(t.start_date for t, _ in mentions):
        mentions.extend(_occupancy_start(c, drafts, draft, told))
    term, term_sentences = merge_term(
        mentions,
        c.texts,
        told,
        deal_type,
        c.language,
    )
    owned = _fleet_sentences(c, told, roles) if deal_type == "acquisition" else set()

    def keep(index: int, char: int) -> bool:
        return (
            index not in profile
            and _belongs(c, drafts, draft, index, char)
            and not _other_clause(c, drafts, index, char)
            and (index in owned or not _party_fleet(c, drafts, index, char))
            and not _other_facility(c, index, char)
            and (deal_type in SITE_TAKING_TYPES or not _own_project(c, drafts, roles, index, char))
            and not (deal_type == "power_purchase" and _consuming_facility(c, index, char))
            and not (c.published and dated_noun(c.parsed[index].doc, char, c.published, c.language))
        )

    docs = [p.doc for p in c.parsed]
    fleet = _bought_fleet(c, drafts, roles, told) if deal_type == "acquisition" else set()
    quantities = deal_quantities(
        c.texts,
        docs,
        sorted({*told, *fleet}),
        owned | fleet,
        keep,
        c.language,
        tranches=deal_type in COMMERCIAL_TYPES,
        funded=None
        if deal_type == "acquisition"
        else load_rules("quantity_context.json", c.language).get("funded_tranche_before"),
    )
    quantities = [
        (deal_count_unit(q, deal_type, _names_a_party(c, roles, q.text), c.language), i)
        for q, i in quantities
    ]
    dateline = dateline_place(c.article.text)

    older_words = set(load_rules("places_context.json", c.language).get("older_deal_words", []))

    def dated(index: int, char: int) -> bool:
        """`Sable acquired its Cape Town facility from Y in 2023`: an older deal's."""
        doc = c.parsed[index].doc
        word = next((t for t in governors(doc, char)[1:] if t.lower_ in older_words), None)
        if c.published is None or word is None:
            return False
        own = set(draft.triggers.get(index, []))
        told = doc[word.left_edge.i : word.right_edge.i + 1].text
        pattern = load_rules("amount_context.json", c.language).get("clause_year")
        year = re.search(pattern, told) if pattern else None
        return dated_predicate(doc, char, c.published, own, c.language) or bool(
            year and int(year.group(1)) < c.published.year
        )

    sites, site_sentences = deal_sites(
        docs,
        mine,
        [q for q, _ in quantities],
        owned,
        keep,
        dateline,
        set(draft.triggers) or None,
        dated,
    )
    if not sites and mine and draft is drafts[0]:
        # `X and Y will develop a 60MW data centre in Tuas` in a lede no frame reads,
        # then `The venture has signed a green loan`: the main deal's site is the lede's
        lede = [i for i in range(min(mine)) if not any(i in d.sentences for d in drafts)]
        sites, site_sentences = deal_sites(docs, lede, [], owned, None, dateline)
    if deal_type == "investment" and any(q.unit == "MW" for q, _ in quantities):
        # a stake in the company building a campus whose power is the deal's: its
        # facilities are the deal's sites (`la société qui porte le site de Saint-Jory`),
        # not one written as a party's name (`Tolosa Data Campus`)
        names = {n.casefold() for k in roles if k >= 0 for n in c.written_names(k)}
        sites = [s for s in sites if (s.text or "").casefold() not in names]
    elif deal_type == "investment":
        # where the company sits or the money will go is no site (`to open a factory in
        # Ohio`); a named facility the frame's own sentence puts the money in is (`put
        # $1.1 billion into X's Redhawk campus`)
        framed = [i for i in mine if i in draft.triggers]
        sites, site_sentences = deal_sites(docs, framed, [], owned, keep, dateline)
        if not all(s.name for s in sites):
            sites, site_sentences = [], []
    if sites and site_sentences:
        # `its Cobalt Bend plant in Michigan`, then `The 805-megawatt plant near Harrow Point`
        other = {i for d in drafts if d is not draft for i in d.triggers}
        sites, later = placed_later(sites, docs, c.texts, min(site_sentences), other, c.language)
        site_sentences.extend(later)
        sites, later = named_later(sites, docs, c.texts, max(site_sentences), other, c.language)
        site_sentences.extend(later)
    if deal_type == "power_purchase":
        sites = generating_sites(sites, c.language)
    # a local story's lease, or power bought for a site it places nowhere, is in its
    # dateline's town (`GILLETTE -`: the county's land lease, the co-op's supply to it)
    local = (
        local_dateline(c.article.text)
        if load_rules("places_context.json", c.language).get("local_datelines")
        and (deal_type == "lease" or (deal_type == "power_purchase" and not sites))
        else None
    )
    if local is not None:
        sites = in_dateline_town(sites, local)
    if deal_type == "acquisition" and len({s.city for s in sites if s.city}) < 2:
        # where the bought company is, unless the towns of its facilities are told (`owns
        # two campuses in the Phoenix area, one in Goodyear and one in Mesa`)
        for site, index in target_sites(c, draft, roles, told):
            sites.append(site)
            site_sentences.append(index)
    sites = in_article_region(
        town_names(placed_in(sites, article_country(c.article.text))),
        c.article.text,
        c.language,
    )
    sites = short_names(sites, c.article.text, c.language)
    withheld = undisclosed(c, mine)
    amounts = deal_amounts(c, drafts, draft, counted, deal_type, withheld is not None, mine)
    return Facts(
        amounts=zone_currencies(
            amounts, sites, [c.texts[i] for i in told], c.article.text, c.language
        ),
        undisclosed=withheld,
        term=term,
        term_sentences=term_sentences,
        quantities=quantities,
        sites=sites,
        site_sentences=site_sentences,
    )


def _profile_sentences(c: Candidates) -> set[int]:
    """The sentences of the article's company profiles (`sentences.boilerplate_spans`)."""
    spans = boilerplate_spans(c.article.text, c.language)
    return {
        i
        for i, parsed in enumerate(c.parsed)
        if any(start <= parsed.sentence.start < end for start, end in spans)
    }


def _names_a_party(c: Candidates, roles: dict[int, str], text: str) -> bool:
    """Whether `text` writes the name of one of the deal's parties."""
    return any(c.names_in(cluster, text) for cluster in roles if cluster >= 0)


def _occupancy_start(
    c: Candidates, drafts: list[Draft], draft: Draft, told: list[int]
) -> list[tuple[TermMention, int]]:
    """`The lease covers 64MW ... from the handover of the first building, expected in
    mid-2028`, `Veltrix is expected to move in during the second quarter of 2027`: for an
    article's one lease whose sentences tell no start, the start the first later sentence
    no other deal's frame reads gives to the tenant's taking the space (`occupancy_start`
    of `terms_lexicon.json`, read up to a few words before the date's phrase)."""
    pattern = load_rules("terms_lexicon.json", c.language).get("occupancy_start")
    if pattern is None or not told or sum(d.deal_type == "lease" for d in drafts) > 1:
        return []
    others = {i for d in drafts if d is not draft for i in d.triggers}
    for index in range(min(told) + 1, len(c.texts)):
        if index in others:
            continue
        text = c.texts[index]
        for t in find_terms(text, c.published, c.language):
            told_with = text[max(0, t.start - OCCUPANCY_LEAD) : t.end]
            if t.kind == "contract" and t.start_date and re.search(pattern, told_with, re.I):
                return [(t, index)]
    return []


def _sold_with_contract(
    c: Candidates,
    drafts: list[Draft],
    draft: Draft,
    owner: list[int | None],
    told: list[int],
    deal_type: str,
) -> list[int]:
    """`X has agreed to sell its data centre to Y ..., and will remain the building's only
    tenant under a 15-year lease`: for a commercial deal whose article tells no other deal
    than ownership ones (a sale-leaseback's sale, a stake beside an offtake), the
    sentences those hold, which keep no contract term, give the commercial deal's dates
    and length after its own sentences; not a sentence telling an older deal, nor one
    naming a side of an ownership deal that is not the commercial deal's (`X agreed to buy
    a plot from Y, which Y will hand over in 2029`)."""
    sold = {i for i, d in enumerate(drafts) if d.deal_type in OWNERSHIP_TYPES}
    if deal_type not in COMMERCIAL_TYPES or len(drafts) - len(sold) > 1:
        return []
    others = {k for i in sold for k in drafts[i].roles if k >= 0 and k not in draft.roles}
    return [
        i
        for i, deal in enumerate(owner)
        if i not in told
        and (deal in sold or any(i in drafts[k].sentences for k in sold))
        and not c.is_background(i)
        and not any(c.names_in(k, c.texts[i]) for k in others)
    ]


def _dated_before_year(mention: TermMention, published: datetime.date) -> bool:
    """`three buildings completed between 2023 and 2025`: a date of a year before the
    article's, which no contract signed now has."""
    dates = [d for d in (mention.start_date, mention.end_date) if d]
    return any(int(d[:4]) < published.year for d in dates)


def _term_sentences(
    c: Candidates, drafts: list[Draft], draft: Draft, told: list[int], deal_type: str
) -> list[int]:
    """The sentences a deal's term is read from: those it tells; for the article's one
    loan whose sentences give no tenor, then the first other sentence that gives a loan's
    length (`It's a six-year facility` in a sentence naming the contract the loan is
    secured on; not a maturity date, which may be another debt's)."""
    if deal_type not in TENOR_TYPES or sum(d.deal_type in TENOR_TYPES for d in drafts) > 1:
        return told
    tenors = [
        i
        for i in range(len(c.texts))
        if any(
            t.kind == "tenor" and t.duration
            for t in find_terms(c.texts[i], c.published, c.language)
        )
    ]
    if any(i in told for i in tenors) or not tenors:
        return told
    return [*told, tenors[0]]


def _bought_fleet(
    c: Candidates, drafts: list[Draft], roles: dict[int, str], told: list[int]
) -> set[int]:
    """`Datacime exploite cinq sites à Lyon et Grenoble, pour une puissance totale de 85
    mégawatts`: the sentences no deal holds that name the company bought and not its
    buyer, whose capacity is the deal's."""
    bought = [k for k, r in roles.items() if r == "target"]
    buyers = [k for k, r in roles.items() if r == "acquirer"]
    held = {*told, *(i for d in drafts for i in d.sentences)}
    return {
        i
        for i in range(len(c.texts))
        if i not in held
        and any(c.names_in(k, c.texts[i]) for k in bought)
        and not any(c.names_in(k, c.texts[i]) for k in buyers)
    }


def zone_currencies(
    amounts: list[tuple[Amount, int]],
    sites: list[Site],
    told: list[str],
    text: str,
    language: str,
) -> list[tuple[Amount, int]]:
    """`18,5 milliards de F CFA` for a data centre in Douala: a currency name two monetary
    zones share (the CFA franc of West and of Central Africa) is the one of the zone's
    country of the deal's site, else the one the deal's sentences (`told`), else the
    article, name most (`amounts_currencies.json` zone_currencies: the code read ->
    country -> the code there); an ISO code written in the amount stays."""
    zones: dict[str, dict[str, str]] = load_rules("amounts_currencies.json", language).get(
        "zone_currencies", {}
    )
    zoned = [a.currency if a.currency and a.currency not in a.text else "" for a, _ in amounts]
    if not any(code in zones for code in zoned):
        return amounts
    countries = [Counter(s.country for s in sites if s.country)] + [
        Counter(p.place.country for p in find_places(t)) for t in (" ".join(told), text)
    ]

    def local(zone: dict[str, str]) -> str | None:
        for counts in countries:
            found = [k for k, _ in counts.most_common() if k in zone]
            if found:
                return zone[found[0]]
        return None

    return [
        (a.model_copy(update={"currency": code}), i)
        if code is not None and code != a.currency
        else (a, i)
        for (a, i), read in zip(amounts, zoned, strict=True)
        for code in [local(zones[read]) if read in zones else None]
    ]


def _fleet_sentences(c: Candidates, told: list[int], roles: dict[int, str]) -> set[int]:
    """The sentences of a deal buying a company whose fleet is the deal's (`Selkie
    operates campuses with 300MW`): all but those naming the buyer or investor and not the
    company bought (`Northvale now runs five data centres with 110MW`). A round or stake
    buys no fleet: what the investee runs now (`currently runs about 9,000 GPUs`) is its
    own, so only acquisitions call this."""
    buyers = [k for k, r in roles.items() if r in ("acquirer", "investor")]
    bought = [k for k, r in roles.items() if r in ("target", "investee")]
    return {
        i
        for i in told
        if any(c.names_in(k, c.texts[i]) for k in bought)
        or not any(c.names_in(k, c.texts[i]) for k in buyers)
    }


def deal_amounts(
    c: Candidates,
    drafts: list[Draft],
    draft: Draft,
    told: list[int],
    deal_type: str,
    withheld: bool = False,
    mine: Sequence[int] = (),
) -> list[tuple[Amount, int]]:
    """A deal's amounts: those of its sentences not nearer another deal's trigger word and
    not rejected by their context, merged by value; the parts a sentence splits a price
    into (its cash and stock portions) only when no larger whole is told. The first sum
    of a sentence the deal owns (`mine`) that works it out from the sentence before
    (`That works out at $1.5 billion a year, five times what X is investing`) is the
    deal's, whatever word of another deal is nearer."""
    found: list[tuple[Amount, int]] = []
    parts: list[tuple[Amount, int]] = []
    context = load_rules("amount_context.json", c.language)
    # `Le vendeur recevra 310 millions en espèces`: a part told alone, the whole elsewhere
    lone_parts = bool(context.get("lone_parts"))
    derived = context["derived"]
    for index in told:
        text = c.texts[index]
        mentions = find_amounts(text, c.language)
        split = sum(1 for m in mentions if amount_part(text, m, c.language)) >= 2
        worked_out = index in mine and re.match(derived, text) is not None
        for mention in mentions:
            # `has raised a $2.9 billion construction loan`: a loan's principal is the
            # loan's (a deal of type other), whichever deal's word is nearer
            principal = loan_value(c.parsed[index].doc, mention.start, c.language)
            if (
                mention.per_share
                or (mention.period and deal_type in OWNERSHIP_TYPES)  # paid once, not a rate
                or mention.value < MIN_DEAL_AMOUNT
                or amount_rejected(
                    text,
                    mention,
                    c.language,
                    loan=deal_type == "other",
                    venture=deal_type == "partnership",
                    commercial=deal_type in COMMERCIAL_TYPES,
                )
                or metric_value(
                    c.parsed[index].doc, mention.start, c.language, deal_type == "other"
                )
                or (principal and deal_type != "other")
                or not (
                    (worked_out and mention is mentions[0])
                    or (principal and deal_type == "other")
                    or _belongs(c, drafts, draft, index, mention.start)
                )
                or _foreign_payer(c, draft, index, mention.start)
                or _dated_clause(c, index, mention.end)
                or _background_clause(c, draft, index, mention.start, deal_type)
            ):
                continue
            amount = _amount(
                c, mention, deal_kind(amount_kind(text, mention, deal_type, c.language), deal_type)
            )
            if amount.kind == "valuation" and deal_type in COMMERCIAL_TYPES:
                continue  # a party's valuation is market data, no commercial deal sets one
            larger = any(
                m.currency == mention.currency and m.value > mention.value for m in mentions
            )
            part = (split or larger or lone_parts) and amount_part(text, mention, c.language)
            if _restates(text, mention, amount, context.get("restated_before"), found):
                continue  # `so the $45 million is a floor`: the sum told before, its kind kept
            (parts if part else found).append((amount, index))
    if deal_type == "other" and not found:
        found = _lone_principal(c, told)
    wholes = [a for a, _ in found if a.period is None]
    found += [
        (part.model_copy(update={"kind": deal_kind("total", deal_type)}), index)
        for part, index in parts
        if not any(w.currency == part.currency and w.value > part.value for w in wholes)
    ]
    stake = is_stake([c.texts[i] for i in draft.sentences], c.language)
    keeps = bool(context.get("stake_keeps_valuation"))
    return option_from_ceiling(
        price_from_valuation(merge_amounts(found), deal_type, withheld, stake, keeps)
    )


def _restates(
    text: str,
    mention: AmountMention,
    amount: Amount,
    before: str | None,
    found: list[tuple[Amount, int]],
) -> bool:
    """`$45 million up front, plus royalties`, then `so the $45 million is a floor`: a sum
    with a definite determiner before it (`amount_context.json` restated_before) that the
    deal has already found (same value and currency) restates it."""
    if not before or not re.search(before, text[max(0, mention.start - 12) : mention.start]):
        return False
    return any(
        a.currency == amount.currency and abs(a.value - amount.value) <= 0.005 * a.value
        for a, _ in found
    )


def _amount(c: Candidates, mention: AmountMention, kind: str) -> Amount:
    """The record of an amount mention of the article, of `kind`; a bare `$` is the
    local dollar of an article that marks US dollars (`local_dollar`)."""
    local = local_dollar(c.article.text, c.language)
    spelled = local_dollar(c.article.text, c.language, unmarked=True)
    return Amount(
        value=mention.value,
        value_max=mention.value_max,
        currency=local
        if local and _bare_dollar(mention.text, c.language)
        else spelled
        if spelled and _bare_dollar(mention.text, c.language, spelled=True)
        else mention.currency or _named_currency(c.article.text, mention.text, c.language),
        period=mention.period,
        qualifier=mention.qualifier,
        kind=kind,
        text=mention.text,
    )


def _named_currency(article: str, text: str, language: str) -> str | None:
    """`6.5 billion crowns` after `4.2 billion Swedish crowns`: a money word that names no
    country (`amounts_currencies.json` words with a null currency) has the currency of its
    first mention in the article that names one; else, for a word several countries use
    (`local_money_words`: `27 billion shillings`), the currency of the country the
    article's places name most (None when none does)."""
    word = text.split()[-1].casefold() if text.split() else ""
    named = _named_currencies(article, language).get(word)
    local: dict[str, str] = (
        load_rules("amounts_currencies.json", language).get("local_money_words", {}).get(word, {})
    )
    if named is not None or not local:
        return named
    country = article_country(article)
    return local.get(country) if country is not None else None


@lru_cache(maxsize=16)
def _named_currencies(article: str, language: str) -> dict[str, str]:
    """For each countryless money word of the language, the currency of its first mention
    in the article that names the country (`Swedish crowns` -> SEK for `crowns`)."""
    words: dict[str, str | None] = load_rules("amounts_currencies.json", language)["words"]
    countryless = {w.casefold() for w, code in words.items() if code is None}
    named: dict[str, str] = {}
    for mention in find_amounts(article, language):
        last = mention.text.split()[-1].casefold() if mention.text.split() else ""
        if mention.currency and last in countryless:
            named.setdefault(last, mention.currency)
    return named


def _lone_principal(c: Candidates, told: list[int]) -> list[tuple[Amount, int]]:
    """`the venture has raised a $2.9 billion construction loan` in a sentence another
    deal's frame holds, then `The loan was provided by ...`: a loan whose own sentences
    state no principal takes the article's first loan principal (`loan_value`)."""
    for index, text in enumerate(c.texts):
        if index in told:
            continue
        for mention in find_amounts(text, c.language):
            if not mention.period and loan_value(c.parsed[index].doc, mention.start, c.language):
                return [(_amount(c, mention, "total"), index)]
    return []


@cache
def _us_marks(language: str) -> re.Pattern[str]:
    """The spellings that say "US dollars" (`US$`, `$ US`), as whole words."""
    marks = load_rules("amounts_currencies.json", language)["us_dollar_marks"]
    alternation = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?![A-Za-z])")


def _bare_dollar(text: str, language: str, *, spelled: bool = False) -> bool:
    """`$1.1 billion`, `85 millions $`, `380 M$` (`spelled`: also `95 millions de dollars`,
    a language's `bare_dollar_words`): a dollar amount that does not say whose."""
    words = load_rules("amounts_currencies.json", language).get("bare_dollar_words", [])
    bare = text.startswith("$") or text.endswith("$") or (spelled and text.endswith(tuple(words)))
    return bare and not _us_marks(language).search(text)


@lru_cache(maxsize=16)
def local_dollar(text: str, language: str, *, unmarked: bool = False) -> str | None:
    """The currency a bare `$` means in an article that writes US dollars as such (`US$`,
    `$ US`: `us_dollar_marks`), or (`unmarked`) a spelled-out bare dollar in any article
    of a language whose local press writes its own dollar so (`local_dollar_unmarked`:
    `95 millions de dollars` in Montreal): the dollar of the country its places name most
    (`amounts_currencies.json` local_dollars), unless the article writes that dollar with
    its own mark too (`A$`, `dollars canadiens`: its bare dollars are then another's)."""
    rules = load_rules("amounts_currencies.json", language)
    if not (unmarked and rules.get("local_dollar_unmarked")) and not _us_marks(language).search(
        text
    ):
        return None
    dollars: dict[str, str] = rules["local_dollars"]
    countries = Counter(p.place.country for p in find_places(text) if p.place.country in dollars)
    if not countries:
        return None
    country = countries.most_common(1)[0][0]
    marks = {**rules["symbols"], **rules.get("words", {})}  # `A$`, `dollars canadiens`
    own = [s for s, code in marks.items() if code == dollars[country] and s != "$"]
    return None if any(s in text for s in own) else dollars[country]


def _belongs(c: Candidates, drafts: list[Draft], draft: Draft, index: int, char: int) -> bool:
    """Whether the fact at character `char` of sentence `index` is in the clause of `draft`
    (or of no deal's word when the sentence holds none of the draft's)."""
    closest = _closest(c, drafts, index, char)
    return closest is draft or (closest is None and index not in draft.triggers)


def _other_clause(c: Candidates, drafts: list[Draft], index: int, char: int) -> bool:
    """`asked for permission to expand the plant by a further 60 megawatts`, `an uprate of
    about 40 megawatts`, `under a 30 MW contract signed in 2024`: the quantity at `char` is
    told in a clause about something else. On the way up the parse from it to a deal's
    own word, a word names a plan, an expansion, a need or a fleet
    (`quantity_context.json` other_clause_words; own_clause_words such as an option
    stop the walk; the sentence's main verb tells the deal: `will expand its use of ... to
    one million TPUs`), or the clause of its verb, without the clauses joined to it, dates
    it before the article (a year or a background word: `In 2025 X signed a lease for 200
    MW`)."""
    doc = c.parsed[index].doc
    start = next((t for t in doc if t.idx <= char < t.idx + len(t)), None)
    rules = load_rules("quantity_context.json", c.language)
    other = frozenset(rules.get("other_clause_words", []))
    own = frozenset(rules.get("own_clause_words", []))
    triggers = {t for d in drafts for t in d.triggers.get(index, [])}
    path = list(start.ancestors) if start is not None else []
    for step, token in enumerate(path):
        if token.i in triggers or token.lower_ in own:
            return False
        if token.lower_ in other and not _main_clause(token):
            # `the option to expand to 960 MW`: a contracted option is the deal's
            return not any(t.lower_ in own for t in path[step + 1 : step + 3])
    verb = next((t for t in [start, *path] if t is not None and t.pos_ in ("VERB", "AUX")), None)
    if (
        verb is None
        or start is None
        or c.published is None
        or any(t.dep_ == "appos" for t in [start, *path[: path.index(verb) if verb in path else 0]])
    ):
        return False  # `X, an 805 MW reactor, was shut in 2022`: what X is, not when
    return tells_older(_own_clause(verb, start), c.published, language=c.language, months=False)


def _party_fleet(c: Candidates, drafts: list[Draft], index: int, char: int) -> bool:
    """`Orvale has about 3.4 gigawatts of wind, solar and storage projects in operation`,
    `Umoya operates two facilities ... with about 28MW`: the quantity at `char` is what a
    party has or operates now (a present verb of `quantity_context.json` fleet_verbs whose
    subject names a party), its fleet rather than the deal's."""
    doc = c.parsed[index].doc
    start = token_at(doc, char)
    verbs = frozenset(load_rules("quantity_context.json", c.language).get("fleet_verbs", []))
    if start is None or not verbs:
        return False
    verb = next((t for t in start.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lower_ not in verbs or verb.tag_ not in PRESENT_TAGS:
        return False
    names = [  # a company's name, not `The Property` of a filing
        doc[t.left_edge.i : t.i + 1].text
        for t in verb.children
        if t.dep_ == "nsubj" and t.ent_type_ == "ORG" and t.left_edge.pos_ != "DET"
    ]
    holders = {  # what a deal buys or invests in brings its fleet with it
        k
        for d in drafts
        for k, roles in d.roles.items()
        if k >= 0 and not BOUGHT_ROLES.intersection(roles)
    }
    return any(c.names_in(k, name) for name in names for k in holders)


def _other_facility(c: Candidates, index: int, char: int) -> bool:
    """`Its existing campus in Abilene ... draws about 300 MW`, `the Company's existing 40 MW
    lease with a separate tenant`, `Its only operating facility, a 36 MW site`: the
    quantity at `char` measures a party's other facility or lease, a noun of its clause
    (on the way up to its verb, or that verb's subject) held by a possessive and marked
    as already there (`quantity_context.json` other_facility_words)."""
    doc = c.parsed[index].doc
    start = token_at(doc, char)
    marks = frozenset(
        load_rules("quantity_context.json", c.language).get("other_facility_words", [])
    )
    if start is None or not marks:
        return False
    nouns: list[Token] = []
    for token in [start, *start.ancestors]:
        if token.pos_ in ("VERB", "AUX"):
            nouns += [t for t in token.children if t.dep_ in ("nsubj", "nsubjpass")]
            break
        nouns.append(token)
    return any(
        any(t.dep_ == "poss" for t in noun.children)
        and any(t.dep_ in ("amod", "compound") and t.lower_ in marks for t in noun.children)
        for noun in nouns
    )


SIZE_LINKS = frozenset({"nummod", "compound", "quantmod", "amod", "nmod"})  # `90MW campus`


def _consumer(noun: Token, nouns: frozenset[str]) -> bool:
    """Whether a common noun, with the compound nouns before it, ends in one of `nouns`
    (`data centre`, `campus`, `IT load`; not `Energy Center`, a plant's name)."""
    words = [t.lower_ for t in noun.children if t.dep_ == "compound" and t.i < noun.i]
    phrase = " ".join([*words, noun.lower_])
    return noun.pos_ == "NOUN" and any(phrase == n or phrase.endswith(" " + n) for n in nouns)


def _consuming_facility(c: Candidates, index: int, char: int) -> bool:
    """`matched against consumption at X's 90MW campus`, `campuses ..., which together draw
    about 85 MW`, `is designed for 150 MW of IT load`: the power figure at `char` sizes
    what consumes power (`quantity_context.json` consumer_nouns: the noun it modifies or
    the object of its `of`; consumer_verbs: the verb whose object it is, in a relative
    clause or with such a noun as subject: `X's Madrid campus draws roughly 90MW`), the
    buyer's load rather than what a power purchase delivers (`clearing X to draw
    up to 400 megawatts` is what it buys). Asked only of power purchases."""
    doc = c.parsed[index].doc
    token = token_at(doc, char)
    rules = load_rules("quantity_context.json", c.language)
    nouns = frozenset(rules.get("consumer_nouns", []))
    verbs = frozenset(rules.get("consumer_verbs", []))
    end = next(
        (q.end for q in find_quantities(c.texts[index], c.language) if q.start == char), char
    )
    for _ in range(MAX_CLAUSE_STEPS):
        if token is None or not nouns:
            return False
        of = [
            obj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if any(_consumer(obj, nouns) for obj in of):
            return True
        if token.dep_ not in SIZE_LINKS or token.head.i == token.i:
            verb = token.head
            consumers = [t for t in verb.children if t.dep_ == "nsubj" and _consumer(t, nouns)]
            drawn = verb.dep_ == "relcl" or bool(consumers)
            return token.dep_ == "dobj" and verb.lower_ in verbs and drawn
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.idx >= end:  # past the figure's unit
            return _consumer(token, nouns)
    return False


def _own_project(
    c: Candidates, drafts: list[Draft], roles: dict[int, str], index: int, char: int
) -> bool:
    """`Northgate ... is building a 500-megawatt campus`, `Orison is an operator building a
    400 MW campus in Lordstown`, `Saltburn plans up to 1 gigawatt at the site`: the fact at
    `char` is in the clause of a verb by which a named organisation builds or plans a new
    thing (`quantity_context.json` project_verbs, its object not `the` one told), that
    organisation's own project, unless it is the side of the deal that delivers (a
    generator building the plant it sells from, a landlord building the leased campus).
    Asked only of deals whose paying side does not take the site (`SITE_TAKING_TYPES`)."""
    doc = c.parsed[index].doc
    start = token_at(doc, char)
    verbs = _project_verbs(c.language)
    if start is None or not verbs:
        return False
    verb = next((t for t in start.ancestors if t.pos_ in ("VERB", "AUX")), None)
    triggers = {t for d in drafts for t in d.triggers.get(index, [])}
    if verb is None or verb.lower_ not in verbs or verb.i in triggers:
        return False
    objects = [t for t in verb.children if t.dep_ == "dobj"]
    if not objects or any(t.dep_ == "det" and t.lower_ == "the" for t in objects[0].children):
        return False  # `is building the Skelleftea campus out to 120 MW`: the site told
    doer = _doer(verb)
    if doer is None or doer.pos_ != "PROPN":
        return False  # `it`, `the company`: whose project is not said
    ent = next((e for e in doc.ents if e.start <= doer.i < e.end), None)
    name = ent.text if ent is not None else doc[doer.left_edge.i : doer.i + 1].text
    cluster = c.clusters.match(name)
    return cluster is None or roles.get(cluster) not in RECEIVING_ROLES | {"partner"}


@cache
def _project_verbs(language: str) -> frozenset[str]:
    return frozenset(load_rules("quantity_context.json", language).get("project_verbs", ()))


def _doer(verb: Token) -> Token | None:
    """Who does what `verb` says: its subject, the noun a participle or relative clause
    describes (`an operator building ...`, `X, which runs ... and is building ...`), the
    subject of the verb it is coordinated with or completes."""
    for _ in range(4):
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        if subjects and subjects[0].tag_ not in ("WDT", "WP"):
            return subjects[0]
        if verb.dep_ in ("acl", "relcl"):
            noun = verb.head
            if noun.dep_ == "attr":  # `Orison is an operator building ...`
                return next((t for t in noun.head.children if t.dep_ == "nsubj"), None)
            return noun
        if verb.dep_ not in ("conj", "xcomp"):
            return None
        verb = verb.head
    return None


def _main_clause(token: Token) -> bool:
    """`Anthropic will expand its use of ...`, `X said it will expand ...`: a verb that is
    the sentence's own predicate (the root, or what a root verb of saying reports) with
    its own subject, not a plan told inside another clause (`plans to expand`)."""
    return (token.dep_ == "ROOT" or (token.dep_ == "ccomp" and token.head.dep_ == "ROOT")) and any(
        child.dep_ in ("nsubj", "nsubjpass") for child in token.children
    )


def _own_clause(verb: Token, inside: Token) -> str:
    """The words of `verb`'s clause without the clauses joined to it (relative clauses,
    appositions, coordinated verbs, asides) that do not hold `inside`."""
    left_out = {
        t.i
        for child in verb.subtree
        if child.dep_ in JOINED_CLAUSES and child is not verb and inside not in child.subtree
        for t in child.subtree
    }
    return " ".join(t.text for t in verb.subtree if t.i not in left_out)


def _dated_clause(c: Candidates, index: int, char: int) -> bool:
    """`which put ₹420 crore into the company in 2022`: the clause of the amount ending at
    `char` dates it to a year before the article's."""
    text = c.texts[index]
    brake = re.search(r"[,;:()]|\s(?:and|but|while)\s", text[char:])
    clause = text[: char + brake.start()] if brake else text
    return c.published is not None and dated_before(clause, char, c.published, c.language)


def _background_clause(c: Candidates, draft: Draft, index: int, char: int, deal_type: str) -> bool:
    """The amount at `char` is not the deal's by the clause that holds it: its predicate
    is dated before the article (`In 2025 X signed a lease ..., worth some $2.9 billion`)
    or the noun whose phrase tells it is (`a 2024 licence to X, worth $12 million`), or,
    in a deal that buys no company, it is a company's worth (`Y, which is listed in
    Oslo and worth about NOK 60 billion`). A sum the article works out (`That is roughly
    $8 billion a year, more than its revenue in 2025`) is dated by nothing it compares."""
    doc = c.parsed[index].doc
    own = set(draft.triggers.get(index, []))
    derived = re.match(load_rules("amount_context.json", c.language)["derived"], c.texts[index])
    if c.published and not derived and dated_predicate(doc, char, c.published, own, c.language):
        return True
    if c.published and dated_noun(doc, char, c.published, c.language):
        return True
    return deal_type not in OWNERSHIP_TYPES and company_value(doc, char, c.language)


def _foreign_payer(c: Candidates, draft: Draft, index: int, char: int) -> bool:
    """`an auction in which Halden Infra bid about €1.05bn`, `Laurentide was understood to
    have offered closer to $1 billion`: the amount at `char` is what the relative clause
    or the bid verb governing it says an organisation that is none of the deal's parties
    pays (a clause that is not the deal's own)."""
    doc = c.parsed[index].doc
    token = next((t for t in doc if t.idx <= char < t.idx + len(t)), None)
    own = set(draft.triggers.get(index, []))
    for _ in range(MAX_CLAUSE_STEPS):
        if token is None or token.i in own:
            return False
        if token.pos_ == "VERB":
            break
        token = token.head if token.head.i != token.i else None
    else:
        return False
    rivals = load_rules("amount_context.json", c.language)["rival_verbs"]
    if token is None or (token.dep_ != "relcl" and token.lower_ not in rivals):
        return False
    clause = token.head if token.dep_ == "xcomp" else token  # `was understood to have offered`
    for subject in (t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")):
        ent = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
        if ent is not None and ent.label_ != "ORG":
            continue
        if ent is None and subject.pos_ != "PROPN":
            continue
        name = ent.text if ent is not None else doc[subject.left_edge.i : subject.i + 1].text
        cluster = c.clusters.match(name)  # `Laurentide` for `Laurentide Capital`
        if (
            cluster is not None
            and cluster not in draft.roles
            and not any(c.names_in(k, name) for k in draft.roles if k >= 0)
        ):
            return True
    return False


def _closest(c: Candidates, drafts: list[Draft], index: int, char: int) -> Draft | None:
    """The deal whose clause in sentence `index` holds character `char`: the deal whose
    trigger word governs it in the parse (None when the word of another deal between two
    named parties, one not kept, governs it: `which bought X for $2 billion`), else the
    deal whose trigger is nearest."""
    doc = c.parsed[index].doc
    owners = {t: d for d in drafts for t in d.triggers.get(index, [])}
    others = c.paired_triggers(index) - set(owners)
    token = next((t for t in doc if t.idx <= char < t.idx + len(t)), None)
    while token is not None:
        if token.i in owners:
            return owners[token.i]
        if token.i in others:
            return None
        token = token.head if token.head.i != token.i else None
    best: tuple[int, Draft] | None = None
    for draft in drafts:
        for token_index in draft.triggers.get(index, []):
            distance = abs(doc[token_index].idx - char)
            if best is None or distance < best[0]:
                best = (distance, draft)
    return best[1] if best else None


def undisclosed(c: Candidates, mine: list[int]) -> tuple[str, int] | None:
    """`Terms were not disclosed`: the words saying the price was not given."""
    for index in mine:
        for mention in find_undisclosed(c.texts[index], c.language):
            return mention.text, index
    return None


def target_sites(
    c: Candidates, draft: Draft, roles: dict[int, str], told: list[int]
) -> list[tuple[Site, int]]:
    """Where the bought company or asset, or the company invested in, is (`X Ltd, of
    Ottawa`), from any sentence naming it, the frame's own sentence first, else by words
    referring to it, else by a fallback wording (`X runs 14 facilities across Sydney,
    Melbourne and Perth`); then where a description the deal's words govern puts it (`to
    buy the Denver-based maker`)."""
    sites: list[tuple[Site, int]] = []
    for cluster, role in roles.items():
        if role not in ("target", "investee") or cluster not in draft.mentions:
            continue
        first, mention = draft.mentions[cluster]
        others = [n for k in roles if k != cluster for n in c.written_names(k)]
        sellers = [
            c.clusters.clusters[k].name for k, r in roles.items() if r == "seller" and k >= 0
        ]
        own = c.written_names(cluster) if cluster >= 0 else unit_names(c, mention.text, sellers)
        names = sorted({mention.text, *own})
        order = [first] + [
            i for i in range(len(c.parsed)) if i != first and any(n in c.texts[i] for n in names)
        ]

        found = (
            _town_over_country(c, _written_at(c, order, names, others, False))
            or _referred_at(c, cluster, roles, order, names)
            or _town_over_country(c, _written_at(c, order, names, others, True))
        )
        if found is not None and _nationality(c, *found):
            # `Teraco, a South African data center provider`: the country it names
            country = nationality_country(found[0])
            if country is not None:
                sites.append((Site(kind="location", country=country, text=found[0]), found[1]))
        elif found is not None:
            text = c.texts[found[1]]
            after = text[text.find(found[0]) + len(found[0]) :]
            sites.extend((site, found[1]) for site in _locations(found[0], after))
    seen = {site.text for site, _ in sites}
    for index in told:
        place = described_location(c.parsed[index].doc, draft.triggers.get(index, []))
        if place is not None and place not in seen:
            sites.append((_location(place), index))
            seen.add(place)
    return sites


def _written_at(
    c: Candidates, order: list[int], names: list[str], others: list[str], fallback: bool
) -> Iterator[tuple[str, int]]:
    """The places the sentences `order` write with a bought company's `names`, with the
    sentence, by the wordings of `target_location` (`fallback` ones or the others); not
    at a name joining another party's (`others`)."""
    return (
        (written, index)
        for index in order
        for start, end in mention_spans(c.parsed[index].doc, names)
        if not _joined(c.texts[index], start, others)
        and (written := target_location(c.parsed[index].doc, start, end, fallback))
    )


def _joined(text: str, start: int, others: list[str]) -> bool:
    """Whether a party's name at `start` is the end of a name joining another party's
    (`the combined company, which will operate as Brenford Ormsby`)."""
    before = text[:start]
    return before.endswith(" ") and any(
        name[:1].isupper() and _word_end(before[:-1], name) for name in others
    )


def _word_end(text: str, name: str) -> bool:
    """Whether `text` ends with `name` as a whole word."""
    return text.endswith(name) and not text[: len(text) - len(name)][-1:].isalnum()


def _opens(text: str, names: list[str]) -> bool:
    """Whether `text` opens with one of `names` as a whole word (its sentence's subject;
    the mirror of `_word_end`, with no pattern compiled per name)."""
    lead = text.lstrip()
    return any(n and lead.startswith(n) and not lead[len(n) : len(n) + 1].isalnum() for n in names)


def _sentence_before(c: Candidates, index: int) -> str:
    """The sentence right before parsed sentence `index`, parsed or not."""
    parsed = c.parsed[index]
    start = c.parsed[index - 1].sentence.end if index else 0
    gap = split_sentences(c.article.text[start : parsed.sentence.start], c.language)
    return gap[-1].text if gap else c.texts[index - 1] if index else ""


def _last_named(named: dict[int, list[str]], text: str) -> int | None:
    """The party (cluster -> its names) whose name `text` writes last, if any."""
    folded = text.casefold()
    best: tuple[int, int] | None = None
    for cluster, names in named.items():
        for name in names:
            at = folded.rfind(name.casefold())
            if at >= 0 and (best is None or at + len(name) > best[0]):
                best = (at + len(name), cluster)
    return best[1] if best else None


def _referred_at(
    c: Candidates, cluster: int, roles: dict[int, str], order: list[int], names: list[str]
) -> tuple[str, int] | None:
    """Where the bought company (written as `names`) is by words that refer to it
    without its name: `the Leeds-based group`, `where the company is based` in a sentence
    naming it (not in another party's apposition: `Ryokuen, the Tokyo-based buyout
    firm`); `It is based in Tulsa` right after a sentence that names it and no other
    party; `The unit, which will be based in Minneapolis` right after a bought part of
    a company; `Shares of the Austin, Texas-based company rose` when the last party
    named before it (not its sentence's opening subject: `X will retain control of the
    Leeds-based business`) is the bought company."""
    others = [k for k in roles if k >= 0 and k != cluster]
    other_names = [n for k in others for n in c.written_names(k)]
    for index in order:
        text = c.texts[index]
        for place, at in referred_location(c.parsed[index].doc):
            lead = text[:at].rstrip(" ,;")
            if not any(_word_end(lead, n) for n in other_names):
                return place, index
    if cluster < 0:
        # `its ERP business`, then `The unit, which will be based in Minneapolis`: a bought
        # part of a company told by its noun in one of the two sentences after it
        for index in range(order[0] + 1, min(order[0] + 3, len(c.parsed))):
            found = referred_location(c.parsed[index].doc, unit=True)
            if found:
                return found[0][0], index
    for index, parsed in enumerate(c.parsed):
        found = referred_location(parsed.doc, after=True)
        if not found:
            continue
        before = masked = _sentence_before(c, index)
        for name in sorted(names, key=len, reverse=True):
            masked = masked.replace(name, " ")
        if masked != before and not any(c.names_in(k, masked) for k in others):
            return found[0][0], index
    named = {cluster: names, **{k: c.written_names(k) for k in others}}
    for index, parsed in enumerate(c.parsed):
        for place, at in referred_location(parsed.doc, nearest=True):
            lead = c.texts[index][:at]
            last = _last_named(named, lead)
            if last is not None and last != cluster and _opens(lead, named[last]):
                # `Kestrel will retain control of the Leeds-based business`: a description
                # after its sentence's subject is another company, the one named before
                rest = {k: v for k, v in named.items() if k != last}
                last = _last_named(rest, lead)
                if last is None:
                    last = _last_named(rest, _sentence_before(c, index))
            if last is None:
                last = _last_named(named, _sentence_before(c, index))
            if last == cluster:
                return place, index
    return None


def unit_names(c: Candidates, asset: str, parents: list[str]) -> list[str]:
    """The names an article gives a company's part bought as an asset (`its industrial
    coatings business`) from its `parents` (their names): written in apposition to its
    description (`its European business, Amberlin Maison,`, `The flow-control unit,
    Corran Flow Solutions,`), or a parent's first word with a word of its line of
    business (`Valdris Coatings`, `Northmere FibreCo`, then `FibreCo`), or told as the
    unit a parent carved out (`Aster Towers, the unit Aster carved out`)."""
    rules = load_rules("places_context.json", c.language).get("unit_names")
    words = asset.split()
    if not rules or len(words) < 2 or not re.fullmatch(rules["noun"], words[-1].lower()):
        return []
    trade = {w.casefold() for w in re.split(r"[\s-]+", " ".join(words[:-1])) if w}
    text = c.article.text
    found: list[str] = []
    for m in re.finditer(rules["apposed"], text):
        said = {w.casefold() for w in re.split(r"[\s-]+", m.group("desc")) if w}
        if trade <= said:
            found.append(m.group("name"))
    heads = {p.split()[0] for p in parents if p[:1].isupper()}
    for m in re.finditer(rules.get("carved", "(?!)"), text):
        if m.group("owner") in heads | {"it"}:
            found.append(m.group("name"))
    stems = [w for w in trade if len(w) >= 4]
    for head in heads:
        for m in re.finditer(rf"\b{re.escape(head)}\s+{rules['tail']}", text):
            tail = m.group("tail")
            if any(t.casefold().startswith(stem) for t in tail.split() for stem in stems):
                found.append(f"{head} {tail}")
                if re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", tail):  # `FibreCo`
                    found.append(tail)
    return [n for n in dict.fromkeys(found) if n not in parents]


def _nationality(c: Candidates, written: str, index: int) -> bool:
    """Whether the place written for a bought company is a nationality the gazetteer does
    not read as a place (`a South African data center provider`)."""
    doc = c.parsed[index].doc
    return resolve_place(written) is None and any(
        e.label_ == "NORP" and e.text == written for e in doc.ents
    )


def _country_only(written: str) -> bool:
    """Whether a place written for a bought company names only its country."""
    place = resolve_place(written)
    return place is not None and place.city is None and place.region is None


def _town_over_country(
    c: Candidates, written_at: Iterator[tuple[str, int]]
) -> tuple[str, int] | None:
    """The first place written for a bought company, with the sentence; after its
    country alone (`Finland's Aurel Metering`) or its nationality (`Dutch power-chip
    maker Lumetra`), a town or region in it written later (`Tampere-based Aurel`,
    `Eindhoven-based Lumetra`)."""
    first = next(written_at, None)
    nationality = first is not None and _nationality(c, *first)
    if first is None or not (nationality or _country_only(first[0])):
        return first
    place = resolve_place(first[0])
    country = nationality_country(first[0]) if nationality else place and place.country
    for written, index in written_at:
        town = resolve_place(written) or unknown_town(written)
        inside = town is not None and (country is None or town.country in (None, country))
        if inside and not _country_only(written):
            return written, index
    return first


# `West Texas`, `southern Louisiana`: a part of a region, which is in that region
_COMPASS_RE = re.compile(r"(?i:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?)\s+")


# `in Frankfurt, Amsterdam and Milan`, `across Sydney, Melbourne and Perth`: a list of places
_LIST_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _locations(written: str, after: str = "") -> list[Site]:
    """The sites of a place written for a bought company, one per place of a list that
    spans countries (`runs six facilities in Frankfurt, Amsterdam and Milan`), its country
    alone for a list of places in one country (`runs 14 facilities across Sydney,
    Melbourne and Perth`)."""
    if " and " not in written:
        return [_location(written, after)]
    places = [resolve_place(p) for p in _LIST_RE.split(written) if p]
    if not all(places) or len(places) < 2:
        return [_location(written, after)]
    countries = list(dict.fromkeys(p.country for p in places if p is not None))
    if len(countries) == 1:
        return [Site(kind="location", country=countries[0], text=written)]
    return [_location(p.name) for p in places if p is not None]


def _location(written: str, after: str = "") -> Site:
    """The site of a place written for a bought company or asset (a town the gazetteer
    lacks read with the place written `after` it: `Offenbach near Frankfurt`; the region
    of a part of it: `West Texas`)."""
    compass = _COMPASS_RE.match(written)
    place = (
        resolve_place(written)
        or (resolve_place(written[compass.end() :]) if compass else None)
        or unknown_town(written, after)
    )
    return Site(
        kind="location",
        city=place.city if place else None,
        region=place.region if place else None,
        country=place.country if place else None,
        text=written,
    )


__all__ = [
    "OWNERSHIP_TYPES",
    "Facts",
    "deal_amounts",
    "deal_facts",
    "sentence_owners",
    "target_sites",
    "told_sentences",
    "undisclosed",
    "unit_names",
]
