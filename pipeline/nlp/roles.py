"""Who pays whom: deal frames read off the dependency parse.

The frames are data (`patterns/en/roles_verbs.json`, `patterns/en/roles_nouns.json`): a verb or
deal noun, and for each syntactic slot (subject, object, possessor, a preposition's object)
the role its organisation plays. This module walks one parsed sentence and returns the
frames it finds with their arguments; `deals.py` resolves and groups them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pipeline.nlp.defined_terms import capacities, defined_terms, term_after
from pipeline.nlp.doctext import doc_memo, doc_text
from pipeline.nlp.facts import COMMERCIAL_TYPES
from pipeline.nlp.locations import PLACE_LABELS
from pipeline.nlp.parties import (
    POSSESSIVE,
    find_parents,
    is_generator,
    is_glued_word,
    same_organisation,
)
from pipeline.nlp.places import find_facilities, resolve_place, unknown_town
from pipeline.nlp.rules import load_rules, load_word_lists

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_WORDS = load_word_lists("roles_words.json")  # every language's: no word is in two

PRONOUNS = frozenset(_WORDS["pronouns"])
PLURAL_PRONOUNS = frozenset(_WORDS["plural_pronouns"])
OBJECT_PRONOUNS = frozenset(_WORDS["object_pronouns"])
DATIVE_PRONOUNS = frozenset(_WORDS["dative_pronouns"])
LISTING_WORDS = frozenset(_WORDS["listing_words"])
LISTING_LINKS = frozenset(_WORDS["listing_links"])
CO_PARTY_LINKS = frozenset(_WORDS["co_party_links"])
CO_PARTY_ROLES = frozenset(_WORDS["co_party_roles"])
CO_SUBJECT_LINKS = frozenset(_WORDS["co_subject_links"])
PRO_VERBS = frozenset(_WORDS["pro_verbs"])
VALUATION_VERBS = frozenset(_WORDS["valuation_verbs"])
DESCRIBING_TAGS = frozenset({"JJ", "NN", "NNS", "VBG"})  # `existing investor`, `returning`
LIST_OPENINGS = frozenset({",", ":", "—", "–"})  # `un pool de trois banques — A, B et C —`
MAX_LIST_GAP = 6  # words between two names of one list
# `centre` of `centre de données`, `center` of `data center`: the word a facility noun hangs on
FACILITY_HEADS = frozenset(
    word
    for noun in load_word_lists("places_facilities.json")["nouns"]
    for word in (noun.split()[0].lower(), noun.split()[-1].lower())
)
DENIAL_VERBS = frozenset(_WORDS["denial_verbs"])
DENIAL_PREDICATES = frozenset(_WORDS["denial_predicates"])
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
ANAPHORIC_NOUNS = frozenset(_WORDS["anaphoric_nouns"])
VEHICLE_HEADS = frozenset(_WORDS.get("vehicle_heads", ()))
DESCRIPTION_NOUNS = frozenset(_WORDS["description_nouns"])
INVERTED_CLITICS = frozenset(_WORDS["inverted_clitics"])
_MAX_ANTECEDENT_DEPTH = 4  # pronoun -> antecedent -> pronoun ... is cut here
NOT_ARGUMENT_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LANGUAGE", "LAW"}
)
ASSET_NOUNS = frozenset(_WORDS["asset_nouns"])
LAND_NOUNS = frozenset(_WORDS["land_nouns"])
LOCATIVE_NOUNS = frozenset(_WORDS.get("locative_nouns", ()))
ASSET_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "npadvmod"})
VAGUE_MODIFIERS = frozenset(_WORDS["vague_modifiers"])
CONJOINED_COMPANIES = re.compile(
    r"(.+?\b(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|AG|NV|Group)\.?(?: of [A-Z][\w.]+)?)"
    r",? and (.+?\b(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|AG|NV|Group)\.?)"
)
PLACED_AND_COMPANY = re.compile(
    r"(?:(.+?) of )?(.+?) and (.+?\b(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|AG|NV|Group)\.?)"
)
# `a loan from JPMorgan Chase and Bank of America`, `led by Société Générale and ING`,
# `provided by KeyBank and Sumitomo Mitsui Banking Corporation`, `arranged by Harlow &
# Stein and Ridley Bank`: two lenders of two or more capitalised words each (a firm's
# names joined by `&`), an acronym or one word with a capital inside or ending in `bank`,
# tagged as one name (outside a loan, `Goodyear Tire and Rubber Co` is one); one plain
# word beside such a name is a lender too (`Westpac and MUFG Bank`), unless a plural
# (`Farmers and Merchants Bank` is one bank)
_LENDER_NAME = (
    r"(?:[A-Z][\w.'-]*\s+(?:(?:of|&)\s+)?)+[A-Z][\w.'-]*|[A-Z]{2,6}|[A-Z][a-z]+[A-Z][\w'-]*"
    r"|[A-Z][\w'-]*bank"
)
_PLAIN_LENDER = r"[A-Z][a-z]+[a-rt-z]"
CONJOINED_LENDERS = (
    re.compile(rf"({_LENDER_NAME}) and ({_LENDER_NAME})"),
    re.compile(rf"({_PLAIN_LENDER}) and ({_LENDER_NAME})"),
    re.compile(rf"({_LENDER_NAME}) and ({_PLAIN_LENDER})"),
)
UNIT_OF_COMPANY = re.compile(
    r"(.+?\b(?:Division|Unit|Group|Subsidiary|Operations))\s+of\s+(.+?\b(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|AG|NV)\.?)"
)
STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.?|[A-Z]\.[A-Z]\.")
NAMED_ASSET_DEPS = frozenset({"compound", "nmod", "appos", "npadvmod"})
# `its shareholders approved`, `its oil and gas unit closed`: acting for the company
ACTING_FOR_OWNER = frozenset(_WORDS["acting_for_owner"])
UNIT_WORDS = frozenset(_WORDS["unit_words"])
LENDING_MODIFIERS = frozenset(_WORDS.get("lending_modifiers", ()))
REFLEXIVE_RECEIVERS = frozenset(_WORDS.get("reflexive_receivers", ()))
REFLEXIVE_CLITICS = frozenset(_WORDS.get("reflexive_clitics", ()))
OF_PLACE_HEADS = frozenset(load_word_lists("party_types.json")["of_place_heads"])
LETTERED_HEADS = frozenset(load_word_lists("party_types.json")["lettered_heads"])
NAME_ENDS = frozenset(_WORDS["name_ends"])
OWNING_VERBS = frozenset(_WORDS["owning_verbs"])
OPERATING_VERBS = frozenset(_WORDS["operating_verbs"])
SUBJECT_DEPS = ("nsubj",)
INVERTED_SUBJECT_DEPS = frozenset({"dobj", "xcomp", "nsubj", "attr", "appos"})
PARTICLE_ADVERBS = frozenset(_WORDS.get("particle_adverbs", ()))
RELATIVES = frozenset(_WORDS["relatives"])
INVERTED_SUBJECT_WORDS = frozenset(_WORDS.get("inverted_subject_words", ()))
TITLE_WORDS = frozenset(_WORDS["title_words"])
OFFICER_TITLES = frozenset(_WORDS["officer_titles"])
ACTING_CAPACITIES = frozenset(_WORDS["acting_capacities"])
GOODS_NOUNS = frozenset(_WORDS["goods_nouns"])
COMMODITY_NOUNS = frozenset(_WORDS.get("commodity_nouns", ()))
PERMISSION_NOUNS = frozenset(_WORDS.get("permission_nouns", ()))
FACILITY_NOUNS = frozenset(_WORDS["facility_nouns"])
POWER_NOUNS = frozenset(_WORDS["power_nouns"])
NOT_PARTY_WORDS = frozenset(load_word_lists("deal_roles.json")["not_party_words"])
CAUSATIVE_VERBS = frozenset(_WORDS.get("causative_verbs", ()))
GLUED_FIGURE = re.compile(r"^\d[\d,.]*(?=[^\W\d_])")  # `900MW`: a figure written onto its unit
HARDWARE_NOUNS = frozenset(_WORDS["hardware_nouns"])
COMPUTING_MODIFIERS = frozenset(_WORDS["computing_modifiers"])
INSTRUMENT_NOUNS = frozenset(_WORDS["instrument_nouns"])
SHARE_WORDS = frozenset(_WORDS["share_words"])
PART_PREPS = frozenset(_WORDS["part_preps"])
ASPIRATION_VERBS = frozenset(_WORDS["aspiration_verbs"])
ONGOING_AUXILIARIES = frozenset(_WORDS["ongoing_auxiliaries"])
HELD_STAKE_NOUNS = frozenset(_WORDS["held_stake_nouns"])
GROUP_NOUNS = frozenset(_WORDS["group_nouns"])
MEMBER_PREPS = frozenset(_WORDS["member_preps"])
LISTING_GROUP_NOUNS = frozenset(_WORDS.get("listing_group_nouns", ()))
RECEIVING_VERBS = frozenset(_WORDS["receiving_verbs"])
SEVERAL_DETERMINERS = frozenset(_WORDS["several_determiners"])
GLUE_PREPS = frozenset({"with", "from", "to", "by"})
LEADING_VERBS = frozenset(_WORDS["leading_verbs"])
MEMBER_VERBS = frozenset(_WORDS["member_verbs"])
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "will"})  # `X's first deal was Y`
OWNER_SELLS = "\x00seller"  # marks a bought asset's owner among a verb's object mentions
APPROXIMATELY = frozenset({"about", "around", "some", "nearly", "roughly", "almost", "over"})
DEFINITE = frozenset(_WORDS["definite_articles"])
DESCRIPTION_DETERMINERS = frozenset(_WORDS["description_determiners"])
ARTICLE_PREPOSITIONS = frozenset(_WORDS["article_prepositions"])
NEGATION_WORDS = frozenset(_WORDS["negation_words"])
POSSESSIVES = frozenset(_WORDS["possessive_determiners"])
FIRST_PERSON_WORDS = frozenset(_WORDS["first_person"])
STAKE_PREPS = frozenset(_WORDS["stake_preps"])
SIZE_PREPS = frozenset(_WORDS["size_preps"])
AGENT_PREPS = frozenset(_WORDS["agent_preps"])
EARLIER_WORDS = frozenset(_WORDS["earlier_words"])
MAKER_VERBS = frozenset(_WORDS["maker_verbs"])
ANONYMOUS_MODIFIERS = frozenset(_WORDS["anonymous_modifiers"])
ANONYMOUS_PARTIES: dict[str, str] = _WORDS["anonymous_parties"]
ANONYMOUS = "ANON"  # the label of a counterparty described, not named
INDEFINITE = frozenset({"a", "an"})
OPENING_MODIFIER_DEPS = frozenset({"advcl", "npadvmod", "dep"})  # a subject misparsed
CLIMB_DEPS = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "pobj", "acomp")


@dataclass(frozen=True)
class Mention:
    """A candidate party: the words as written and where they are in the sentence."""

    text: str
    start: int
    end: int
    label: str
    pronoun: bool = False
    asset: bool = False
    owner: str | None = None
    owns: bool = False  # written as the owner of what an argument names (`at Y's campus`)


@dataclass
class Frame:
    """One deal expression in a sentence: its trigger, type and role-labelled arguments."""

    trigger: str
    trigger_index: int
    deal_type: str
    args: list[tuple[str, Mention]] = field(default_factory=list)
    habitual: bool = False
    untyped: str | None = None  # the type when no word of the deal's sentences names one
    stated: bool = False  # the noun states the type itself (`formed a joint venture`)
    object_typed: bool = False  # its object typed it (`rent GPU clusters`: compute, no lease)
    reversible: bool = False  # the verb's sides are read from the context (`louer à`)
    counter: str | None = None  # the role of the side it leaves unnamed (`signed for capacity`)


TERM_WORD = re.compile(r"^[\w.]+-year$", re.IGNORECASE)  # `15-year`, `ten-year`


@cache
def _verb_index(language: str, copulas: bool = False) -> dict[str, list[tuple[str, str | None]]]:
    """Verb word -> [(frame name, particle or None)]; with `copulas`, only the frames of a
    copula naming a role (`attribute_nouns`: `X is the sole lender`), whose forms are no
    deal verb anywhere else."""
    index: dict[str, list[tuple[str, str | None]]] = {}
    for name, frame in load_rules("roles_verbs.json", language).items():
        if ("attribute_nouns" in frame) != copulas:
            continue
        for form in frame["forms"]:
            verb, _, particle = form.partition(" ")
            index.setdefault(verb, []).append((name, particle or None))
    return index


def misread_verb(token: Token) -> bool:
    """`Orvane et Bastide rachèteraient Kerlan Data`, `Halvane entre au capital de X`: a
    deal verb's form (never a deal noun's) that the tagger read as a noun, adjective or
    preposition, written right after a name (or its bracket: `X (XY) injecte`), is that
    verb."""
    return (
        token.pos_ in ("NOUN", "ADJ", "ADP")
        and token.i > 0
        and bool(token.nbor(-1).ent_type_ or token.nbor(-1).text == ")")
        and token.lower_ in _verb_index(token.lang_)
        and token.lower_ not in _noun_index(token.lang_)
    )


def deal_noun(token: Token) -> bool:
    """Whether a word is a deal noun's form (its head word: `contrat`, `bail`, `prêt`)."""
    return token.lower_ in _noun_index(token.lang_)


def _form_words(form: str) -> list[str]:
    """A deal noun's words as the tokenizer cuts them (`contrat d'achat`: `d'` apart)."""
    return form.replace("'", "' ").replace("’", "’ ").split()


def _head_first(language: str) -> bool:
    """Whether a language writes a noun phrase's head first (`contrat d'achat`)."""
    return bool(load_rules("roles_nouns.json", language).get("head_first"))


@cache
def _noun_index(language: str) -> dict[str, list[str]]:
    """Deal noun -> noun frame names (multi-word forms keyed by their head word)."""
    index: dict[str, list[str]] = {}
    head = 0 if _head_first(language) else -1
    for name, frame in load_rules("roles_nouns.json", language).items():
        for form in frame["forms"] if isinstance(frame, dict) else ():
            index.setdefault(_form_words(form)[head], []).append(name)
    return index


@cache
def _noun_phrases(language: str) -> dict[str, list[list[str]]]:
    """Noun frame name -> the words of its forms of more than one word."""
    return {
        name: [words for form in frame["forms"] if len(words := _form_words(form)) > 1]
        for name, frame in load_rules("roles_nouns.json", language).items()
        if isinstance(frame, dict)
    }


@cache
def _round_words(language: str) -> frozenset[str]:
    verbs = load_rules("roles_verbs.json", language)
    nouns = load_rules("roles_nouns.json", language)
    joining = [
        f
        for f in verbs.values()
        if f.get("subject_alone") and f.get("deal_type") == "investment" and "bare_with" not in f
    ]
    return frozenset(
        [w.split(" ")[0] for f in joining for w in f["forms"]]
        + [w for name in ("investment", "round", "participation") for w in nouns[name]["forms"]]
    )


def joins_round(word: Token) -> bool:
    """Whether a trigger word tells an investor joining a funding round (`participated`,
    `took part`, `co-led`, `round led by`, `also invested` with no object), not an
    investment of its own."""
    if word.lower_ in _round_words(word.lang_):
        return True
    verbs = load_rules("roles_verbs.json", word.lang_)
    return any(
        word.lower_ in f["forms"]
        and not _children(word, "dobj")
        and _bare_allowed(word, f["bare_with"])
        for f in verbs.values()
        if isinstance(f, dict) and f.get("deal_type") == "investment" and "bare_with" in f
    )


def _noun_frame(token: Token) -> tuple[str, dict[str, Any]] | None:
    """The deal noun frame a token tells, if any: a word of no listed form tells none;
    another's answer is kept per parsed sentence (the rules ask it of a token many times)."""
    if token.lower_.rstrip(".") not in _noun_index(token.lang_):
        return None
    return doc_memo(token.doc, ("noun_frame", token.i), lambda: _read_noun_frame(token))


def _read_noun_frame(token: Token) -> tuple[str, dict[str, Any]] | None:
    found = _listed_noun_frame(token)
    commodity = found[1].get("commodity_turn") if found else None
    if commodity and _modified_by(token, COMMODITY_NOUNS):
        return commodity, load_rules("roles_nouns.json", token.lang_)[commodity]
    turn = found[1].get("debt_objects") if found else None
    if found is None or not turn or not _placed_debt(token, turn["words"], turn.get("preps")):
        return found
    return found[0], {**found[1], **turn["frame"]}


def _modified_by(noun: Token, words: Collection[str]) -> bool:
    """`a 10-year gas sales and purchase agreement`, `an offtake agreement with Y, a
    cathode producer, for spodumene concentrate`: one of `words` among the noun's modifiers
    written before it (or their own), or the object of a `for` after it in its sentence
    (wherever the parse hangs it)."""
    after = noun.doc[noun.i + 1 : noun.sent.end]
    if any(o.lower_ in words for t in after if t.lower_ == "for" for o in _children(t, "pobj")):
        return True
    return _premodified_by(noun, words)


def _premodified_by(noun: Token, words: Collection[str]) -> bool:
    """One of `words` among the modifiers written before the noun, or their own."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    while modifiers:
        modifier = modifiers.pop()
        if modifier.lower_ in words:
            return True
        modifiers.extend(c for c in modifier.lefts if c.dep_ in ("compound", "amod", "nmod"))
    return False


def _placed_debt(noun: Token, words: Collection[str], preps: Collection[str] | None) -> bool:
    """`a private placement of $400 million of senior notes`: what the noun places, its
    `of` object (or that of one of `preps`: `une levée de dette de 1,8 milliard d'euros`,
    `un financement par dette`) or that object's own (a sum measuring it), is one of the
    debt `words`; so is the object of the verb whose preposition the noun follows (`sold
    $400 million of senior notes in a private placement`)."""
    of = frozenset(preps or ("of",))
    placed = [o for p, o in _prep_objects(noun) if p in of]
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        placed += _children(noun.head.head, "dobj")
    placed += [o for t in placed for p, o in _prep_objects(t) if p in of]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in placed)


def _listed_noun_frame(token: Token) -> tuple[str, dict[str, Any]] | None:
    if token.pos_ not in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
        return None
    names = _noun_index(token.lang_).get(token.lower_.rstrip("."), [])  # `a $6 billion Series B.`
    if not names or _describes_ownership(token) or _not_deal_purpose(token):
        return None
    nouns = load_rules("roles_nouns.json", token.lang_)
    word, governor = token.lower_, token.head.lower_ if token.dep_ == "pobj" else ""
    if not governor:  # `, avec la participation de Y, précise X`: the parse kept `avec` as its case
        governor = next((c.lower_ for c in token.children if c.dep_ == "case"), "")
    bound = {n: nouns[n].get("governed_by", {}).get(word) for n in names}
    governed = [n for n in names if governor in (bound[n] or ())]
    names = governed or [n for n in names if bound[n] is None]
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    needed = {n: nouns[n].get("with_prep", {}).get(word) for n in names}
    names = [n for n in names if needed[n] is None or not preps.isdisjoint(needed[n])]
    phrases = _noun_phrases(token.lang_)
    for name in names:
        frame: dict[str, Any] = nouns[name]
        for words in phrases[name]:
            if _head_first(token.lang_):  # the word first: a form headed by another is not read
                if (
                    words[0] == word
                    and [t.lower_ for t in token.doc[token.i : token.i + len(words)]] == words
                ):
                    return name, frame
            elif words[-1] == word.rstrip("."):
                left = [t.lower_ for t in token.doc[max(0, token.i - len(words) + 1) : token.i + 1]]
                if [*left[:-1], left[-1].rstrip(".")] == words or _coordinated_form(token, words):
                    return name, frame
    for child in token.children:
        if "contract" in names and child.dep_ == "compound" and child.i == token.i - 1:
            inner = _noun_frame(child)
            if inner is not None and inner[0] != "contract":
                return inner
    for name in names:
        if token.lower_ in nouns[name]["forms"]:
            return name, nouns[name]
    return None


def _coordinated_form(token: Token, words: list[str]) -> bool:
    """`a syndicated acquisition and development facility`: a two-word form whose first
    word modifies the head coordinated with the word written before it."""
    if len(words) != 2 or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    first = before.head
    return (
        before.dep_ == "conj"
        and first.head.i == token.i
        and first.dep_ in ("compound", "nmod", "amod")
        and first.lower_ == words[0]
    )


@cache
def _not_deal_purposes(language: str) -> frozenset[str]:
    return frozenset(load_rules("roles_nouns.json", language).get("not_deal_purposes", ()))


def _not_deal_purpose(token: Token) -> bool:
    """`an interconnection service agreement with PJM`, `the transmission arrangements with
    Y`: a noun whose modifiers (`roles_nouns.json` not_deal_purposes) name what a company
    needs around a deal (its grid link, secrecy, a public incentive), no deal."""
    return _premodified_by(token, _not_deal_purposes(token.lang_))


def _describes_ownership(token: Token) -> bool:
    """`majority-owned by`, `wholly owned`: a stake word that only says who owns a company
    (a standing fact, a parent), not a purchase."""
    return token.dep_ in ("npadvmod", "advmod", "compound") and token.head.lower_ in OWNING_VERBS


def _entity_of(token: Token) -> Span | None:
    if token.ent_iob_ == "O" or not token.ent_type_:
        return None
    for ent in doc_memo(token.doc, ("ents",), lambda: token.doc.ents):  # built once
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _proper_names(token: Token) -> list[Mention]:
    """A proper-noun chunk; `Blackstone and Canada Pension Plan Investment Board`, parsed
    as one name with a coordinated modifier, is two."""
    chunk = _proper_chunk(token)
    for child in token.children:
        conj = [c for c in child.children if c.dep_ == "conj" and c.i < token.i]
        named = _entity_of(child)
        if child.dep_ in ("nmod", "compound") and conj and named is not None:
            rest = token.doc[conj[0].i : token.i + 1]
            return [_mention(named, named.label_), _mention(rest, "PROPN")]
    return [_mention(chunk, "PROPN")]


def _coordinated_modifiers(token: Token, ent: Span) -> list[Mention]:
    """`by Lodestar Equity and Brine Capital`, `led by Norbank and Ridley Capital`, parsed
    with the first name as a modifier of the second (its `and` a conjunct or a bare `cc`
    of the modifier): the first is a party too."""
    found: list[Mention] = []
    for child in token.children:
        named = _entity_of(child)
        conj = any(c.dep_ in ("conj", "cc") and c.i < token.i for c in child.children)
        if (
            child.dep_ in ("nmod", "compound")
            and conj
            and named is not None
            and named != ent
            and named.label_ not in NOT_ARGUMENT_LABELS
        ):
            found.append(_mention(named, named.label_))
    return found


def _proper_chunk(token: Token) -> Span:
    """The proper nouns ending at `token`, without the words glued before a name
    (`Telco Corella Telecom`, `ALSO SIGNED Coastal Atomic`)."""
    left, head_first = token.i, _head_first(token.lang_)
    while (
        left > 0
        and ((before := token.doc[left - 1]).pos_ == "PROPN" or _adjective_name_word(before, token))
        and before.ent_type_ not in ("DATE", "TIME")  # `On Thursday Slikker Compute`
        and (
            left <= before.head.i <= token.i
            or (head_first and before.is_title and not before.ent_type_)  # hung elsewhere
        )
    ):
        left -= 1
    while left < token.i and is_glued_word(token.doc[left]):
        left += 1
    right = token.i + 1
    if _head_first(token.lang_):  # `par Arpège Ventures`: the name's words after its head
        while right < len(token.doc) and _name_word_after(token.doc[right], left):
            right += 1
    return token.doc[left:right]


def _adjective_name_word(word: Token, head: Token) -> bool:
    """`Pinecrest Growth`, `General Catalyst`: a capitalised word tagged as an adjective
    of a proper noun, inside the sentence and no entity's, is the name's first word."""
    return (
        word.pos_ == "ADJ"
        and word.dep_ == "amod"
        and word.is_title
        and not word.is_sent_start
        and not word.ent_type_
        and word.head.pos_ == "PROPN"
        and word.i < word.head.i <= head.i
    )


def _name_word_after(word: Token, start: int) -> bool:
    """`Ventures` after `Arpège`: a capitalised proper noun written right after a name,
    attached inside it or to nothing (a parse that lost it), and no other entity's."""
    prev = word.doc[word.i - 1]
    return (
        word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and bool(prev.whitespace_)
        and word.dep_ not in ("conj", "appos")
        and (start <= word.head.i < word.i or word.head.i == word.i)
        and word.ent_type_ in ("", "ORG")
    )


def _mention(span: Span, label: str, *, pronoun: bool = False, asset: bool = False) -> Mention:
    start, end = span.start_char, span.end_char
    text = doc_text(span.doc)[start:end]
    if (label != "ORG" and _followed_by_state(span)) or written_as_place(span, label):
        label = "PLACE"
    return Mention(text=text, start=start, end=end, label=label, pronoun=pronoun, asset=asset)


