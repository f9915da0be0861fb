"""Organisations: label corrections, alias merging and parent organisations.

spaCy's small model tags some companies as people or places (Anthropic as PERSON, xAI as
GPE). The EntityRuler (`patterns/en/org_ruler.json`) labels organisation-shaped tokens before
the statistical NER; `correct_org_labels` then relabels entities from their context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.places import resolve_place
from pipeline.nlp.rules import load_rules, load_word_lists

PERSON_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)*(?: [A-Z][a-z]+)? [A-Z][\w'’-]+")
POSSESSIVE = ("'s", "’s", "'", "’")
_ANAPHORIC = frozenset(load_word_lists("roles_words.json")["anaphoric_nouns"])
MEASURE_LABELS = frozenset({"QUANTITY", "CARDINAL"})
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
LEAD_TRIMMED_LABELS = frozenset({"LOC", "GPE", "PERSON", "PER", "MISC", "FAC"})
TAIL_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})  # the places a body's name may end in
PERIOD_WORD = re.compile(r"Q[1-4]|H[12]|FY\d{2,4}|(?:19|20)\d{2}")  # `Acme Q3 2026`


MAX_SPELLED_WORDS = 8  # words of a name spelled out before its short name
MAX_NAME_TAIL = 6  # lower-case words of a name before its short name in parentheses


def _context(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    rules: dict[str, Any] = load_rules("org_context.json", language)
    return rules


def _every_context() -> dict[str, Any]:
    """The context words of every language at once, for a name read without its article
    (`Vauclair Énergie` and `Talen Energy` are both power producers)."""
    return load_word_lists("org_context.json")


@cache  # a set built once: every name's key and display ask it
def _legal_suffixes() -> frozenset[str]:
    return frozenset(load_rules("org_suffixes.json")["legal_suffixes"])


@cache
def _legal_prefixes() -> frozenset[str]:
    return frozenset(load_rules("org_suffixes.json").get("legal_prefixes", ()))


def _legal_end(words: list[str], extra: frozenset[str] = frozenset()) -> int:
    """Where a name's words end without their legal form (words casefolded): `Limited`,
    `Pte. Ltd.`, and a qualifier written before one (`Private Limited`); `extra` words
    go too. One word always stays."""
    rules = load_rules("org_suffixes.json")
    legal = _legal_suffixes() | extra
    end, dropped = len(words), False
    while end > 1:
        word = words[end - 1].rstrip(".,")
        if word in legal or words[end - 1] in legal:
            dropped = True
        elif not (dropped and word in rules["legal_qualifiers"]):
            break
        end -= 1
    return end


def _is_org_by_context(ent: Span) -> bool:
    """True when the words around `ent` show it is an organisation."""
    rules = _context(ent.doc.lang_)
    if has_org_head(ent.text) or _named_as_org(ent, rules.get("names_as_org", {})):
        return True
    doc = ent.doc
    after = doc[ent.end : ent.end + 10]
    if (
        len(after)
        and after[0].text[:1].isupper()
        and after[0].lower_ in rules.get("name_end_words", ())
    ):
        return True  # `Halloway Property REIT` with `Halloway Property` tagged a person
    words = [t.lower_ for t in after[1:]]
    articles = rules.get("articles", ("the", "a", "an"))
    appositive = (
        len(after) >= 2
        and after[0].text == ","
        and (words[0] in articles or ent.label_ != "PERSON" or len(ent) == 1)
    )
    if appositive and any(w in rules["appositive_nouns"] for w in words[:8]):
        return True
    possessive = len(after) >= 2 and after[0].text in POSSESSIVE and len(ent) == 1
    if possessive and any(t.lower_ in rules["possessed_nouns"] for t in after[1:4]):
        return True
    root = ent.root
    described = ent.start > 0 and doc[ent.start - 1].lower_ in rules["appositive_nouns"]
    if described and ent.label_ != "PERSON" and root.dep_ in ("nsubj", "nsubjpass"):
        return True  # `data centre developer Meridia DC said`, `DC` read as a place
    return (
        len(ent) == 1
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.lower_ in rules["deal_verbs"]
    )


def _description_word(token: Token) -> bool:
    """`camerounais`, `éolien`: a lower-case adjective describing the noun before a name."""
    return token.is_lower and token.pos_ == "ADJ"


def _named_as_org(ent: Span, labels: dict[str, int]) -> bool:
    """`Stratocloud` tagged a person, `Fibrelis` a place: for a model trained on
    encyclopaedia text (the French one), a short name of these labels that is no known
    place names an organisation in business news."""
    most = labels.get(ent.label_, 0)
    words = sum(len(t.text.split("-")) for t in ent)  # `Montereau-Fault-Yonne`: three
    return words <= most and resolve_place(ent.text) is None


def _owned_by_person(ent: Span) -> Span | None:
    """`Jeff Morrow's Tessaract Holdings` read as one name: the company after the owner;
    not the members an institution is named after (`Prairie Teachers' Pension Plan`,
    `party_types.json` member_words)."""
    if ent.label_ != "ORG":
        return None
    mark = next((t.i for t in ent[1:-1] if t.text in POSSESSIVE), None)
    if mark is None or not PERSON_NAME.fullmatch(ent.doc[ent.start : mark].text):
        return None
    if ent.doc[mark - 1].lower_ in _types().get("member_words", ()):
        return None
    return Span(ent.doc, mark + 1, ent.end, label="ORG")


def _types() -> dict[str, Any]:
    """Every language's party typing words (a candidate name is read without its
    article's language: `la Société` is as generic as `the Company`)."""
    return load_word_lists("party_types.json")


def is_glued_word(token: Token) -> bool:
    """`drugmaker Sanofi`, `chips Nvidia`, `Chipmaker Arvel` (sentence start), `ALSO
    SIGNED Coastal Atomic`: a common word describing or preceding a name, not part of it."""
    word = token.lower_
    rules = _types()
    if token.is_lower:
        return True  # names do not start with a lower-case word (`eBay` is not lower case)
    if token.is_upper and len(word) > 1 and word in _headline_words():
        return True  # `ALSO SIGNED Coastal Atomic`, `BREAKING Acme`
    return (
        token.is_sent_start is True
        and token.is_title
        and any(word.endswith(s) for s in rules["descriptor_suffixes"])
    )


def _headline_words() -> list[str]:
    words: list[str] = load_rules("headline_words.json")["words"]
    return words


def _is_heading_start(token: Token) -> bool:
    """`Exhibit 99.1 Acme`, `Revenue Recognition Remodulin`: heading words (and the number
    of an exhibit or note) written before a name at the start of a sentence."""
    return token.lower_ in _heading_words() or _numbered(token)


@cache
def _heading_words() -> frozenset[str]:
    rules = _types()
    return frozenset(rules["heading_words"] + rules["heading_starts"])


def _numbered(token: Token) -> bool:
    """`99.1`, `10.16`, `F-70`: the number of an exhibit, note or page."""
    return any(ch.isdigit() for ch in token.text)


