"""Deal assembly, stage 1 (candidates): what one article offers the later stages.

From the parsed candidate sentences: the frames of each sentence (`roles.py`; the lead
sentences' frames when no sentence has a frame), the organisation mentions grouped into
clusters, the article's protagonist, and which sentences tell an older deal
(`chronology.py`). Stages 2-4 (`frames.py`, `attachment.py`, `deals.py`) read from it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.models import Article, Evidence
from pipeline.nlp.chronology import older_cues, tells_older
from pipeline.nlp.defined_terms import defined_aliases, find_definitions
from pipeline.nlp.doctext import doc_text, token_at
from pipeline.nlp.grouping import Clusters, Draft, accept, frame_roles
from pipeline.nlp.headlines import is_page_label
from pipeline.nlp.languages import rules_language
from pipeline.nlp.parties import clean_name, has_org_head, name_key, same_organisation
from pipeline.nlp.roles import (
    DESCRIPTION_NOUNS,
    FIRST_PERSON_WORDS,
    Frame,
    Mention,
    acting_for,
    find_frames,
    lead_frames,
    resolve,
)
from pipeline.nlp.rules import load_rules, load_word_lists
from pipeline.nlp.sentences import Sentence, is_topic
from pipeline.nlp.terms import CONTRACT_KINDS, find_terms
from pipeline.parse.dates import calendar_date

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

CLAUSE_LABELS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis"})
# A name mention: sentence index, character offset, text, whether a frame argument.
NameMention = tuple[int, int, str, bool]


@dataclass(frozen=True)
class ParsedSentence:
    """A candidate sentence and its spaCy parse."""

    sentence: Sentence
    doc: Doc


FILER_TERMS = frozenset(load_word_lists("roles_words.json")["filer_terms"])
# a title's opening name, ended by a colon, a comma, a possessive, a lower-case word, a
# period's or figure's word (`Q2`, `FY26`, `10-Q`) or a filing's form (`Form 8-K`,
# `Report of Foreign Private Issuer`, `Annual Report`)
TITLE_NAME = re.compile(
    r"^((?:[A-Z][\w&.'’-]*\s+)*?[A-Z][\w&.'’-]*?)"
    r"(?=\s*[:,(–—]|\s+-\s|['’]s\b|\s+(?:[a-z]|Q[1-4]\b|FY|H[12]\b|\d)"
    r"|\s+(?:Form\s+\d|Report\s+of\b|(?:Annual|Quarterly|Interim)\s+Report\b))"
)


def _voice_of_another(title: str, end: int, text: str, language: str) -> bool:
    """`Grid Talk, Ep. 112: X's Y on ...`, `Aino Virtanen on X's Series A`, `Sam Achterberg:
    X has raised ...` (a post whose title repeats its first words): the name a title opens
    with is a show or a person, whose `we` is another company (`cues.json`
    not_filer_after: the words after a show's or a speaker's name)."""
    after = load_rules("cues.json", language).get("not_filer_after")
    if after and re.match(after, title[end:], re.IGNORECASE):
        return True
    rest = title[end:].lstrip(" :")
    return title[end:].lstrip().startswith(":") and len(rest) > 20 and text.startswith(rest)


def _published(article: Article) -> datetime.date | None:
    return calendar_date(article.published)


def _clause(token: Token) -> int:
    """The index of the head of the clause holding a token (a relative, adverbial or
    complement clause, a coordinated verb, else the sentence's root)."""
    while token.head.i != token.i and not (
        token.dep_ in CLAUSE_LABELS
        or (token.dep_ in ("conj", "pcomp") and token.pos_ in ("VERB", "AUX"))
    ):
        token = token.head
    return token.i


def _word_at(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` with no letter, digit or hyphen on either side."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            return True
        at = text.find(word, at + 1)
    return False


def _governs(head: Token, token: Token) -> bool:
    """Whether `token` is `head` or in its subtree."""
    while token.i != head.i:
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _dates(clause: Token, trigger: Token) -> bool:
    """Whether a cue in the clause headed by `clause` dates the deal word `trigger`: the
    clause holds it, or is a participle describing the deal word or a noun of its
    prepositions (`raised £140 million in a funding round led by Y in March`, `closed a
    loan from a group of lenders led by Y in October`: the round and the loan were then;
    not `a remporté l'appel d'offres lancé l'an dernier`, what the deal answers)."""
    if _governs(clause, trigger):
        return True
    if clause.dep_ != "acl":
        return False
    noun = clause.head
    return noun.i == trigger.i or (noun.dep_ == "pobj" and _governs(trigger, noun))


def _relative(token: Token) -> bool:
    """Whether a word is in a relative clause."""
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))