def written_as_place(span: Span, label: str) -> bool:
    """`une ligne d'assemblage à Saint-Nazaire`: a name the model calls a place, right after
    a place preposition (`place_prepositions`; after one that also names a receiver, a
    one-word name or a known place, or any one-word name when the preposition hangs on a
    facility noun); `son site de Wavre`: a name a facility noun gives as its town."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    words = load_rules("roles_words.json", span.doc.lang_)
    *_, tail = re.split(r"\s(?:de|du|d['’])\s?", span.text)  # `Grand-Duché de Luxembourg`
    one_place = " " not in span.text or any(resolve_place(t) is not None for t in {span.text, tail})
    if label in ("LOC", "GPE") and (
        before in words["place_prepositions"]
        or (before in words["place_or_dative_prepositions"] and one_place)
    ):
        return True  # `à Saint-Nazaire`; `accorde à Kanazawa Denki` names a receiver
    if before in words["place_or_dative_prepositions"] and _placed_town(span, words):
        return True  # `installé à Ghlin`, `la friche des Forges, à Denain`
    if before in words["town_prepositions"] and _home_town(span):
        return True  # `l'acquisition de Transport Laurentides, de Saint-Jérôme, pour`
    bearing = words.get("bearing_after")
    after = doc_text(span.doc)[span.end_char : span.end_char + 60]
    marked = before in words["place_or_dative_prepositions"] or before in words["town_prepositions"]
    if marked and bearing and re.match(bearing, after):
        return True  # `à Anyama, au nord d'Abidjan`, `de Plouisy, près de Guingamp`
    lead = span.doc[span.start - 2].lower_ if span.start > 1 else ""
    if before in words["town_prepositions"] and lead in words.get("locative_leads", ()):
        return True  # `près de Guingamp`, `le quartier d'Arenc`, whatever the model calls it
    prep = span.root.head
    if (
        span.root.dep_ == "pobj"
        and prep.i == span.start - 1
        and prep.lower_ in words["place_or_dative_prepositions"]
        and _holds_facility(prep.head, prep.i)
        and one_place
    ):
        return True  # `un centre de données plus modeste à Zaventem`
    root = span.root
    if (
        root.dep_ == "conj"
        and before in words["place_or_dative_prepositions"]
        and one_place
        and written_as_place(span.doc[root.head.i : root.head.i + 1], label)
    ):
        return True  # `de deux salles à Herstal et à Flémalle`
    if (
        root.dep_ == "conj"
        and root.head.lower_ in FACILITY_HEADS
        and any(c.lower_ in words["town_prepositions"] and c.i < root.i for c in root.children)
        and _facility_towns(doc_text(span.doc))
    ):
        return True  # `ses centres de Wavre, en Wallonie, et d'Anderlecht`
    return span.text in _facility_towns(doc_text(span.doc))


def _placed_town(span: Span, words: dict[str, Any]) -> bool:
    """A one-word name, whatever the model calls it, after a place preposition that a
    participle placing something governs (`installé à Ghlin`; `placing_participles`) or
    that opens an apposition after a comma, when the name is a town the gazetteer or its
    towns table knows (`l'ancienne friche des Forges, à Denain`; not `cède ses parts à
    A, à B et à C`, receivers listed)."""
    if " " in span.text or span.start < 2:
        return False
    lead = span.doc[span.start - 2]
    if lead.lower_ in words.get("placing_participles", ()):
        return True
    if lead.text != "," or re.match(r",?\s+(?:et\s+)?à\s", doc_text(span.doc)[span.end_char :]):
        return False  # `à A, à B et à C`: receivers listed
    return _known_town(span.text)


def _home_town(span: Span) -> bool:
    """`X, de Saint-Jérôme,`: a one-word name the gazetteer or its towns table knows as a
    town, set off by commas after `de` (where the company before it is from; not a list,
    `les parts de A, de B et de C`)."""
    text = doc_text(span.doc)
    if " " in span.text or span.start < 2 or span.doc[span.start - 2].text != ",":
        return False
    after = text[span.end_char :]
    listed = re.match(r",?\s+(?:et\s+)?d(?:e\s|['’])", after)
    if listed or not re.match(r"\s*(?:[,(]|\.?\s*$)", after):
        return False
    return _known_town(span.text)


def _known_town(name: str) -> bool:
    """Whether the gazetteer or its towns table knows `name` as a town of a country."""
    town = resolve_place(name) or unknown_town(name)
    return town is not None and town.city is not None and town.country is not None


def _holds_facility(noun: Token, before: int) -> bool:
    """A facility noun, or a noun whose complement before `before` is one (`l'exploitant de
    deux salles à Herstal`: the town is the rooms', whatever the parse hung it on)."""
    return noun.lower_ in FACILITY_HEADS or any(
        prep.dep_ == "prep"
        and prep.i < before
        and obj.dep_ == "pobj"
        and obj.lower_ in FACILITY_HEADS
        for prep in noun.children
        for obj in prep.children
    )


@lru_cache(maxsize=64)
def _facility_towns(text: str) -> frozenset[str]:
    """The towns a sentence's facilities are named after or placed in (`le campus Kestral
    Orly Sud, à Wissous`)."""
    return frozenset(f.city for f in find_facilities(text) if f.city and f.city != f.name)


def _followed_by_state(span: Span) -> bool:
    """`Englewood, Colo.`, `Malvern, Pa`: a town written with its state is a place."""
    after = span.doc[span.end : span.end + 2]
    return (
        len(after) == 2
        and after[0].text == ","
        and (after[1].ent_type_ == "GPE" or STATE_ABBREVIATION.fullmatch(after[1].text) is not None)
    )


def _asset_span(token: Token) -> Span | None:
    """`its plastic container business` -> `plastic container business`; None when bare."""
    doc = token.doc
    start = token.i
    while start > 0:
        before = doc[start - 1]
        if before.dep_ in ASSET_MODIFIER_DEPS and before.head.i >= start:
            start -= 1
        elif _hyphenated(before) and start >= 2 and doc[start - 2].head.i >= start - 1:
            start -= 2  # `long-term care facilities`, `privately-held company`
        else:
            break
    while start < token.i and doc[start].lower_ in VAGUE_MODIFIERS:
        start += 1
    end = token.i + 1
    if start == token.i:
        return None
    return doc[start:end]


def _named_next(unit: Token) -> Mention | None:
    """`its South African subsidiary, Robertsons Pty Ltd, to ...`: the unit's name written
    right after it (the parse often attaches it elsewhere)."""
    doc = unit.doc
    i = unit.i + 1 + (unit.i + 1 < len(doc) and doc[unit.i + 1].text == ",")
    ent = _entity_of(doc[i]) if i < len(doc) else None
    if ent is None or ent.label_ != "ORG" or ent.start != i:
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ not in NAME_ENDS:
        return None
    return replace(_mention(ent, "ORG"), owner=_owner(unit))


def _apposed_asset_name(asset: Token) -> Mention | None:
    """`The property, Umeda Gate, is being sold by Y`: a bare asset noun whose apposition
    is a proper name the model takes for no organisation is that asset, by its name."""
    for child in _children(asset, "appos"):
        ent = _entity_of(child)
        if child.pos_ == "PROPN" and (ent is None or ent.label_ != "ORG"):
            span = _proper_chunk(child) if ent is None else ent
            return _mention(span, "ASSET", asset=True)
    return None


def _hyphenated(token: Token) -> bool:
    """A hyphen written inside a word (`long-term`), not a dash between words."""
    return (
        token.text == "-"
        and not token.whitespace_
        and bool(token.i)
        and (not token.doc[token.i - 1].whitespace_)
    )


def resolve(
    token: Token, *, allow_asset: bool = False, depth: int = 0, conjuncts: bool = True
) -> list[Mention]:
    """The candidate parties a syntactic argument stands for (conjuncts included unless
    `conjuncts` is False); worked out once per sentence, as the frames ask again."""
    key = ("resolve", token.i, allow_asset, depth, conjuncts)
    found = doc_memo(token.doc, key, lambda: _resolve(token, allow_asset, depth, conjuncts))
    return list(found)


def _resolve(token: Token, allow_asset: bool, depth: int, conjuncts: bool) -> list[Mention]:
    found: list[Mention] = []
    ent = _entity_of(token)
    if ent is not None and ent.label_ == "MONEY" and token.i != ent.root.i:
        return found  # a sum's words (`32 milliards de francs CFA`) name no party
    if (owner := _round_owner(token)) is not None:
        return [owner]
    if token.lower_ in RELATIVES and token.dep_ == "pobj" and token.head.head.dep_ == "relcl":
        # `an agreement, in terms of which Y will acquire Z`: the relative stands for the
        # noun its clause describes (`terms`, no party), not for a name told before it
        noun = token.head.head.head
        return resolve(noun, allow_asset=allow_asset, depth=depth + 1) if depth < 3 else []
    if token.lower_ in RELATIVES and token.head.dep_ == "relcl" and depth < 3:
        noun = token.head.head  # `X, which Y pays`, `X, the network that Y is buying`
        noun = noun.head if noun.dep_ == "appos" else noun
        before = token.doc[token.i - 2] if token.i >= 2 else noun
        if noun.pos_ in ("VERB", "AUX") and token.nbor(-1).text == "," and before.ent_type_:
            noun = before  # `... de Qalaat Capital, qui prend ...` hung on the verb
        if relative := resolve(noun, allow_asset=allow_asset, depth=depth + 1):
            return relative
    if (vehicle := _vehicle(token)) is not None:
        return vehicle
    if ent is not None and (_placed_description(token, ent) or _place_named_noun(token, ent)):
        found.extend(_described(token))
    elif (named := _name_after_modifier(ent or token.doc[token.i : token.i + 1])) is not None:
        found.append(named)
    elif (
        ent is not None and ent.label_ not in NOT_ARGUMENT_LABELS and not _defined_term(token, ent)
    ):
        if depth < 3 and (trust := acting_for(token, depth)):
            return trust
        found.extend(_coordinated_modifiers(token, ent))
        after_of = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of"
        pair = _split_pair(_mention(_whole_name(ent), ent.label_), token.idx, after_of=after_of)
        found.extend(_owned(token, pair))
    elif token.lower_ in DATIVE_PRONOUNS and token.dep_ == "dative":
        found.extend(_dative_antecedent(token))
    elif _capitalised_term(token):
        # `deliver racks to the Company`: a filing's defined term, read by `frame_roles`
        found.append(_mention(token.doc[token.i : token.i + 1], "PRON", pronoun=True))
    elif token.lower_ in ANAPHORIC_NOUNS and token.dep_ == "pobj" and _is_description(token):
        found.extend(_described(token))
    elif _is_pronoun(token) or (
        token.lower_ in ANAPHORIC_NOUNS
        and len(articles := {c.lower_ for c in token.children if c.dep_ != "punct"}) == 1
        and articles <= DEFINITE
    ):
        found.extend(_antecedents(token, depth))
    elif _is_description(token):
        found.extend(_described(token))
    elif (apposed := _apposed_opening_name(token)) is not None:
        found.append(apposed)
    elif token.pos_ == "PROPN":
        found.extend(_owned(token, _proper_names(token)))
    elif (headline := _headline_name(token)) is not None:
        found.append(headline)
    elif described := _names_after_descriptor(token):
        found.extend(described)
    elif token.pos_ == "NOUN" and depth < 3 and (led := _led_by(token, depth)):
        found.extend(led)
    elif (glued := _name_glued_before(token)) is not None:
        found.append(glued)
    elif token.pos_ in ("NOUN", "PRON", "DET", "ADJ") and depth < 3:
        inner = _inner_argument(token, depth, allow_asset)
        if inner:
            found.extend(inner)
        elif not allow_asset and token.lower_ in UNIT_WORDS and (parent := _unit_owner(token)):
            found.append(parent)
        elif not allow_asset and _lending_unit(token) and (lender := _possessor(token)):
            found.append(lender)
        elif token.lower_ not in ASSET_NOUNS and (owner := _possessor(token)):
            found.append(owner)
        elif not allow_asset and (operator := _facility_owner(token)) is not None:
            found.append(operator)
        elif allow_asset and token.lower_ in ASSET_NOUNS:
            span = _asset_span(token)
            if span is None and _possessor(token) is not None:
                span = token.doc[token.i : token.i + 1]  # `Kaiser Steel's plant was bought`
            if (named := _named_next(token)) is not None:
                found.append(named)
            elif span is None and (apposed := _apposed_asset_name(token)) is not None:
                found.append(apposed)
            elif span is not None:
                found.append(replace(_mention(span, "ASSET", asset=True), owner=_owner(token)))
        elif depth < 2 and token.lower_ in ACTING_FOR_OWNER and (held := _owner_mention(token)):
            found.append(held)
    words = [token]
    if ent is None and token.pos_ == "PROPN":  # `Arpège Ventures et le Fonds Lumière`
        words += [t for t in _proper_chunk(token) if t.i > token.i]
    for child in (c for word in words for c in word.children):
        is_subject = _in_subject(token)
        if conjuncts and child.dep_ == "conj" and (is_subject or not _starts_clause(child)):
            found.extend(resolve(child, allow_asset=allow_asset, depth=depth))
        if child.dep_ == "appos" and (not found or (conjuncts and _continues_list(child))):
            found.extend(resolve(child, allow_asset=allow_asset, depth=depth + 1))
        elif conjuncts:
            for other in _pair_after_alias(child):
                found.extend(resolve(other, allow_asset=allow_asset, depth=depth + 1))
    if conjuncts and ent is not None:  # `avec le Fonds T pour les infrastructures (FTI) et B`
        tail = [c for t in ent if t.i > token.i for c in t.children if c.i >= ent.end]
        for child in (c for c in tail if c.dep_ == "conj" and not _starts_clause(c)):
            found.extend(resolve(child, allow_asset=allow_asset, depth=depth))
    return found


def _vehicle(token: Token) -> list[Mention] | None:
    """`X Asset Management, the manager of Y Data Centre Trust, announced that the trust
    has agreed to acquire`, `the REIT has signed a PPA`: `the` and a vehicle's generic head
    (`vehicle_heads`) stand for the organisation named before it in the sentence whose name
    ends in that word, else for the article's one (`grouping.frame_roles`)."""
    if token.lower_ not in VEHICLE_HEADS:
        return None
    if [c.lower_ for c in token.children if c.dep_ != "punct"] != ["the"]:
        return None
    named = [e for e in token.doc.ents if e.end <= token.i and e.label_ == "ORG" and len(e) > 1]
    held = [e for e in named if e[-1].lower_ == token.lower_]
    if held:
        return [_mention(held[-1], "ORG")]
    return [_mention(token.doc[token.i : token.i + 1], "PRON", pronoun=True)]


def _name_after_modifier(ent: Span) -> Mention | None:
    """`with AI startup Vesper AI`, `with Bengaluru-based AI startup Vidya Labs`: a word
    never a party on its own (`deal_roles.json` not_party_words), as an argument (tagged
    as a name or not) modifying the lower-case descriptor after it, leaves the party to
    the name after the descriptor (the parse often reads the descriptor as a verb)."""
    doc = ent.doc
    if len(ent) != 1 or ent.text.lower() not in NOT_PARTY_WORDS:
        return None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ not in PLACE_LABELS:
        return None  # `Tessellate AI`: the end of a name (not `Bengaluru AI startup Y`)
    end = ent.end
    while end < min(ent.end + 2, len(doc)) and doc[end].is_lower and not doc[end].is_stop:
        end += 1
    if end == ent.end or end >= len(doc):
        return None
    named = _entity_of(doc[end])
    if named is not None and named.label_ == "ORG" and named.start == end:
        return _mention(named, "ORG")
    last = end
    while last < len(doc) and doc[last].pos_ == "PROPN":
        last += 1
    return _mention(doc[end:last], "PROPN") if last > end else None


def _descriptors(objects: list[Token]) -> list[Token]:
    """Where the parse hangs the phrases of an object `_name_after_modifier` reads past
    (`supply AI startup Y with capacity`): the descriptor (`startup`, read as a verb) and
    the head of the name after it (a verb above, when the name is read as its object)."""
    found = []
    for obj in objects:
        word = _entity_of(obj) or obj.doc[obj.i : obj.i + 1]
        if (named := _name_after_modifier(word)) is not None:
            doc = obj.doc
            found += [doc[word.end], doc[_token_at(doc, named.end) - 1].head]
    return found


def acting_for(token: Token, depth: int = 0) -> list[Mention]:
    """`X Limited, in its capacity as trustee of Y REIT`, `X Ltd as responsible entity for
    Y Trust`: a company told in the capacity in which it acts for a trust (`acting_capacities`)
    stands for the trust. The parse may hang the trust's `of` on the company itself
    (`X, as manager (the "Manager") of Y Trust`)."""
    # the phrase may hang on the verb, set off between the subject and it
    aside = (
        [c for c in token.head.children if token.i < c.i < token.head.i]
        if token.dep_ in SUBJECT_DEPS
        else []
    )
    preps = [c for c in [*token.children, *aside] if c.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ in ("in", "as")):  # `in its capacity as`
        held = [p for o in _children(prep, "pobj") if o.lower_ == "capacity" for p in o.children]
        for role in (p for p in [prep, *held] if p.lower_ == "as" and p.dep_ == "prep"):
            for noun in _children(role, "pobj"):
                if noun.lower_ not in ACTING_CAPACITIES:
                    continue
                hung = [p for p in preps if p.i > noun.i and p.lower_ in ("of", "for")][:1]
                for of in [*(c for c in noun.children if c.lower_ in ("of", "for")), *hung]:
                    trusts = [m for o in _children(of, "pobj") for m in resolve(o, depth=depth + 1)]
                    if trusts:
                        return trusts[:1]
    return []


def _place_named_noun(token: Token, ent: Span) -> bool:
    """`the San Francisco company has secured a loan`, tagged as one name: a definite
    company noun in lower case after a place name describes a company told before."""
    return (
        token.i == ent.end - 1 > ent.start
        and token.is_lower
        and token.lower_ in ANAPHORIC_NOUNS | DESCRIPTION_NOUNS
        and any(c.dep_ == "det" and c.lower_ in DESCRIPTION_DETERMINERS for c in token.children)
        and resolve_place(ent.doc[ent.start : token.i].text) is not None
    )


def _whole_name(ent: Span) -> Span:
    """`Kelso Ridge will fund the deal`, tagged as a person `Ridge`: the capitalised words
    the parse hangs on a name the model did not take for an organisation (compounds with
    no entity of their own, right before it) are the start of the name (not `Developer`
    or `Telco` before an organisation's name)."""
    start = ent.start
    while start > 0 and ent.label_ != "ORG":
        word = ent.doc[start - 1]
        if not (word.pos_ == "PROPN" and word.is_title and word.dep_ == "compound"):
            break
        if word.ent_type_ or not ent.start <= word.head.i < ent.end:
            break
        start -= 1
    return ent if start == ent.start else ent.doc[start : ent.end]


def _defined_term(token: Token, ent: Span) -> bool:
    """`la Société`, a filing's defined term for the filer tagged as a name: a company
    noun alone after a definite article stands for the company named before."""
    articles = {c.lower_ for c in token.children if c.dep_ == "det"}
    return len(ent) == 1 and token.lower_ in ANAPHORIC_NOUNS and bool(articles & DEFINITE)


def _name_glued_before(token: Token) -> Mention | None:
    """`with Tamsui Semiconductor worth ...`: a preposition's object the parse took to be
    the common word after a name (the name as its compound) stands for the name."""
    if token.dep_ != "pobj" or not token.is_lower or _noun_frame(token) is not None:
        return None
    if token.lower_ in ASSET_NOUNS or token.tag_ != "NN" or token.head.lower_ not in GLUE_PREPS:
        return None
    for child in token.children:
        ent = _entity_of(child)
        if child.dep_ == "compound" and ent is not None and ent.label_ == "ORG":
            return _mention(ent, "ORG")
    return None


def _led_by(token: Token, depth: int) -> list[Mention]:
    """`an investor group led by Jane Roe`, `a consortium controlled by X`: an unnamed
    group acts through the one who leads it; `from investors including X and Y`, `a
    consortium of X and pension fund Y`, `a group that includes X and Y`, through the
    members it lists; `a consortium led by X and including Y`, through both; `a group of
    banks led by X`, through the leader of its members."""
    if named := _named_members(token):
        return named
    if token.lower_ not in GROUP_NOUNS:
        return []
    members = [
        m
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS
        for o in _children(child, "pobj")
        for m in resolve(o, depth=depth + 1)
        if m.label != ANONYMOUS
    ]
    leading = [c for c in token.children if c.dep_ == "acl" and c.lower_ in LEADING_VERBS]
    leaders = [
        m
        for child in leading
        for p, o in _prep_objects(child)
        if p in AGENT_PREPS | MEMBER_PREPS  # `un pool formé de A et de B`
        for m in resolve(o, depth=depth + 1)
    ]
    # `composé de A (SA), chef de file, et de B`: the later members, hung anywhere
    roles = dict.fromkeys(MEMBER_PREPS, "member")
    leaders += [
        m
        for child in leading
        for _, root in _listed_after(child, roles)[1:]
        for m in resolve(root, depth=depth + 1, conjuncts=False)
        if m.text not in {n.text for n in leaders}
    ]
    named_before = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
    listed = [  # `the partnership, which includes X`: a group named before, not its members
        m
        for child in token.children
        if child.dep_ in ("acl", "relcl") and not named_before and _lists_members(child)
        for o in _children(child, "dobj") + [o for p, o in _prep_objects(child) if p == "of"]
        for m in resolve(o, depth=depth + 1)
    ]
    return (
        members
        + leaders
        + listed
        + [
            m
            for child in token.children
            if child.dep_ == "prep" and child.lower_ == "including"  # tagged a verb or not
            for o in _children(child, "pobj")
            for m in resolve(o, depth=depth + 1)
        ]
    )


def _named_members(group: Token) -> list[Mention]:
    """`Les investisseurs historiques de la société, Quaisud Capital et Ardent Seed,
    remettent au pot`: a plural group (`listing_group_nouns`) whose phrase names its
    members after a comma, wherever the parse hung them; the first name, the others
    joining it as listed beside it (`_add_co_listed`)."""
    if group.lower_ not in LISTING_GROUP_NOUNS:
        return []
    doc = group.doc
    for i in range(group.i + 1, min(group.right_edge.i + 1, len(doc) - 2) + 1):
        first = i + 1 + (doc[i + 1].lower_ in DEFINITE)  # `, le Crédit X et la Banque Y`
        ent = _entity_of(doc[first]) if doc[i].text in LIST_OPENINGS else None
        if ent is not None and ent.start == first and ent.label_ == "ORG":
            return [_mention(ent, "ORG")]
    return []


def _lists_members(clause: Token) -> bool:
    """`that includes A and B`, `comprising A and B`, `made up of A and B`: a group's own
    clause listing its members."""
    particles = [c.lower_ for c in clause.children if c.dep_ == "prt"]
    return clause.lower_ in MEMBER_VERBS or " ".join([clause.lower_, *particles]) in MEMBER_VERBS


def _headline_name(token: Token) -> Mention | None:
    """`Northwind signs ...`, `Novartis to buy ...`: a capitalised singular word (or any in
    a headline's `X to buy Y`) opening a sentence as the subject of its verb is a name the
    tagger took for a common noun or adjective."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children)
    misread = token.dep_ == "ROOT" and any(  # `Orvel to acquire X`, `Orvel` read as a verb
        c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )
    subject = (
        token.tag_ in ("NN", "JJ", "NNP", *(("NNS",) if infinitive else ()))
        and token.dep_ in ("nsubj", "nsubjpass", "amod")
        and token.head.pos_ in ("VERB", "AUX")
    )
    if (
        token.i != token.sent.start
        or not token.is_title
        or not (subject or misread)
        or token.lower_ in ANAPHORIC_NOUNS | DESCRIPTION_NOUNS | ACTING_FOR_OWNER
        or token.is_stop
    ):
        return None
    return _mention(token.doc[token.i : token.i + 1], "PROPN")


def _names_after_descriptor(token: Token) -> list[Mention]:
    """`acquired streaming service Tubi`: a lower-case descriptor the parse took for the
    object, with the name written right after it; a plural one lists several names
    (`alongside existing investors Foxglove Capital and Lumen Ridge`)."""
    doc = token.doc
    if not token.is_lower or token.dep_ not in ("dobj", "pobj", "conj") or token.i + 1 >= len(doc):
        return []
    if token.lower_ in RELATIVES:  # `a maker that Velden agreed to buy`: no descriptor
        return []
    after = doc[token.i + 1]
    ent = _entity_of(after)
    named = ent is not None and ent.start == after.i and ent.label_ == "ORG"  # tagged a noun
    if (after.pos_ != "PROPN" and not named) or after.head.i == token.i:
        return []
    found = [_name_at(after)]
    end = _token_at(doc, found[-1].end)
    while token.tag_ == "NNS" and end + 1 < len(doc) and doc[end].lower_ in (",", "and"):
        end += 1 + (doc[end].text == "," and doc[end + 1].lower_ == "and")
        if end >= len(doc) or doc[end].pos_ != "PROPN":
            break
        found.append(_name_at(doc[end]))
        end = _token_at(doc, found[-1].end)
    return found


def _name_at(first: Token) -> Mention:
    """The name starting at a proper noun: its entity, else its run of proper nouns."""
    doc = first.doc
    end = first.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    ent = _entity_of(first)
    span = ent if ent is not None and ent.start == first.i else doc[first.i : end]
    return _mention(span, "ORG" if ent is not None else "PROPN")


def _lending_unit(token: Token) -> bool:
    """`Westbrook Bank's technology lending group`: a company's lending unit."""
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in LENDING_MODIFIERS for c in token.children
    )


def _unit_owner(unit: Token) -> Mention | None:
    """`sold X to a subsidiary of Y`: a party written as an unnamed unit of a named
    company stands for that company, unless the unit's own name follows (`_unit_name`)."""
    owner = next(
        (m for p, o in _prep_objects(unit) if p == "of" for m in resolve(o, depth=2)),
        None,
    )
    return None if owner is None else _unit_name(unit.doc, owner) or owner


def _unit_name(doc: Doc, owner: Mention) -> Mention | None:
    """`the venture arm of grocery chain FreshMart, FreshMart Ventures`: a name set off by
    a comma right after the owner's, starting with the owner's first word, is the unit's
    own."""
    after = next((t for t in doc if t.idx >= owner.end), None)
    if after is None or after.text != "," or after.i + 1 >= len(doc):
        return None
    end = after.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    name = doc[after.i + 1 : end]
    first = owner.text.split()[0]
    return _mention(name, "ORG") if len(name) > 1 and name[0].text == first else None


def _owned(token: Token, mentions: list[Mention]) -> list[Mention]:
    """`its Blackman Uhler Chemical Division`: the unit's owner is the pronoun's antecedent;
    `the Surface Combustion Division of Midland-Ross Corp`: the company after `of`."""
    if len(mentions) != 1 or mentions[0].owner is not None:
        return mentions
    owner = _owner(token)
    if owner is None and token.lower_ in UNIT_WORDS:
        owner = next(
            (m.text for p, o in _prep_objects(token) if p == "of" for m in resolve(o, depth=2)),
            None,
        )
    return [replace(mentions[0], owner=owner)] if owner else mentions