def _trimmed(ent: Span) -> Span | None:
    """The organisation name inside an entity the NER glued to other words: a verb or a
    reporting period after it (`Meta signs`, `Acme Q3 2026`), an apposition after a comma
    (`Frigolux, intégrateur belge`), a descriptor before it
    (`chips Nvidia`), a heading before it at the start of a text (`Exhibit 99.1 Acme`), or
    an outlet or place before a separator
    (`Example Media Network - Zentrix Labs` opening a sentence, `LinkedIn | News`). None
    when nothing of a name is left."""
    doc = ent.doc
    start, end = ent.start, ent.end
    separators = _types()["name_separators"]
    opening = _opens_line(ent)
    for i in range(end - 2, start, -1):
        spaced = doc[i].whitespace_ and doc[i - 1].whitespace_
        if doc[i].text in separators and spaced and opening:
            start = i + 1
            start += _leading_place(doc[start:end])  # `... - San Francisco Zentrix Labs`
            break
    bar = next((i for i in range(start + 1, end - 1) if doc[i].text == "|"), None)
    if bar is not None and not opening:
        end = bar  # `to acquire LinkedIn | News Center`: the page's section follows
    described = next((i for i in range(start + 1, end - 1) if _opens_description(doc, i)), None)
    if described is not None:
        end = described  # `avec Frigolux, intégrateur belge`: the description follows
    while (
        end > start
        and doc[end - 1].is_lower
        and (
            doc[end - 1].pos_ in ("VERB", "AUX", "CCONJ", "ADP", "DET")
            or doc[end - 1].tag_ == "VBZ"
        )
    ):
        end -= 1  # `Meta signs`, `Kivu Networks and`, `Banque X d'investissement et de la`
    while end > start + 1 and PERIOD_WORD.fullmatch(doc[end - 1].text):
        end -= 1  # `Brackwater Digital Q3 2026 Earnings Call`: the period it reports
    hyphened = end > start + 1 and _hyphen_prefix(doc[end - 1])
    if hyphened:
        end -= 2 if doc[end - 2].is_punct else 1  # `Marcus Lindqvist, co-founder`: `co-`
    while start < end - 1 and is_glued_word(doc[start]):
        start += 1
    while start < end - 1 and doc[start].lower_ in _types().get("date_words", ()):
        start += 1  # `On Monday Corvalis Systems agreed`: the day it was told
    start += _place_possessive(doc[start:end])  # `Japan's Kizuna Data Partners`
    if opening:
        heading = start
        while heading < end - 1 and _is_heading_start(doc[heading]):
            heading += 1
        strong = any(
            _numbered(t) or t.lower_ in _types()["heading_starts"] for t in doc[start:heading]
        )
        if strong and doc[heading].is_title:
            start = heading
    if (start, end) == (ent.start, ent.end):
        return ent
    if end <= start or not any(t.text[:1].isupper() for t in doc[start:end]):
        return None
    person = hyphened and PERSON_NAME.fullmatch(doc[start:end].text) is not None
    return Span(doc, start, end, label="PERSON" if person else ent.label_)


def _opens_description(doc: Doc, i: int) -> bool:
    """A comma followed by a lower-case word that is no legal form (`Frigolux, intégrateur
    belge`, `Alphabet, parent of Google`): the apposition describing the name before it."""
    following = doc[i + 1]
    return (
        doc[i].text == ","
        and following.is_lower
        and following.is_alpha
        and following.lower_ not in _legal_suffixes()
    )


def _hyphen_prefix(token: Token) -> bool:
    """`co` of `co-founder`, `co-CEO`: a legal form's word glued to the hyphen of the
    word it begins, so no legal form (a person named before a title it prefixes)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        _legal_word(token)
        and not token.whitespace_
        and following is not None
        and following.text == "-"
    )


def _modifies_facility(ent: Span) -> bool:
    """`leases Airoli data centre`, `to feed Alberta AI data centre`: a name the parse
    makes the modifier of a facility noun written right after it (`data` between) names
    the facility or its place (`party_types.json` `facility_heads_after`), not a party; a
    name in its legal form stays one."""
    heads = _types().get("facility_heads_after", [])
    head = ent.root.head
    between = ent.doc[ent.end : head.i]
    return (
        ent.root.dep_ == "compound"
        and head.lower_ in heads
        and head.i >= ent.end
        and all(t.lower_ == "data" for t in between)
        and not _legal_word(ent[-1])
    )


def _body_opener(ent: Span) -> int:
    """How many tokens of a company's body (`party_types.json` body_openers: `Board of
    Directors of`) open an organisation's name before the company's own (0 if none, or
    if no capitalised name follows)."""
    words = [t.lower_ for t in ent]
    for opener in _types().get("body_openers", ()):
        size = len(opener.split())
        if words[:size] == opener.split() and size < len(ent) and ent[size].is_title:
            return size
    return 0


def _names_a_home(ent: Span) -> bool:
    """`the Vadodara-based transformer maker`: a name glued by a hyphen to a home word
    (`party_types.json` home_words) is where a company is based, not a company."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and not ent[-1].whitespace_
        and doc[ent.end].text == "-"
        and not doc[ent.end].whitespace_
        and doc[ent.end + 1].lower_ in _types().get("home_words", ())
    )


def _in_caption(ent: Span) -> bool:
    """`Item 2.01 Completion of Acquisition or Disposition of Assets`: the caption of a
    numbered part of a filing (a document word, its number, then words without a verb)
    names no organisation."""
    sent = ent.sent
    return (
        len(sent) > 2
        and sent[0].lower_ in _types()["document_words"]
        and _numbered(sent[1])
        and not any(t.pos_ in ("VERB", "AUX") for t in sent[2:])
    )


def _opens_line(ent: Span) -> bool:
    """Whether an entity opens its sentence, after at most a time or a list number
    (`08:21 GMT - Pellham agrees ...`, `2. Acme ...`)."""
    before = ent.doc[ent.sent.start : ent.start]
    return all(t.like_num or t.is_punct or _numbered(t) for t in before)


def _labels_a_page(ent: Span) -> bool:
    """`BBC News | Company File | ...`: a name opening a sentence and followed by a bar
    is the outlet or section of the page; `the PSS segment` is a part of a report. Neither
    is a party."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return after in ("segment", "segments") or (
        ent.start == doc[ent.start].sent.start and after == "|"
    )


def _dated_name(ent: Span) -> int | None:
    """`June 4 - Ardent Micro Devices is in talks`: a date the NER ran on past the dash of
    a dateline into the name opening the story; where the date ends (None otherwise)."""
    if ent.label_ != "DATE" or ent[-1].pos_ != "PROPN":
        return None
    dash = next((t.i for t in ent if t.text in DATELINE_DASHES), None)
    named = ent.doc[dash + 1 : ent.end] if dash is not None else None
    if dash is None or dash == ent.start or not all(t.pos_ == "PROPN" for t in named or ()):
        return None
    return dash


def _in_listing(ent: Span) -> bool:
    """`Hexwell Power plc (AIM: HXW)`, `(NSE: SAHYADRI, BSE: 543210)`, `(TSXV:ALTS)`: the
    exchanges and tickers of a company's listing, in parentheses with a colon, are no
    parties."""
    doc = ent.doc
    left = next(
        (t for t in reversed(doc[max(0, ent.start - 8) : ent.start]) if t.text in "()"), None
    )
    right = next((t for t in doc[ent.end : ent.end + 8] if t.text in "()"), None)
    if left is None or right is None or left.text != "(" or right.text != ")":
        return False
    inside = doc[left.i + 1 : right.i]
    return any(t.text == ":" for t in inside) and all(
        t.is_punct
        or t.like_num
        or not any(ch.islower() for ch in t.text)
        or (t.i + 1 < len(doc) and doc[t.i + 1].text == ":")
        for t in inside
    )


def _named_whole(span: Span) -> bool:
    """A span that reads as a whole organisation name: two words or more ending in an
    organisation word (`Northlake AI Cloud`; `Industrial Corp` of `Global Mining and
    Industrial Corp` is not one)."""
    return len(span) >= 2 and has_org_head(span.text)


def _split_coordination(ent: Span) -> list[Span]:
    """`Boreal Edge Data Centers and Northlake AI Cloud` read as one name: two names, the
    first complete on its own and the second complete, or after `and` either of three
    words or more (`Brightfjord Ventures and Sørensen & Dahl Growth`) or of two after a
    long first (`Harlow & Stein Bank and Ridgefield Trust`), or two names the parse
    coordinates (`_parsed_apart`); `Savings and Loan Association` and `Global Mining and
    Industrial Corp` stay one."""
    doc = ent.doc
    for i in range(ent.start + 2, ent.end - 2):
        if doc[i].lower_ in ("and", "&"):
            left, right = doc[ent.start : i], doc[i + 1 : ent.end]
            long_ = len(right) >= 3 or (len(right) == 2 and len(left) >= 3)
            listed = doc[i].lower_ == "and" and long_ and right[-1].is_title
            named = _named_whole(left) and (_named_whole(right) or listed)
            if (named or _parsed_apart(left, doc[i], right)) and right[0].is_title:
                return [
                    Span(doc, left.start, left.end, "ORG"),
                    Span(doc, right.start, right.end, "ORG"),
                ]
    return [ent]


def _split_trimmed(ent: Span) -> list[Span]:
    """The names of a coordination, each cut free of the words glued to it (`Lirio
    Chemicals and Japan's Hirotsu Industries`: `Hirotsu Industries`)."""
    split = _split_coordination(ent)
    if len(split) == 1:
        return split
    return [t for t in map(_trimmed, split) if t is not None]