def _describes_object(token: Token) -> bool:
    """`agreed to buy smaller rival X`, `to merge with its rival, X`: a cue word that
    describes the organisation a verb or preposition takes as object names a side of
    the deal, not an older or other deal (`with Halloran rival X` is another's rival)."""
    before = [t for t in token.doc[max(0, token.i - 2) : token.i] if t.lower_ not in ("'s", "’s")]
    if before and before[-1].ent_type_ == "ORG":
        return False
    named = [token.head] if token.dep_ in ("amod", "compound", "nmod") else []
    named += [c for c in token.children if c.dep_ == "appos"]
    return any(
        n.ent_type_ == "ORG" and (n.dep_ in ("dobj", "pobj") or n.head.i == token.i) for n in named
    ) and token.dep_ not in ("nsubj", "nsubjpass")


def _apposed_cue(doc: Doc, char: int, triggers: list[int], language: str) -> bool:
    """`verser 1,4 milliard d'euros à Y, un fournisseur encore inconnu il y a dix-huit
    mois`: a cue in the apposition that describes an organisation named after the deal's
    words (`deal_types.json` apposition_openers: the comma and determiner opening it, no
    comma since) dates that organisation, not the deal."""
    openers = load_rules("deal_types.json", language).get("apposition_openers")
    names = [e for e in doc.ents if e.label_ == "ORG" and e.end_char <= char]
    if not openers or not names or any(doc[t].idx >= names[-1].start_char for t in triggers):
        return False
    return re.match(openers, doc_text(doc)[names[-1].end_char : char], re.IGNORECASE) is not None


def _compares(token: Token, language: str) -> bool:
    """`at a valuation of $450 million, down from $700 million in its previous round`: a
    cue word in a comparison the deal's figure is set against (`deal_types.json`
    comparison_heads: the words heading `from`) dates that older figure, not the deal."""
    heads = load_rules("deal_types.json", language).get("comparison_heads", [])
    return any(
        t.lower_ == "from" and t.head.lower_ in heads for t in token.ancestors if t.dep_ == "prep"
    )


def _told_apart(frames: list[list[Frame]], language: str) -> set[frozenset[str]]:
    """Names one frame gives different roles although one reads as a short form of the
    other (`Atalis annonce la cession de sa filiale Atalis Data`): two organisations, in a
    language whose rules say so (`org_context.json` `short_forms_told_apart`); a unit and
    the owner a frame reads for it (`Gelco sells its unit, Gelco Express Ltd`), in every
    language."""
    apart: set[frozenset[str]] = set()
    for frame in (f for found in frames for f in found):  # `Gelco sells its unit Gelco Express`
        for _, m in frame.args:
            if m.owner and not m.asset and name_key(m.owner) != name_key(m.text):
                apart.add(frozenset((clean_name(m.text), clean_name(m.owner))))
    if not load_rules("org_context.json", language).get("short_forms_told_apart"):
        return apart
    for frame in (f for found in frames for f in found):
        named = [(r, clean_name(m.text)) for r, m in frame.args if not m.pronoun and not m.asset]
        for i, (role, name) in enumerate(named):
            for other_role, other in named[i + 1 :]:
                differ = role != other_role and name_key(name) != name_key(other)
                if differ and same_organisation(name, other):
                    apart.add(frozenset((name, other)))
    return apart