def _split_placed(mention: Mention, after_of: bool) -> list[Mention]:
    """`Compagnie Generale Bull of France and NEC Corp`: a company, its home and a second
    company in one entity; `(X Inc of) New York and Y Inc`: the first company's home
    glued to the second company."""
    match = PLACED_AND_COMPANY.fullmatch(mention.text)
    if match is None or resolve_place(match.group(2)) is None:
        return [mention]
    second = replace(mention, text=match.group(3), start=mention.start + match.start(3))
    if match.group(1) is not None:
        # `Royal Bank of Canada and Y Ltd`: an institution named with its country
        named = match.group(1).rsplit(" ", 1)[-1].lower() in OF_PLACE_HEADS
        end = match.end(2) if named else match.end(1)
        first = replace(mention, text=mention.text[:end], end=mention.start + end)
        return [first, second]
    return [second] if after_of else [mention]


def _split_pair(mention: Mention, at: int = -1, *, after_of: bool = False) -> list[Mention]:
    """`Compagnie des Machines Bull of France and NEC Corp`: two companies in one entity;
    `Measurement Systems Division of Page-Wilson Corp`: a unit and its owner (the owner
    when the word at character `at` is in the owner's name)."""
    unit = UNIT_OF_COMPANY.fullmatch(mention.text)
    if unit is not None and at >= mention.start + unit.start(2):
        return [replace(mention, text=unit.group(2), start=mention.start + unit.start(2))]
    if unit is not None:
        return [
            replace(
                mention, text=unit.group(1), end=mention.start + unit.end(1), owner=unit.group(2)
            )
        ]
    match = CONJOINED_COMPANIES.fullmatch(mention.text)
    if match is None:
        return _split_placed(mention, after_of)
    first, second = match.span(1), match.span(2)
    return [
        replace(mention, text=match.group(1), end=mention.start + first[1]),
        replace(mention, text=match.group(2), start=mention.start + second[0]),
    ]


def _capitalised_term(token: Token) -> bool:
    """`deliver racks to the Company`: `the` and a capitalised anaphoric noun mid-sentence
    is a filing's defined term (not `L.E. Myers Co Group`)."""
    return (
        token.lower_ in ANAPHORIC_NOUNS
        and token.text[:1].isupper()
        and token.i > 1
        and token.doc[token.i - 1].lower_ == "the"
    )


def _placed_description(token: Token, ent: Span) -> bool:
    """`to buy the Pittsburgh, Pennsylvania-based maker of robots`, parsed with the place
    as the object and the description as its apposition: a definite description."""
    return (
        resolve_place(ent.text) is not None
        and any(c.dep_ == "det" and c.lower_ in DESCRIPTION_DETERMINERS for c in token.children)
        and any(
            c.dep_ == "appos" and c.lower_ in DESCRIPTION_NOUNS | ANAPHORIC_NOUNS
            for c in token.children
        )
    )


def _is_description(token: Token) -> bool:
    """`the bitcoin miner`, `the chip designer`, `au fondeur japonais` (the article in the
    preposition): a definite description of a company."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in DESCRIPTION_NOUNS | ANAPHORIC_NOUNS
        and (
            any(c.dep_ == "det" and c.lower_ in DESCRIPTION_DETERMINERS for c in token.children)
            or (token.dep_ == "pobj" and token.head.lower_ in ARTICLE_PREPOSITIONS)
        )
    )


def _described(token: Token) -> list[Mention]:
    """The organisation a definite description refers to: the nearest one named before it
    in the sentence that is not the sentence's subject, else (a company noun, or the
    subject) the company told before. A description followed by the
    name itself (`the US robotics company Larkspur Robotics`) is left to the apposition."""
    if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in token.children):
        return []
    if (named := _name_after_adjectives(token)) is not None:
        return [named]
    if (named := _name_after_complement(token)) is not None:
        return [named]
    if (main := _main_clause_company(token)) is not None:
        return [main]
    subjects = {t.i for t in _subject(token.head)[0]}
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    relative = [t for t in _subject(verb)[0] if t.lower_ in RELATIVES] if verb is not None else []
    acting = {m.start for t in relative for m in resolve(t, depth=2)}  # `X, qui ... la société`
    # `the Manchester-based retailer`: a name inside the description only describes it
    for ent in reversed([e for e in token.doc.ents if e.end <= token.left_edge.i]):
        if ent.label_ not in ("ORG", "PERSON", "PRODUCT", "FAC") or ent.start_char in acting:
            continue
        if ent.root.i not in subjects and not _names_hardware(ent):
            return [_mention(ent, "ORG")]
    if token.lower_ in ANAPHORIC_NOUNS or token.dep_ in (*SUBJECT_DEPS, "dative"):
        # `The mid-sized producer agreed to buy X`, `X agreed to sell the operator its
        # output`: with no name before it but the subject, the subject or recipient
        # description stands for the company told before, as `the company` does
        return [_mention(token.doc[token.i : token.i + 1], "PRON", pronoun=True)]
    return []


def _name_after_complement(description: Token) -> Mention | None:
    """`au fonds d'investissement Meridia Capital`, `l'opérateur de centres de données X`:
    the name written right after the description's complement, however the parse hangs
    it, is the company described (not a name told before), unless the parse makes it an
    argument of its own beside the description (`Le fournisseur de cloud X hébergera`,
    both subjects)."""
    noun = description
    for _ in range(3):
        objects = [o for p in _children(noun, "prep") for o in _children(p, "pobj")]
        if len(objects) != 1 or not objects[0].is_lower:
            return None
        noun = objects[0]
        ent = _entity_of(noun.doc[noun.i + 1]) if noun.i + 1 < len(noun.doc) else None
        if ent is not None and ent.start == noun.i + 1 and ent.label_ == "ORG":
            own = ent.root.head.i == description.head.i and ent.root.dep_ == description.dep_
            return None if own else _mention(_whole_name(ent), "ORG")
    return None


def _main_clause_company(description: Token) -> Mention | None:
    """`Shares of X rose 6% on the BSE after the Vadodara-based company said it had won
    an order`: a description that is the subject of an adverbial clause stands for the one
    organisation named in the subject of the clause it modifies, not for a name in between
    (an exchange, a rival)."""
    if description.dep_ != "nsubj" or description.head.dep_ != "advcl":
        return None
    doc = description.doc
    for subject in _children(description.head.head, "nsubj"):
        first, last = subject.left_edge.i, subject.right_edge.i
        named = [
            e for e in doc.ents if e.label_ == "ORG" and first <= e.start and e.end <= last + 1
        ]
        if len(named) == 1:
            return _mention(named[0], "ORG")
    return None


def _apposed_opening_name(token: Token) -> Mention | None:
    """`Wouri Data, société camerounaise spécialisée dans ..., a signé`, `Sardane, la
    plateforme créée par le fonds Y, a signé`, parsed with the description as the subject:
    a common noun (with its article) right after the organisation the sentence opens with
    and its comma stands for that organisation."""
    doc = token.doc
    if token.pos_ != "NOUN" or not token.is_lower or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    dets = [c for c in token.children if c.dep_ == "det"]
    start = token.i - len(dets)
    if any(d.i != start for d in dets) or start < 2 or doc[start - 1].text != ",":
        return None
    ent = _entity_of(doc[start - 2])
    if ent is None or ent.label_ != "ORG" or ent.end != start - 1 or ent.start != 0:
        return None
    return _mention(ent, "ORG")


def _name_after_adjectives(token: Token) -> Mention | None:
    """`de la start-up parisienne Pléiade AI`, the name hung elsewhere by the parse: in a
    head-first language a description's own name follows it and its adjectives."""
    doc, after = token.doc, token.i + 1
    if not _head_first(token.lang_):
        return None
    while after < len(doc) and doc[after].pos_ == "ADJ" and doc[after].head.i == token.i:
        after += 1
    ent = _entity_of(doc[after]) if after < len(doc) else None
    return (
        _mention(ent, "ORG")
        if ent is not None and ent.start == after and ent.label_ == "ORG"
        else None
    )


def _continues_list(appos: Token) -> bool:
    """`with Ferrous Capital, Gulf investor Qadira Holdings and Meridian Crossing all
    taking part`: a list the parse hung on its first name as an apposition (the apposition
    holds a coordination of names), not a description of the first name."""
    if any(t.text in ("(", '"', "\u201c") for t in appos.subtree):
        return False  # `Ridgeline, a Delaware corporation ("Ridgeline" or the "Company")`
    chain = [appos]
    while (nested := _children(chain[-1], "appos")) and len(chain) < 4:
        chain.append(nested[0])
    return any(
        c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC")
        for t in chain
        for c in t.children
    )


def _bracketed_alias_and(token: Token) -> bool:
    """`X ("X") and`: a name in brackets (and quotes) followed by a coordination."""
    doc = token.doc
    before = {t.text for t in doc[max(0, token.i - 2) : token.i]}
    after = {t.text for t in doc[token.i + 1 : token.i + 3]}
    return (
        "(" in before
        and ")" in after
        and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in token.children)
    )