def _parsed_apart(left: Span, link: Token, right: Span) -> bool:
    """`Moxley Capital and Ridgeview Angels`, `Bank Teratai Bhd and Harimau Islamic Bank`:
    the parse coordinates the last word of a name of two words or more with a word of
    another: a name ending in its legal form, or two names without one (not `Global
    Mining and Industrial Corp`, one name under one legal form)."""
    head = link.head
    conjuncts = [c.i for c in head.children if c.dep_ == "conj" and c.i > link.i]
    if not (
        link.lower_ == "and"
        and link.dep_ == "cc"
        and len(left) >= 2
        and len(right) >= 2
        and head.i == left.end - 1
        and conjuncts
    ):
        return False
    legal = _legal_word(head)
    if legal or _legal_word(right[-1]):
        return legal  # `Global Mining and Industrial Corp`: one legal form for the whole
    return max(conjuncts) >= right.end - 1 or _named_whole(left)


def _legal_word(token: Token) -> bool:
    return token.lower_ in _legal_suffixes() or token.lower_.rstrip(".") in _legal_suffixes()


def _leading_place(span: Span) -> int:
    """How many tokens of a dateline place (`San Francisco`) start `span` before a name."""
    for size in range(min(3, len(span) - 1), 0, -1):
        if resolve_place(span[:size].text) is not None and span[size].is_title:
            return size
    return 0


def _place_possessive(span: Span) -> int:
    """How many tokens of a place and its possessive (`Japan's`, `Texas'`) start `span`
    before a name (all of them when no name follows: `Abu Dhabi's`): the country or state
    a wire story describes a company by."""
    mark = next((t.i - span.start for t in span[1:4] if t.text in POSSESSIVE), None)
    if mark is None or (mark + 1 < len(span) and not span[mark + 1].is_title):
        return 0
    return mark + 1 if resolve_place(span[:mark].text) is not None else 0


def is_heading(text: str) -> bool:
    """`SELECTED FINANCIAL DATA`, `SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS`: a
    document heading written in capitals, not an organisation."""
    words = re.findall(r"[A-Za-z]+", text)
    headings = _types()["heading_words"]
    return sum(1 for w in words if w.isupper() and w.casefold() in headings) >= 2


GLUED_MEASURE = re.compile(r"\d[\d.,]*([^\W\d_]+)")  # `900MW`, `1.2GW` (not `3M`: no unit)


@lru_cache(maxsize=65536)
def candidate_kind(text: str) -> str:
    """What a candidate party is: `security` (`Series A Preferred Stock`), `generic` (`the
    Company`, a single letter), `facility` (`Sable Creek Generating Station`), `authority`
    (`Delaware Court of Chancery`), `statute` (`Securities Exchange Act`), `date` (`March
    18-April 1`), `heading` (a document heading in capitals, `Call Option Confirmation`),
    `quantity` (`900MW`) or `name`."""
    words = clean_name(text).casefold().split()
    rules = _types()
    if not words:
        return "generic"
    glued = GLUED_MEASURE.fullmatch(clean_name(text))
    if glued and glued.group(1) in load_rules("quantities_units.json")["measure_units"]:
        return "quantity"  # `sell 900MW from Harlan Fork`: a number glued to its unit
    if len(words) > 1 and words[-1].strip(".,") in rules["security_heads"]:
        return "security"
    if len(words) == 2 and words[0] in rules.get("lettered_heads", []) and len(words[1]) == 1:
        return "security"  # `Series C`, `Class B`: a round or a class of shares
    if len(words) == 1 and words[0] in rules["generic_names"]:
        return "generic"
    if _bare_generic(words, rules):
        return "generic"  # `Le Preneur`, `L'Acquéreur`: a role or company noun with its article
    if len(words) > 1 and words[-1] in rules["facility_heads"]:
        return "facility"
    if len(words) == 2 and words[0] in rules.get("coded_facility_heads", []) and _code(words[1]):
        return "facility"  # `Building C`, `Hall 4`: a part of a campus
    if any(w in rules["authority_words"] for w in words):
        return "authority"
    if _names_statute(words, rules.get("statute_heads", [])):
        return "statute"
    months = load_rules("deal_types.json")["months"]
    alpha = re.findall(r"[^\W\d_]+", text.casefold())
    if alpha and all(w in months for w in alpha):
        return "date"  # `December`, `March 18-April 1`
    if len(name_key(text)) == 1 and len(name_key(text)[0]) == 1:
        return "generic"  # a single letter: `L` of `S and L`
    if text.strip() in load_rules("amounts_currencies.json")["codes"]:
        return "generic"  # `CHF`, `EUR`: a currency
    if is_heading(text) or any(w.strip(".,") in rules["document_words"] for w in words):
        return "heading"
    return "name"


def _code(word: str) -> bool:
    """A short code of letters and digits (`c`, `4`, `b2`), casefolded."""
    return len(word) <= 3 and word.isalnum() and (len(word) == 1 or any(c.isdigit() for c in word))