def _acting_apart(docs: Sequence[Doc]) -> set[frozenset[str]]:
    """`Lumina Trust Management Pte. Ltd., as manager of Lumina Trust`: a company told in
    the capacity in which it acts for a trust (`roles_words.json` acting_capacities) is not
    the trust, even when its name starts with the trust's."""
    apart: set[frozenset[str]] = set()
    for ent in (e for doc in docs for e in doc.ents if e.label_ == "ORG"):
        for trust in acting_for(ent.root):
            if same_organisation(ent.text, trust.text):
                apart.add(frozenset((clean_name(ent.text), clean_name(trust.text))))
    return apart


class Candidates:
    """One article's sentences, frames, organisation clusters and protagonist."""

    def __init__(self, article: Article, parsed: Sequence[ParsedSentence]) -> None:
        self.article = article
        self.parsed = list(parsed)
        self.texts = [p.sentence.text for p in self.parsed]
        self.published = _published(article)
        self.language = rules_language(article.language)  # whose rules read the texts
        self._background_memo: dict[tuple[int, bool], bool] = {}
        self._folded_names: dict[int, list[str]] = {}
        self._paired: dict[int, set[int]] = {}
        self._entities_by_key: dict[tuple[str, ...], list[Span]] | None = None
        self.frames = [find_frames(p.doc) for p in parsed]
        if not any(self.frames):
            self.frames = [lead_frames(p.doc) for p in parsed[:2]] + self.frames[2:]
        outlets = self._outlets()
        orgs = [
            (i, e.start_char, e.text, False)
            for i, p in enumerate(parsed)
            for e in p.doc.ents
            if e.label_ == "ORG" and name_key(e.text) not in outlets
        ]
        self.org_keys = {name_key(text) for _, _, text, _ in orgs}
        args = [
            (i, m.start, m.text, True)
            for i, frames in enumerate(self.frames)
            for f in frames
            for role, m in f.args
            if not m.pronoun
            and not m.asset
            and accept(m, role, self.org_keys)
            and name_key(m.text) not in outlets
        ]
        people = [
            (i, e.start_char, e.text, False)
            for i, p in enumerate(parsed)
            for e in p.doc.ents
            if e.label_ == "PERSON" and len(e) > 1
        ]
        mentions = sorted(orgs + args + self.lead_subject() + self.topics())
        filer = self._filer()
        self.clusters = Clusters(
            [(text, is_arg) for _, _, text, is_arg in sorted(mentions + people)]
            + ([(filer, False)] if filer else []),
            _told_apart(self.frames, self.language) | _acting_apart([p.doc for p in parsed]),
        )
        for term, name in defined_aliases(p.doc for p in parsed):
            self.clusters.alias(term, name)
        self.protagonist = self._first_cluster(
            ([filer] if filer else [])
            + [text for i, _, text, _ in mentions if not is_page_label(self.texts[i], text)]
        )
        self.defined, self.vehicles = self._defined_terms()
        self.protagonist_at = next(
            (
                (i, start)
                for i, start, text, _ in mentions
                if self.protagonist is not None and self.clusters.find(text) == self.protagonist
            ),
            None,
        )
        # a filing's title names its filer before any sentence does: `the Company` it
        # writes stands for the filer wherever the text first names it (if ever)
        self.title_named = filer is not None and self.clusters.find(filer) == self.protagonist

        self.counterpart = self._counterpart(mentions)

    def _outlets(self) -> set[tuple[str, ...]]:
        """The names of the newsletter or show the text greets its readers to (`Welcome
        to Watts & Bits, the Friday note`; `cues.json` outlet_greeting): no organisation
        of the story; named with or without the kind of issue ending it (`Grid & Rack
        Brief`); nor is the sponsor of an issue (`cues.json` outlet_sponsor: `This issue
        is brought to you by X`)."""
        cues = load_rules("cues.json", self.language)
        greeting, sponsor = cues.get("outlet_greeting"), cues.get("outlet_sponsor")
        text = self.article.text
        found = re.finditer(greeting, text) if greeting else ()
        outlets = {name_key(text[m.start(1) : end]) for m in found for end in (m.end(1), m.end())}
        sponsors = re.finditer(sponsor, text) if sponsor else ()
        return outlets | {name_key(m.group(1)) for m in sponsors}

    def _filer(self) -> str | None:
        """`Trivikram Heavy Engineering: disclosure under Regulation 30`, `Brannoch Data
        Centers Q2 2026 earnings call`: the organisation a filing, release or call's title
        opens with is the one its text calls `the Company` or `we` (a frame's argument),
        whatever it names first (an exchange's address, a customer)."""
        voiced = any(
            m.pronoun and (m.text.casefold() in FIRST_PERSON_WORDS or m.text in FILER_TERMS)
            for frames in self.frames
            for f in frames
            for _, m in f.args
        )
        title = self.article.title or ""
        found = TITLE_NAME.match(title) if voiced else None
        if found is None:
            return None
        if _voice_of_another(title, found.end(), self.article.text, self.language):
            return self._title_company(title[found.end() :])
        name = found.group(1)
        people = {name_key(e.text) for p in self.parsed for e in p.doc.ents if e.label_ == "PERSON"}
        if name_key(name) in people and not has_org_head(name):
            return None  # `Aino Virtanen on Mossgiel AI's Series A`, not `Halvard Digital`
        known = name_key(name) in self.org_keys or name.isupper()
        if " " not in name and not known:
            return None  # `Regional carriers X and Y ...`: a capitalised word, no name
        if not accept(Mention(name, 0, 0, "ORG"), "partner", set()):
            return None
        return name

    def _title_company(self, rest: str) -> str | None:
        """The company a show's or a speaker's title names next, after its colon or `on`
        (`Grid Talk, Ep. 112: Lumora Energy's Tomas Welling on ...`, `Aino Virtanen on
        Mossgiel AI's Series A`, `Sam Achterberg: Ondrel AI has raised ...`): the one whose
        `we` the text is; a post's platform (`Jonah Pereira on LinkedIn: Tessel has raised`,
        `cues.json` posted_on) is none."""
        posted = load_rules("cues.json", self.language).get("posted_on")
        cut = (re.match(posted, rest) if posted else None) or re.search(r":\s*|^\s+on\s+", rest)
        found = TITLE_NAME.match(rest[cut.end() :]) if cut else None
        if found is None or not accept(Mention(found.group(1), 0, 0, "ORG"), "partner", set()):
            return None
        return found.group(1)

    def _counterpart(self, mentions: list[NameMention]) -> int | None:
        """The first other organisation named in the sentence that first names the
        protagonist (`Optelys et Haruna finiraient par s'entendre`), in a language whose
        rules name one (`org_context.json` `described_counterpart`)."""
        rules = load_rules("org_context.json", self.language)
        if self.protagonist_at is None or not rules.get("described_counterpart"):
            return None
        first = self.protagonist_at[0]
        for i, _, text, _ in mentions:
            found = self.clusters.find(text)
            other = i == first and found is not None and found != self.protagonist
            if other and accept(Mention(text, 0, 0, "ORG"), "partner", set()):
                return found
        return None

    def _defined_terms(self) -> tuple[dict[str, int], set[str]]:
        """A filing's defined terms (`the "Company"`, `"Parent"`) -> the cluster of the name
        each defines (a vehicle's term -> its parent's), and the terms naming vehicles."""
        usable = lambda name: accept(Mention(name, 0, 0, "ORG"), "partner", set())  # noqa: E731
        found = [
            d
            for p in self.parsed
            for d in find_definitions(
                doc_text(p.doc),
                [(e.start_char, e.end_char) for e in p.doc.ents if e.label_ == "ORG"],
                usable,
            )
        ]
        names = {d.term: d.name for d in found}
        defined: dict[str, int] = {}
        vehicles: set[str] = set()
        for d in found:
            name = names.get(d.parent.casefold(), d.parent) if d.parent else d.name
            cluster = self.clusters.match(name)
            if cluster is not None:
                defined.setdefault(d.term, cluster)
                if d.parent:
                    vehicles.add(d.term)
        return defined, vehicles

    def lead_subject(self) -> list[NameMention]:
        """`Tessellate AI had quite a Tuesday.`: the named subject of the article's first
        sentence, the protagonist that `the company` and `it` refer to."""
        return [(0, m.start, m.text, True) for m in self._named_subjects(0)] if self.parsed else []

    def _named_subjects(self, index: int) -> list[Mention]:
        """The organisations named as the subject of a sentence's main verb."""
        doc = self.parsed[index].doc
        roots = [t for t in doc if t.dep_ == "ROOT"]
        subjected = [r for r in roots if any(c.dep_ == "nsubj" for c in r.children)]
        root = next(iter(subjected or roots), None)  # a parse cut in pieces: the one with a subject
        subjects = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
        return [
            m
            for t in subjects
            for m in resolve(t)
            if not m.pronoun and not m.asset and accept(m, "partner", set())
        ]

    def topic(self, index: int) -> tuple[int, set[int]] | None:
        """Whom a pronoun or a description subject of sentence `index` stands for, and
        where those subjects start: in a language whose rules say so (`org_context.json`
        `local_topic`), the organisation named as the subject of the sentence right before
        it (`Quarto Cloud s'installe à Marseille. Le fournisseur de cloud a signé ...`: a
        newsletter's item), when that is not the protagonist; with `descriptions`, only a
        description subject does (`Y will be the anchor user. The AI lab has committed`)."""
        local = load_rules("org_context.json", self.language).get("local_topic")
        if index == 0 or not local:
            return None
        before, now = self.parsed[index - 1].sentence, self.parsed[index].sentence
        if self.article.text[before.end : now.start].strip():
            return None  # a sentence not read lies between
        named = (self.clusters.find(m.text) for m in self._named_subjects(index - 1))
        found = next((k for k in named if k is not None), None)
        if found is None or found == self.protagonist:
            return None
        doc = self.parsed[index].doc
        subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
        if local == "descriptions":  # `The AI lab has committed to ...`, not `It` or `The company`
            subjects = [t for t in subjects if t.lower_ in DESCRIPTION_NOUNS]
        return found, {t.idx for t in subjects}

    def topics(self) -> list[NameMention]:
        """`Take Marlin Compute.`: the company a topic sentence names, a mention of it even
        where the NER saw none."""
        found: list[NameMention] = []
        for i, p in enumerate(self.parsed):
            if not is_topic(self.texts[i], self.language):
                continue
            names = [t for t in p.doc if t.dep_ == "dobj" and t.pos_ == "PROPN"]
            for token in names:
                span = p.doc[token.left_edge.i : token.i + 1]
                if span[0].pos_ == "DET":
                    span = span[1:]
                found.append((i, span.start_char, span.text, True))
        return found

    def _first_cluster(self, names: list[str]) -> int | None:
        """The cluster of the first name that can be a party (not a regulator, an agency
        or a heading)."""
        for name in names:
            found = self.clusters.find(name)
            if found is not None and accept(Mention(name, 0, 0, "ORG"), "partner", set()):
                return found
        return None

    def entities_named(self, name: str) -> list[Span]:
        """The entities of the article, whatever their label, that write `name` (by
        `name_key`), indexed once per article."""
        if self._entities_by_key is None:
            self._entities_by_key = {}
            for p in self.parsed:
                for e in p.doc.ents:
                    self._entities_by_key.setdefault(name_key(e.text), []).append(e)
        return self._entities_by_key.get(name_key(name), [])

    def is_background(self, index: int, years: bool = True) -> bool:
        """Whether a sentence tells an older deal: a cue word, or (`years`) a past year."""
        key = (index, years)
        if key not in self._background_memo:
            self._background_memo[key] = tells_older(
                self.texts[index], self.published, years, self.language
            )
        return self._background_memo[key]

    def dates_apart(self, index: int) -> bool:
        """`Their leases run through 2042, matching the expiry of the buildings X already
        occupies`: a sentence whose older cues all sit in subordinate clauses (a relative
        or participle clause) while a clause of its own dates a contract."""
        doc = self.parsed[index].doc
        text = self.texts[index]
        cues = [
            token_at(doc, char) for char in older_cues(text, self.published, True, self.language)
        ]
        clauses = [doc[_clause(cue)] for cue in cues if cue is not None]
        if not clauses or len(clauses) < len(cues) or any(c.head.i == c.i for c in clauses):
            return False
        dated = [
            token_at(doc, t.start)
            for t in find_terms(text, self.published, self.language)
            if t.kind in CONTRACT_KINDS and (t.start_date or t.end_date)
        ]
        return any(
            token is not None and not any(_governs(c, token) for c in clauses) for token in dated
        )

    def background(self, draft: Draft, years: bool = True) -> bool:
        """A deal told only in sentences about older or other deals (in the clause of its
        own deal word: `Osprey, which agreed last week to buy X, will invest in Y` tells
        an older purchase and a current investment)."""
        return all(self._background_for(draft, i, years) for i in draft.sentences)

    def _background_for(self, draft: Draft, index: int, years: bool) -> bool:
        if not self.is_background(index, years):
            return False
        triggers = draft.triggers.get(index)
        if not triggers:
            return True
        doc = self.parsed[index].doc
        chars = older_cues(self.texts[index], self.published, years, self.language)
        found = [token_at(doc, char) for char in chars]
        cues = [
            cue
            for cue, char in zip(found, chars, strict=True)
            if cue is None
            or not (
                _describes_object(cue)
                or _compares(cue, self.language)
                or _apposed_cue(doc, char, triggers, self.language)
            )
        ]
        if found and not cues:
            return False
        if not cues:
            return True
        dated = [
            doc[t]
            for t in triggers
            if any(cue is None or _dates(doc[_clause(cue)], doc[t]) for cue in cues)
        ]
        # `is taking a further 18MW from Y, doubling the footprint it already rents`: a
        # relative clause dates the older deal it describes, not the sentence's own
        return bool(dated) and (len(dated) == len(triggers) or not all(map(_relative, dated)))

    def older(self, draft: Draft, index: int, clause: bool = True) -> bool:
        """A sentence of the deal's frames that tells an older part of the story (with
        `clause`, in the clause of the deal's own word when the sentence holds one)."""
        told = self._background_for(draft, index, True) if clause else self.is_background(index)
        return told and not self.background(draft)

    def party_name(self, cluster: int) -> tuple[str, str]:
        """A party's name and the text it was written as."""
        if cluster < 0:
            return self.clusters.assets[cluster], self.clusters.assets[cluster]
        found = self.clusters.clusters[cluster]
        return found.name, found.text

    def written_names(self, cluster: int) -> list[str]:
        """How the article writes a party: its mentions, the short form of its name
        (`Borealis` for `Borealis Cloud`) and the other names the article gives it
        (`Maghreb Datacenters (MDC)`)."""
        if cluster < 0:
            return [self.clusters.assets[cluster]]
        found = self.clusters.clusters[cluster]
        head = found.name.split(" ")[0]
        short = [head] if len(head) >= 4 and head.casefold() not in GENERIC_NAME_WORDS else []
        aliases = [a for a in self.clusters.aliases if self.clusters.find(a) == cluster]
        return sorted({*found.mentions, *short, *aliases})

    def paired_triggers(self, index: int) -> set[int]:
        """The trigger tokens of the sentence's frames that name two parties."""
        if index not in self._paired:
            self._paired[index] = {
                f.trigger_index
                for f in self.frames[index]
                if len(
                    frame_roles(
                        f,
                        self.clusters,
                        self.org_keys,
                        self.protagonist,
                        defined=self.defined,
                        vehicles=self.vehicles,
                    )
                )
                >= 2
            }
        return self._paired[index]

    def names_in(self, cluster: int, text: str) -> bool:
        """Whether the text writes any of a party's names as a whole word (any case)."""
        if cluster not in self._folded_names:
            self._folded_names[cluster] = [n.casefold() for n in self.written_names(cluster)]
        folded = text.casefold()
        return any(_word_at(folded, name) for name in self._folded_names[cluster])

    def evidence(self, field_name: str, index: int) -> Evidence:
        """The evidence that sentence `index` gives for a field."""
        sentence = self.parsed[index].sentence
        return Evidence(
            field=field_name,
            text=self.article.text[sentence.start : sentence.end],
            start=sentence.start,
            end=sentence.end,
        )


__all__ = ["Candidates", "ParsedSentence"]