def _pair_after_alias(child: Token) -> list[Token]:
    """`Everline Data Centers ("Everline") and Marigold Nuclear Inc. announced`: the parse
    hangs the second company of a pair whose first carries a bracketed alias on that alias
    (as its conjunct), beside it (as another apposition of the first) or above the first
    (which it reads as a modifier); that name is the pair's other company, no
    description."""
    if child.dep_ not in ("appos", "nmod") or child.pos_ != "PROPN":
        return []
    if _bracketed_alias_and(child):
        return [c for c in child.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if child.dep_ == "nmod":
        paired = any(c.dep_ == "appos" and _bracketed_alias_and(c) for c in child.children)
    else:
        paired = any(
            s.dep_ == "appos" and s.i < child.i and _bracketed_alias_and(s)
            for s in child.head.children
        )
    return [child] if paired else []


def _in_subject(token: Token) -> bool:
    """Whether a token is a subject or one of its conjuncts (`new investors A, B and C
    came in`, `developer Ironclad Digital and manager Tamsworth Pension have formed`)."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _starts_clause(token: Token) -> bool:
    """`... in Anthropic and Microsoft will invest ...`: a conjunct that is a new subject,
    not the last of the leaders of a group (`a group of banks led by X and Y has agreed`:
    Y leads the group too)."""
    after = token.right_edge.i + 1
    if after >= len(token.doc) or token.doc[after].pos_ not in ("AUX", "VERB"):
        return False
    return not any(
        a.dep_ == "agent"
        and a.head.dep_ == "acl"
        and a.head.lower_ in LEADING_VERBS
        and a.head.head.lower_ in GROUP_NOUNS
        for a in token.ancestors
    )


def _antecedent(pronoun: Token, depth: int = 0) -> Mention:
    """`X said it agreed to ...`: the subject of a governing verb, else the pronoun (never
    the phrase holding the pronoun: `the unit of its parent`). The search is bounded, so
    a pronoun inside the subject it would resolve to (`most of it`) cannot loop."""
    inner = max(depth + 1, 2)
    own = {t.i for t in pronoun.ancestors}
    bound = _controlling_verbs(_own_verb(pronoun) if pronoun.lower_ in OBJECT_PRONOUNS else None)
    for ancestor in pronoun.ancestors if depth < _MAX_ANTECEDENT_DEPTH else ():
        if ancestor.dep_ == "relcl" and ancestor.i < pronoun.i:
            named = [m for m in resolve(ancestor.head, depth=inner) if not m.pronoun]
            if named:
                return named[0]
        for child in ancestor.children:
            relative = child.lower_ in RELATIVES and ancestor.head.pos_ in ("VERB", "AUX")
            if (
                child.dep_ == "nsubj"
                and child.i < pronoun.i
                and child.i not in own
                and not relative
                and ancestor not in bound
            ):
                named = [m for m in resolve(child, depth=inner) if not m.pronoun]
                if named:
                    return _officer_company(child) or named[0]
        # `When Loral announced the deal, the company said ...`: the subject of a clause
        # written before the pronoun's own subject
        for clause in _children(ancestor, "advcl"):
            for child in _children(clause, "nsubj") if clause.i < pronoun.i else []:
                named = [m for m in resolve(child, depth=inner) if not m.pronoun]
                if named:
                    return named[0]
    return _mention(pronoun.doc[pronoun.i : pronoun.i + 1], "PRON", pronoun=True)


def _controlling_verbs(verb: Token | None) -> list[Token]:
    """`X has agreed to sell it power`: the verb and the verbs whose subject it shares
    (an infinitive's controllers), none of whose subjects an object pronoun stands for."""
    verbs = [] if verb is None else [verb]
    while verbs and verbs[-1].dep_ == "xcomp":
        verbs.append(verbs[-1].head)
    return verbs


def _officer_company(subject: Token) -> Mention | None:
    """`Nordvall chief executive Jo Ek said the group would ...`, `Dhruva's managing
    director X said it ...`: a person written after a company's name and an officer's title
    (`officer_titles`) speaks for that company, which the pronoun stands for."""
    ent = _entity_of(subject)
    if ent is None or ent.label_ != "PERSON":
        return None
    doc, i = subject.doc, ent.start
    while i > 0 and doc[i - 1].lower_ in OFFICER_TITLES:
        i -= 1
    if i == ent.start or i == 0:
        return None
    if doc[i - 1].lower_ == "'s" and i > 1:
        i -= 1
    company = _entity_of(doc[i - 1])
    if company is not None:
        return _mention(company, "ORG") if company.label_ == "ORG" else None
    start = i  # `Tarnby chief executive X`: a name the model did not tag
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    return _mention(doc[start:i], "ORG") if start < i else None


def _names_hardware(ent: Span) -> bool:
    """`rent 16,000 Nvidia graphics processors from the company`: a name modifying hardware
    names the goods' make, never the company a description points back to."""
    word = ent.root
    while word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i:
        word = word.head
        if word.lower_ in HARDWARE_NOUNS:
            return True
    return False


def _is_pronoun(token: Token) -> bool:
    """Whether a word is a pronoun: a first-person one written in capitals is an
    abbreviation (`its US unit`), not `us`."""
    return token.lower_ in PRONOUNS and not (token.is_upper and token.lower_ in FIRST_PERSON_WORDS)


def _antecedents(pronoun: Token, depth: int = 0) -> list[Mention]:
    """`X and Y said they agreed to merge`: a plural pronoun stands for every organisation
    of the governing subject its antecedent is named in; a singular one for its antecedent."""
    one = _antecedent(pronoun, depth)
    if one.pronoun or pronoun.lower_ not in PLURAL_PRONOUNS:
        return [one]
    for ancestor in pronoun.ancestors:
        for child in _children(ancestor, "nsubj"):
            named = [m for m in resolve(child, depth=max(depth + 1, 2)) if not m.pronoun]
            if child.i < pronoun.i and one in named:
                return named
    return [one]


def _dative_antecedent(pronoun: Token) -> list[Mention]:
    """`en négociations avec le fonds Y pour lui céder X`: a dative clitic stands for the
    organisation named last before it, other than the subject its verb acts for (a
    relative `qui` acts for the name right before it: `avec le fonds Y, qui va lui
    racheter X`); with none, for the company the article is about (a pronoun) when its verb
    has a subject of its own (`X lui a commandé 36 transformateurs`), not for an emphatic
    `lui` set off by commas (`X avait, lui, déboursé`)."""
    subject_words = [s for verb in [pronoun, *pronoun.ancestors] for s in _children(verb, "nsubj")]
    subjects = {t.i for s in subject_words for t in s.subtree}
    before = [e for e in pronoun.sent.ents if e.end <= pronoun.i and e.label_ == "ORG"]
    relative = [s.i for s in subject_words if s.lower_ in RELATIVES]
    # `avec X, la holding des fondateurs, qui lui cédera`: the relative's antecedent acts
    acting = {m.start for s in subject_words if s.lower_ in RELATIVES for m in resolve(s)}
    named = [
        e
        for e in before
        if e.root.i not in subjects
        and not any(e.end <= i <= e.end + 1 for i in relative)
        and e.start_char not in acting
    ]
    if named:
        return [_mention(named[-1], "ORG")]
    doc = pronoun.doc
    set_off = any(doc[i].is_punct for i in (pronoun.i - 1, pronoun.i + 1) if 0 <= i < len(doc))
    if relative or (_children(pronoun.head, "nsubj") and not set_off):
        return [_mention(doc[pronoun.i : pronoun.i + 1], "PRON", pronoun=True)]
    return []


def _own_verb(pronoun: Token) -> Token | None:
    """`X will supply it`, `X will take capacity from it`: the verb whose object (or whose
    preposition's object) the pronoun is; its subject is another party than the pronoun."""
    token = pronoun
    while token.dep_ in OBJECT_DEPS or token.dep_ == "prep":
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _inner_argument(token: Token, depth: int, allow_asset: bool = False) -> list[Mention]:
    """`a 20 pct stake in X`, `shares of X`, `its X unit`: the organisation inside."""
    frame = _noun_frame(token)
    if frame is not None and frame[1].get("obj_noun"):
        for child in token.children:
            ent = _entity_of(child)
            if child.dep_ in ("compound", "nmod") and _named_party(ent):
                assert ent is not None
                return [_mention(ent, "ORG")]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in STAKE_PREPS:
                for pobj in _children(child, "pobj"):
                    inner = resolve(pobj, allow_asset=allow_asset, depth=depth + 1)
                    # `une participation de 40 % dans X`: the size first, then the company
                    if inner or child.lower_ not in SIZE_PREPS:
                        return inner
        if (named := _named_after_prep(token)) is not None:
            return [named]  # `du capital d'OpCore, sa filiale`: the parse lost the `d'`
        for child in token.head.children if token.dep_ == "dobj" else ():
            # `sold 30 mln ordinary shares in X`: the parse hung the phrase on the verb
            if child.dep_ == "prep" and child.i == token.i + 1 and child.lower_ in STAKE_PREPS:
                return [m for p in _children(child, "pobj") for m in resolve(p, depth=depth + 1)]
    if token.lower_ in ASSET_NOUNS and (allow_asset or token.lower_ not in FACILITY_NOUNS):
        for child in token.children:
            ent = _entity_of(child)
            if child.dep_ in NAMED_ASSET_DEPS and ent is not None and ent.label_ == "ORG":
                return [replace(_mention(ent, "ORG"), owner=_owner(token))]
    return []


def _names_venture(token: Token) -> bool:
    """`51% of the joint venture`, `a 49% stake in the JV company`: a stake in the
    venture the partners form (`party_types.json` venture_nouns, the noun or its
    compound) is their share of it, not a company bought or invested in."""
    words = load_rules("party_types.json", token.lang_).get("venture_nouns", [])
    own = [token, *(t for t in token.children if t.dep_ == "compound")]
    return not any(t.ent_type_ for t in own) and any(t.lower_ in words for t in own)


def _named_after_prep(token: Token) -> Mention | None:
    """The organisation named right after the noun and a stake preposition, on the surface."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in STAKE_PREPS:
        return None
    ent = _entity_of(doc[token.i + 2])
    if ent is None or ent.start != token.i + 2 or ent.label_ != "ORG":
        return None
    return _mention(ent, "ORG")


def _named_party(ent: Span | None) -> bool:
    """`an Alcon stake`: a name the NER labelled, if only as a place or product."""
    return ent is not None and (
        ent.label_ == "ORG" or (ent.label_ not in NOT_ARGUMENT_LABELS and ent.root.pos_ == "PROPN")
    )


def _round_owner(token: Token) -> Mention | None:
    """`putting $75 million into Ardmore's Series C`: a round named by its letter stands
    for the company whose round it is (`party_types.json` lettered_heads)."""
    if len(token.text.rstrip(".")) != 1 or not any(
        c.dep_ == "compound" and c.lower_ in LETTERED_HEADS for c in token.children
    ):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return _mention(_proper_chunk(owner), "ORG") if owner is not None else None


def _possessor(token: Token) -> Mention | None:
    """`Groq's inference technology`: the named organisation that owns the thing."""
    for child in token.children:
        ent = _entity_of(child)
        if child.dep_ == "poss" and ent is not None and ent.label_ == "ORG":
            return replace(_mention(ent, "ORG"), owns=True)
    return None


def _named_possessor(noun: Token) -> Mention | None:
    """`Engie's planned solar farm`, `Tarn's planned four-unit plant`, the owner's name
    read as a place or a person by the model: a possessor that is no known place owns the
    facility."""
    for child in _children(noun, "poss"):
        ent = _entity_of(child)
        if ent is not None and (_owner_name(ent) or ent.label_ == "PERSON"):
            name = ent[:-1] if len(ent) > 1 and ent[-1].dep_ == "case" else ent
            return replace(_mention(name, "ORG"), owns=True)
    return None


def _untagged_owner(child: Token) -> Mention | None:
    """`the output of Bluewater Renewables' Copper Flats project`: a possessor of
    capitalised proper nouns the model tagged as nothing, that is no known place, names
    the owner of the goods."""
    if _entity_of(child) is not None or child.pos_ != "PROPN" or not child.is_title:
        return None
    chunk = _proper_chunk(child)
    if resolve_place(chunk.text) is not None:
        return None
    return _mention(chunk, "ORG")


def _owner_name(ent: Span) -> bool:
    """An organisation, or a name the model calls a place that is no known place (`Engie`)."""
    return ent.label_ == "ORG" or (ent.label_ == "GPE" and resolve_place(ent.text) is None)


def _facility_owner(facility: Token) -> Mention | None:
    """`buy 150 MW from Basin Heat's geothermal plant`, `from the plant, which Lone Oak
    will build and operate`, `from a fleet of reactors that X plans to build`, `a lease
    for 20MW at Y, a facility being completed by X`: outside a purchase of the facility
    itself, the company owning, building or operating it stands for it (it sells what the
    facility makes, lets space in it)."""
    nouns = [facility]
    if facility.lower_ not in FACILITY_NOUNS:  # `a fleet (portfolio) of reactors`
        held = [
            o for p in _children(facility, "prep") if p.lower_ == "of" for o in _children(p, "pobj")
        ]
        nouns = [*held[:1], facility] if held and held[0].lower_ in FACILITY_NOUNS else []
    if nouns and (owner := _possessor(nouns[0]) or _named_possessor(nouns[0])) is not None:
        return owner
    for clause in (c for noun in nouns for c in _children(noun, "relcl")):
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("conj", "xcomp"))]
        if any(v.lower_ in OPERATING_VERBS for v in verbs):  # `that X plans to build`
            named = [m for t in _children(clause, "nsubj") for m in resolve(t, depth=2)]
            if named and not named[0].pronoun:
                return named[0]
    for clause in (c for noun in nouns for c in _children(noun, "acl")):
        if clause.lower_ in OPERATING_VERBS:  # `being built by X`
            named = [m for a in _children(clause, "agent") for t in a.children for m in resolve(t)]
            if named and not named[0].pronoun:
                return named[0]
    return None


def _campus_owner(place: Token) -> list[Mention]:
    """`at Y's campus`, `on the Ishikari campus of Y`, `sur le campus de Y`: the
    organisation owning a facility named as where a deal's space is."""
    if place.lower_ not in FACILITY_NOUNS:
        return []
    owner = _possessor(place) or _named_possessor(place)
    if owner is not None:
        return [owner]
    return [
        replace(_mention(ent, "ORG"), owns=True)
        for of in _children(place, "prep")
        if of.lower_ in PART_PREPS
        for held in _children(of, "pobj")
        if (ent := _entity_of(held)) is not None and ent.label_ == "ORG"
    ]


def _owner(unit: Token) -> str | None:
    """`its Union Flonetics Corp subsidiary`, `Kaiser Steel's plant`: who owns the unit (the
    pronoun resolved, or the organisation named as its possessor)."""
    owner = _owner_mention(unit) or _possessor(unit)
    return owner.text if owner is not None else None


def _owner_mention(unit: Token) -> Mention | None:
    for child in unit.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVES:
            owner = _antecedent(child)
            return None if owner.pronoun else owner
    return None


def _children(token: Token, dep: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep]


def _subject(verb: Token) -> tuple[list[Token], bool]:
    """The verb's subject tokens (climbing xcomp/conj chains) and whether it is passive; a
    French copula's are its attribute's (`X en est l'arrangeur`)."""
    if verb.dep_ == "cop" and verb.head.i != verb.i:
        return _copula_subject(verb), False
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return [stranded], False
    current = verb
    for _ in range(7):
        subj = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        inverted = subj and all(t.lower_ in INVERTED_SUBJECT_WORDS for t in subj)
        if inverted and (after := _inverted_subject(current)):
            return after, False
        if subj and current.dep_ == "relcl" and subj[0].lower_ in RELATIVES:
            verbal = current.head.pos_ in ("VERB", "AUX")  # misparsed: `resolve` reads it
            return [subj[0] if verbal else current.head], False
        if subj and all(t.lower_ in INVERTED_CLITICS for t in subj):
            opening = _opening_root(verb)  # `X a conclu ..., a-t-il annoncé`
            return ([opening], False) if opening is not None else (subj, False)
        if subj:
            return subj, current.i == verb.i and _reduced_passive(verb)
        passive = _children(current, "nsubjpass")
        if passive:
            return passive, current.i == verb.i
        if current.dep_ == "relcl":
            return [current.head], False
        if current.dep_ == "acl" and current.tag_ == "VBN" and current.i == verb.i:
            if any(c.dep_ == "auxpass" for c in current.children):
                return _subject_of_noun(current.head), True  # `an agreement to be acquired`
            return [current.head], True  # `Kestrel, acquired by Marlin in 2019, ...`
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.i == verb.i:
            return [current.head], False  # `with X, Y and Z all taking part`
        if current.dep_ in ("acl", "amod") and current.head.pos_ in ("NOUN", "PROPN"):
            return _subject_of_noun(current.head), False
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
    opening = verb.doc[verb.sent.start]
    if verb.i in (opening.head.i, *(c.i for c in opening.children)) and _headline_name(opening):
        return [opening], False  # `Meta signs ...`, `Orvel to acquire ...`: misparsed names
    aside = _name_before_aside(current) or _opening_modifier_name(current)
    return ([aside] if aside is not None else _names_before(verb)), False


def _inverted_subject(verb: Token) -> list[Token]:
    """`un prêt que lui ont accordé A et B`, `le crédit, auquel participent également A et
    B`: French writes a relative clause's subject after its verb, and the parse takes the
    relative or clitic before it for the subject: the first organisation the verb governs
    after itself (its conjuncts joining it in `resolve`) is the subject."""
    for child in verb.rights:
        ent = _entity_of(child)
        if child.dep_ in INVERTED_SUBJECT_DEPS and ent is not None and ent.label_ == "ORG":
            return [child]
    return []


def _copula_subject(copula: Token) -> list[Token]:
    """The subject of a French copula's attribute (`X est l'arrangeur du prêt`), else the
    name written right before the copula past its clitic (`X en est l'arrangeur`, which
    the parse may hang on `en`)."""
    if subjects := _children(copula.head, "nsubj"):
        return subjects
    doc, i = copula.doc, copula.i - 1
    while i > 0 and copula.i - i <= 2 and doc[i].pos_ in ("PRON", "ADP", "ADV"):
        i -= 1
    ent = _entity_of(doc[i])
    return [doc[i]] if ent is not None and ent.label_ == "ORG" and ent.end == i + 1 else []


def _name_before_aside(top: Token) -> Token | None:
    """`Datalpes, basé à Annecy, va racheter X`, parsed with the opening name rooted apart
    from the clause after its aside (the parse then splits the sentence): the name is the
    subject of that subjectless clause."""
    doc = top.doc
    ent = _entity_of(doc[0])
    if (
        top.dep_ != "ROOT"
        or ent is None
        or ent.label_ != "ORG"
        or ent.start != 0
        or ent.end >= top.left_edge.i
        or doc[ent.end].text != ","
        or doc[ent.end - 1].dep_ != "ROOT"
        or doc[top.left_edge.i - 1].text != ","
    ):
        return None
    return doc[ent.end - 1]


def _opening_modifier_name(top: Token) -> Token | None:
    """`Helvetic Compute SA, fournisseur suisse de calcul, annonce ...`, `Dernier exemple
    en date : X, qui exploite trois sites, s'est engagé à ...`: the name opening the
    sentence (or its clause after a colon), set off by a comma, that the parse hangs on
    the subjectless verb as a modifier is its subject."""
    doc = top.doc
    for child in top.children:
        ent = _entity_of(child)
        if (
            child.i < top.i
            and child.dep_ in OPENING_MODIFIER_DEPS
            and ent is not None
            and ent.label_ == "ORG"
            and ent.end == child.i + 1
            and ent.end < len(doc)
            and doc[ent.end].text == ","
            and (ent.start == 0 or doc[ent.start - 1].text == ":")
        ):
            return child
    return None


def _named_in(subjects: list[Token]) -> list[Mention]:
    """Every company a subject names, however the parse hangs its names together (`X Ltd
    and state-backed Y Co (Z)`, read as a modifier of Y): each proper name heading its
    words, the shorter ones inside a longer one left out."""
    found = [
        m
        for subject in subjects
        for t in subject.subtree
        if t.pos_ == "PROPN" and t.dep_ != "compound"
        for m in resolve(t, conjuncts=False)
    ]
    return [
        m
        for i, m in enumerate(found)
        if not any(
            (o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end))
            or ((o.start, o.end) == (m.start, m.end) and j < i)
            for j, o in enumerate(found)
        )
    ]


def _opening_root(verb: Token) -> Token | None:
    """`L'opérateur X a conclu un crédit ..., a-t-il annoncé`, parsed with the deal verb
    under the reporting one: the noun the parse roots the sentence's opening on, before
    the verb, is its subject."""
    return next(
        (t for t in verb.doc[: verb.i] if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _names_before(verb: Token) -> list[Token]:
    """`Data Léman SA, exploitant de ..., et Énergie du Haut-Rhône SA (EHR) ont signé`,
    the parse leaving the verb with no subject: the name written right before its
    auxiliary (past a bracket) is its subject, with the name the sentence opens with or
    the one right before when `et` joins them."""
    doc = verb.doc
    if not any(c.dep_ == "aux" for c in verb.children):
        return []
    i = verb.i - 1
    while i > 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "advmod"):
        i -= 1
    if doc[i].text == ")":
        opened = (j for j in range(i - 1, max(0, i - 8), -1) if doc[j].text == "(")
        i = next((j - 1 for j in opened), i)
    last = _entity_of(doc[i])
    if last is None or last.label_ != "ORG" or last.end != i + 1 or last.start == 0:
        return []
    found = [doc[last.end - 1]]  # its last word: the parse may root a name outside it
    joined = doc[last.start - 1].lower_ in LISTING_LINKS - {","}
    first = _entity_of(doc[0])  # the parse may cut the sentence: its first word
    before = _entity_of(doc[last.start - 2]) if last.start >= 2 else None
    for other in (before, first) if joined else ():
        if other is not None and other.label_ == "ORG" and other != last:
            found.insert(0, doc[other.end - 1])
            break
    return found


def _reduced_passive(verb: Token) -> bool:
    """`Hilton Hotels acquired by Blackstone Group`: a headline's participle with a `by`
    agent and neither object nor auxiliary is passive, as is a participle with a passive
    auxiliary whose subject the parse labelled active."""
    deps = {c.dep_ for c in verb.children}
    if verb.tag_ == "VBN" and "auxpass" in deps:
        return True  # `the round was co-led by X`, its subject parsed as active
    return verb.tag_ in ("VBN", "VBD") and "agent" in deps and not deps & {"dobj", "aux"}


def _stranded_subject(verb: Token) -> Token | None:
    """`X will invest $10 billion in Y and Z will invest $5 billion`, parsed with `Z` as a
    conjunct of `Y`: the name right before a subjectless conjoined verb (and its
    auxiliaries) is that verb's subject."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "neg", "advmod") and verb.doc[i].head == verb:
        i -= 1
    if i < 0:
        return None
    name = verb.doc[i]
    return name if name.dep_ == "conj" and name.pos_ == "PROPN" and name.head.i < i else None


def _subject_of_noun(noun: Token) -> list[Token]:
    """`X signed an agreement to ...`: the subject of the verb governing a deal noun."""
    poss = _children(noun, "poss")
    if poss:
        return poss
    if own := _children(noun, "nsubj"):  # `X serait en discussions pour racheter Y` (UD)
        return own
    if _received(noun):
        return []  # `X received proposals to acquire the company`: X does not buy
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX", "ADP"):
        head = noun.head if noun.head.pos_ != "ADP" else noun.head.head
        subj, passive = _subject(head)
        if not subj and not passive and noun.head.pos_ == "ADP" and head.pos_ == "NOUN":
            return _described_subject(head)
        return [] if passive else subj
    return []


def _described_subject(agreement: Token) -> list[Token]:
    """`L'opérateur de centres de données a signé un accord en vue d'acquérir Z`: the
    subject of the agreement a purpose noun hangs on, when it is a definite description
    naming no one (a named subject is the bare agreement's, which `_agreed_purposes` reads)."""
    subjects = _subject_of_noun(agreement)
    named = any(t.pos_ == "PROPN" or t.ent_type_ for s in subjects for t in s.subtree)
    described = bool(subjects) and all(_is_description(s) for s in subjects)
    return subjects if described and not named else []


def _received(noun: Token) -> bool:
    """Whether a noun is governed by a verb of receiving (`received proposals to ...`)."""
    governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return governor is not None and governor.lower_ in RECEIVING_VERBS


def _prep_objects(token: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under a token; a dangling preposition takes the noun
    phrase right after it (`its stake in Bench Craft Inc common stock to ...`)."""
    pairs: list[tuple[str, Token]] = []
    # `leased the buildings back to the bank`: the preposition hung on the verb's particle
    held = [g for c in token.children if c.lower_ in PARTICLE_ADVERBS for g in c.children]
    for child in [*token.children, *held]:
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ in ("ADP", "PART"):
            # `from its founders and from X`: the repeated preposition is the first's conjunct
            # (not `merge with and into X`, one object for two prepositions)
            repeated = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP"]
            for prep in [child, *(repeated if _children(child, "pobj") else [])]:
                objects = (
                    [p for p in prep.children if p.dep_ == "pobj"]
                    or _called(prep)
                    or _clause_subject(prep)
                )
                pairs.extend((prep.lower_, p) for p in objects or _dangling_object(prep))
    # `co-menée par A et par B`: the French parse may hang the repeated preposition's
    # named object on the verb as its conjunct, the preposition as the name's case marker
    pairs.extend(
        (case.lower_, child)
        for child in token.children
        if child.dep_ == "conj" and child.ent_type_ == "ORG"
        for case in _children(child, "case")
        if case.pos_ == "ADP"
    )
    return pairs


def _clause_subject(prep: Token) -> list[Token]:
    """`a term loan agreement with Y providing for up to $150 million`: the parse makes
    the named object of the preposition the subject of the participle after it, which
    has a complement of its own (not `with Y joining`, a joiner of the deal)."""
    return [
        s
        for clause in prep.children
        if clause.dep_ == "pcomp"
        and clause.tag_ == "VBG"
        and any(c.dep_ in ("dobj", "prep") for c in clause.children)
        for s in clause.children
        if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.i > prep.i
    ]


def _called(prep: Token) -> list[Token]:
    """`with what it calls "an investment-grade technology company"`: the object of a
    preposition told as what someone calls it is the noun it is called."""
    return [
        o
        for clause in prep.children
        if clause.dep_ == "pcomp" and any(c.lower_ == "what" for c in clause.children)
        for o in clause.children
        if o.dep_ in ("oprd", "attr")
    ]


def _appositive_objects(verb: Token) -> list[Token]:
    """`a conclu avec Y, filiale de Z, un bail`, `a conclu avec Y la vente de ses
    pylônes`, `a signé avec un pool de trois banques — A, B et C — un prêt`: a deal noun
    written after a prepositional phrase that the parse hung on the phrase's object (or
    on a name it lists) as an apposition or as that noun's own object."""
    found: list[Token] = []
    todo = [o for _, o in _prep_objects(verb)] + _children(verb, "dobj")
    while todo:
        head = todo.pop()
        for a in head.children:
            if a.dep_ in ("appos", "dobj", "conj") and a.i > head.i:
                todo.append(a)
                if _noun_frame(a) is not None and a.dep_ != "conj":
                    found.append(a)
    for head in [o for _, o in _prep_objects(verb)]:
        found.extend(_stranded_deal_nouns(head))
    return sorted(found, key=lambda t: t.i)


def _stranded_deal_nouns(pobj: Token) -> list[Token]:
    """`a conclu avec un pool emmené par A et B un prêt syndiqué`: a deal noun with its own
    article written after the phrase of a preposition, which the parse hung on the phrase's
    last name as a modifier or left as a root of its own."""
    doc = pobj.doc
    after = pobj.right_edge.i + 1
    stray = [doc[after].head] if after < len(doc) and doc[after].dep_ == "det" else []
    found = [t for t in pobj.subtree if t.dep_ == "amod" and t.i > pobj.i]
    found += [t for t in stray if t.head.i == t.i]
    return [
        t
        for t in found
        if t.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in t.children)
        and _noun_frame(t) is not None
    ]


def _in_content(token: Token, top: Token) -> bool:
    """Whether `token` sits under a content noun below `top` (`an agreement with X that
    lets users make videos featuring characters from Disney and Pixar`)."""
    while token.i != top.i and token.head.i != token.i:
        if token.lower_ in load_rules("org_context.json", token.lang_)["content_nouns"]:
            return True
        token = token.head
    return False


def _object_preps(obj: Token) -> list[tuple[str, Token]]:
    """The (preposition, object) pairs of an object's phrase after it, leaving out those
    of the content it covers (brands, not parties), the owner of what it names (`les
    parts détenues par X`: `_asset_owners`) and the agent of a participle in an
    apposition describing one of its names (`Y, a developer backed by Z`, `Y, a vehicle
    set up by Z`: who stands behind it, not the buyer; not `a round led by Z`)."""
    return [
        p
        for t in obj.subtree
        if t.i >= obj.i
        and not _in_content(t, obj)
        and not _describes_pobj(t, obj)
        and not _in_own_clause(t, obj)
        and not (t.dep_ == "acl" and t.lower_ in OWNING_VERBS)  # `les parts détenues par X`
        for p in _prep_objects(t)
        if not (t.dep_ == "acl" and t.head.dep_ == "appos" and p[1].head.dep_ == "agent")
    ]


def _in_own_clause(token: Token, top: Token) -> bool:
    """Whether `token` sits in a clause below `top` with a subject of its own (`des
    contrats destinés au campus qu'il construit à Alcalá`: the town is where it builds)."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "acl" and any(c.dep_ == "nsubj" for c in token.children):
            return True
        token = token.head
    return False


def _describes_pobj(token: Token, top: Token) -> bool:
    """Whether `token` sits in an apposition to the object of a `from` below `top` (`from
    Pike Creek Generation LLC, a portfolio company of Sandford Capital`: the owner of the
    seller, not a second seller), or in a unit apposition to the object of an `of` (`the
    X division of Gulton Inc, a unit of Mark Corp`)."""
    while token.i != top.i and token.head.i != token.i:
        prep = token.head.head.lower_ if token.head.dep_ == "pobj" else None
        if token.dep_ == "appos" and (
            prep == "from" or (prep == "of" and token.lower_ in UNIT_WORDS)
        ):
            return True
        token = token.head
    return False


def _dangling_object(prep: Token) -> list[Token]:
    if _children(prep, "pcomp"):
        return []  # `by paying $9m to X`: the preposition heads a clause, X is its argument
    window = prep.doc[prep.i + 1 : prep.i + 7]
    for token in window:
        if token.pos_ in ("NOUN", "PROPN") and not (window.start <= token.head.i < window.end):
            return [token]
    return []


def _add(frame: Frame, role: str, tokens: list[Token], *, allow_asset: bool = False) -> None:
    if not role:  # a slot the rules leave without a role (a loan's borrower)
        return
    for token in tokens:
        if role in ("target", "investee") and _names_venture(token):
            continue  # `51% of the joint venture`: the partners' shares, no company bought
        found = resolve(token, allow_asset=allow_asset)
        if not found and (anonymous := _anonymous(token)) is not None:
            if role == "partner":  # `a lease with an undisclosed tenant`: the noun's role
                member = _one_of(token)  # `with one of its customers`: `customer`
                words = load_rules("roles_words.json", token.lang_)
                noun = _singular(member, words["anonymous_members"]) if member else token.lower_
                role = ANONYMOUS_PARTIES[noun]
            found = [anonymous]
        for mention in found:
            if not (role == "target" and _land(mention)):  # land is the deal's site
                frame.args.append((role, mention))


def _anonymous(token: Token) -> Mention | None:
    """`from a North American hyperscaler`, `with an unnamed buyer`: a counterparty the
    article describes without naming it (a singular party noun with an indefinite article
    or an anonymous modifier) is a side of the deal, but no party (label `ANONYMOUS`)."""
    if (member := _one_of(token)) is not None:
        span = token.doc[token.i : member.i + 1]  # `one of its largest customers`
        return Mention(span.text, span.start_char, span.end_char, ANONYMOUS)
    if token.pos_ != "NOUN" or token.lower_ not in ANONYMOUS_PARTIES or token.ent_type_:
        return None
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "amod", "compound")}
    if not words & (INDEFINITE | ANONYMOUS_MODIFIERS):
        return None
    span = token.doc[token.left_edge.i : token.i + 1]
    return Mention(span.text, span.start_char, span.end_char, ANONYMOUS)


def _one_of(token: Token) -> Token | None:
    """`with one of its largest enterprise customers`: the party noun, in the plural, a
    described counterparty is one of (`roles_words.json` anonymous_members, of the
    anonymous_parties)."""
    members = load_rules("roles_words.json", token.lang_).get("anonymous_members", {})
    if token.lower_ not in members.get("words", ()) or token.ent_type_ not in ("", "CARDINAL"):
        return None
    for prep in _children(token, "prep"):
        for noun in _children(prep, "pobj") if prep.lower_ in members["preps"] else ():
            if not noun.ent_type_ and _singular(noun, members) in ANONYMOUS_PARTIES:
                return noun
    return None


def _singular(noun: Token, members: dict[str, Any]) -> str:
    """`customers` -> `customer`, `utilities` -> `utility` (anonymous_members
    plural_endings); a word with none of them is no plural."""
    word: str = noun.lower_
    endings: list[tuple[str, str]] = members["plural_endings"]
    for ending, single in endings:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + single
    return ""


def _verb_candidates(token: Token) -> list[tuple[str, str | None]]:
    """`_read_verb_candidates`, kept per parsed sentence (a verb's binding, verb and
    surface frames each ask it)."""
    return doc_memo(token.doc, ("verb_candidates", token.i), lambda: _read_verb_candidates(token))


def _read_verb_candidates(token: Token) -> list[tuple[str, str | None]]:
    """The verb frames a word may start; a `money_object` frame only when the verb's
    object is a sum of money (`receive $1bn from Y`, not `receive approval from Y`), an
    `object_nouns` frame only when its object is one of those nouns, and never when it is
    one of its `not_object_nouns` (`took part in the tender`: a bid, no investment)."""
    copulas = _verb_index(token.lang_, copulas=True)
    forms = _verb_index(token.lang_).get(token.lower_, []) + copulas.get(token.lower_, [])
    if not forms:
        return []
    rules = load_rules("roles_verbs.json", token.lang_)
    objects = _children(token, "dobj")
    money = _amount_object(objects)
    nouns = (
        {_unit_word(o) for o in objects}  # `taken 36MW`: the unit
        | {c.lower_ for o in objects for c in _children(o, "compound")}  # `a Series C`
        | {t.lower_ for o in objects for p in _children(o, "prep") for t in _children(p, "pobj")}
        # `participated in the round`; not `booked an order ... for the campus`, whose
        # object names a deal of its own
        | (
            {o.lower_ for _, o in _prep_objects(token)}
            if not any(_noun_frame(o) for o in objects)
            else set()
        )
        | {s.lower_ for s in _children(token, "nsubjpass")}
        | ({s.lower_ for s in _children(token, "nsubj")} if token.tag_ == "VBN" else set())
        | _participle_objects(token)
        | _relative_object(token)
        | _fronted_patient(token)
    )
    # `arranged the facility`, `the facility was arranged by`: not `GPUs from its facility`
    direct = {o.lower_ for o in objects} | {s.lower_ for s in _children(token, "nsubjpass")}
    loans = _loan_words(token, objects)
    return [
        (n, p)
        for n, p in forms
        if (
            money
            or not rules[n].get("money_object")
            or _money_noun(token, objects, rules[n])
            or _amount_object(_prep_read_objects(token, rules[n]))
        )
        and (
            "named_prep" not in rules[n]
            or _names_org_after(token, rules[n]["named_prep"])
            or _purchase_clause(token, rules[n].get("purchase_clauses", ()))
        )
        and (
            "subject_nouns" not in rules[n]
            or bool({s.lower_ for s in _children(token, "nsubj")} & set(rules[n]["subject_nouns"]))
        )
        and (
            "attribute_nouns" not in rules[n]
            or bool(
                _role_attributes(token, rules[n].get("title_modifiers", ()))
                & set(rules[n]["attribute_nouns"])
            )
        )
        and (not rules[n].get("object_clause") or bool(_clause_objects(objects)))
        and not nouns & set(rules[n].get("not_object_nouns", ()))
        and ("prep_nouns" not in rules[n] or _locution(token, rules[n]["prep_nouns"]))
        and (
            "joint_adverbs" not in rules[n]
            or any(
                c.dep_ == "advmod" and c.lower_ in rules[n]["joint_adverbs"] for c in token.children
            )
        )
        and (
            "object_nouns" not in rules[n]
            or bool(
                (nouns if rules[n]["deal_type"] == "other" else nouns - loans)
                & set(rules[n]["object_nouns"])
            )
            or bool(
                _measured_nouns(_prep_read_objects(token, rules[n])) & set(rules[n]["object_nouns"])
            )
            or bool(direct & set(rules[n].get("direct_object_nouns", ())))
            or (
                rules[n].get("bare") is True
                and not nouns - _co_party_nouns(token, rules[n])
                and not _children(token, "dobj")
                and _bare_allowed(token, rules[n].get("bare_with"))
            )
        )
    ]


def _prep_read_objects(verb: Token, spec: dict[str, Any]) -> list[Token]:
    """The objects of the verb's prepositions its frame reads as its object (`object_preps`:
    `subscribe for A$38 million of new shares`)."""
    return [o for p, o in _prep_objects(verb) if p in spec.get("object_preps", ())]


def _measured_nouns(objects: list[Token]) -> set[str]:
    """The nouns a sum of money measures (`A$38 million of new shares`: shares)."""
    return {
        t.lower_
        for o in objects
        if _amount_object([o])
        for p in _children(o, "prep")
        if p.lower_ == "of"
        for t in _children(p, "pobj")
    }


def _locution(verb: Token, prep_nouns: dict[str, list[str]]) -> bool:
    """`a pris à bail l'intégralité du bâtiment`: the verb with one of the nouns of
    `prep_nouns` after that preposition, whatever its object names."""
    return any(o.lower_ in prep_nouns.get(p, ()) for p, o in _prep_objects(verb))


def _relative_object(verb: Token) -> set[str]:
    """`a tender in which X and Y took part`: the noun a relative clause's `in which`
    stands for is the object of its preposition; a French `auquel` the parse takes for
    the subject (`du crédit, auquel participent A et B`, however the parse hangs its
    clause) stands for the noun before its comma."""
    doc = verb.doc
    before = {
        doc[s.i - 2].lower_
        for s in _children(verb, "nsubj")
        if s.lower_ in INVERTED_SUBJECT_WORDS and s.i >= 2 and doc[s.i - 1].text == ","
    }
    if before:
        return before
    if verb.dep_ != "relcl" or not any(o.lower_ in RELATIVES for _, o in _prep_objects(verb)):
        return set()
    return {verb.head.lower_}


def _role_attributes(verb: Token, titles: Collection[str] = ()) -> set[str]:
    """`X is the sole lender on the facility`, `Y will be the borrower`, `A and B are joint
    lead arrangers on the facility`: the attributes of a copula that name one deal's role,
    with the definite article (or no determiner and a preposition of their own, or one of
    `titles` among their modifiers: `A and B are joint lead arrangers, with six other
    lenders in the group`) and no superlative (`the largest lender to the sector` describes
    a company, not its part in a deal). The French parse makes the attribute the head of
    its copula (`X en est l'arrangeur principal`)."""
    attributes = _children(verb, "attr") + ([verb.head] if verb.dep_ == "cop" else [])
    return {
        a.lower_
        for a in attributes
        if (
            any(d.dep_ == "det" and d.lower_ in DEFINITE for d in a.children)
            or (not _children(a, "det") and bool(_children(a, "prep")))
            or (not _children(a, "det") and any(m.lower_ in titles for m in a.lefts))
        )
        and not any(m.tag_ in ("JJS", "RBS") for m in a.children)
    }


def _fronted_patient(verb: Token) -> set[str]:
    """`Arrangé par A, le crédit est remboursable sur sept ans`: a participle opening a sentence,
    with its agent and no subject of its own, says what it does to the main clause's
    subject (the tagger may take the capitalised participle for a name)."""
    if verb.dep_ != "advcl" or verb.i > verb.head.i or not _children(verb, "agent"):
        return set()
    if _children(verb, "nsubj") or _children(verb, "nsubjpass"):
        return set()
    return {s.lower_ for s in _children(verb.head, "nsubj") + _children(verb.head, "nsubjpass")}


def _participle_objects(verb: Token) -> set[str]:
    """`acted as coordinating lead arrangers`: the parse reads the adjective as a
    participle heading the preposition's clause, the noun as its object."""
    return {
        o.lower_
        for p in _children(verb, "prep")
        for c in _children(p, "pcomp")
        if c.tag_ == "VBG" and not _children(c, "nsubj")
        for o in _children(c, "dobj")
    }


def _loan_words(verb: Token, objects: list[Token]) -> set[str]:
    """`closed $1.2 billion of debt financing`, `completed a private placement of $400
    million of notes`: the words of the verb's object phrase that are a loan's nouns (or
    place debt), which make no funding round."""
    words = [*objects, *(t for o in objects for _, t in _prep_objects(o))]
    return {
        t.lower_
        for t in words
        if (found := _noun_frame(t))
        and (
            found[0] == "loan" or ("debt_objects" in found[1] and found[1]["deal_type"] == "other")
        )
    }


def _co_party_nouns(verb: Token, spec: dict[str, Any]) -> set[str]:
    """The objects of a verb's prepositions that name more parties on its subject's side
    (`also participated, alongside existing investors`), not what it takes part in."""
    side = {p for p, role in spec.get("preps", {}).items() if role == spec.get("subj")}
    return {o.lower_ for p, o in _prep_objects(verb) if p in side}


def _joins_loan(verb: Token) -> bool:
    """`The loan is led by A and B, with C also participating`: a bare joiner in the
    clause of a loan (its subject or object a loan noun) lends, it does not invest; so does
    one joined to a lender's verb (`A and B acted as joint lead arrangers, with C also
    participating`, `... and C came in during syndication`: a frame stating a loan)."""
    rules = load_rules("roles_verbs.json", verb.lang_)
    for clause in verb.ancestors:
        if any(
            rules[n].get("stated") and rules[n]["deal_type"] == "other"
            for n, _ in _verb_candidates(clause)
        ):
            return True
        for arg in clause.children:
            found = _noun_frame(arg) if arg.dep_ in ("nsubj", "nsubjpass", "dobj") else None
            if found is not None and found[0] == "loan":
                return True
    return False


def _bare_allowed(verb: Token, words: list[str] | None) -> bool:
    """Whether a verb with no object may stand alone: always, or when one of `words`
    modifies it (`Y also invested`, `with Z investing too`)."""
    return words is None or any(c.lower_ in words for c in verb.subtree if c.i > verb.i - 3)


def _particle(child: Token) -> bool:
    """A word completing a two-word verb form: a particle (`take over`) or a resultative
    predicate (`taken private by X`, `take the company private`, which the parse may
    read as the verb's object)."""
    return child.dep_ in ("prt", "oprd") or (child.dep_ == "dobj" and child.pos_ == "ADJ")


def _direct_objects(verb: Token) -> list[Token]:
    """The verb's objects, without a second one after a comma (`buying the company from
    its founders and from X, the Dublin investment firm that ...`: an apposition the parse
    hung on the verb) or after a phrase of the verb's own and heading a clause (`buy 40,000
    of its chips in a deal the cloud company valued at $1.6 billion`: the subject of a
    relative clause); a
    form's second word read as the object (`take X private`) stands for its compound, the
    real object."""
    objects = _children(verb, "dobj") + _displaced_objects(verb) + _infinitive_subjects(verb)
    objects.sort(key=lambda t: t.i)
    kept = [
        o
        for n, o in enumerate(objects)
        if not n
        or (
            verb.doc[o.left_edge.i - 1].text != ","
            and not (
                any(c.dep_ in ("acl", "relcl") for c in o.children)
                and any(
                    c.dep_ == "prep" and objects[n - 1].i < c.i < o.left_edge.i
                    for c in verb.children
                )
            )
        )
    ]
    second = {p for _, p in _verb_index(verb.lang_).get(verb.lower_, []) if p}
    return [
        inner[-1] if o.lower_ in second and (inner := _children(o, "compound")) else o for o in kept
    ]


def _displaced_objects(verb: Token) -> list[Token]:
    """A deal noun written after a phrase of the verb's own and read as a bare oblique (`a
    signé avec Y un bail de douze ans`, `a conclu avec Y un contrat`): the verb's object."""
    between = [c.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and between
        and min(between) < c.i
        and not any(g.dep_ in ("case", "prep") and g.i < c.i for g in c.children)
        and _noun_frame(c) is not None
    ]


def _infinitive_subjects(verb: Token) -> list[Token]:
    """`X and Y announced a strategic partnership to jointly develop a campus`, parsed with
    the deal noun as the subject of the infinitive the verb governs: the verb's object."""
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for s in _children(c, "nsubj")
        if s.i > verb.i and _noun_frame(s) is not None
    ]