def _names_statute(words: list[str], heads: list[str]) -> bool:
    """`Securities Exchange Act`, `Securities Exchange Act of 1934`: a law's name."""
    if len(words) > 3 and words[-2] == "of" and words[-1].isdigit():
        words = words[:-2]
    return len(words) > 1 and words[-1] in heads


def _bare_generic(words: list[str], rules: dict[str, Any]) -> bool:
    """A generic noun written with a definite article (`le preneur`, `l'acquéreur`)."""
    articles = rules.get("generic_articles", [])
    if len(words) == 2 and words[0] in articles:
        return words[1] in rules["generic_names"]
    elided = next((a for a in articles if a.endswith(("'", "’")) and words[0].startswith(a)), None)
    return (
        len(words) == 1 and elided is not None and words[0][len(elided) :] in rules["generic_names"]
    )


def _compound_start(ent: Span) -> int:
    """`Tallis AI` tagged as a nationality and an organisation, `Stonebridge Digital` with
    only `Digital` tagged, `Harsco GasServ` as two: proper nouns the parse attaches inside
    an organisation's name, written right before it, belong to it."""
    doc = ent.doc
    start = ent.start
    while (
        start > 0
        and (
            (doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound")
            or _mistagged_word(doc[start - 1])
        )
        and doc[start - 1].text[:1].isalnum()
        and bool(doc[start - 1].whitespace_)
        and ent.start <= doc[start - 1].head.i < ent.end
        and doc[start - 1].ent_type_ not in ("DATE", "CARDINAL", "MONEY")
    ):
        start -= 1
    return start


def _compound_end(ent: Span) -> int:
    """`fonds Aquitaine Amorçage` with only `Aquitaine` tagged: in a language writing a
    name's head first, the capitalised proper noun right after an organisation's name
    that the name hangs on, or a capitalised organisation word (`Sahel Cloud Services`),
    belongs to it; in any language, so does a word of the language's name_end_words
    (`Coastline Property REIT` with `REIT` parsed as a verb)."""
    doc = ent.doc
    end = ent.end
    head_first = load_rules("roles_nouns.json", doc.lang_).get("head_first")
    ends = _context(doc.lang_).get("name_end_words", ())
    while (
        end < len(doc)
        and doc[end].text[:1].isupper()
        and bool(doc[end - 1].whitespace_)
        and doc[end].ent_type_ in ("", "MISC")
        and (
            doc[end].lower_ in ends
            or (
                head_first
                and (
                    (
                        doc[end].pos_ == "PROPN"
                        and any(t.head.i == end for t in doc[ent.start : end])
                    )
                    or doc[end].lower_ in _every_context()["org_head_words"]
                )
            )
        )  # `Sahel Cloud` with `Services` left out: an organisation word ends the name
    ):
        end += 1
    return end


def _mistagged_word(token: Token) -> bool:
    """`Orpheo Robotique` with `Orpheo` tagged as punctuation: a capitalised word the
    tagger took for a punctuation mark is a name's word."""
    return token.pos_ == "PUNCT" and token.is_alpha and token.text[:1].isupper()


def correct_org_labels(doc: Doc) -> Doc:
    """Relabel as ORG the entities whose context marks them as organisations; drop the
    names that start with a unit (`MW Colossus 1`), which measure a facility, and the
    person owning a company from its name; cut organisation names free of the words the
    NER glued to them (`_trimmed`)."""
    relabel = set(_context(doc.lang_)["relabel_from"])
    ents: list[Span] = []
    changed = False
    units = load_rules("quantities_units.json")["measure_units"]
    for found in doc.ents:
        ent = _without_blank_edges(found)
        if ent is not found:
            changed = True  # `Song Hong Telecom JSC (`: the brackets of a blanked listing
        if ent is None or _in_caption(ent):
            changed = True  # `Item 1.01 Entry into a Material Definitive Agreement`
            continue
        body = _body_opener(ent)
        if body:
            ent = Span(doc, ent.start + body, ent.end, label="ORG")
            changed = True  # `the Board of Directors of X Limited`: X's board acts for X
        if ent.start > 0 and doc[ent.start - 1].text in _legal_prefixes():
            ent = Span(doc, ent.start - 1, ent.end, label="ORG")
            changed = True  # `PT Sari Segar Nusantara` tagged as a person without `PT`
        measured = ent.start > 0 and doc[ent.start - 1].like_num
        start = _compound_start(ent) if ent.label_ == "ORG" else ent.start
        end = _compound_end(ent) if ent.label_ == "ORG" else ent.end
        whole = Span(doc, start, end, label="ORG") if (start, end) != (ent.start, ent.end) else ent
        trimmed = _trimmed(whole) if ent.label_ == "ORG" else ent
        if ent[0].text in units and ent.label_ not in MEASURE_LABELS and measured:
            changed = True  # `300 MW Colossus 1 data center`: a measured facility, no name
        elif ent.label_ == "ORG" and _names_a_home(ent):
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            changed = True  # `the Vadodara-based transformer maker`: a town, not a party
        elif _labels_a_page(ent):
            changed = True  # `Example News | Markets | ...`: the outlet and section
        elif _in_listing(ent):
            changed = True  # `(AIM: HXW)`: an exchange and a ticker
        elif (dash := _dated_name(ent)) is not None:
            ents.append(Span(doc, ent.start, dash, label=ent.label_))
            changed = True  # `June 4 - Ardent Micro Devices`: the name left to the parse
        elif ent.label_ == "ORG" and _modifies_facility(ent):
            changed = True  # `leases Airoli data centre`: the facility's name or place
        elif trimmed is not ent:
            if trimmed is not None:
                ents = [e for e in ents if e.end <= trimmed.start]
                ents.extend(_split_trimmed(trimmed))
            changed = True
        elif len(_split_coordination(ent)) > 1:
            ents.extend(_split_trimmed(ent))
            changed = True
        elif ent.label_ in relabel and _is_org_by_context(ent):
            relabelled = Span(doc, _compound_start(ent), _compound_end(ent), label="ORG")
            ents.append(_trimmed(relabelled) or relabelled)  # `Biotech Ordway Therapeutics`
            changed = True
        elif (owned := _owned_by_person(ent)) is not None:
            ents.append(owned)
            changed = True
        elif (named := _without_lead_words(ent)) is not ent:
            ents.extend([named] if named is not None else [])
            changed = True  # `l'hébergeur vaudois Lémancloud`: `Lémancloud`
        else:
            ents.append(ent)
    ents = _with_lead_words(_with_linked_names(doc, _with_glued_names(doc, ents)))
    ents = _with_body_tails(doc, ents)
    ents = _with_described_names(doc, _with_described_openers(doc, ents))
    ents = _with_paired_words(doc, _with_abbreviated_names(doc, _with_spelled_out_names(doc, ents)))
    merged = [_without_home_town(e) for e in _with_home_places(ents)]
    if changed or [(e.start, e.end) for e in merged] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = merged
    return doc


def _plural_common_word(token: Token) -> bool:
    """`Entreprises`, `Institutionnels`: a capitalised plural of a word the language has."""
    text = token.text
    return (
        len(text) > 3
        and text[:1].isupper()
        and text[1:].islower()
        and text[-1] in "sx"
        and token.doc.vocab.has_vector(token.lower_)
    )


def _with_paired_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Arkéa Banque Entreprises et Institutionnels` cut at `et` by the NER: a name ending
    in a plural common word, the conjunction and one more such word are one name."""
    joiners = _context(doc.lang_).get("paired_name_joiners", ())
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == ent.label_ == "ORG"
            and len(ent) == 1
            and ent.start == last.end + 1
            and doc[last.end].lower_ in joiners
            and _plural_common_word(doc[last.end - 1])
            and _plural_common_word(ent[0])
            and not (ent.end < len(doc) and doc[ent.end].text[:1].isupper())
        ):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _area_word(ent: Span, areas: frozenset[str]) -> bool:
    """`Europe`, `Wallonie`: one capitalised word naming a continent, a country or a
    region (no town), which a company's own name may end in."""
    if len(ent) != 1 or not ent[0].is_title or ent.label_ not in ("ORG", "LOC", "GPE"):
        return False
    place = resolve_place(ent.text) if ent[0].lower_ not in areas else None
    return ent[0].lower_ in areas or (place is not None and place.city is None)


def _with_glued_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`DataCore Wallonie` read as `DataCore` and the region, `Mer d'Iroise Énergies` as
    `Mer d'` and `Iroise Énergies`: in a language listing `glued_name_areas`, an
    organisation and the area word written right after it, or a name cut at an elided
    link and the organisation right after the link, are one organisation."""
    rules = _context(doc.lang_)
    if "glued_name_areas" not in rules:
        return ents
    areas = frozenset(rules["glued_name_areas"])
    links = frozenset(w for w in rules.get("name_links", ()) if w[-1] in "'’")
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and _glued(last, ent, areas, links):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        elif ent.label_ == "ORG" and _area_word(ent, areas) and _name_word(doc, ent.start - 1):
            out.append(Span(doc, ent.start - 1, ent.end, label="ORG"))  # `cloud Cirrus Europe`
        else:
            out.append(ent)
    return out


def _with_linked_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Ventos do Sertão`, `Casa dos Ventos`, `Serra do Vento Eólica`: in a language listing
    `foreign_name_links` (English: the links of Portuguese, Spanish and Italian names),
    capitalised words joined by one of these lower-case links name one organisation, which
    the NER cuts at the link (`Ventos` a person, `Sertão` a nationality), unless the words
    name a known place (`Rio de Janeiro`) or one entity already holds them all."""
    links = frozenset(_context(doc.lang_).get("foreign_name_links", ()))
    if not links:
        return ents
    out = list(ents)
    for link in (t for t in doc[1:-1] if t.lower_ in links and t.is_lower):
        start, end = link.i, link.i + 1
        while start > 0 and _title_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and _title_word(doc[end]):
            end += 1
        if start == link.i or end == link.i + 1:
            continue
        held = [e for e in out if e.start < end and start < e.end]
        if not held or any(e.start <= start and end <= e.end for e in held):
            continue
        start, end = min(start, *(e.start for e in held)), max(end, *(e.end for e in held))
        span = Span(doc, start, end, label="ORG")  # `Ventos` + `do` + `Jacuípe Energia S.A.`
        if resolve_place(span.text):
            continue
        out = sorted([e for e in out if e not in held] + [span], key=lambda e: e.start)
    return out


def _body_tail(doc: Doc, ent: Span) -> int:
    """Where an organisation ending in a body word (`body_tail_words`) ends once the body
    words, the link, `the` and the capitalised words the NER left after it are added
    (`Kansas Corporation` + `Commission`, `Solar Energy Corporation` + `of India`); its own
    end when no such words follow."""
    rules = _context(doc.lang_)
    bodies = rules.get("body_tail_words", ())
    last = ent.end
    while last < len(doc) and doc[last].is_title and doc[last].lower_ in bodies:
        last += 1  # `Kansas Corporation` + `Commission`
    if ent.label_ != "ORG" or doc[last - 1].lower_ not in bodies:
        return ent.end
    end = last + 1
    if end >= len(doc) or doc[last].lower_ not in rules["body_tail_links"]:
        return last
    end += doc[end].lower_ == "the"
    words = end
    while words < len(doc) and _title_word(doc[words]):
        words += 1
    return words if words > end else last


def _with_body_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Solar Energy Corporation of India` read as `Solar Energy Corporation` and `India`,
    `General Authority for the Suez Canal Economic Zone` as `General Authority`: a body's
    name runs on over its link (`_body_tail`), taking in the places it names, unless a
    company, a person or a word of another entity running past it is among the words."""
    out: list[Span] = []
    taken = 0
    for ent in ents:
        if ent.start < taken:
            continue  # a place the tail took in
        end = _body_tail(doc, ent)
        inside = [e for e in ents if ent.end <= e.start < end]
        if any(e.label_ not in TAIL_PLACE_LABELS or e.end > end for e in inside):
            end = ent.end
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label="ORG"))
        taken = end
    return out


def _title_word(token: Token) -> bool:
    """A capitalised word of a name (not a number, a symbol, a lower-case or a stop word;
    the tagger's parts of speech mean little in a foreign name)."""
    return token.is_title and token.is_alpha and not token.vocab[token.lower_].is_stop


def _glued(last: Span, ent: Span, areas: frozenset[str], links: frozenset[str]) -> bool:
    """Whether an entity continues the name before it: an area word right after an
    organisation, or an organisation right after a name cut at an elided link (`Mer d'`
    then `Iroise Énergies`; `Mer`, `d'`, then `Opale Énergies`)."""
    doc = last.doc
    if last.end == ent.start:
        return (
            (last[-1].lower_ in links and ent.label_ == "ORG")
            or (last.label_ == "ORG" and bool(last[-1].whitespace_) and _area_word(ent, areas))
            or _head_word_after(last, ent)
        )
    return (
        last.end + 1 == ent.start
        and doc[last.end].lower_ in links
        and last.label_ == ent.label_ == "ORG"
    )


def _head_word_after(last: Span, ent: Span) -> bool:
    """`TransCam` then `Logistique`, the model cutting `Le logisticien camerounais TransCam
    Logistique` in two: one capitalised organisation word (`org_head_words`,
    `name_end_words` of the article's language) tagged apart right after an organisation
    ends its name."""
    words = {
        *_context(ent.doc.lang_).get("name_end_words", ()),
        *_every_context()["org_head_words"],
    }
    return (
        last.label_ == ent.label_ == "ORG"
        and len(ent) == 1
        and ent[0].is_title
        and bool(last[-1].whitespace_)
        and ent[0].lower_ in words
    )


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised proper noun, outside any entity, not opening its sentence."""
    return (
        i > 0
        and doc[i].pos_ == "PROPN"
        and doc[i].is_title
        and not doc[i].ent_type_
        and not doc[i].is_sent_start
        and bool(doc[i].whitespace_)
    )


def _without_blank_edges(ent: Span) -> Span | None:
    """An entity without the runs of spaces and the brackets the NER took in at its edges
    (`Song Hong Telecom JSC (` before a listing blanked for the parser,
    `sentences.for_parser`); None when nothing else is left."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].is_space or ent.doc[start].text in "()"):
        start += 1
    while end > start and (ent.doc[end - 1].is_space or ent.doc[end - 1].text in "()"):
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_) if start < end else None


def _without_lead_words(ent: Span) -> Span | None:
    """A place or person name without the lower-case words the NER put before it (a name
    does not start in lower case: `vaudois Lémancloud`); None when nothing is left."""
    if ent.label_ not in LEAD_TRIMMED_LABELS or not ent[0].is_lower:
        return ent
    start = next((t.i for t in ent if not t.is_lower), ent.end)
    return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.end else None


def _with_lead_words(ents: list[Span]) -> list[Span]:
    """`le Fonds Laurentide Capital` read as `Fonds` and `Laurentide Capital`, `la Caisse
    de pension Helvétia Industrie` as `Caisse de pension` and `Helvétia Industrie`: an
    organisation that is an organisation word written first (`org_lead_words`), alone or
    with lower-case words, names one with the name right after it."""
    lead = _every_context().get("org_lead_words", ())
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if (
            before is not None
            and before.label_ == "ORG"
            and before.end == ent.start
            and before[0].is_title
            and before[0].lower_ in lead
            and (len(before) == 1 or (before[-1].is_lower and ent[0].is_title))
        ):
            out[-1] = Span(ent.doc, before.start, ent.end, label="ORG")
        elif _lead_word_before(ent, before):
            out.append(Span(ent.doc, ent.start - 1, ent.end, label="ORG"))
        else:
            out.append(ent)
    return _with_linked_tails(out)


def _lead_word_before(ent: Span, before: Span | None) -> bool:
    """`et Caisse Boréale Capital complètent le tour`: an organisation word of the text's
    language (`org_lead_words`), capitalised and outside any entity, right before an
    organisation opens its name."""
    doc = ent.doc
    word = doc[ent.start - 1] if ent.start > 0 else None
    return (
        word is not None
        and ent.label_ == "ORG"
        and word.is_title
        and not word.ent_type_
        and word.lower_ in _context(doc.lang_).get("org_lead_words", ())
        and (before is None or before.end < word.i)
    )


def _linked_tail(ent: Span, taken: int) -> int:
    """Where a name opened by an organisation word (`org_lead_words` of the text's
    language) ends once the link and capitalised words the NER left after it are added
    (`Banque Maghrébine` + `de l'Équipement`, `Caisse d'Épargne Bretagne-Pays` + `de
    Loire`); its own end when none follow, or when they run into `taken`."""
    doc, context = ent.doc, _context(ent.doc.lang_)
    links = frozenset(context.get("name_links", ()))
    end = ent.end
    if not ent[0].is_title or ent[0].lower_ not in context.get("org_lead_words", ()):
        return end
    while end < len(doc) and doc[end].lower_ in links and doc[end].is_lower:
        end += 1
    if end < len(doc) and doc[end].lower_ in context.get("articles", ()):
        end += 1  # `de l'Équipement`, `de la Sûre`
    words = end
    while words < len(doc) and words - end < 2 and _title_word(doc[words]):
        words += 1
    return words if ent.end < end < words <= taken else ent.end


def _with_linked_tails(ents: list[Span]) -> list[Span]:
    """Names opened by an organisation word with the link and capitalised words the NER
    cut off after them (`_linked_tail`), taking in an entity the tail covers."""
    out: list[Span] = []
    for i, ent in enumerate(ents):
        if out and out[-1].end > ent.start:
            continue  # a tail took it in
        after = ents[i + 1] if i + 1 < len(ents) else None
        end = _linked_tail(ent, len(ent.doc) if after is None else after.end)
        if after is not None and after.start < end < after.end:
            end = ent.end
        out.append(ent if end == ent.end else Span(ent.doc, ent.start, end, label="ORG"))
    return out


def _with_described_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`l'opérateur camerounais Douala Datacom`, `le producteur éolien Éoliennes du
    Condroz`: in a language writing the description first (`described_before`), the
    capitalised words right after an organisation noun and its adjectives (joined by
    `name_links` such as `du`) name one organisation, even when the NER missed or cut
    them."""
    rules = _context(doc.lang_)
    if not rules.get("described_before"):
        return ents
    nouns, links = set(rules["appositive_nouns"]), set(rules.get("name_links", ()))
    found: list[tuple[int, int]] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in nouns:
            continue
        start = token.i + 1
        while start < len(doc) and start - token.i <= 3 and _description_word(doc[start]):
            start += 1  # `camerounais`, `éolien`
        end = start
        while end < len(doc) and end - start < 5:
            if doc[end].is_title or (doc[end].is_upper and doc[end].is_alpha):
                end += 1
            elif (
                end - start == 1  # `Éoliennes du Condroz`; `Duvernay Moteurs de Nantes`: a town
                and doc[end].lower_ in links
                and end + 1 < len(doc)
                and doc[end + 1].is_title
            ):
                end += 2
            else:
                break
        if end > start and not any(t.is_lower for t in doc[start:end] if t.lower_ not in links):
            found.append((start, end))
    added = [
        Span(doc, s, end, label="ORG")
        for s, end in found
        if not any(
            e.label_ == "ORG" and e.start < end and s < e.end and not s <= e.start < e.end <= end
            for e in ents
        )
    ]  # the NER's names inside one (`Éoliennes du`, `Condroz`) or other labels give way
    if not added:
        return ents
    kept = [e for e in ents if not any(a.start < e.end and e.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda e: e.start)


def _with_abbreviated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`la Société wallonne de participations numériques (Sowanum)`, `le Fonds sénégalais
    pour l'innovation numérique (FSIN)`: in a language whose names hold lower-case words
    (`lower_case_names`), an organisation name the NER cut before them runs up to the
    short name written in parentheses after it, when that starts with the name's first
    letter and no verb stands between."""
    if not _context(doc.lang_).get("lower_case_names"):
        return ents
    out: list[Span] = []
    for ent in ents:
        end = ent.end
        while (
            ent.label_ == "ORG"
            and end < len(doc)
            and end - ent.end < MAX_NAME_TAIL
            and (doc[end].is_lower or doc[end].is_title)  # `... et placement du Québec`
            and doc[end].pos_ not in ("VERB", "AUX", "PUNCT")
        ):
            end += 1
        short = doc[end + 1] if end + 2 < len(doc) else None
        if (
            end > ent.end
            and short is not None
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and doc[end - 1].pos_ not in ("ADP", "DET", "CCONJ")
            and short.text[:1].isupper()
            and short.text[:1].casefold() == ent.text[:1].casefold()
        ):
            out.append(Span(doc, ent.start, end, label="ORG"))
        else:
            out.append(ent)
    return out


def _initial(token: Token) -> str:
    """A word's first letter without its accent (`É` of `Électricité` is `e`)."""
    return unicodedata.normalize("NFD", token.text[:1])[:1].casefold()


def _spelled_out(doc: Doc, short: Span, skip: frozenset[str]) -> int | None:
    """The start of the capitalised words right before `(short)` whose initials spell
    the short name (`Kahraba Djazaïr Production (KDP)`), link words aside."""
    key = short.text.casefold()
    start = short.start - 1
    while start > 0 and short.start - start <= MAX_SPELLED_WORDS:
        start -= 1
        word = doc[start]
        if not (word.is_title or word.lower_ in skip):
            return None
        initials = "".join(
            _initial(t) for t in doc[start : short.start - 1] if t.lower_ not in skip
        )
        if word.is_title and initials == key:
            return start
    return None


def _with_spelled_out_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Kahraba Djazaïr Production (KDP)` with only `KDP` tagged: in a language with
    `name_links`, the capitalised words spelled out before an organisation's short name in
    parentheses name it in full, even when the NER missed them."""
    rules = _context(doc.lang_)
    if not rules.get("name_links"):
        return ents
    skip = frozenset([*rules["name_links"], *rules.get("articles", ()), "et"])
    added: list[Span] = []
    for ent in ents:
        if (
            ent.label_ == "ORG"
            and len(ent) == 1
            and ent.text.isupper()
            and ent.text.isalpha()
            and ent.start > 1
            and ent.end < len(doc)
            and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")"
            and (start := _spelled_out(doc, ent, skip)) is not None
        ):
            added.append(Span(doc, start, ent.start - 1, label="ORG"))
    named = {(e.start, e.end) for e in ents if e.label_ == "ORG"}
    added = [a for a in added if (a.start, a.end) not in named]
    if not added:
        return ents
    kept = [e for e in ents if not any(a.start < e.end and e.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda e: e.start)


def _with_described_openers(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Alpenlogic, the Zurich-based designer of ..., said`, `Luxcolo, l'opérateur de
    centres de données ..., a signé`: capitalised words opening a sentence, followed by a
    comma and a description of a company (the language's article, then one of its
    appositive nouns), name an organisation even when the NER missed them (the last one
    tagged one of the language's `opener_tags`, when it has them)."""
    rules = _context(doc.lang_)
    articles = rules.get("articles", ("the", "a", "an"))
    tags = rules.get("opener_tags", ())
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for sent in doc.sents:
        end = sent.start
        while end < sent.end and end - sent.start < 4 and doc[end].is_title:
            end += 1
        if end == sent.start or end + 2 >= len(doc) or doc[end].text != ",":
            continue
        if any(i in taken for i in range(sent.start, end)) or doc[sent.start].is_stop:
            continue
        if end - sent.start == 1 and doc[sent.start].pos_ == "ADV":
            continue  # `Separately, the operator said`: an adverb linking the story
        named = not tags or doc[end - 1].pos_ in tags  # not `Lundi, le groupe X a signé`
        described = (
            named
            and doc[end + 1].lower_ in articles
            and any(t.lower_ in rules["appositive_nouns"] for t in doc[end + 2 : end + 10])
        )
        if described:
            added.append(Span(doc, sent.start, end, label="ORG"))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _with_home_places(ents: list[Span]) -> list[Span]:
    """`National Bank of Alaska`, `Dynamics Corp of America`: an organisation whose name
    ends in an institution word, followed by `of` and a state or country, is named with it
    (`Halden Corp of Dayton` is a company and its city)."""
    heads = _types()["of_place_heads"] + _types()["of_town_heads"] + list(_legal_suffixes())
    out: list[Span] = []
    for ent in ents:
        if out and out[-1].end > ent.start:
            continue  # swallowed by the name before it
        head = ent[-1].lower_.rstrip(".")
        place = _home_place(ent) if ent.label_ == "ORG" and head in heads else None
        out.append(Span(ent.doc, ent.start, place, label="ORG") if place else ent)
    return out


def _without_home_town(ent: Span) -> Span:
    """`Arden Basin Resources of Denver, Colorado`: a company name the NER ran on into `of`
    and the town its state follows is the company alone (not `Bank of Denver`, named after
    its town: `of_place_heads`)."""
    doc = ent.doc
    heads = _types()["of_place_heads"] + _types()["of_town_heads"]
    cut = next((t.i for t in ent[1:-1] if t.lower_ == "of"), None)
    if ent.label_ != "ORG" or cut is None or doc[cut - 1].lower_ in heads:
        return ent
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or not doc[ent.end + 1].ent_type_:
        return ent
    end = ent.end + 2  # the state's whole name (`New Mexico`)
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    place = resolve_place(f"{doc[cut + 1 : ent.end].text}, {doc[ent.end + 1 : end].text}")
    if place is None or place.city is None:
        return ent
    return Span(doc, ent.start, cut, label="ORG")


def _home_place(ent: Span) -> int | None:
    """The end of `of <state or country>` (of any town, after a bank) written right after
    an organisation's name."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    end = ent.end + 1
    while end < len(doc) and end - ent.end <= 3 and doc[end].pos_ == "PROPN":
        end += 1
    words = doc[ent.end + 1 : end]
    if len(words) >= 2 and words[-1].lower_.rstrip(".") in _legal_suffixes():
        return end  # `Sara Lee Corp of Canada Ltd`: a national company's own name
    if not len(words) or any(t.ent_type_ not in ("", "GPE", "LOC") for t in words):
        return None
    if ent[-1].lower_ in _types()["of_town_heads"] and all(t.is_title for t in words):
        return end  # `Citizens Bank of Roseville`: banks are named after their town
    if ent[-1].lower_ not in _types()["of_place_heads"]:
        return None
    place = resolve_place(words.text)
    return end if place is not None and place.city is None else None


def has_org_head(text: str) -> bool:
    """`Halvard Cloud`, `Corvid AI`, `Kaskad IA`: a name ending in an organisation word, or
    opening with one in a language that writes the head first (`Crédit Lorrain`,
    `Fonds Boréal`: `org_lead_words`)."""
    words = [w.strip(".,") for w in text.casefold().split()]
    context = _every_context()
    return len(words) > 1 and (
        words[-1] in context["org_head_words"] or words[0] in context.get("org_lead_words", ())
    )


def opens_with_org_word(text: str) -> bool:
    """`Caisse atlantique de développement`, `Société wallonne de participations
    numériques`: a name of two words or more opening with a capitalised organisation word
    (`org_lead_words`, or its two opening words: `Office national`) names an organisation,
    whatever lower-case words follow, unless it is a legal form (`legal_forms`)."""
    words = text.split()
    context = _every_context()
    lead, forms = context.get("org_lead_words", ()), context.get("legal_forms", ())
    return (
        len(words) > 1
        and words[0].istitle()
        and (words[0].casefold() in lead or " ".join(words[:2]).casefold() in lead)
        and not text.casefold().startswith(tuple(forms))  # `Société anonyme au capital de`
    )


def is_generator(text: str) -> bool:
    """`Solvira Energía`, `Talen Energy`, `Aravali Greenpower`, `Hydro-Québec`: a name that
    marks a power producer (a hyphenated name's parts are its words)."""
    words = [w.strip(".,") for w in re.split(r"[\s-]+", text.casefold())]
    generators = _every_context()["generator_words"]
    return any(
        w in generators or any(w.endswith(g) for g in generators if len(g) > 4) for w in words
    )


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """The mention without surrounding punctuation, possessive or leading article."""
    text = re.sub(r"\s+", " ", text).strip(' ,;:"“”')
    if text.endswith(".") and not re.search(r"\b\w\.\w\.$", text):
        text = text[:-1]
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    text = re.sub(r"\s+(?:to|of|and|in|for|from|by|with)$", "", text.lstrip("("))
    for suffix in POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            break
    return re.sub(r"^(?:the|The)\s+", "", text).strip()


@lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """Comparable tokens of a name: casefolded, legal suffixes and punctuation removed."""
    words = re.findall(r"[\w&]+(?:[.'’-][\w&]+)*\.?", clean_name(text).casefold())
    words = words[: _legal_end(words)]
    if len(words) > 1 and words[0] in {p.casefold() for p in _legal_prefixes()}:
        words = words[1:]  # `PT Sari Segar Nusantara` is `Sari Segar Nusantara`
    return tuple(re.sub(r"['’]s$", "", w.rstrip(".")) for w in words)


def display_name(text: str) -> str:
    """The normalised organisation name: the mention without its legal suffix."""
    words = clean_name(text).split(" ")
    # `Kivu Networks and Co` (a hyphenated word cut) ends at `Networks`
    end = _legal_end([w.casefold() for w in words], frozenset({"and", "&"}))
    rules = load_rules("org_suffixes.json")
    if end == len(words) - 1:
        before, legal = words[end - 1].casefold(), words[-1].casefold()
        written = rules.get("kept_after_written_out", {}).get(before, ())
        if before in rules["kept_after"] or legal in written:
            end += 1  # `Sahel Finance Corporation`: the legal form is the name's own word
    if end == 1 and words[1:2] == ["&"]:
        end = min(3, len(words))  # `Crisp & Co`: one word alone is no firm's name
    return " ".join(words[:end]).rstrip(",")


def _has_legal_suffix(text: str) -> bool:
    words = clean_name(text).split(" ")
    last = words[-1].rstrip(".,")
    return len(words) > 1 and last[:1].isupper() and last.casefold() in _legal_suffixes()


@lru_cache(maxsize=65536)  # asked of the longer name of every pair compared
def _acronym(key: tuple[str, ...]) -> str:
    return "".join(w[0] for w in key if w not in ("of", "and", "&", "the"))


@lru_cache(maxsize=65536)
def same_organisation(a: str, b: str) -> bool:
    """True when two mentions name the same organisation (`AWS`, `Amazon Web Services`)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(long_) > len(short) and long_[: len(short)] == short:
        return True
    if (
        len(short) == 1
        and long_[-1] == short[0]
        and short[0] not in _ANAPHORIC  # `the Company` is no surname of `Meridian Trust Company`
        and PERSON_NAME.fullmatch(clean_name(max(a, b, key=len)))
    ):
        return True
    return len(short) == 1 and len(long_) >= 2 and short[0] == _acronym(long_)


@dataclass
class OrgCluster:
    """Mentions of one organisation; `text` is its fullest form as written among the
    mentions that name it in a deal or first (later longer forms are often products)."""

    mentions: list[str]
    canonical: list[str]

    @property
    def text(self) -> str:
        keys = {name_key(m) for m in self.canonical}
        eligible = [m for m in self.mentions if name_key(m) in keys]
        return max(eligible, key=lambda m: (len(name_key(m)), _has_legal_suffix(m), -len(m)))

    @property
    def name(self) -> str:
        return display_name(self.text)


def cluster_names(
    names: Iterable[tuple[str, bool]], apart: Collection[frozenset[str]] = ()
) -> list[OrgCluster]:
    """Group mentions (in article order, flagged when they may name the cluster) into
    organisations; the first mention of each may always name it. `apart` holds pairs of
    names told apart in the article (`Atalis` sells its unit `Atalis Data`): neither
    joins the other's organisation."""
    clusters: list[OrgCluster] = []
    for raw, may_name in names:
        name = clean_name(raw)
        if not name_key(name):
            continue
        for cluster in clusters:
            if apart and _told_apart(name, cluster, apart):
                continue
            if any(same_organisation(name, m) for m in cluster.mentions):
                cluster.mentions.append(name)
                if may_name:
                    cluster.canonical.append(name)
                break
        else:
            clusters.append(OrgCluster([name], [name]))
    return clusters


def _told_apart(name: str, cluster: OrgCluster, apart: Collection[frozenset[str]]) -> bool:
    """Whether the cluster holds a name told apart from `name` and none written as it."""
    own = {name_key(m) for m in cluster.mentions}
    if name_key(name) in own:
        return False
    return any(frozenset((name, m)) in apart for m in cluster.mentions)


def is_placeholder(name: str) -> bool:
    """`the Property`, `the Manager` of a filing, `Renewables` cut from a longer name: a
    word that holds a party's place in a frame but names no company of its own
    (`party_types.json` placeholder_names), a deal's noun (`Strategic Private Placement`,
    placeholder_heads) or a capacity glued to a place (`72MW Madrid`)."""
    words = clean_name(name).casefold().split()
    rules = _types()
    if not words:
        return False
    if len(words) == 1:
        return words[0] in rules.get("placeholder_names", [])
    glued = GLUED_MEASURE.fullmatch(clean_name(name).split()[0])
    units = load_rules("quantities_units.json")["measure_units"]
    return words[-1] in rules.get("placeholder_heads", []) or bool(
        glued and glued.group(1) in units
    )


@cache  # a set built once: every mention asks it
def _not_party_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(name_key(n) for n in _every_context()["not_parties"])


def is_not_party(name: str) -> bool:
    """True for organisations that only report news (agencies, papers)."""
    return name_key(name) in _not_party_keys()


def find_parents(
    text: str, orgs: Sequence[tuple[int, int]], language: str = DEFAULT_LANGUAGE
) -> list[tuple[int, int]]:
    """Pairs (child index, parent index) among the org spans of one sentence, read with
    the rules of its language.

    `orgs` are (start, end) character offsets into `text`, in order."""
    rules = load_rules("parents.json", language)
    child_first = [re.compile(p) for p in rules["between_child_and_parent"]]
    parent_first = [re.compile(p) for p in rules["between_parent_and_child"]]
    pairs: list[tuple[int, int]] = []
    for i, (_, end_a) in enumerate(orgs):
        for j in range(i + 1, min(i + 3, len(orgs))):
            if j == i + 2 and not text[orgs[i + 1][1] :].startswith(POSSESSIVE):
                break  # across another name only when it owns the unit (`Elon Musk's unit`)
            gap = text[end_a : orgs[j][0]]
            if len(gap) > 120:
                break
            if any(p.search(gap) for p in child_first):
                pairs.append((i, j))
                break
            if any(p.search(gap) for p in parent_first):
                pairs.append((j, i))
                break
    return pairs


__all__ = [
    "OrgCluster",
    "candidate_kind",
    "clean_name",
    "cluster_names",
    "correct_org_labels",
    "display_name",
    "find_parents",
    "has_org_head",
    "is_generator",
    "is_glued_word",
    "is_heading",
    "is_not_party",
    "is_placeholder",
    "name_key",
    "opens_with_org_word",
    "same_organisation",
]