def _names_org_after(verb: Token, prep: str) -> bool:
    """Whether the verb's preposition `prep` has an object naming an organisation (`pay
    $12m for Dunmore Bakeries Inc`, `for a stake in Dunmore`)."""
    preps = _prep_objects(verb) + [p for o in _direct_objects(verb) for p in _object_preps(o)]
    return any(m.label == "ORG" for p, o in preps if p == prep for m in resolve(o))


def _purchase_clause(verb: Token, deps: Collection[str]) -> bool:
    """`X has bought a partly built data center in Sterling, paying $215 million to Y`: a
    verb in a clause (one of `deps`) of a purchase of a company or an asset pays its price
    (to the seller), not for a service."""
    if verb.dep_ not in deps or verb.head.i == verb.i:
        return False
    bought = _verb_frame(verb.head)
    return bought is not None and bought.deal_type == "acquisition"


def _unreal(verb: Token) -> bool:
    """A deal verb negated (`Groq insists it is not being sold`, `X did not invest`, `X
    does not intend to raise its offer`), wished for (`the company hoped to sell it
    chips`), ongoing (`has been selling its cars since 2010`) or permitted (`rights to
    sell X`) tells no deal."""
    controller = [verb.head] if verb.dep_ == "xcomp" else []  # `does not intend to raise`
    negated = any(
        c.dep_ == "neg" or c.lower_ in NEGATION_WORDS
        for v in (verb, *controller)
        for c in v.children
    )
    ongoing = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ONGOING_AUXILIARIES for c in verb.children
    )
    wished = verb.dep_ == "xcomp" and verb.head.lower_ in ASPIRATION_VERBS
    return negated or ongoing or wished or _denied(verb) or _permitted(verb)


def _permitted(verb: Token) -> bool:
    """`granted Y exclusive worldwide rights to develop and sell X`, `a licence to make
    and sell the drug`: an infinitive (or its conjunct) saying what rights or a licence
    (`permission_nouns`) allow, hung on the noun or on the verb taking it as object."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return False
    if first.dep_ in ("relcl", "acl"):
        nouns = [first.head]
    elif first.dep_ in ("advcl", "xcomp"):
        nouns = _children(first.head, "dobj")
    else:
        return False
    return any(n.lower_ in PERMISSION_NOUNS for n in nouns)


def _denied(verb: Token) -> bool:
    """`X denied a report that it would buy Y`, `reports that it is about to buy Y are
    market speculation`: a denial governs the deal verb (a conjunct's does not); `there
    was speculation X would buy Y` (no subject called so) is a rumour."""
    token = verb
    while token.dep_ not in ("conj", "ROOT"):
        token = token.head
        called = [c for c in token.children if c.dep_ in ("attr", "acomp")]
        subject = any(c.dep_ == "nsubj" for c in token.children)
        if token.lower_ in DENIAL_VERBS or (
            subject and any(c.lower_ in DENIAL_PREDICATES for c in called)
        ):
            return True
    return False


def _verb_frame(token: Token) -> Frame | None:
    # `Arrangé par A, le crédit ...`: a word with an agent is a participle, however tagged
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_ in VERB_TAGS
    if not verbal and not _children(token, "agent"):
        return None
    candidates = _verb_candidates(token)
    if not candidates or token.dep_ in ("compound", "amod"):
        return None
    if _unreal(token):
        return None
    own_particles = {p for _, p in candidates if p is not None}
    particles = {  # `take the whole building back`, `s'est porté garant`: parsed as a modifier
        c.lower_
        for c in token.children
        if _particle(c) or (c.dep_ in ("advmod", "xcomp") and c.lower_ in own_particles)
    }
    rules = load_rules("roles_verbs.json", token.lang_)
    plain = [n for n, p in candidates if p is None]
    # a frame made for the verb's object (`joined the round, alongside X`) before a light one
    plain.sort(key=lambda n: not {"object_nouns", "named_prep", "prep_nouns"} & rules[n].keys())
    chosen = next((n for n, p in candidates if p is not None and p in particles), None)
    chosen = chosen or next(iter(plain), None)
    if chosen is None:
        return None
    spec: dict[str, Any] = rules[chosen]
    if _phrase_after(token, spec.get("not_before", [])):
        return None
    if spec.get("main_clause_only") and (
        token.dep_ in ("relcl", "acl") or any(c.lower_ in EARLIER_WORDS for c in token.children)
    ):
        return None
    if spec.get("no_participle") and token.tag_ == "VBG" and token.dep_ == "advcl":
        return None  # `will jointly develop a campus, committing $1.2 billion in equity`
    objects = _direct_objects(token)
    # `has contracted for the output of Y's plant`: the preposition's object is the verb's
    objects += [o for p, o in _prep_objects(token) if p in spec.get("object_preps", ())]
    if _prepositional_only(token, spec.get("stipulates_with", []) + spec.get("figure_preps", [])):
        return None
    if spec.get("light"):
        into = [o for p, o in _prep_objects(token) if p in ("into", "to")]
        # `lui accorde 2,6 milliards d'euros de dette`: the noun of a sum of money
        measured = [t for o in objects if _amount_object([o]) for _, t in _prep_objects(o)]
        # `won a 1.86 trillion won ($1.3 billion) order`: the deal noun set beside its sum
        measured += [t for o in objects if _amount_object([o]) for t in _children(o, "appos")]
        bare = [c for c in _children(token, "xcomp") if c.pos_ == "NOUN"]  # `passé commande`
        acted = _acted_nouns(objects, spec)
        light = _light_frame(token, spec, objects + into + measured + bare + acted)
        if light is None:  # `conclu avec Y (le « Bailleur »), filiale de Z, un bail`
            light = _light_frame(token, spec, _appositive_objects(token))
        if light is None and "passive_subjects" in spec:
            light = _passive_light_frame(token, spec["passive_subjects"])
        heavier = [n for n, p in candidates if p is None and not rules[n].get("light")]
        if light is not None or not heavier:
            return light
        chosen, spec = heavier[0], rules[heavier[0]]  # `the round was led by X`
    causative = _causative(token) if "causer" in spec else None
    if causative is not None:  # `X fait entrer Y à son capital`: Y takes the subject role
        spec = {**spec, "subj": spec["causer"], "obj": spec["subj"]}
    preps = _prep_objects(token)
    for particle in (c for c in token.children if c.lower_ in particles):
        preps.extend(_prep_objects(particle))  # `leased the buildings back to the bank`
    for obj in objects if causative is None else []:  # the causee's `de` names no side
        preps.extend(_object_preps(obj))
    for _, noun in [*preps]:  # `met 40 MW à la disposition de Y`: the noun's `de Y`
        if noun.lower_ in spec.get("noun_preps", ()):
            preps.extend(_prep_objects(noun))
    prep_names = {p for p, _ in preps} | {  # `merge with and into Y`: both
        c.lower_ for p in _children(token, "prep") for c in _children(p, "conj")
    }
    # `supply Y with 250 MW of power`: the goods of `with` type the frame as its objects do
    supplied = [o for p, o in preps if p in spec.get("goods_preps", ())]
    supplied += [  # `supply AI startup Y with capacity`: `with` hung on the misread descriptor
        o
        for d in _descriptors(objects)
        for p, o in _prep_objects(d)
        if p in spec.get("goods_preps", ())
    ]
    if not objects:  # `louer de la puissance de calcul à Y`: a partitive parsed as `de`
        partitive = spec.get("partitive_preps", ())
        supplied += [o for p, o in _prep_objects(token) if p in partitive]
    deal_type = _object_type(token, spec, objects + supplied)
    deal_type = _contract_typed(spec, preps) or _space_taken(spec, objects, preps) or deal_type
    object_typed = deal_type != spec["deal_type"]
    if deal_type == "supply" and spec.get("power_goods") and _tells_power(token):
        deal_type = "power_purchase"
    if deal_type == "other":  # `pay Y $75 million upfront for the licence`
        deal_type = next(
            (
                found[1]["deal_type"]
                for p, o in preps
                if p == "for"
                and (found := _noun_frame(o)) is not None
                and found[1]["deal_type"] in spec.get("for_types", [])
            ),
            deal_type,
        )
    if "goods" in spec and _goods_aside(token):
        return None
    buyers = _goods_recipients(objects) if "goods" in spec else []
    goods = "goods" in spec and bool(objects) and (all(_goods(o) for o in objects) or bool(buyers))
    if goods:  # `buy 50,000 accelerators from X`: a purchase of goods, not of a company
        spec = {**spec, **spec["goods"], "obj": None}
        deal_type = "power_purchase" if any(_power(o) for o in objects) else spec["deal_type"]
        if deal_type != "power_purchase" and _hardware(objects):
            deal_type = "supply"
    obj_mentions = (
        [m for o in objects for m in resolve(o, allow_asset=deal_type == "acquisition")]
        if not goods
        else []
    )
    # `has agreed to acquire a land parcel`: the buyer alone tells it, unless in the simple
    # past (`we bought the land, about 900 acres, ... back in 2024`: often the site's story)
    land = token.tag_ != "VBD" and any(_land(m) for m in obj_mentions)
    obj_mentions = [m for m in obj_mentions if not _land(m)]  # `bought 410 acres from X`
    if chosen == "acquire" and not goods:
        owners = [m for o in objects for m in _asset_owners(o)]
        sellers = {m.text for m in owners}
        obj_mentions = [m for m in obj_mentions if m.text not in sellers] + owners[:1]
    if (
        spec.get("obj_must_be_org")
        and objects
        and not obj_mentions
        and "fallback" in spec
        and not goods
        and not any(_bare_stake(o) or o.lower_ in ASSET_NOUNS for o in objects)
    ):  # `bought the farmland from X`: an asset changes hands (no target party)
        spec = {**spec, **spec["fallback"], "obj": None}
        deal_type = spec["fallback_deal_type"]
    # `buy $120 million of GPU capacity from Y`: a service bought, not goods or a company
    serviced = (
        _service_type(objects, spec.get("service_objects", {})) if deal_type == "other" else None
    )
    deal_type = serviced or deal_type
    # `X is the sole lender on the facility`: the role in one deal, not a habit
    told = habitual(token) and "attribute_nouns" not in spec
    frame = Frame(token.lower_, token.i, deal_type, habitual=told)
    frame.object_typed = bool(serviced) or (object_typed and deal_type != spec["deal_type"])
    frame.untyped = spec.get("untyped")
    frame.reversible = bool(spec.get("reversible"))
    frame.stated = bool(spec.get("stated"))  # `X et Y s'associent`: an alliance, whatever it builds
    subjects, passive = _subject(token)
    if causative is not None and not subjects:
        subjects = _causer_before(causative)
    if spec.get("own_participle") and _agent_participle(token):
        subjects, passive = [], True  # `un prêt ..., garanti par Y`: the loan is the patient
    if not passive and any(c.dep_ == "auxpass" for c in token.children):
        # `X agreed to be acquired by Y`: the controller is the patient; `since being
        # acquired by X`, `buy chips, to be delivered ...`: the climbed subject is not.
        controlled = token.dep_ == "xcomp" and not _children(token.head, "dobj")
        subjects, passive = (subjects if controlled else []), True
    if passive and "goods" in spec and subjects and all(_goods(t) for t in subjects):
        return None  # `39,321 units sold in December`
    if passive and token.dep_ == "acl":  # `CDT (acquired by Sumitomo), Canon and ...`
        role = spec.get("passive") or spec["subj"]
        frame.args.extend(
            (role, m) for t in subjects for m in resolve(t, allow_asset=True, conjuncts=False)
        )
    elif passive:
        if spec.get("passive_recipient") and not _children(token, "dobj"):
            subjects = [t for t in subjects if t.pos_ != "PRON"]  # `once they are leased`
        _add(frame, spec.get("passive") or spec["subj"], subjects, allow_asset=True)
    else:
        subj_role = spec["subj"]
        for prep, role in spec.get("subj_if_prep", {}).items():
            if prep in prep_names:
                subj_role = role
        named = [m for t in subjects for m in resolve(t)]
        if "subject_nouns" in spec:  # `the order came from X`: the order's winner, told before
            frame.args.extend(
                (subj_role, _mention(t.doc[t.i : t.i + 1], "PRON", pronoun=True)) for t in subjects
            )
        elif "conj_subjects" in spec and len(named) >= 2:
            frame.args.extend(zip(spec["conj_subjects"], named[:2], strict=False))
        elif "joint_adverbs" in spec:
            frame.args.extend((subj_role, m) for m in _named_in(subjects))
        else:
            _add(frame, subj_role, subjects)
    if spec.get("obj"):
        frame.args.extend(
            (spec["obj"], m) if m.owner != OWNER_SELLS else ("seller", replace(m, owner=None))
            for m in obj_mentions
        )
    if spec.get("dative"):
        _add(frame, spec["dative"], _children(token, "dative") + buyers)
    prep_roles = dict(spec["preps"])
    for prep, roles in spec.get("preps_if_prep", {}).items():
        prep_roles.update(roles if prep in prep_names else {})  # `merge with and into Y`
    for prep, pobj in preps:
        role = spec["agent"] if prep in AGENT_PREPS and "agent" in spec else prep_roles.get(prep)
        if role and prep in spec.get("org_only_preps", []):
            frame.args.extend((role, m) for m in resolve(pobj) if m.label == "ORG")
        elif role:
            held = len(frame.args)
            _add(frame, role, [pobj], allow_asset=role == "target")
            if role == "target" and len(frame.args) == held:  # `paid $1bn for half of Y's campus`
                owners = _asset_owners(pobj)[:1]
                frame.args.extend(("seller", replace(m, owner=None)) for m in owners)
    _add_loose_preps(token, frame, spec.get("loose_preps", {}))
    for prep, pobj in preps:  # `lease a hall at Y's campus`, `on the campus of Y`: Y lets
        owner_role = spec.get("owner_preps", {}).get(prep)
        if owner_role and owner_role not in {r for r, _ in frame.args}:
            frame.args.extend((owner_role, m) for m in _campus_owner(pobj)[:1])
    if spec.get("inverted_subject") and not subjects and (after := _inverted_subjects(token)):
        names = {m.text for m in after}  # `Ont également pris part au financement X, ...`
        frame.args = [(r, m) for r, m in frame.args if m.text not in names]
        frame.args.extend((spec["subj"], m) for m in after)
    if (issuer := spec.get("issuer")) and issuer not in {r for r, _ in frame.args}:
        frame.args.extend((issuer, m) for m in _share_issuers(objects, preps)[:1])
    if (made_by := spec.get("maker")) and made_by not in {r for r, _ in frame.args}:
        written = {m.text for _, m in frame.args}  # `X licensed its chips`: `its` is not X
        frame.args.extend((made_by, m) for m in _makers(objects) if m.text not in written)
    if goods and (maker := spec["preps"].get("from")) and maker not in {r for r, _ in frame.args}:
        frame.args.extend((maker, m) for m in _goods_makers(objects))
    if deal_type == "investment":
        taken = {m.start for _, m in frame.args}
        frame.args.extend(
            ("investor", m)
            for n in [*objects, *(o for _, o in preps)]
            for m in _round_investors(n)
            if m.start not in taken
        )
        taken = {m.start for _, m in frame.args}
        frame.args.extend(("investor", m) for m in _led_round(token) if m.start not in taken)
        _add_co_investor(token, frame)
        if (spec.get("bare") or spec.get("loan_joiner")) and not objects and _joins_loan(token):
            frame.deal_type = "other"  # `the loan is led by A, with B also participating`
            frame.args = [("provider" if r == "investor" else r, m) for r, m in frame.args]
    if passive and (counter := spec.get("passive_counter")):
        # `the battery project has been contracted to Y`: Y takes its power from the
        # story's subject, who keeps the counter role (frames.py)
        if not any(t.lower_ in spec["contracted_things"] for t in subjects):
            return None
        frame.args = [(r, m) for r, m in frame.args if r != counter]
        frame.counter = counter
        return frame if frame.args else None
    if (needed := spec.get("needs_role")) and needed not in {r for r, _ in frame.args}:
        return None  # `Le projet sera financé par A et B`: lenders of no named borrower
    sold_asset = chosen == "sell" and bool(objects) and not goods
    # `X received proposals to acquire the company`: the company is the target alone
    sold_asset = sold_asset or (token.dep_ == "acl" and _received(token.head) and bool(objects))
    lone = bool(frame.args) and (
        (
            spec.get("amount_only", False)
            and (_amount_object(objects) or _money_noun(token, objects, spec))
            and not _put_in_site(preps, spec)
        )
        or spec.get("subject_alone", False)
        or (land and frame.deal_type == "acquisition")
        # `la SEEG achètera l'électricité produite`: the buyer of power alone tells its side
        or (goods and _bought_power(objects, spec.get("power_alone", ())))
        # `... an agreement with Y, under which Y will acquire Z`: the seller is the
        # agreement's other side (`_agreed_purposes`)
        or (frame.deal_type == "acquisition" and _under_agreement(token))
    )
    owned = any(r == "target" and m.owner for r, m in frame.args)  # `buy its mill`
    sought = spec.get("sought")
    alone_subject = not passive and [r for r, _ in frame.args] == [spec["subj"]]
    # `X has agreed to buy the output of the plant`: its seller is told in another
    # sentence (frames.py `_told_after`), else no deal
    counter = spec.get("power_counter") if goods and alone_subject else None
    if counter and _bought_power(objects, spec.get("power_alone", ())):
        frame.counter = counter
        return frame
    # `under which Y will rent dedicated GPU clusters`: the clusters typed the frame, whose
    # verb has its own subject (not `courting customers to rent the chips`)
    rents = frame.object_typed and bool(_children(token, "nsubj"))
    if (
        sought
        and alone_subject
        and (rents or (deal_type == spec["deal_type"] and _sought(objects, sought["words"])))
    ):
        frame.counter = sought["counter"]  # `Y had exercised its option to lease the hall`
        return frame
    return frame if len(frame.args) >= 2 or passive or sold_asset or lone or owned else None


def _causative(verb: Token) -> Token | None:
    """`a fait entrer Y`: the form of causative `faire` before the verb, its child or head."""
    near = [*verb.children, verb.head]
    return next((t for t in near if t.i < verb.i and t.lower_ in CAUSATIVE_VERBS), None)


def _causer_before(causative: Token) -> list[Token]:
    """`Spécialiste de ..., X fait entrer Y à son capital`, the parse leaving the verb with
    no subject: the organisation written right before `faire` causes."""
    ent = _entity_of(causative.doc[causative.i - 1]) if causative.i else None
    return [ent.root] if ent is not None and ent.label_ == "ORG" else []


def _agent_participle(verb: Token) -> bool:
    """`..., garanti pour moitié par Y`: a past participle with its agent and no subject of
    its own, whose subject the parse would climb to is not its own."""
    return (
        verb.tag_ == "VBN"
        and not _children(verb, "nsubj")
        and any(p in AGENT_PREPS for p, _ in _prep_objects(verb))
    )


def _put_in_site(preps: list[tuple[str, Token]], spec: dict[str, Any]) -> bool:
    """`Y investit quelque 380 millions de francs dans ce site`: money put into a facility
    (the spec's `site_nouns` after one of its prepositions) is its owner's spending, no
    investment in the article's company."""
    nouns = spec.get("site_nouns", ())
    return any(p in spec["preps"] and o.lower_ in nouns for p, o in preps)


def _object_type(verb: Token, spec: dict[str, Any], objects: list[Token]) -> str:
    """The deal type a verb's objects give its frame: `object_types` words in an object
    (`rent GPU capacity from X`, `louer une grappe de processeurs graphiques` is a compute
    contract, not a property lease; `supply Y with 90 MW` is a power purchase, `computing
    power` no electricity), or a deal noun of one of the spec's `noun_types` as
    the object (`Lexiane vend une licence de son modèle à Y`: a licence sold is granted,
    not a company sold; the verb's roles keep their sides)."""
    deal_type: str = spec["deal_type"]
    for typed, words in spec.get("object_types", {}).items():
        if any(
            t.lower_ in words and not any(c.lower_ in COMPUTING_MODIFIERS for c in t.children)
            for o in objects
            for t in _typing_words(o)
        ):  # `computing power` is no electricity
            deal_type = typed
    wanted = spec.get("noun_types", ())
    for obj in objects:
        found = _noun_frame(obj)
        if found is not None and found[1]["deal_type"] in wanted:
            return str(found[1]["deal_type"])
    return deal_type


def _service_type(objects: list[Token], typed: dict[str, list[str]]) -> str | None:
    """`buy $120 million of GPU capacity from Y`, `purchase cloud capacity from Y`: the
    deal type a service bought gives a purchase of things (its object, or the noun of the
    object's `of`, is one of the spec's `service_objects` words), unless electricity is
    what is bought (`buy 300 MW of capacity`)."""
    nouns = [n for o in objects for n in (o, *(t for p, t in _prep_objects(o) if p == "of"))]
    if not typed or any(_power(n) for n in nouns):
        return None
    words = {t.lower_ for n in nouns for t in _typing_words(n)}
    return next((kind for kind, served in typed.items() if words & set(served)), None)


def _contract_typed(spec: dict[str, Any], preps: list[tuple[str, Token]]) -> str | None:
    """`X has taken 36MW at Y's building on a seven-year lease`: a contract noun after one
    of the spec's `contract_preps` of a type it lists types the frame."""
    wanted: dict[str, list[str]] = spec.get("contract_preps", {})
    for prep, noun in preps:
        found = _noun_frame(noun) if prep in wanted else None
        if found is not None and found[1]["deal_type"] in wanted[prep]:
            return str(found[1]["deal_type"])
    return None


def _space_taken(
    spec: dict[str, Any], objects: list[Token], preps: list[tuple[str, Token]]
) -> str | None:
    """`X has taken all 48 megawatts of Hall B at Y's campus`, `X is taking a further 18MW
    from Y`: megawatts taken in a hall, building or campus, or from a company that is no
    power producer, with no word of computing or power around them, are space let in a
    data centre (the spec's `space_taken`)."""
    space: dict[str, Any] | None = spec.get("space_taken")
    if space is None or not objects or any(_unit_word(o) not in space["units"] for o in objects):
        return None
    near = [t for o in objects for t in o.subtree] + [t for _, o in preps for t in o.subtree]
    if any(_unit_word(t) in space["not_words"] for t in near):
        return None
    placed = any(t.lower_ in space["places"] for t in near)
    let_by = any(
        m.label == "ORG" and not is_generator(m.text)
        for p, o in preps
        if p == "from"
        for m in resolve(o)
    )
    return str(space["deal_type"]) if placed or let_by else None


def _typing_words(obj: Token) -> list[Token]:
    """The words of an object that may type its deal: the head and its modifiers before
    it, and in a head-first language its complement too (`une grappe de processeurs
    graphiques`), unless the head is counted (`36 moteurs de 4,5 MW`: the complement sizes
    the goods)."""
    counted = any(c.dep_ == "nummod" for c in obj.children)
    after = _head_first(obj.lang_) and not counted
    return [t for t in obj.subtree if t.i <= obj.i or after]


def _share_issuers(objects: list[Token], preps: list[tuple[str, Token]]) -> list[Mention]:
    """`$750 million of newly issued Y shares`, `$250 million of Y's common stock`, `shares
    of Y`: the company whose shares an object (or its `of` noun) names, Y."""
    words = load_rules("roles_words.json", objects[0].lang_ if objects else "en")["exchange"]
    nouns = [*objects, *(o for _, o in preps)]
    nouns += [o for n in nouns for p, o in _prep_objects(n) if p == "of"]
    found: list[Mention] = []
    for noun in (n for n in nouns if n.lower_ in words["shares"]):
        named = [m for t in _children(noun, "poss") for m in resolve(t) if not m.pronoun]
        found.extend(named or [m for m in [_name_on(noun)] if m is not None])
    return found


def _makers(objects: list[Token]) -> list[Mention]:
    """`licensed Helix-3, the protein-design model built by Lattice Mind`, `licensed
    Lattice Mind's model`: who made or owns the thing an object names."""
    found: list[Mention] = []
    for obj in [*objects, *_clause_objects(objects)]:
        for noun in [obj, *_children(obj, "appos")]:
            found.extend(m for t in _children(noun, "poss") for m in resolve(t))
            for verb in _children(noun, "acl"):
                if verb.lower_ in MAKER_VERBS:
                    found.extend(
                        m
                        for a in _children(verb, "agent")
                        for t in _children(a, "pobj")
                        for m in resolve(t)
                    )
    return [m for m in found if not m.pronoun][:1]


def _clause_objects(nouns: list[Token]) -> list[Token]:
    """`rights to make and sell Y's tanks`, `the right to manufacture cells developed by
    Y`: the objects of the to-infinitive a noun heads (its verbs' conjuncts included)."""
    verbs = [
        v
        for n in nouns
        for c in n.children
        if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in _children(c, "aux"))
        for v in (c, *c.conjuncts)
    ]
    return [o for v in verbs for o in _children(v, "dobj")]


def _phrase_after(verb: Token, words: list[str]) -> bool:
    """`taking the operator of 14 data centers private`: one of `words` in the verb's
    clause, after it and not before a noun (`private equity`), makes another phrase."""
    after = verb.doc[verb.i + 1 : verb.i + 16]
    return any(
        t.lower_ in words
        and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].pos_ not in ("NOUN", "PROPN"))
        for t in after
    )


def _prepositional_only(verb: Token, preps: list[str]) -> bool:
    """Whether the verb has no object and one of `preps`: `an agreement with Y providing
    for term loans` tells what an agreement stipulates (`stipulates_with`), `Core FFO per
    share came in at $1.74` reports a figure (`figure_preps`), neither a deal."""
    found = set(preps) & {p for p, _ in _prep_objects(verb)}
    return bool(found) and not _direct_objects(verb)


def _add_co_investor(verb: Token, frame: Frame) -> None:
    """`X will pour $50 billion into data centers built in partnership with Y`: money put
    into projects, not into a company, with a partner named under the verb's phrase, makes
    a partnership of the investor and that partner."""
    if any(r == "investee" for r, _ in frame.args):
        return
    for token in verb.subtree:
        found = _noun_frame(token)
        if found is None or found[1]["deal_type"] != "partnership" or token.i < verb.i:
            continue
        partners = [m for p, o in _prep_objects(token) if p == "with" for m in resolve(o)]
        if partners:
            frame.deal_type = "partnership"
            frame.args.extend(("partner", m) for m in partners)
            return


def _bare_stake(obj: Token) -> bool:
    """`buy a 15 pct stake from Pike Ventures`: a stake bought from a named holder is an
    acquisition even when the company it is in is told elsewhere."""
    found = _noun_frame(obj)
    return found is not None and found[0] == "stake" and obj.lower_ in HELD_STAKE_NOUNS


def _power(obj: Token) -> bool:
    """`200 MW of baseload power`, `the full output of the plant`: electricity traded."""
    return any(
        _unit_word(t) in POWER_NOUNS
        and not any(c.lower_ in COMPUTING_MODIFIERS for c in t.children)
        for t in obj.subtree
        if t.i <= obj.i + 4
    )


def _bought_power(objects: list[Token], words: Collection[str]) -> bool:
    """`achètera l'électricité produite`, `l'intégralité de la production du parc`: the
    goods bought are electricity, named by one of `words` (not `s'offre 150 MW`, space)."""
    return any(t.lower_ in words for o in objects for t in o.subtree if t.i <= o.i + 4)


def _unit_word(token: Token) -> str:
    """A token's word, lower-cased, without a figure written onto it (`900MW`: `mw`)."""
    return GLUED_FIGURE.sub("", token.lower_)


def _tells_power(verb: Token) -> bool:
    """`Provelec fournira à Datalp 230 MW d'électricité`, `un contrat d'approvisionnement
    avec Y, qui lui livrera 15 MW d'électricité`: a supply whose clause, after its verb,
    trades electricity is a power purchase (the parse may hang the goods anywhere)."""
    return any(t.lower_ in POWER_NOUNS for t in verb.subtree if t.i > verb.i)


def _round_investors(noun: Token) -> list[Mention]:
    """`raised $85 million in a round led by X`, `with participation from Y`: the investors
    a funding noun under an investment verb names."""
    found = _noun_frame(noun)
    if found is None or found[1]["deal_type"] != "investment":
        return []
    preps = _prep_objects(noun) + [
        p for child in noun.children if child.dep_ in ("acl", "relcl") for p in _prep_objects(child)
    ]
    roles: dict[str, str] = found[1]["preps"]
    return [m for p, o in preps if roles.get(p) == "investor" for m in resolve(o)]


def _led_round(verb: Token) -> list[Mention]:
    """`X closed a $310 million Series C this week, co-led by A and B`: a participle of a
    round's leading verb hung on the investment verb itself names the investors after
    `by`."""
    return [
        m
        for clause in verb.children
        if clause.dep_ in ("advcl", "acl") and clause.i > verb.i and joins_round(clause)
        for p, o in _prep_objects(clause)
        if p in AGENT_PREPS
        for m in resolve(o)
    ]


def _goods(obj: Token) -> bool:
    """`sells flat rolled products`, `sold a record 5.4 million iPhones`: goods in trade,
    not a company or business changing hands (a counted stake, `5 million shares of X`,
    is a deal)."""
    if obj.lower_ in SHARE_WORDS and any(
        p in PART_PREPS and _power(o) for p, o in _prep_objects(obj)
    ):
        return True  # `sell all of its output to X`, `l'intégralité de la production`
    if _noun_frame(obj) is not None or any(c.lower_ in ASSET_NOUNS for c in obj.conjuncts):
        return False  # `products and related assets` change hands with a business
    if obj.is_lower and obj.lower_ in GOODS_NOUNS | HARDWARE_NOUNS:
        return True
    if obj.like_num and any(
        p == "of" and o.lower_ in HARDWARE_NOUNS for p, o in _prep_objects(obj)
    ):
        return True  # `25,000 of its newest GPUs`, not `three of its units`
    counted = any(c.dep_ == "nummod" and _numbered_token(c) for c in obj.children)
    glued = GLUED_FIGURE.match(obj.lower_) is not None and _unit_word(obj) in POWER_NOUNS
    counted = counted or glued  # `sell 900MW to Y`, not `bought 3Com`
    return counted and obj.lower_ not in ASSET_NOUNS


def _goods_aside(verb: Token) -> bool:
    """`réservera 12 288 GPU de génération Blackwell, achetés à Nvidia, dans son centre`:
    a bare participle set off by a comma right after goods tells where they came from,
    not a deal (the French parse hangs it on the main verb, as if that verb's subject
    bought them)."""
    doc = verb.doc
    bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not bare or not _head_first(verb.lang_) or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    path = [doc[verb.i - 2]]  # the phrase before the comma, up to its head
    while path[-1].dep_ in ("appos", "pobj", "prep", "nmod", "compound", "amod"):
        if path[-1].head.i >= path[-1].i:
            break
        path.append(path[-1].head)
    return any(_goods(t) for t in path if t.pos_ in ("NOUN", "PROPN"))


def _hardware(objects: list[Token]) -> bool:
    """Whether goods traded are hardware (chips, servers, turbines): a supply deal."""
    return any(t.lower_ in HARDWARE_NOUNS for o in objects for t in o.subtree)


def _goods_makers(objects: list[Token]) -> list[Mention]:
    """`buy 25,000 of Tarragon's accelerators`: the company whose goods are bought; `buy
    most of its output`: the company told before (never the buyer's own goods)."""
    found = []
    for c in (c for o in objects for t in o.subtree for c in _children(t, "poss")):
        if (ent := _entity_of(c)) is not None and _owner_name(ent):
            found.append(_mention(ent, "ORG"))
        elif (untagged := _untagged_owner(c)) is not None:
            found.append(untagged)
        elif c.lower_ in POSSESSIVES:
            found.append(_mention(c.doc[c.i : c.i + 1], "PRON", pronoun=True))
    return found[:1]


def _goods_recipients(objects: list[Token]) -> list[Token]:
    """`sell Nadir about 18,000 of its GPUs`, `sell Nadir 18,000 GPUs`: a company named
    right before a counted amount is the one the goods go to (a second object the parse
    took for the object, or for a modifier of the goods)."""
    found: list[Token] = []
    for obj in objects:
        ent = _entity_of(obj)
        doc = obj.doc
        if ent is not None and ent.label_ == "ORG" and ent.end < len(doc):
            after = doc[ent.end : ent.end + 2]
            approx = after[0].lower_ in APPROXIMATELY and after[-1].like_num
            counted = (after[0].like_num or approx) and after[-1].ent_type_ != "MONEY"
            phrase = doc[ent.end : ent.end + 6]  # `sold Y 20% of its stake` sells a stake
            if counted and not any(_noun_frame(t) or t.lower_ in ASSET_NOUNS for t in phrase):
                found.append(obj)
        elif _goods(obj):
            found.extend(
                c
                for c in obj.children
                if c.dep_ in ("nmod", "compound")
                and (e := _entity_of(c)) is not None
                and e.label_ == "ORG"
                and any(n.dep_ == "nummod" and n.i > c.i for n in obj.children)
            )
    return found


def _numbered_token(token: Token) -> bool:
    return any(ch.isdigit() for ch in token.text) or token.lower_ in ("million", "billion")


def _asset_owners(obj: Token) -> list[Mention]:
    """`acquired substantially all of X's assets`, `buy X's stake in the plant`, `reprend
    les parts détenues par X`: the company owning the bought business, assets or stake
    sells them (marked with `OWNER_SELLS`, read by the frame)."""
    found: list[Mention] = []
    for token in obj.subtree:
        stake = token.lower_ in HELD_STAKE_NOUNS
        if (token.lower_ not in ASSET_NOUNS and not stake) or token.lower_ in ANAPHORIC_NOUNS:
            continue
        held_by = [  # `les parts détenues par X`
            o
            for clause in _children(token, "acl")
            if stake and clause.lower_ in OWNING_VERBS
            for p, o in _prep_objects(clause)
            if p in AGENT_PREPS
        ]
        for child in _children(token, "poss") + held_by:
            ent = _entity_of(child)
            if ent is not None and ent.label_ == "ORG":
                found.append(replace(_mention(ent, "ORG"), owner=OWNER_SELLS))
    return found


def _amount_object(objects: list[Token]) -> bool:
    """`Microsoft will invest up to $5 billion`: the verb's object is a sum of money."""
    return any(o.ent_type_ == "MONEY" for o in objects)


def _money_noun(verb: Token, objects: list[Token], spec: dict[str, Any]) -> bool:
    """`Existing backers A and B put in more money`: the verb's object is a money noun
    (`money_nouns` of its frame) and the verb has one of its particles (`in`, `into`)."""
    words = spec.get("money_nouns")
    return (
        words is not None
        and any(o.lower_ in words["nouns"] for o in objects)
        and any(c.lower_ in words["particles"] for c in verb.children)
    )


def _add_loose_preps(
    verb: Token, frame: Frame, loose: dict[str, str], *, any_verb: bool = False
) -> None:
    """`agreed to sell its unit, X Ltd, to Y`, parsed with `to Y` under another word: the
    first such preposition after the verb, before another deal verb (`any_verb`: before
    any verb), followed by a named organisation, gives its role when the frame lacks it;
    else the first organisation its object names (`auprès de son actionnaire, le fonds Y`).
    A relative clause set off by commas describes a name and is passed over, and so is a
    preposition placing the asset (`aux portes de Strasbourg`: `locative_nouns`)."""
    roles = {r for r, _ in frame.args}
    taken = {m.start for _, m in frame.args}
    aside = verb.i  # `l'acquisition de X, qui exploite ... à Douala, auprès de Y`: past it
    for token in verb.doc[verb.i + 1 :]:
        if token.i <= aside:
            continue
        clause = token.dep_ not in ("amod", "compound")  # `a combined capacity` is no verb
        if token.dep_ == "relcl" and (end := _relative_end(token)) is not None:
            aside = end
            continue
        if (
            token.pos_ in ("VERB", "AUX")
            and clause
            and (any_verb or _verb_index(token.lang_).get(token.lower_))
        ):
            return
        role = loose.get(token.lower_)
        if role is None or not (token.pos_ == "ADP" or _stray_to(token)):
            continue
        if any(o.lower_ in LOCATIVE_NOUNS for o in _children(token, "pobj")):
            continue  # `aux portes de Strasbourg, à Y`: where the asset lies
        if role in roles:
            return
        ent = _org_after(token)
        if ent is not None:
            mention = _mention(ent, "ORG")
            if mention.start not in taken:
                frame.args.append((role, mention))
            return
        named = [m for o in _children(token, "pobj") for m in resolve(o) if m.label == "ORG"]
        frame.args.extend((role, m) for m in named[:1] if m.start not in taken)
        return


def _relative_end(verb: Token) -> int | None:
    """The comma closing the relative clause a verb heads (`X, qui exploite à Douala un
    centre de 4 MW, auprès de Y`), when its pronoun opens it right after a comma."""
    doc = verb.doc
    opening = min(t.i for t in verb.subtree)
    if opening == 0 or doc[opening].lower_ not in RELATIVES or doc[opening - 1].text != ",":
        return None
    return next((t.i for t in doc[verb.i + 1 :] if t.text == ","), None)


def _land(mention: Mention) -> bool:
    """`410 acres`, `the farmland`: land changing hands, the deal's site, never a party."""
    return mention.asset and mention.text.split()[-1].lower() in LAND_NOUNS


def _add_noun_loose_preps(noun: Token, frame: Frame, loose: dict[str, str]) -> None:
    """`closed the purchase of 410 acres of farmland next to the campus from X`: a deal
    noun's preposition the parse hung elsewhere gives its role as a verb's does
    (`_add_loose_preps`), unless the noun only modifies another (`purchase obligations`,
    `power purchase agreement`) or a verb comes first (`the acquisition is subject to
    approvals from Y`)."""
    bought = [o for _, o in _prep_objects(noun)]  # `l'acquisition de GPU auprès de Y`: goods
    if loose and noun.dep_ != "compound" and not any(_goods(o) for o in bought):
        _add_loose_preps(noun, frame, loose, any_verb=True)


def _stray_to(token: Token) -> bool:
    """`to generative-AI startup Y` with `startup` read as a verb, `to buyout firm Y`: a
    `to` the parse took for an infinitive marker though no verb follows it."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "to"
        and after is not None
        and (
            after.pos_ not in ("VERB", "AUX")
            or after.dep_ in ("amod", "compound")
            or _misread_noun(after)
            or after.lower_ in DESCRIPTION_NOUNS  # `to developer Y`, read as a verb
        )
    )


def _misread_noun(token: Token) -> bool:
    """`to buyout firm Y`: a deal noun, never a verb form, that the tagger read as a verb."""
    return token.lower_ in _noun_index(token.lang_) and token.lower_ not in _verb_index(token.lang_)


def _org_after(prep: Token) -> Span | None:
    """The organisation named right after a preposition, past an article and a plain
    description the parse may misread (`from artificial intelligence startup Quillmate
    AI`, `to generative-AI startup Hoshigaoka AI`, `from Boston fund Y`)."""
    for token in prep.doc[prep.i + 1 : prep.i + 8]:
        ent = _entity_of(token)
        if ent is not None and ent.label_ == "ORG":
            return ent if ent.start == token.i else None
        described = (
            token.lower_ in DEFINITE | INDEFINITE
            or token.lower_ in DESCRIPTION_NOUNS  # `startup` read as a verb
            or ((token.pos_ in ("NOUN", "ADJ", "PROPN") or token.dep_ == "amod") and ent is None)
            or _misread_noun(token)
            or (ent is not None and ent.label_ in ("GPE", "NORP"))
        )
        if not (described or token.text == "-"):
            return None
    return None


def habitual(verb: Token) -> bool:
    """`Anthropic also buys capacity from AWS`: a present-tense habit, not a new deal."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)


def _light_frame(verb: Token, spec: dict[str, Any], objects: list[Token]) -> Frame | None:
    """`X signed a PPA with Y`, `X completed its acquisition of Y`: the noun decides."""
    for obj in objects:
        found = _noun_frame(obj)
        if found is None or _already_held(obj, found[1]):
            continue
        noun_name, noun = found
        if noun_name == "contract":  # `agreements with A and B for a private placement`
            noun_name, noun = _agreed_for(verb, obj) or found
        if _type_over_noun(verb, spec) and noun_name not in spec.get("nouns_own_type", ()):
            noun = {**noun, "deal_type": spec["deal_type"], "subj": spec["subj"]}
            noun["preps"] = {p: "investee" for p in noun["preps"]}
        if "sold_under" in noun and _bought_under(obj, noun["sold_under"]):  # `under which Y`
            turned = noun["sold_under"]
            noun = {**noun, "subj": turned["subj"], "preps": {**noun["preps"], **turned["preps"]}}
        frame = Frame(verb.lower_, verb.i, noun["deal_type"])
        frame.habitual = any(c.lower_ in SEVERAL_DETERMINERS for c in obj.children)
        if noun["deal_type"] == "supply" and noun.get("power_goods") and _tells_power(verb):
            frame.deal_type = "power_purchase"
        frame.stated = _states_type(obj, noun)
        frame.reversible = bool(noun.get("reversible"))  # `a signé avec Y un bail`: either side
        subjects, passive = _subject(verb)
        obj_preps = _object_preps(obj)
        act = next((a for a in obj.ancestors if a.lower_ in spec.get("act_nouns", ())), None)
        if act is not None:  # `la signature avec Y d'un bail`: Y
            obj_preps += [(p, o) for p, o in _prep_objects(act) if o.i != obj.i]
        obj_preps += [p for clause in _participle_after(obj) for p in _prep_objects(clause)]
        preps = _own_preps(verb, obj) + obj_preps  # the verb's own, then its object's
        if (land := _land_spec(noun, preps, verb.lang_)) is not None:
            noun = land  # `a lease for a plot`
        named = _named_preps(preps)
        subj_role = next(
            (r for p, r in noun.get("subj_if_prep", {}).items() if p in named), noun["subj"]
        )
        own = _owned_by_subject(obj) and not _type_over_noun(verb, spec)
        if own and (subj_role == "partner" or "preps_if_poss" in noun):
            subj_role = _poss_role(noun, preps)  # `we renewed our licence with Y`: licensee
        if "subj_joining" in noun and joins_round(verb):
            subj_role = noun["subj_joining"]  # `Y led the round`, not `X closed the round`
        subj_role = spec.get("subj_over_noun", {}).get(noun_name, subj_role)
        by_verb = noun.get("subj_if_verb", {})  # `A and B extended the loan`: lenders
        subj_role = next((r for r, verbs in by_verb.items() if verb.lemma_ in verbs), subj_role)
        if "dative" in noun and _received_by_subject(verb):
            subj_role = noun["dative"]  # `X s'est vu octroyer un prêt`: X borrows
        signed = spec.get("signed_client")
        via_to = obj.dep_ == "pobj" and obj.head.lower_ == "to"
        clients = [o for o in _children(verb, "dobj") if o is not obj] if signed and via_to else []
        for prep, pobj in preps:  # `signed a lease at Tanager's campus`: Tanager lets
            owned_by = _possessor(pobj) if prep in noun.get("owner_preps", {}) else None
            if owned_by is not None:
                owner_role, subj_role = noun["owner_preps"][prep]
                frame.args.append((owner_role, owned_by))
        if not frame.args and (deep := _site_owner(preps, noun.get("owner_preps", {}))):
            owner_role, subj_role = noun["owner_preps"][deep[0]]
            if isinstance(deep[1], str):  # the `with` party lets
                noun = {**noun, "preps": {**noun["preps"], deep[1]: owner_role}}
            else:
                frame.args.append((owner_role, deep[1]))
        if signed and clients:  # `Calder has signed Inkwell AI to a GPU services agreement`
            subj_role = signed["subj"]
            _add(frame, signed["obj"], clients)
        if not passive:
            _add(frame, subj_role, subjects)
        turned = noun.get("preps_if_poss", {}) if own else {}
        for prep, pobj in preps:
            role = turned.get(prep, noun["preps"].get(prep))  # `renewed its lease with Y`
            if not role and prep in spec.get("preps", {}):  # `reçu (de Y) une commande (de Y)`
                role = spec.get("counter_over_noun", {}).get(noun_name)
            if role:
                _add(frame, role, [pobj], allow_asset=role == "target")
        if (landlord := noun.get("landlord_names")) and subj_role == noun["subj"] and not own:
            _let_by_named_landlord(frame, subj_role, [o for p, o in preps if p == "with"], landlord)
        _add_noun_loose_preps(obj, frame, noun.get("loose_preps", {}))
        if "dative" in noun:
            frame.args.extend((noun["dative"], m) for m in _dative_clitics(verb))
        owners = [m for t in _children(obj, "poss") for m in resolve(t)]
        taken = {m.text for _, m in frame.args}
        if "subj_over_noun" in spec and any(m.text in taken for m in owners):
            owners = _speakers(verb, taken)  # `Lindell said Baywood accepted its offer`
        if owned := _poss_role(noun, preps):
            frame.args.extend((owned, m) for m in owners)
        if "counter_over_noun" in spec:  # `Y va prendre 40 % du capital de X`, X the subject
            frame.args = _one_sided(frame.args)
        alone = frame.stated and noun.get("subject_alone", False)  # `X signed a loan`
        sought = noun.get("sought")
        # `La start-up Y a signé un bail`: the subject and its apposition, one party
        alone_subject = (
            not passive
            and bool(frame.args)
            and {(r, m.start) for r, m in frame.args} == {(subj_role, frame.args[0][1].start)}
        )
        sought_preps = sought.get("preps", ("for", "on")) if sought else ()
        sought_things = [obj] + [o for p, o in preps if p in sought_preps]
        termed = bool(sought and sought.get("termed")) and _termed(obj)
        if sought and alone_subject and (_sought(sought_things, sought["words"]) or termed):
            # `X signed an agreement for GPU capacity`, `X has committed to a compute
            # contract`: X buys it from the story's subject
            frame.deal_type, frame.counter = sought["deal_type"], sought["counter"]
            frame.object_typed = True
            frame.args = [(sought["subj"], frame.args[0][1])]
            return frame
        if "alone_counter" in spec and alone_subject:  # `Y has placed an order`: with X
            frame.counter = spec["alone_counter"]
            return frame
        won = spec.get("alone_counter_over_noun", {}).get(noun_name)
        if won and alone_subject:  # `X has won a $148 million order`: its buyer told after
            frame.counter = won
            return frame
        return frame if len(frame.args) >= 2 or (alone and frame.args) else None
    return None


def _let_by_named_landlord(
    frame: Frame, subj_role: str | None, counterparts: list[Token], landlord: dict[str, Any]
) -> None:
    """`X has signed a 15-year lease with Y Realty Trust (Y Halls Ltd)`: a lease signed
    `with` a company whose name says it owns property (`landlord_names` words), the
    subject's name saying nothing of the kind, is rented by the subject from it; `the
    lease with Y Realty Trust` (no subject, `subj_role` None) is let by Y."""
    words = set(landlord["words"])
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in counterparts]

    def landlord_named(mention: Mention) -> bool:
        return bool(words & {w.casefold() for w in mention.text.split()})

    def countered(mention: Mention) -> bool:
        return any(a <= mention.start and mention.end <= b for a, b in spans)

    subjects = [m for r, m in frame.args if r == subj_role and not countered(m)]
    others = [m for _, m in frame.args if countered(m)]
    if not others or not all(landlord_named(m) for m in others):
        return
    if subj_role is not None and (not subjects or any(landlord_named(m) for m in subjects)):
        return
    frame.args = [
        (landlord["with"] if countered(m) else landlord["subj"] if r == subj_role else r, m)
        for r, m in frame.args
    ]


def _site_owner(
    preps: list[tuple[str, Token]], owner_preps: dict[str, list[str]]
) -> tuple[str, str | Mention] | None:
    """`signed a lease with Y for 200MW of critical IT load at Y's campus`, `a lease for
    48 megawatts at Cedar Bluff, the campus Z is building`: a facility of an owner
    preposition hung anywhere under the deal's prepositions (the parse hangs it under the
    measure) names who lets it: a named counterparty whose first word holds it (the model
    may not call that possessor an organisation), given by its own preposition, else the
    facility's owner (`_facility_owner`). The owner preposition comes first."""
    named = [(p, m) for p, o in preps for m in resolve(o) if not m.pronoun] if owner_preps else []
    for _, pobj in preps if owner_preps else ():
        for place in pobj.subtree:
            prep = place.head.lower_ if place.dep_ == "pobj" else ""
            if prep not in owner_preps:
                continue
            for facility in [place, *_children(place, "appos")]:
                if facility.lower_ not in FACILITY_NOUNS:
                    continue
                held = {c.text for c in _children(facility, "poss") if c.pos_ == "PROPN"}
                owner = _facility_owner(facility)
                if owner is not None:
                    held.add(owner.text.split()[0])
                via = next((p for p, m in named if m.text.split()[0] in held), None)
                if via is not None:
                    return prep, via
                if owner is not None:
                    return prep, owner
    return None


def _agreed_for(verb: Token, agreement: Token) -> tuple[str, dict[str, Any]] | None:
    """`entered into agreements with A and B for a private placement of units`: the deal
    noun after `for` (the agreement's or its verb's) whose frame reads a generic
    agreement's sides (`agreed_for`)."""
    for prep, noun in [*_prep_objects(agreement), *_prep_objects(verb)]:
        found = _noun_frame(noun) if prep == "for" else None
        if found is not None and found[1].get("agreed_for"):
            return found
    return None


def _land_spec(
    noun: dict[str, Any], preps: list[tuple[str, Token]], language: str
) -> dict[str, Any] | None:
    """`a lease for a plot`, `a 30-year lease over a 12-hectare plot`: the spec of a deal
    noun (`land_for`) whose `land_preps` name land, the landowner letting it."""
    land = noun.get("land_for")
    things = [o for p, o in preps if p in noun.get("land_preps", ())]
    if land is None or not _sought(things, LAND_NOUNS):
        return None
    found: dict[str, Any] = load_rules("roles_nouns.json", language)[land]
    return found


def _termed(noun: Token) -> bool:
    """`a 15-year lease`, `a ten-year lease`: a deal noun its term (a count of years)
    modifies."""
    return any(
        TERM_WORD.match(c.text) or (c.lower_ == "year" and _children(c, "nummod"))
        for c in noun.children
        if c.dep_ in ("amod", "compound")
    )


def _sought(things: list[Token], words: Collection[str]) -> bool:
    """`an agreement for dedicated GPU capacity`, `a lease on 24MW of capacity`, `lease
    the second hall`: the thing a deal is for is one of the words (a figure glued to it),
    is modified by one or is a measure of one."""
    things = things + [o for t in things for p, o in _prep_objects(t) if p == "of"]
    return any(
        GLUED_FIGURE.sub("", o.lower_) in words
        or any(c.lower_ in words for c in o.children if c.dep_ == "compound")
        for o in things
    )


def _bought_under(noun: Token, turn: dict[str, Any]) -> bool:
    """`signed a share purchase agreement with Y, under which Y will acquire 51% of Z`: a
    clause after the agreement (a relative of `turn`, `under which`, `pursuant to which`,
    `whereby`, after one of its prepositions if it has any) whose buying verb has a
    subject of its own."""
    relatives: dict[str, list[str]] = turn["relatives"]
    for token in noun.doc[noun.i + 1 :]:
        preps = relatives.get(token.lower_)
        if preps is None or (preps and token.head.lower_ not in preps):
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        frames = [n for n, _ in _verb_index(token.lang_).get(verb.lower_, [])] if verb else []
        if "acquire" in frames and verb is not None and _children(verb, "nsubj"):
            return True
    return False


def _owned_by_subject(noun: Token) -> bool:
    """`renewed its lease`, `we signed our licence agreement`: a deal noun held by a
    possessive determiner is the subject's own (`roles_words.json` possessive_determiners,
    first_person)."""
    return any(
        t.lower_ in POSSESSIVES or t.lower_ in FIRST_PERSON_WORDS for t in _children(noun, "poss")
    )


def _one_sided(args: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
    """The arguments less a mention the parse put on both sides of a frame (a subject
    found in the object's own phrase): it takes neither."""
    sides: dict[tuple[int, int], set[str]] = {}
    for role, m in args:
        sides.setdefault((m.start, m.end), set()).add(role)
    return [(r, m) for r, m in args if len(sides[(m.start, m.end)]) == 1]


def _type_over_noun(verb: Token, spec: dict[str, Any]) -> bool:
    """Whether a light verb's own type and subject role win over its object noun's
    (`type_over_noun`), or do so in the future only (`future_over_noun`: its auxiliaries):
    `On completion X will hold 9.9% of the Company` tells the stake a subscription leaves
    X with, an investment, where `X holds 5 pct of Y` tells a stake bought."""
    future = spec.get("future_over_noun", ())
    return bool(spec.get("type_over_noun")) or any(
        c.dep_ == "aux" and c.lower_ in future for c in verb.children
    )


def _states_type(token: Token, noun: dict[str, Any]) -> bool:
    """Whether a deal noun states its type itself (`stated_forms`), alone, as the word
    before a contract noun (`a Delayed Draw Term Loan Agreement`, `a Credit Agreement`) or,
    head first, as the first word of a stated form (`un accord de prêt`)."""
    stated = noun.get("stated_forms", [])
    before = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
    if _head_first(token.lang_):  # `un accord de prêt`: the form read rightwards from its head
        words = [t.lower_ for t in token.doc[token.i : token.i + 4]]
        if any(words[: len(f)] == f for f in map(_form_words, stated) if len(f) > 1):
            return True
    return (
        token.lower_ in stated
        or any(c.lower_ in stated for c in before)
        or _joint_purpose(token, noun.get("joint_purpose", {}))
    )


def _joint_purpose(token: Token, joint: dict[str, list[str]]) -> bool:
    """`a strategic partnership to co-develop data centre campuses`, `a partnership to
    jointly develop a campus` (the parse may make the noun the infinitive's subject): the
    noun's to-infinitive has the sides act together."""
    if not joint:
        return False
    verbs = [c for c in token.children if c.dep_ in ("relcl", "acl")]
    verbs += [token.head] if token.dep_ == "nsubj" and token.head.i > token.i else []
    adverbs, prefixes = set(joint.get("adverbs", [])), tuple(joint.get("prefixes", []))
    return any(
        any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children)
        and (
            verb.lower_.startswith(prefixes)
            or any(a.dep_ == "advmod" and a.lower_ in adverbs for a in verb.children)
        )
        for verb in verbs
    )


def _acted_nouns(objects: list[Token], spec: dict[str, Any]) -> list[Token]:
    """`annonce la signature (avec Y) d'un bail`, `le lancement d'une OPA`: the deal noun
    an act noun of the light verb's (`act_nouns`) introduces with one of `act_preps`."""
    acts, preps = spec.get("act_nouns", ()), spec.get("act_preps", ())
    return [
        n
        for o in objects
        if o.lower_ in acts
        for n in o.subtree  # `la signature avec Y d'un bail`, the bail hung on Y
        if n.dep_ == "pobj" and n.head.lower_ in preps and _noun_frame(n) is not None
    ][:1]


def _already_held(token: Token, noun: dict[str, Any]) -> bool:
    """`in default of its loans from A and B`: a `not_possessed` deal noun with a
    possessive tells what the company already has, not a new deal."""
    return bool(noun.get("not_possessed")) and any(c.dep_ == "poss" for c in token.children)


def _received_by_subject(verb: Token) -> bool:
    """`X s'est vu octroyer un crédit`: an infinitive under a reflexive `se voir`, whose
    subject receives what the infinitive gives."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ in REFLEXIVE_RECEIVERS
        and any(c.lower_ in REFLEXIVE_CLITICS for c in head.children)
    )


def _dative_clitics(verb: Token) -> list[Mention]:
    """`Cloud Armorique lui a passé une commande`: the verb's dative clitic (the parse may
    call it a particle) stands for the organisation named last before it, else for the
    company the story is about (a pronoun)."""
    found: list[Mention] = []
    for clitic in verb.children:
        if clitic.lower_ in DATIVE_PRONOUNS and clitic.dep_ in ("dative", "prt"):
            named = _dative_antecedent(clitic)
            found.extend(
                named or [_mention(verb.doc[clitic.i : clitic.i + 1], "PRON", pronoun=True)]
            )
    return found


def _passive_light_frame(verb: Token, ordinals: list[str]) -> Frame | None:
    """`Le bail a été signé avec Y`, `Le second, d'un montant de 45 millions d'euros, a été
    conclu avec Kerbrat Santé`: a light verb in the passive whose subject is a commercial
    deal noun (or an ordinal standing for the contracts just told) names one side after
    its preposition; the other is the company the story is about (a pronoun). So is a
    participle set after such a noun (`Le premier accord, conclu avec Y, porte sur ...`,
    `Le second, signé avec Y, couvre 30 MW`). A bare `accord` (agreement) so told is left
    alone, unless an ordinal counts it among the contracts just told: it may tell any deal."""
    nouns = load_rules("roles_nouns.json", verb.lang_)
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > verb.head.i
    for subject in _children(verb, "nsubjpass") + ([verb.head] if participle else []):
        found = _noun_frame(subject)
        commercial = found is not None and found[1]["deal_type"] not in ("partnership", "other")
        noun = found[1] if commercial and found else None
        counted = found is not None and any(c.lower_ in ordinals for c in subject.children)
        noun = nouns["contract"] if subject.lower_ in ordinals or counted else noun
        if noun is None:
            continue
        frame = Frame(verb.lower_, verb.i, noun["deal_type"])
        for prep, pobj in _prep_objects(verb):
            if role := noun["preps"].get(prep):
                _add(frame, role, [pobj])
        if len(frame.args) != 1 or frame.args[0][1].pronoun:
            return None
        story = _mention(verb.doc[subject.i : subject.i + 1], "PRON", pronoun=True)
        frame.args.append((noun["subj"], story))
        return frame
    return None


def _own_preps(verb: Token, obj: Token) -> list[tuple[str, Token]]:
    """A light verb's prepositions, less those after a deal verb its object governs (`a
    signé un accord en vue d'acquérir X ..., auprès de Y`: Y sells to the embedded verb),
    with those of goods it names (`received an order worth 9 billion yen for eight
    turbines from Y`, the `for` hung on the verb: Y orders)."""
    inner = [
        t.i
        for t in obj.subtree
        if t.i > obj.i and t.pos_ == "VERB" and _verb_index(t.lang_).get(t.lower_)
    ]
    own = [(p, o) for p, o in _prep_objects(verb) if not inner or o.i < min(inner)]
    sized = [(p, o) for _, n in own if _sized_by_money(n) for p, o in _prep_objects(n)]
    own += [(p, o) for p, o in sized if o.ent_type_ != "MONEY"]  # `d'un montant de X avec Y`
    return own + [(p, o) for _, goods in own if _goods(goods) for p, o in _prep_objects(goods)]


def _sized_by_money(noun: Token) -> bool:
    """`d'un montant de 250 millions d'euros`: a noun of the verb's own phrase that gives
    the sum, on which the parse hangs the phrase after the sum (`avec un groupe de banques`)."""
    return noun.ent_type_ != "MONEY" and any(
        c.ent_type_ == "MONEY" for p in _children(noun, "prep") for c in _children(p, "pobj")
    )


def _named_preps(preps: list[tuple[str, Token]]) -> set[str]:
    """The prepositions whose object names a party (`from Y`, not `from four dlrs`)."""
    return {p for p, o in preps if any(not m.pronoun for m in resolve(o))}


def _poss_role(noun: dict[str, Any], preps: list[tuple[str, Token]]) -> str:
    """The possessor's role, which a preposition may turn (`its buyout by X`: the target)."""
    named = _named_preps(preps)
    turned: dict[str, str] = noun.get("poss_if_prep", {})
    default: str = noun["poss"]
    return next((r for p, r in turned.items() if p in named), default)


def _governed_poss_role(token: Token, noun: dict[str, Any], preps: list[tuple[str, Token]]) -> str:
    """The possessor's role, which the deal word governing the noun may turn (`poss_under`:
    `the sale of the company's 49 pct interest in X`: the company sells its stake)."""
    under: dict[str, str] = noun.get("poss_under", {})
    for head in list(token.ancestors)[:3] if under else []:
        names = [n for n, _ in _verb_index(head.lang_).get(head.lower_, [])]
        if (found := _noun_frame(head)) is not None:
            names.append(found[0])
        if role := next((under[n] for n in names if n in under), None):
            return role
    return _poss_role(noun, preps)


def _standalone_noun_frame(token: Token) -> Frame | None:
    found = _noun_frame(token)
    if found is None or _already_held(token, found[1]):
        return None
    _, noun = found
    if noun.get("obj_noun") and (not _governed_by_deal_word(token) or _goods(token)):
        return None  # `has contracted most of Y's output`: a share of power is goods
    if noun["deal_type"] == "investment" and _valued_in(token):
        return None
    frame = Frame(token.lower_, token.i, noun["deal_type"])
    frame.stated = _states_type(token, noun)
    preps = _prep_objects(token)
    merged = noun.get("merged_modifiers", ())
    if any(p == "of" and _premodified_by(o, merged) for p, o in preps):
        return None  # `leaving them with 31% of the enlarged group`: a merger's split
    advisers = noun.get("adviser_clauses", ())
    for child in [*token.children, *_participle_after(token)]:
        if child.lower_ in advisers:
            continue  # `l'offre, qui sera présentée par Y`: Y is the presenting bank
        if child.dep_ in ("acl", "relcl") or child.head.i != token.i:
            preps.extend(_prep_objects(child))
    if noun.get("of_object_preps"):  # `a placement of new shares with Y`: on the shares
        preps.extend(p for w, o in [*preps] if w == "of" for p in _prep_objects(o))
    committed = _commitments(token, noun.get("commitment_nouns", ()))
    preps.extend(p for _, c in committed for p in _prep_objects(c))
    measure = _measure(token)  # `¥190bn of acquisition loans from Y`, `from Y` on the sum
    if measure is not None:
        preps.extend((p, o) for p, o in _prep_objects(measure) if o.i > token.i)
    head = token.head
    if (
        token.dep_ == "dobj"
        and head.pos_ == "VERB"
        and not _verb_index(head.lang_).get(head.lower_)
    ):
        # `costs associated with our acquisition of X from Y`, `from Y` parsed on the verb
        preps.extend((p, o) for p, o in _prep_objects(head) if o.i > token.i)
    noun = _land_spec(noun, preps, token.lang_) or noun
    _add(frame, _governed_poss_role(token, noun, preps), _children(token, "poss"))
    possessors = len(frame.args)
    turned = noun.get("preps_if_poss", {}) if possessors else {}
    for prep, pobj in preps:
        role = turned.get(prep, noun["preps"].get(prep))  # `our lease with Y`: Y lets it
        if role:
            _add(frame, role, [pobj], allow_asset=role == "target")
    if (landlord := noun.get("landlord_names")) and not possessors:
        _let_by_named_landlord(frame, None, [o for p, o in preps if p == "with"], landlord)
    _add_noun_loose_preps(token, frame, noun.get("loose_preps", {}))
    for role, root in _listed_after(token, noun.get("listed", {})):
        taken = {m.text for _, m in frame.args}
        frame.args.extend((role, m) for m in resolve(root, conjuncts=False) if m.text not in taken)
    if "speaker" in noun:
        _add_speaker(token, frame, noun["speaker"], {p for p, _ in preps})
    means = measure or token  # `with ¥280bn of acquisition loans from Y`: the sum's
    while means.dep_ == "conj" and means.head.i != means.i:  # `with cash and a loan from Y`
        means = means.head
    if means.dep_ == "pobj" and means.head.lower_ in noun.get("means_preps", ()):
        verb = means.head.head  # `X will pay for the deal with a bridge loan from Y`: X
        subjects, passive = _subject(verb) if verb.pos_ in ("VERB", "AUX") else ([], True)
        if not passive and frame.args:
            _add(frame, noun["subj"], subjects)
    if token.dep_ == "nsubj" and token.head.lower_ in COPULAS and "of" in noun["preps"]:
        _add(frame, noun["preps"]["of"], _children(token.head, "attr"), allow_asset=True)
    for clause, _ in committed if frame.args else ():
        subjects, passive = _subject(clause)
        if not passive:
            _add(frame, noun["subj"], subjects)
    if turn := _joined_deal(token, noun.get("joins_under", {})):
        frame.deal_type = turn["deal_type"]  # `un prêt ... aux côtés de C`: C lends too
        frame.args = [(turn["role"], m) for _, m in frame.args]
    return frame if len(frame.args) > possessors else None


def _joined_deal(token: Token, under: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The type and role a joining word (`aux côtés de C`, `avec la participation de C`)
    takes from the deal noun it is written under (`joins_under`: a loan's lenders), or
    from the lender's verb of a loan it is hung on (`la facilité a été arrangée par A,
    avec la participation de C`: C lends too)."""
    rules = load_rules("roles_verbs.json", token.lang_)
    for head in token.ancestors if under else ():
        found = _noun_frame(head)
        if found is not None and found[0] in under:
            return under[found[0]]
        if "loan" in under and any(
            rules[n].get("stated") and rules[n]["deal_type"] == "other"
            for n, _ in _verb_candidates(head)
        ):
            return under["loan"]
    return None


def _measure(noun: Token) -> Token | None:
    """`¥280bn of acquisition loans`: the sum a deal noun is measured by, written before
    it and governing it through `of`."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in PART_PREPS and head.head.i < noun.i:
        return head.head if head.head.ent_type_ == "MONEY" or head.head.like_num else None
    return None


def _commitments(noun: Token, words: Sequence[str]) -> list[tuple[Token, Token]]:
    """`a $400 million term loan, for which it has received a commitment from Y`: the
    (clause, object) of a relative clause on a deal noun whose object is one of `words`;
    its preposition names the lenders, its subject the borrower."""
    return [
        (clause, obj)
        for clause in noun.children
        if clause.dep_ == "relcl"
        for obj in _children(clause, "dobj")
        if obj.lower_ in words
    ]


def _participle_after(noun: Token) -> list[Token]:
    """`financée par une ligne de crédit de 60 millions d'euros accordée à X par Y`, `a
    obtenu un financement de 1,1 milliard d'euros, arrangé par A`: a deal verb's past
    participle (or the verb with an agent and no subject) written right after a noun's
    phrase that the parse hung on a word above the noun describes the noun, as its own
    clause would; so it does after the noun's term hung on that word (`un crédit-relais
    de 300 millions sur 18 mois, mis à disposition par A`); not a verb telling its own
    party (`own_participle`: `garanti par Y`, a guarantor)."""
    at = noun.right_edge.i + 1
    doc = noun.doc
    while at < len(doc) and doc[at].dep_ == "prep" and doc[at].head in noun.ancestors:
        at = doc[at].right_edge.i + 1
    if at + 1 < len(doc) and doc[at].text == ",":
        at += 1
    word = doc[at] if at < len(doc) else None
    if word is None or _children(word, "nsubj"):
        return []
    # `la trésorerie disponible et une ligne de crédit accordée par Y`: the participle
    # after the last conjunct, hung on the first, describes the last
    last_conjunct = word.dep_ == "acl" and noun.dep_ == "conj" and word.head == noun.head
    if word.dep_ not in ("xcomp", "advcl", "conj") and not last_conjunct:
        return []
    passive = word.tag_ == "VBN" or bool(_children(word, "agent"))  # `arrangé par A`
    frames = _verb_index(word.lang_).get(word.lower_, [])  # not `couvert par une garantie`
    rules = load_rules("roles_verbs.json", word.lang_)
    dealt = bool(frames) and not any(rules[n].get("own_participle") for n, _ in frames)
    return [word] if passive and dealt and word.head in noun.ancestors else []


def _valued_in(noun: Token) -> bool:
    """`was valued at $9 billion in a funding round led by Y`: a round named only as where
    a company's value was set, an earlier round (`valuation_verbs`)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in VALUATION_VERBS


def _inverted_subjects(verb: Token) -> list[Mention]:
    """`Ont également pris part au financement X, filiale de la Banque Y, ainsi que les
    investisseurs existants D et E`: a verb opening its sentence (after its auxiliaries
    and adverbs) has its subjects after it, the organisations named there but the
    parents of another."""
    sent = verb.sent
    if any(t.head.i != verb.i for t in sent[: verb.i - sent.start]):
        return []
    ents = [e for e in sent.ents if e.label_ == "ORG" and e.start > verb.i]
    text = doc_text(verb.doc)
    spans = [(e.start_char, e.end_char) for e in ents]
    parents = {parent for _, parent in find_parents(text, spans, verb.lang_)}
    return [_mention(e, "ORG") for i, e in enumerate(ents) if i not in parents]


def _listed_after(noun: Token, roles: dict[str, str]) -> list[tuple[str, Token]]:
    """`la participation de C, de D et de E`: the organisations listed right after a noun,
    each after one of the prepositions of `roles`, read on the surface (the parser hangs
    `, de D et de E` on any word before)."""
    doc, found = noun.doc, []
    starts = {e.start: e for e in doc.ents if e.label_ == "ORG"}
    i, role = noun.i + 1, None
    while i < len(doc) and (doc[i].lower_ in roles or (role and i in starts)):
        role = roles.get(doc[i].lower_, role)
        first = i + (i not in starts)
        while first < min(i + 8, len(doc)) and first not in starts and _describes(doc, first):
            first += 1  # `de ses actionnaires historiques C`, `..., dont C`
        if first > i + 1 and first + 1 in starts and doc[first].text == ",":
            first += 1  # `des investisseurs historiques de la société, C et D`: it names them
        ent = starts.get(first)
        if ent is None or role is None:
            break
        found.append((role, ent.root))
        i = _after_aside(doc, ent.end, roles)
        while i < len(doc) and doc[i].lower_ in LISTING_LINKS:
            i += 1
    return found


def _add_co_listed(doc: Doc, frame: Frame) -> None:
    """`co-led by Arkwright Capital and Solace Ventures`, `A and trading house B joined the
    round`, `with participation from B and returning investors C and D`: organisations
    listed on the surface beside a party of the frame (`co_party_roles`) play its role,
    wherever the parse hung them; and so do the subjects a verb adds after itself (`X
    joined the round, along with existing investor Y`, `..., as did existing backer Y`).
    A language may list more roles by deal type (`co_party_roles_by_type`: a loan's
    lenders, `arrangé par A, B et la banque japonaise C`), never to the subject of another
    clause."""
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    by_type = load_rules("roles_words.json", doc.lang_).get("co_party_roles_by_type", {})
    co_roles = CO_PARTY_ROLES | frozenset(by_type.get(frame.deal_type, ()))
    if len(orgs) < 2 or not any(r in co_roles for r, _ in frame.args):
        return
    starts, ends = {e.start: e for e in orgs}, {e.end: e for e in orgs}
    taken = {m.start for _, m in frame.args}
    listed: list[tuple[str, Span]] = []
    for role, m in frame.args:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if role in co_roles and not m.pronoun and not m.asset and span is not None:
            listed.extend((role, e) for e in _listed_beside(span, starts, ends))
    trigger = doc[frame.trigger_index]
    subject_roles = {r for r, m in frame.args if m.end <= trigger.idx and r in co_roles}
    if len(subject_roles) == 1:
        role = subject_roles.pop()
        for added in _added_subjects(trigger):
            ent = _entity_of(added)
            if ent is not None and ent.label_ == "ORG":
                listed.extend((role, e) for e in [ent, *_listed_beside(ent, starts, ends)])
    trigger_clause = {trigger.i, trigger.head.i}
    for role, ent in listed:
        subject = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.i not in trigger_clause
        if role not in CO_PARTY_ROLES and subject:
            continue  # `d'une avance versée à EDF, Noctis recevra ...`: the next clause's
        if ent.start_char not in taken:
            taken.add(ent.start_char)
            frame.args.append((role, _mention(ent, "ORG")))


def _added_subjects(verb: Token) -> list[Token]:
    """`X joined, along with Y` (`along with`, `alongside`, `together with`), `X joined,
    as did Y`: the subjects a verb's own phrase adds after it."""
    found: list[Token] = []
    after = [c for c in verb.children if c.i > verb.i]
    for child in after + [c for o in after if o.dep_ == "dobj" for c in o.children]:
        if child.dep_ == "advcl" and child.lower_ in PRO_VERBS:
            if any(m.lower_ in CO_SUBJECT_LINKS for m in _children(child, "mark")):
                found.extend(_children(child, "nsubj"))  # `as did Y`
        elif child.dep_ == "prep" and {child.lower_, *(c.lower_ for c in child.children)} & (
            CO_SUBJECT_LINKS
        ):
            for prep in [child, *_children(child, "prep")]:
                found.extend(_children(prep, "pobj"))  # `along with Y`, `alongside Y`
    return found


def _listed_beside(span: Span, starts: dict[int, Span], ends: dict[int, Span]) -> list[Span]:
    """The organisations (`starts`/`ends`: by first and past-last token) listed right
    after and right before `span` on the surface."""
    found: list[Span] = []
    end = span.end
    while (at := _list_gap(span.doc, end, 1)) is not None and at in starts:
        ent = starts[at]
        if ent.end < len(span.doc) and span.doc[ent.end].tag_ == "POS":
            break  # `B's unit`: B is named for what it owns
        found.extend(_plural_listed(ent))
        end = ent.end
    start = span.start
    while (at := _list_gap(span.doc, start - 1, -1)) is not None and at + 1 in ends:
        ent = ends[at + 1]
        before = span.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.pos_ == "ADP" and before.lower_ not in CO_PARTY_LINKS:
            break  # `invest in Vexa Labs and Siemens will ...`: Vexa is another slot's
        found.append(ent)
        start = ent.start
    return found


def _plural_listed(ent: Span) -> list[Span]:
    """`returning investors Elmstead and Greenlaw Partners`, one entity to the model: after
    a plural noun describing them, names joined by `and` are two."""
    doc = ent.doc
    joint = next((t.i for t in ent[1:-1] if t.lower_ == "and"), None)
    if joint is None or ent.start == 0 or doc[ent.start - 1].tag_ != "NNS":
        return [ent]
    return [doc[ent.start : joint], doc[joint + 1 : ent.end]]


def _list_gap(doc: Doc, i: int, step: int) -> int | None:
    """Walking from token `i` by `step`, past the words joining two names of a list (at
    least one of `co_party_links`, and lower-case words describing a name): the first
    word beyond them, or None."""
    linked = False
    for _ in range(MAX_LIST_GAP):
        if not 0 <= i < len(doc):
            return None
        word = doc[i]
        if word.lower_ in CO_PARTY_LINKS:
            linked = True
        elif not (word.is_lower and word.tag_ in DESCRIBING_TAGS):
            return i if linked else None
        i += step
    return None


def _describes(doc: Doc, i: int) -> bool:
    """A word of the description before a listed name: lower-case words, and the comma of
    `, dont C` (`de ses investisseurs historiques, dont C`)."""
    if doc[i].text == ",":
        return i + 1 < len(doc) and doc[i + 1].lower_ in LISTING_WORDS
    return doc[i].is_lower


def _after_aside(doc: Doc, i: int, roles: dict[str, str]) -> int:
    """Past an aside about the name just listed (`C, via son fonds F, et de D`: F is C's
    fund, not one more name): the comma that closes a clause opening in lower case; a
    short name in brackets right after the name (`A (BSC), chef de file, et de B`) first."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    if i + 1 >= len(doc) or doc[i].text != "," or not doc[i + 1].is_lower:
        return i
    if doc[i + 1].lower_ in roles or doc[i + 1].lower_ in LISTING_WORDS | LISTING_LINKS:
        return i
    close = next((j for j in range(i + 2, min(i + 14, len(doc))) if doc[j].text == ","), None)
    return close if close is not None else i


def _add_speaker(noun: Token, frame: Frame, speaker: dict[str, Any], preps: set[str]) -> None:
    """`X said its board rejected an offer by Y`: with the bidder named in a `by`/`from`
    phrase and no target, the organisation reporting the offer is its target."""
    if speaker["role"] in {r for r, _ in frame.args} or preps.isdisjoint(speaker["preps"]):
        return
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return  # `an offer from Y to buy Z` says its own target
    root = next((t for t in noun.ancestors if t.dep_ == "ROOT"), None)
    if root is None or root.lower_ not in speaker["verbs"]:
        return
    others = {m.text for _, m in frame.args}
    frame.args.extend((speaker["role"], m) for m in _speakers(noun, others))


def _speakers(token: Token, others: set[str]) -> list[Mention]:
    """The organisations subject of the sentence's main verb, other than `others`."""
    root = next((t for t in [token, *token.ancestors] if t.dep_ == "ROOT"), None)
    subjects = _children(root, "nsubj") if root is not None else []
    return [m for t in subjects for m in resolve(t) if m.label == "ORG" and m.text not in others]


def _surface_frame(token: Token) -> Frame | None:
    """Fallback when the parse gives no frame: the subject, then the first organisation
    after the verb, its role read off the preposition just before it (a two-word form
    only with its second word among the verb's: `taken` alone is no `taken private`; a
    clitic such as `s'` is not checked)."""
    if token.pos_ != "VERB" or token.dep_ in ("compound", "amod"):
        return None
    words = {c.lower_ for c in token.children}
    candidates = [
        (n, p) for n, p in _verb_candidates(token) if p is None or not p.isalpha() or p in words
    ]
    if not candidates or _unreal(token):
        return None
    spec: dict[str, Any] = load_rules("roles_verbs.json", token.lang_)[candidates[0][0]]
    objects = _children(token, "dobj")
    if spec.get("light") or ("goods" in spec and objects and all(_goods(o) for o in objects)):
        return None
    if "goods" in spec and _goods_aside(token):
        return None
    if _prepositional_only(token, spec.get("stipulates_with", [])):
        return None
    doc = token.doc
    if spec.get("obj_must_be_org") and any(
        not resolve(o, allow_asset=True) for o in _children(token, "dobj")
    ):
        return None
    sentence = token.sent
    after = [e for e in sentence.ents if e.label_ == "ORG" and e.start > token.i]
    subjects, passive = _subject(token)
    subject = [m for t in subjects for m in resolve(t)]
    if not subject and not subjects:  # `a group of investors offered to buy ...` has one
        before = [e for e in sentence.ents if e.label_ == "ORG" and e.end <= token.i]
        subject = [_mention(before[0], "ORG")] if before else []
    if passive or not subject or not after:
        return None
    first = after[0]
    if first.root.dep_ in SUBJECT_DEPS and first.root.head.i != token.i:
        return None  # `X will supply the GPUs, while Y will provide power`: Y's own clause
    between = doc[token.i + 1 : first.start]
    if any(
        t.pos_ == "VERB"
        and t.dep_ not in ("amod", "compound")
        and _verb_index(t.lang_).get(t.lower_)
        for t in between
    ):
        return None  # `X expects to spend $72bn ..., has signed agreements with Y`: Y signs
    previous = doc[first.start - 1] if first.start > token.i + 1 else None
    if previous is not None and previous.pos_ == "ADP" and previous.lower_ not in spec["preps"]:
        return None  # `the subscribers we acquired through Bank of America`
    role = spec["preps"].get(previous.lower_ if previous is not None else "") or spec.get("obj")
    if role is None:
        return None
    frame = Frame(token.lower_, token.i, _object_type(token, spec, objects))
    frame.reversible = bool(spec.get("reversible"))
    frame.args.extend((spec["subj"], m) for m in subject)
    frame.args.append((role, _mention(first, "ORG")))
    _add_loose_preps(token, frame, spec.get("loose_preps", {}))
    return frame


def _binding_frame(token: Token) -> Frame | None:
    """`Le second accord lie X au producteur Y`, `Le premier la lie aux FMB`: a binding
    verb (`binds` in roles_verbs.json) after a commercial deal noun or an ordinal counting
    the contracts just told, and no company, names both sides: its object (a name, or a
    clitic standing for the company the story is about) and the first name after its
    preposition, a describing noun between (`producteur`). Read off the words: the parse
    often takes `lie` for a noun."""
    specs = load_rules("roles_verbs.json", token.lang_)
    spec = next((specs[n] for n, _ in _verb_candidates(token) if specs[n].get("binds")), None)
    doc = token.doc
    if spec is None or token.i + 2 >= len(doc):
        return None
    opening = doc[token.sent.start : token.i]
    if any(e.label_ == "ORG" for e in opening.ents):
        return None
    nouns = load_rules("roles_nouns.json", token.lang_)
    found = [f[1] for t in opening if (f := _noun_frame(t)) is not None]
    commercial = [f for f in found if f["deal_type"] not in ("partnership", "other")]
    counted = any(t.lower_ in spec["subject_words"] for t in opening)
    noun = commercial[0] if commercial else nouns["contract"] if counted else None
    if noun is None or "avec" not in noun["preps"]:
        return None
    after = doc[token.i + 1]
    if doc[token.i - 1].lower_ in spec["clitics"]:
        first, prep = _mention(doc[token.i - 1 : token.i], "PRON", pronoun=True), after
    elif (named := _entity_of(after)) is not None and named.label_ == "ORG":
        first, prep = _mention(named, "ORG"), doc[min(named.end, len(doc) - 1)]
    else:
        return None
    if prep.lower_ not in spec["preps"]:
        return None
    second = next(
        (e for e in token.sent.ents if e.label_ == "ORG" and prep.i < e.start <= prep.i + 3), None
    )
    if second is None:
        return None
    frame = Frame(token.lower_, token.i, noun["deal_type"])
    frame.args = [(noun["subj"], first), (noun["preps"]["avec"], _mention(second, "ORG"))]
    return frame


SURFACE_NOUN_FRAMES = ("acquisition", "merger", "offer", "stake", "sale")


def lead_frames(doc: Doc) -> list[Frame]:
    """Fallback for a story whose sentences give no frame: the subject of the main
    clause and the first other organisation after a deal noun (`X said their merger`,
    `X launched a 4.3 billion dlr offer for Y`)."""
    trigger = next(
        (t for t in doc if (found := _noun_frame(t)) and found[0] in SURFACE_NOUN_FRAMES),
        None,
    )
    if trigger is None:
        return []
    name, noun = _noun_frame(trigger) or ("", {})
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    subjects = [m for t in _children(root, "nsubj") for m in resolve(t) if not m.pronoun]
    if not subjects:
        return []
    others = [m for m in subjects[1:]]
    subject = subjects[0]
    others += [
        _mention(e, "ORG")
        for e in doc.ents
        if e.label_ == "ORG" and e.start > trigger.i and e.start_char != subject.start
    ]
    if not others:
        return []
    first, second = ("seller", "acquirer") if name == "sale" else ("acquirer", "target")
    return [
        Frame(trigger.lower_, trigger.i, noun["deal_type"], [(first, subject), (second, others[0])])
    ]


def _governed_by_deal_word(noun: Token) -> bool:
    """`bought a 5 pct stake`, `the sale of its stake`: not `X's stake is worth ...`, nor
    a stake word subject of its clause (`most of it leased to hyperscalers`) or under a
    warrant (`a warrant for 160 million shares, roughly 10% of the company`), nor one under
    a verb that starts no frame with it (`a contract would cover most of Y's capacity
    additions`: `cover` is a deal verb only for `the rest` of a round)."""
    heads = list(noun.ancestors)[:3]
    if noun.dep_ == "nsubj" or any(h.lower_ in INSTRUMENT_NOUNS for h in heads):
        return False
    return any(bool(_verb_candidates(h)) or _noun_frame(h) is not None for h in heads)


def _held(noun: Token) -> bool:
    """`... which holds a 32% stake in X`, `owns 7% of X`: an existing holding, not a deal."""
    for token in [noun, *list(noun.ancestors)[:3]]:
        frames = {name for name, _ in _verb_index(token.lang_).get(token.head.lower_, [])}
        held = "holding" in frames or token.head.lower_ in OWNING_VERBS
        if token.dep_ == "dobj" and held:
            return True
    return False


@lru_cache(maxsize=1)
def _alternative_cue() -> re.Pattern[str]:
    return re.compile(load_rules("org_context.json")["alternative_cues"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _described_rival() -> re.Pattern[str]:
    return re.compile(load_rules("org_context.json")["described_rival"], re.IGNORECASE)


def _named_as_alternative(doc: Doc, mention: Mention, role: str) -> bool:
    """`rather than AWS, Azure or Google Cloud`: rivals and examples, not parties; a
    bought `rival X` is the target."""
    before = doc_text(doc)[max(0, mention.start - 80) : mention.start]
    if role == "target" and _described_rival().search(before):
        return False
    return _alternative_cue().search(before) is not None


MAX_FRAME_TOKENS = 200  # frame search is superlinear in a sentence's tokens; prose stays far below


def _names_facility(doc: Doc, mention: Mention) -> bool:
    """`from the Caldermoor offshore wind farm`: a name written before a facility noun
    (and its modifiers), or described by one in apposition (`from X, a solar plant`),
    names the facility; only a bought asset may be one. A possessor
    (`Brora Heat's geothermal plant`) owns the facility."""
    end = _token_at(doc, mention.end)
    if doc[end - 1 : end].text in POSSESSIVE or doc[end : end + 1].text in POSSESSIVE:
        return False
    described = doc[end - 1].children if end else ()  # `from X, a solar-plus-storage plant`
    if any(c.dep_ == "appos" and c.lower_ in FACILITY_NOUNS and c.i > end for c in described):
        return True
    for token in doc[end : end + 4]:
        if token.lower_ in FACILITY_NOUNS:
            return True
        if not (token.is_lower and token.pos_ in ("ADJ", "ADV", "NOUN", "PROPN")):
            return False
    return False


def _titled_person(doc: Doc, mention: Mention) -> bool:
    """`analyst Jane Roe`, `spokeswoman Ann Lee`: a person written with the title of a
    commentator or speaker is not a party."""
    if mention.label not in ("PERSON", "PROPN"):
        return False
    first = _token_at(doc, mention.start)
    before = doc[max(0, first - 3) : first]
    return any(t.lower_.rstrip(".") in TITLE_WORDS for t in before)


def _token_at(doc: Doc, char: int) -> int:
    """The index of the first token starting at or after character `char`."""
    span = doc.char_span(char, len(doc_text(doc)), alignment_mode="expand")
    return span.start if span is not None else len(doc)


def find_frames(doc: Doc) -> list[Frame]:
    """Every deal frame of one parsed sentence, with its arguments (none in a sentence
    longer than `MAX_FRAME_TOKENS`: not prose, and too costly to search)."""
    if len(doc) > MAX_FRAME_TOKENS:
        return []
    frames = [
        replace(
            f,
            args=[
                (r, m)
                for r, m in f.args
                if m.pronoun
                or not (
                    _named_as_alternative(doc, m, r)
                    or _titled_person(doc, m)
                    or (r != "target" and _names_facility(doc, m))
                )
            ],
        )
        for f in _all_frames(doc)
    ]
    held = capacities(doc)
    for f in frames:
        _apply_defined_roles(doc, f, held)
        if f.deal_type == "other":
            f.args = [(r, n) for r, m in f.args for n in _split_lenders(m, r)]
    return [f for f in _agreed_purposes(doc, frames) if f.args]


def _purpose_of(verb: Token, light: Token) -> bool:
    """`signed an agreement with Y to buy Z`, `entered into an agreement with Y to acquire
    Z`: the deal verb is an infinitive the light verb or its agreement governs."""
    if not any(c.tag_ == "TO" for c in verb.children):
        return False
    head = verb
    for _ in range(3):  # verb <- agreement <- into <- entered
        if head.dep_ not in ("advcl", "acl", "relcl", "xcomp", "dobj", "pobj", "prep"):
            return False
        head = head.head
        if head.i == light.i:
            return True
        if head.pos_ not in ("NOUN", "ADP"):
            return False
    return False


def _under_agreement(verb: Token, light: Token | None = None) -> bool:
    """`entered into an agreement with Y, under which (in terms of which) Y will acquire
    Z`: the deal verb heads a relative clause, opened by a preposition and its relative,
    on a noun the light verb (any verb when None) governs."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "prep" and any(o.lower_ in RELATIVES for o in c.children) for c in verb.children
    ):
        return False
    head = verb.head
    for _ in range(3):  # terms <- in <- entered, agreement <- into <- entered
        if head.dep_ not in ("dobj", "pobj", "prep"):
            return False
        head = head.head
        if head.i == light.i if light is not None else head.pos_ in ("VERB", "AUX"):
            return True
    return False


def _agreement_counter(bare: Frame, frame: Frame, turns: dict[str, str]) -> bool:
    """The agreement's side that the relative clause's frame names (`Y will acquire Z`, Y
    under a shorter name) keeps its role there; the other side takes the counter role (X
    sells). Whether it did."""
    shared = [
        (role, side)
        for role, mention in frame.args
        if role in turns
        for _, side in bare.args
        if same_organisation(mention.text, side.text)
    ]
    roles = {r for r, _ in shared}
    if len(roles) != 1 or len(bare.args) != 2:
        return False
    role = roles.pop()
    others = [m for _, m in bare.args if all(m is not side for _, side in shared)]
    if len(others) != 1 or turns[role] in _filled_roles(frame):
        return False
    frame.args.append((turns[role], others[0]))
    return True


def _purpose_words(verb: Token, light: Token, spec: dict[str, Any]) -> bool:
    """`a conclu un accord avec Y en vue du rachat de Z`, `... afin d'acquérir Z`: the
    deal word follows the light verb, right after one of the spec's `purpose_words`
    (an article or a clitic of `purpose_skip` between them)."""
    words: list[str] = spec.get("purpose_words", [])
    if not words or verb.i <= light.i:
        return False
    start = verb.i - 1 if verb.i > 0 and verb.nbor(-1).lower_ in spec["purpose_skip"] else verb.i
    before = " ".join(t.lower_ for t in verb.doc[max(light.i + 1, start - 3) : start])
    return any(f" {before}".endswith(f" {w}") for w in words)


def _subject_purpose(
    frame: Frame, others: list[Mention], light: Token, turns: dict[str, str]
) -> bool:
    """`X a conclu un accord avec Y en vue du rachat de Z`: the purpose noun's frame names
    neither side of the agreement; X, named before the light verb, takes the first role
    of the counters (the acquirer), Y the other. Whether it did."""
    first = next(iter(turns))
    subjects = [m for m in others if m.end <= light.idx]
    if len(others) != 2 or len(subjects) != 1:
        return False
    if any(r in (first, turns[first]) for r, _ in frame.args):
        return False
    counter = next(m for m in others if m is not subjects[0])
    frame.args += [(first, subjects[0]), (turns[first], counter)]
    return True


def _agreed_purposes(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """`X entered into an agreement with Y to acquire Z`: the bare agreement and the deal
    its purpose clause tells are one deal; Y takes the role opposite the subject's in the
    purpose's frame (`purpose_counter` of the light verb's spec), and the bare agreement
    is dropped. A purpose told by a noun with no subject (`en vue du rachat de Z`) gives
    the agreement's subject, named before the light verb, the first role of the
    counters, Y the other."""
    specs = load_rules("roles_verbs.json", doc.lang_)
    dropped: list[Frame] = []
    for bare in (f for f in frames if f.deal_type == "partnership" and not f.stated):
        light = doc[bare.trigger_index]
        names = [n for n, _ in _verb_index(doc.lang_).get(light.lower_, [])]
        spec: dict[str, Any] = next((specs[n] for n in names if "purpose_counter" in specs[n]), {})
        counters: dict[str, dict[str, str]] = spec.get("purpose_counter", {})
        for frame in frames:
            turns: dict[str, str] = counters.get(frame.deal_type, {})
            verb = doc[frame.trigger_index]
            if turns and _under_agreement(verb, light):
                if _agreement_counter(bare, frame, turns):
                    dropped.append(bare)
                    break
                continue
            if not turns or not (_purpose_of(verb, light) or _purpose_words(verb, light, spec)):
                continue
            roles = {(m.start, m.end): r for r, m in frame.args}
            shared = [roles[(m.start, m.end)] for _, m in bare.args if (m.start, m.end) in roles]
            others = [m for _, m in bare.args if (m.start, m.end) not in roles]
            if not shared and verb.pos_ == "NOUN" and _subject_purpose(frame, others, light, turns):
                dropped.append(bare)
                break
            if len(shared) != 1 or len(others) != 1 or shared[0] not in turns:
                continue
            if turns[shared[0]] not in _filled_roles(frame):
                frame.args.append((turns[shared[0]], others[0]))
                dropped.append(bare)
                break
    return [f for f in frames if all(f is not d for d in dropped)]


def _filled_roles(frame: Frame) -> set[str]:
    """The roles a frame's arguments hold alone: a name given two roles (`to acquire 70% of
    the share capital of Z`, Z read as the target and the seller) fills neither for an
    agreement's other side (`an agreement with Y to acquire 70% of Z`: Y sells)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for role, mention in frame.args:
        spans.setdefault((mention.start, mention.end), set()).add(role)
    return {next(iter(roles)) for roles in spans.values() if len(roles) == 1}


def _split_lenders(mention: Mention, role: str) -> list[Mention]:
    """`a $3 billion bridge loan from JPMorgan Chase and Bank of America`: a loan's lenders
    tagged as one name are two lenders."""
    matches = (p.fullmatch(mention.text) for p in CONJOINED_LENDERS) if role == "provider" else ()
    match = next((m for m in matches if m is not None), None)
    if match is None:
        return [mention]
    return [
        replace(mention, text=match.group(1), end=mention.start + match.end(1)),
        replace(mention, text=match.group(2), start=mention.start + match.start(2)),
    ]


def _other_side(taken: dict[str, str | None], role: str) -> str:
    """The role of a party beside a defined one: the other side of the role it shares
    with it, or of the one defined role when it is only a partner."""
    if role in taken:
        return taken[role] or role
    sides = {other for other in taken.values() if other}
    return sides.pop() if role == "partner" and len(sides) == 1 else role


def _apply_defined_roles(doc: Doc, frame: Frame, held: dict[int, str]) -> None:
    """`Verdanis Cloud a conclu avec la SCI Marne Capacités (le « Bailleur ») un bail`: a
    party named right before a filing's defined term that names a role, or in a capacity
    (`held`: `Kellan Bank, N.A., as administrative agent`), takes that role in a frame of
    the term's deal type (or any), and the frame's other parties that held it (or were
    only partners) take the other side; a bare agreement (`partnership`) takes the term's
    deal type (`an agreement with Y (the "Vendor")` is a sale). An organisation of the
    sentence named in such a capacity joins the frame when the parse gave it none (`among
    the Company, as borrower, ..., and Y, as administrative agent`)."""
    roles = defined_terms(doc.lang_).roles
    if not roles:
        return
    defined: dict[int, tuple[str, str | None]] = {}
    listed: set[str] = set()  # roles given in a capacity: `A, as agent, B and C` all lend
    for _, m in frame.args:
        quoted = term_after(doc_text(doc), m.end, doc.lang_)
        term = quoted or held.get(m.start)
        rule = roles.get(term) if term else None
        if rule is None and (described := _described_as(doc, m, roles, frame.deal_type)):
            rule, quoted = described, ""  # `with landlord Y`: the side told, not a list's
        if rule is not None and rule[0] is not None and frame.deal_type == "partnership":
            frame.deal_type = rule[0]  # `an agreement with Y (the "Vendor")`: a sale
        if rule is not None and rule[0] in (None, frame.deal_type) and rule[1] is not None:
            defined[m.start] = (rule[1], rule[2])
            if quoted is None:
                listed.add(rule[1])
    taken = {role: other for role, other in defined.values()}
    frame.args = [
        (
            defined[m.start][0]
            if m.start in defined
            else r
            if r in listed
            else _other_side(taken, r),
            m,
        )
        for r, m in frame.args
    ]
    spans = [(m.start, m.end) for _, m in frame.args]
    for ent in doc.ents:
        rule = roles.get(held.get(ent.start_char, ""))
        if rule is None or rule[0] not in (None, frame.deal_type) or rule[1] is None:
            continue
        if not any(s < ent.end_char and ent.start_char < e for s, e in spans):
            frame.args.append((rule[1], _mention(ent, "ORG")))


def _described_as(
    doc: Doc, mention: Mention, roles: dict[str, list[str | None]], deal_type: str
) -> list[str | None] | None:
    """`signed a lease with landlord Y`, `the property's new tenant, Y, has signed a lease
    with the REIT`: a singular role noun of the frame's own deal type written right before
    the name (or before its comma) says its side (a plural one heads a list: `joint
    bookrunners A and B`)."""
    at = next((t.i for t in doc if t.idx == mention.start), None)
    if mention.pronoun or at is None or at == 0:
        return None
    word = doc[at - 2] if doc[at - 1].text == "," and at >= 2 else doc[at - 1]
    rule = roles.get(word.lower_)
    return rule if rule is not None and rule[0] == deal_type and word.tag_ == "NN" else None


def _all_frames(doc: Doc) -> list[Frame]:
    frames: list[Frame] = []
    covered: set[int] = set()
    verbs = _verb_index(doc.lang_)
    copulas = _verb_index(doc.lang_, copulas=True)
    for token in (t for t in doc if t.lower_ in verbs or t.lower_ in copulas):  # else none
        if token.lower_ in verbs:
            frame = _binding_frame(token) or _verb_frame(token) or _surface_frame(token)
        else:  # `X is the sole lender on the facility`
            frame = _verb_frame(token)
        if frame is not None and frame.args:
            _add_co_listed(doc, frame)
            frames.append(frame)
            covered.update(c.i for c in token.children if c.dep_ == "dobj")
    for token in doc:
        if token.i in covered or _noun_frame(token) is None or _held(token):
            continue
        frame = _standalone_noun_frame(token)
        if frame is not None:
            _add_co_listed(doc, frame)
            frames.append(frame)
    frames.extend(_exchange_frames(doc))
    apposed = _apposed_role_frame(doc)
    return frames if apposed is None else [*frames, apposed]


def _exchange_frames(doc: Doc) -> list[Frame]:
    """`X shareholders will receive 0.62 of a Y share for each share they own`, `... 7.875
    shares of Y`: X's owners take Y's shares for theirs, a share-for-share takeover of X
    by Y (`exchange`), whatever word tells the deal (`tie-up`, `merger of equals`)."""
    words: dict[str, list[str]] = load_rules("roles_words.json", doc.lang_).get("exchange", {})
    frames: list[Frame] = []
    for verb in (t for t in doc if words and t.lower_ in words["verbs"]):
        holders = [t for t in _children(verb, "nsubj") if t.lower_ in words["holders"]]
        given = _children(verb, "dobj")
        given += [o for t in given for p, o in _prep_objects(t) if p == "of"]  # `0.62 of`
        target = next((m for t in holders if (m := _name_on(t)) is not None), None)
        acquirer = next(
            (
                m
                for t in given
                if (m := _name_on(t) if t.lower_ in words["shares"] else _name_of(t)) is not None
            ),
            None,
        )
        if target is None or acquirer is None:
            continue
        if target.text.split()[0].lower() == acquirer.text.split()[0].lower():
            continue  # `X shareholders will receive one X share`: no other company
        frames.append(
            Frame(verb.lower_, verb.i, "acquisition", [("acquirer", acquirer), ("target", target)])
        )
    return frames


def _name_on(noun: Token) -> Mention | None:
    """The capitalised name written on a noun (`Tamarack shareholders`, `an Aurelian
    share`, `Bellrock common stock`, `Prairie First shareholders`), else on the noun its
    `of` names (`shares of Bellrock common stock`, `shares of Alkane`)."""
    names = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i and c.is_title
    ]
    if not names:
        return next(
            (m for p, o in _prep_objects(noun) if p == "of" for m in [_name_of(o)] if m), None
        )
    return _name_of(names[-1])


def _name_of(token: Token) -> Mention | None:
    """The capitalised words ending on a token (`Prairie First`), none for a common word;
    words naming the kind of share (`share_kinds`: `American` depositary) end no name."""
    if not token.is_title or token.is_stop:
        return None
    doc, start, end = token.doc, token.left_edge.i, token.i + 1
    while start < token.i and not (doc[start].is_title and not doc[start].is_stop):
        start += 1
    kinds = load_rules("roles_words.json", doc.lang_)["exchange"]["share_kinds"]
    while end - start > 1 and doc[end - 1].lower_ in kinds:
        end -= 1  # `a Dialog American depositary share`: Dialog's
    return _mention(doc[start:end], "ORG")


def _apposed_role_frame(doc: Doc) -> Frame | None:
    """`Le vendeur, le fonds d'investissement X, détenait l'entreprise depuis 2019`, `Le
    vendeur est X, la holding de la famille`: a sentence opening on a role noun
    (`apposed_roles` of defined_terms.json) set off by a comma, or the subject of a
    copula (past a relative clause: `The tenant, which has agreed that we can name it, is
    X`), names the party of that role in its apposition (its attribute), the first
    organisation before the next comma (`apposed_labels`: the names so tagged), or the
    name right after that comma when a description comes first
    (`apposed_after_description`), in the deal of that role's type the article tells
    (`The occupier is X, the arm of Y`: with a role noun of `apposed_counter`, the other
    side is the story's subject); a seller or buyer not in a sentence naming a commercial
    contract (`The seller is X, and the PPA runs`)."""
    rules = load_rules("defined_terms.json", doc.lang_)
    apposed = rules.get("apposed_roles", ())
    if len(doc) < 4 or doc[0].dep_ != "det" or doc[1].lower_ not in apposed:
        return None
    copulas = rules.get("apposed_copulas", ())
    if doc[2].text != "," and doc[2].lower_ not in copulas:
        return None
    deal_type, role, other = defined_terms(doc.lang_).roles[doc[1].lower_]
    if deal_type not in COMMERCIAL_TYPES and any(
        (n := _noun_frame(t)) and n[1]["deal_type"] in COMMERCIAL_TYPES for t in doc[3:]
    ):
        return None  # `The seller is X, and the power purchase agreement runs 15 years`
    labels = rules.get("apposed_labels", ["ORG"])
    described = rules.get("apposed_after_description", False)
    start = 3
    if doc[2].text == "," and doc[1].dep_ == "nsubj" and doc[1].head.lower_ in copulas:
        start = doc[1].head.i + 1  # `The tenant, which has agreed that we can name it, is X`
    for token in doc[start:]:
        ent = _entity_of(token)
        if deal_type is None or role is None:
            return None
        if token.text == ",":  # `The seller is the family holding company, X`
            after = _entity_of(token.nbor()) if described and token.i + 1 < len(doc) else None
            if after is None or after.start != token.i + 1 or after.label_ not in labels:
                return None
            ent, described = after, False
        if ent is not None and ent.label_ in labels and not _modifies_next(ent):
            frame = Frame(doc[1].lower_, 1, deal_type, args=[(role, _mention(ent, "ORG"))])
            counter = doc[1].lower_ in rules.get("apposed_counter", ())
            frame.counter = other if counter else None
            return frame
    return None


def _modifies_next(ent: Span) -> bool:
    """`the Vidal family holding company`: a name hung on a lower-case word right after
    it only describes that word."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].is_lower and ent.root.head.i >= ent.end


__all__ = [
    "ANONYMOUS",
    "Frame",
    "Mention",
    "acting_for",
    "find_frames",
    "habitual",
    "joins_round",
    "lead_frames",
    "misread_verb",
    "resolve",
]
