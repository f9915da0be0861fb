"""Universal Dependencies read as the frame code reads a parse.

The frame code (`roles.py` and the stages after it) reads the English model's ClearNLP
labels: a preposition heads its noun (`prep` -> `pobj`), the last word of a name heads
it (`compound`), `dobj`, `nsubjpass`, `agent`, Penn tags. A model labelled with Universal
Dependencies (the French one) hangs the preposition under its noun (`case`) and names on
their first word (`flat:name`). `to_frame_scheme` rewrites such a parse in place, from the
language's `dependencies.json`: a further UD language needs only its own map.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.doctext import doc_memo, doc_text
from pipeline.nlp.roles import deal_noun, misread_verb
from pipeline.nlp.rules import PATTERNS_DIR, load_rules

SCHEME_FILE = "dependencies.json"


def has_scheme(language: str) -> bool:
    """Whether a language's model is labelled with UD and needs `to_frame_scheme`."""
    return (PATTERNS_DIR / language / SCHEME_FILE).is_file()


@cache
def _scheme(language: str) -> dict[str, Any]:
    return load_rules(SCHEME_FILE, language)


def _label(scheme: dict[str, Any], dep: str) -> str:
    labels: dict[str, str] = scheme["labels"]
    return labels.get(dep) or labels.get(dep.split(":")[0]) or dep


@lru_cache(maxsize=4096)
def _feature_values(morph: str) -> dict[str, tuple[str, ...]]:
    """A morphology as written (`Number=Plur|VerbForm=Part`) as each feature's values,
    read once per analysis: `MorphAnalysis.get` costs several times a dictionary's look-up,
    and the rules ask it of every word."""
    values: dict[str, tuple[str, ...]] = {}
    for feature in morph.split("|") if morph else ():
        name, _, written = feature.partition("=")
        values[name] = tuple(written.split(","))
    return values


def _matches(token: Token, features: dict[str, str]) -> bool:
    values = _feature_values(str(token.morph))
    return all(value in values.get(key, ()) for key, value in features.items())


def _heads(doc: Doc, scheme: dict[str, Any]) -> tuple[list[int], list[str]]:
    """The new head index and label of every token."""
    heads = [t.head.i for t in doc]
    labels = [t.dep_ for t in doc]  # UD labels, moved with the role they name
    _brackets_after_names(doc, heads, labels)
    _articles_read_as_pronouns(doc, heads, labels, scheme)
    _objects_after_described_names(doc, heads, labels)
    _objects_after_with_phrases(doc, heads, labels, scheme)
    _verbs_read_as_case(doc, heads, labels)
    _nouns_read_as_verbs(doc, heads, labels)
    _subjects_split_off(doc, heads, labels)
    _coordinated_subjects(doc, heads, labels)
    _second_objects(doc, heads, labels)
    _agents_on_names(doc, heads, labels, scheme)
    _names_on_last_word(doc, heads, labels, scheme)
    _conjuncts_on_their_neighbour(doc, heads, labels)
    _prepositions_on_top(doc, heads, labels, scheme)
    _repeated_prepositions(doc, heads, labels, scheme)
    for token in doc:
        if token.dep_ == "det" and _matches(token, scheme["possessive"]):
            labels[token.i] = "poss"  # `sa filiale`
        relative = token.lower_ in scheme["relative_words"] and token.dep_ in ("obj", "nsubj")
        if relative and labels[heads[token.i]] in ("ccomp", "advcl", "parataxis"):
            labels[heads[token.i]] = "acl:relcl"  # `des puces, que Nuvola loue`
    return heads, [_label(scheme, label) for label in labels]


def _brackets_after_names(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`Electrofor (Euronext Growth : ALEFR), spécialiste de ..., annonce`: the brackets
    written right after a name (its market and ticker) hang on the name, which takes the
    place the parse gave the bracketed words; what the parse hung on them hangs on it."""
    for opening in (t for t in doc[1:] if t.text == "("):
        name = opening.i - 1
        closing = next((t.i for t in doc[opening.i : opening.i + 12] if t.text == ")"), None)
        if closing is None or doc[name].pos_ != "PROPN":
            continue
        inside = range(opening.i, closing + 1)
        for i in inside:
            if heads[i] in inside:
                continue
            if heads[i] != name and heads[name] == name and heads[i] != i:
                heads[name], labels[name] = heads[i], labels[i]  # the name is the subject
            heads[i], labels[i] = name, "dep"
        for token in doc:
            if token.i not in inside and heads[token.i] in inside and token.i != name:
                heads[token.i] = name
                labels[token.i] = "appos" if labels[token.i] == "conj" else labels[token.i]


def _articles_read_as_pronouns(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`met la main sur l'hébergeur Cumulus Hébergement`, parsed with `l'` the object
    pronoun of the noun after it and `sur` a subordinator, or with the name the verb's
    object: an elided article (`elided_articles`) hung on a noun as its object is its
    article, the preposition before it the noun's own, and a name written right after
    the noun that the parse made the object of the noun's head is the noun's."""
    articles = scheme.get("elided_articles", ())
    for noun in (t for t in doc[2:-1] if t.pos_ in ("NOUN", "PROPN")):
        article, prep = doc[noun.i - 1], doc[noun.i - 2]
        if article.lower_ not in articles or heads[article.i] != noun.i:
            continue
        if prep.pos_ != "ADP" or heads[prep.i] != noun.i:
            continue
        if labels[article.i] in ("obj", "iobj"):
            labels[article.i] = "det"
            prep.dep_ = labels[prep.i] = "case"  # read as a case by `_prepositions_on_top`
        after = doc[noun.i + 1]
        name = next((e for e in doc.ents if e.start == after.i), None)
        span = range(name.start, name.end) if name is not None else range(0)
        top = next((doc[i] for i in span if heads[i] not in span), None)
        if top is not None and heads[top.i] == heads[noun.i] and labels[top.i] == "obj":
            heads[top.i], labels[top.i] = noun.i, "nmod"


def _objects_after_described_names(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`a signé avec l'éditeur parisien Quantalys un contrat de licence`, parsed with the
    name heading the contract (or as the contract's preposition): a name written right
    after a verb's prepositional noun and its adjectives is that noun's apposition, and
    the noun phrase opening right after the name is the verb's object."""
    for ent in (e for e in doc.ents if e.label_ == "ORG" and e.end < len(doc) - 1):
        noun = ent.start - 1
        while noun > 0 and doc[noun].pos_ == "ADJ" and heads[noun] < noun:
            noun = heads[noun]
        verb = doc[heads[noun]]
        described = doc[noun].pos_ == "NOUN" and labels[noun].startswith("obl")
        opening, after = doc[ent.end], doc[heads[ent.end]]
        if not (described and verb.pos_ == "VERB" and opening.pos_ in ("DET", "NUM")):
            continue
        if after.pos_ != "NOUN" or after.i <= ent.end:
            continue
        if any(heads[i] == verb.i and labels[i] == "obj" for i in range(len(doc))):
            continue
        heads[after.i], labels[after.i] = verb.i, "obj"
        for i in range(ent.start, ent.end):
            if not ent.start <= heads[i] < ent.end:
                heads[i], labels[i] = noun, "appos"


def _objects_after_with_phrases(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`a signé avec la coopérative X un contrat d'achat d'électricité`, `a conclu avec X
    SA (XY) un PPA`, parsed with the contract as a second object, the name's modifier or a
    new sentence: the contract (`objects`: a PPA, a loan) opened by an indefinite article after
    the verb's `avec` phrase is the verb's object, and the words before it the phrase's
    noun's."""
    rule = scheme["shared_objects"]
    for case in (t for t in doc if t.lower_ in rule["prepositions"] and t.i > 0):
        verb = _verb_before(doc, case.i, rule["verb_gap"])
        opening = _object_opening(doc, case.i, rule)
        if verb is None or opening is None:
            continue
        noun = opening + 1
        phrase = range(case.i + 1, opening)
        loose = [i for i in phrase if heads[i] not in phrase or heads[i] == i]
        nouns = [i for i in loose if doc[i].pos_ in ("NOUN", "PROPN")]
        if not nouns or (heads[noun] == verb and labels[noun] == "obj"):
            continue
        old = (list(heads), list(labels))
        head = nouns[0]
        heads[head], labels[head] = verb, "obl:mod"
        heads[case.i], labels[case.i] = head, "case"
        for i in (i for i in loose if i != head):
            heads[i] = head
            if doc[i].pos_ in ("NOUN", "PROPN"):
                same_name = doc[i].ent_iob_ == "I" and doc[i - 1].ent_iob_ != "O"
                labels[i] = "flat:name" if same_name and i - 1 in phrase else "appos"
        heads[noun], labels[noun] = verb, "obj"
        heads[opening], labels[opening] = noun, "det"
        for i in range(noun + 1, _clause_end(doc, noun)):
            if heads[i] in phrase or heads[i] == i:
                heads[i] = noun
        if not all(_rooted(heads, i) for i in range(verb, len(doc))):
            heads[:], labels[:] = old


def _verb_before(doc: Doc, case: int, gap: int) -> int | None:
    """The verb a few words before a preposition, with no comma or deal noun between."""
    for i in range(case - 1, max(case - gap, 0) - 1, -1):
        token = doc[i]
        if token.pos_ == "VERB":
            return i
        if token.text in (",", ";", ".") or deal_noun(token):
            return None
    return None


def _object_opening(doc: Doc, case: int, rule: dict[str, Any]) -> int | None:
    """The indefinite article opening a contract some words after `avec` (not its own
    noun's: `avec un pool de banques`), right after a name, a noun or a comma, in the same
    clause."""
    for i in range(case + 2, min(case + rule["phrase_length"], len(doc) - 1)):
        token = doc[i]
        if token.text in (".", ";", "!", "?") or "\n" in token.text:
            return None
        verb = token.pos_ in ("VERB", "AUX") and token.is_lower and not token.ent_type_
        if verb and not _matches(token, rule["phrase_verb"]):
            return None  # `avec X pour lui céder 49 %`: another clause
        opens = token.pos_ == "DET" and _matches(token, rule["article"])
        before = doc[i - 1]
        after_name = before.pos_ in rule["before_article"] or bool(before.ent_type_)
        if opens and after_name and _names_object(doc, i + 1, rule["objects"]):
            return i
    return None


def _names_object(doc: Doc, start: int, pattern: str) -> bool:
    """Whether the words from `start` name one of the contracts the rule reads."""
    return re.match(pattern, doc_text(doc)[doc[start].idx :], re.IGNORECASE) is not None


def _clause_end(doc: Doc, start: int) -> int:
    """The index of the end of the sentence a word is in, read from its punctuation."""
    for i in range(start, len(doc)):
        if doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
            return i
    return len(doc)


def _rooted(heads: list[int], start: int) -> bool:
    """Whether the chain of heads from a word ends at a root (no cycle)."""
    seen: set[int] = set()
    while heads[start] != start:
        if start in seen:
            return False
        seen.add(start)
        start = heads[start]
    return True


def _verbs_read_as_case(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`Halvane entre au capital de X`, with `entre` parsed as the preposition of
    `capital`: a verb hung on a noun after it as its `case` takes the noun's place and
    heads it, as its oblique (the noun's own preposition then heads it, `au capital`)."""
    for verb in doc:
        noun = doc[heads[verb.i]]
        if not _misread(verb) or labels[verb.i] != "case" or noun.i <= verb.i:
            continue
        heads[verb.i], labels[verb.i] = (
            (verb.i, labels[noun.i]) if heads[noun.i] == noun.i else (heads[noun.i], labels[noun.i])
        )
        heads[noun.i], labels[noun.i] = verb.i, "obl:arg"


def _nouns_read_as_verbs(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`La jeune pousse Korvex a levé`, parsed as `jeune` and `Korvex` subjects of the verb
    `pousse`, retagged a noun: the adjective before it is its modifier (its article the
    noun's), the name after it its apposition."""
    for noun in (t for t in doc if t.pos_ == "NOUN" and t.tag_ == "VERB"):
        for child in (c for c in noun.children if labels[c.i] == "nsubj"):
            if child.i < noun.i and child.pos_ == "ADJ":
                labels[child.i] = "amod"
                for article in (c for c in child.children if c.dep_ == "det"):
                    heads[article.i] = noun.i
            elif child.i > noun.i:
                labels[child.i] = "appos"


def _subjects_split_off(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`La start-up bordelaise Pixalune, qui ..., lève 25 millions`, parsed as two
    sentences: a verb heading a piece of the sentence without a subject takes the noun
    phrase heading the piece before it as its subject (a candidate sentence is one)."""
    roots = [t.i for t in doc if heads[t.i] == t.i]
    for before, root in itertools.pairwise(roots):
        verb, noun = doc[root], doc[before]
        if _subjectless(verb) and (noun.pos_ in ("NOUN", "PROPN") or noun.ent_type_):
            heads[before], labels[before] = root, "nsubj"
    for root in roots:  # `Hélior IA annonce ...`, the verb parsed as the name's modifier
        noun = doc[root]
        finite = [c for c in noun.rights if _subjectless(c) and (_finite(c) or _misread(c))]
        if noun.pos_ in ("NOUN", "PROPN") and finite:
            verb = finite[0]
            heads[verb.i], labels[verb.i] = verb.i, labels[root]
            heads[root], labels[root] = verb.i, "nsubj"
            if _misread(verb):  # `X injecte 300 millions dans Y`: the noun took its words
                for word in (c for c in noun.rights if c.i > verb.i):
                    heads[word.i] = verb.i
    for verb in (t for t in doc if _misread(t)):  # its sum, read as a noun's complement
        sums = [t for t in doc if heads[t.i] == verb.i and t.i > verb.i and labels[t.i] == "nmod"]
        if sums and sums[0].ent_type_ == "MONEY" and not _has_case(doc, heads, sums[0].i):
            labels[sums[0].i] = "obj"


def _misread(token: Token) -> bool:
    """A deal verb the tagger read as a noun, adjective or preposition (`misread_verb`,
    retagged before the tree is rewritten: its tag is still the misreading)."""
    return token.pos_ == "VERB" and token.tag_ in ("NOUN", "ADJ", "ADP")


def _coordinated_subjects(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`Kordis et Belmont Cloud ont signé`, parsed as `Kordis` heading a verb whose subject
    is `Belmont Cloud`: both names are the verb's subject."""
    for verb in doc:
        first = doc[heads[verb.i]]
        if labels[verb.i] != "conj" or verb.pos_ not in ("VERB", "AUX") or first.i > verb.i:
            continue
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i), None)
        links = [c for c in verb.children if c.dep_ == "cc" and first.i < c.i < verb.i]
        named = first.pos_ in ("NOUN", "PROPN") or bool(first.ent_type_)
        if second is None or not links or not named or first.head.i != first.i:
            continue
        heads[verb.i], labels[verb.i] = verb.i, labels[first.i]
        heads[first.i], labels[first.i] = verb.i, "nsubj"
        heads[second.i], labels[second.i] = first.i, "conj"
        for link in links:
            heads[link.i] = second.i


def _second_objects(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`racheter X à son actionnaire, le fonds Y`, parsed with a second object: a noun
    after a comma that the parse gave a verb already holding an object is the apposition
    of the noun before the comma."""
    for verb in doc:
        objects = [c for c in verb.children if c.dep_ == "obj"]
        for later in objects[1:]:
            comma = doc[later.left_edge.i - 1] if later.left_edge.i > 0 else None
            before = doc[comma.i - 1] if comma is not None and comma.i > 0 else None
            if comma is None or comma.text != "," or before is None:
                continue
            if before.pos_ in ("NOUN", "PROPN") and heads[before.i] == verb.i:
                heads[later.i], labels[later.i] = before.i, "appos"


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with a finite auxiliary (`a annoncé`)."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    return any(_matches(t, {"VerbForm": "Fin"}) for t in [verb, *auxiliaries])


def _subjectless(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_.startswith("nsubj") for c in verb.children
    )


def _names_on_last_word(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`Bastide Capital`: a name's last word heads it, in the place of the name's word
    that is an argument (the parse often hangs a name's words apart); `le fonds Kerlan`,
    `au fonds d'infrastructure Corvel Partners`: a name that is no argument, written
    right after a noun phrase, is the apposition of its noun."""
    names = set(scheme["name_labels"])
    named: dict[int, list[Token]] = {}  # a word -> its name parts after it, in order
    for part in (t for t in doc if t.dep_ in names and t.i > t.head.i):
        named.setdefault(part.head.i, []).append(part)
    for token in (doc[i] for i in sorted(named)):
        parts = named[token.i]
        if token.dep_ not in names and token.pos_ == "NOUN":
            for part in parts:
                labels[part.i] = "appos"
        elif token.dep_ not in names:
            _head_on_last(doc, heads, labels, [token.i, *(p.i for p in parts)], token.i)
    for ent in (e for e in doc.ents if e.label_ != "MONEY"):
        words = list(range(ent.start, ent.end))
        roots = [i for i in words if heads[i] == i or not ent.start <= heads[i] < ent.end]
        core = [i for i in roots if heads[i] == i or _argument(doc, heads, labels, i, scheme)]
        # `Halvane | Telecom touchera ...`: a name the parse cut at a sentence break heads
        # on its word that is an argument, its other words join it
        root = next((i for i in core if heads[i] != i), (core or roots)[0])
        if len(words) > 1 and heads[root] != root and _reaches(heads, heads[root], words):
            continue  # the name's words govern its head: left as parsed
        if root != words[-1] or any(heads[i] == i for i in words if i != root):
            _head_on_last(doc, heads, labels, words, root)
            root = words[-1]
        head = doc[heads[root]]
        after_noun = head.i < ent.start and (
            head.pos_ == "NOUN" or any(c.dep_ == "det" for c in head.children)
        )
        noun = _phrase_noun(doc, ent.start, scheme)
        noun = head.i if noun is None and after_noun else noun
        loose = labels[root] in scheme["loose_name_labels"]
        if not loose or core or noun is None or _reaches(heads, noun, words):
            continue
        heads[root], labels[root] = noun, "appos"


def _agents_on_names(doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]) -> None:
    """`un prêt accordé à Norbelle Data par un pool bancaire`, `a été arrangé pour X par
    A, B et C`: an agent phrase (`agent_cases`) the parse hung on the name before it, a
    name of a participle's own phrase, is the agent of that participle (a name takes no
    agent), unless the participle has one; so is one written right after a participle
    (`l'intégralité des parts détenues par X`, hung on `intégralité`)."""
    cases = set(scheme.get("agent_cases", ()))
    starts = {i: e.start for e in doc.ents for i in range(e.start, e.end)}
    for case in (t for t in doc if t.dep_ == "case" and t.lower_ in cases and not t.ent_type_):
        noun = heads[case.i]
        first = starts.get(heads[noun])  # the name's first word, which the parse hangs
        before = doc[case.i - 1] if case.i > 0 else case  # `les parts détenues par X`
        if before.pos_ == "VERB" and heads[noun] != before.i:
            participle = before
        elif first is None or heads[first] in (first, noun) or heads[noun] > case.i:
            continue
        else:
            participle = doc[heads[first]]
        if participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm", []):
            continue
        if any(heads[i] == participle.i and labels[i] == "obl:agent" for i in range(len(doc))):
            continue
        heads[noun], labels[noun] = participle.i, "obl:agent"


def _conjuncts_on_their_neighbour(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """`mené par Corvane Ventures et Al Masar Capital`, the second name hung on another
    word: a conjunct joins the preposition's noun written right before its conjunction."""
    for token in doc:
        if labels[token.i] != "conj" or token.pos_ not in ("NOUN", "PROPN", "X"):
            continue
        cc = next((c for c in doc[: token.i] if heads[c.i] == token.i and c.dep_ == "cc"), None)
        before = doc[cc.i - 1] if cc is not None and cc.i > 0 else None
        if (
            before is None
            or before.pos_ not in ("NOUN", "PROPN", "X")
            or before.i == heads[token.i]
            or not _has_case(doc, heads, before.i)
        ):
            continue
        words = [t.i for t in doc[token.left_edge.i : token.i + 1]]
        if not _reaches(heads, before.i, [token.i, *words]) and heads[before.i] != before.i:
            heads[token.i] = before.i


def _repeated_prepositions(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`avec la participation de Bpifrance, de Lysandre Partners`: a preposition repeated
    after a comma joins its noun to the first one's as a conjunct."""
    complements = set(scheme["complement_prepositions"])
    for token in doc:
        if labels[token.i] != "prep" or token.lower_ not in complements or token.i < 2:
            continue
        comma = doc[token.i - 1]
        first = doc[comma.i - 1]
        for _ in range(4):  # up from the last word before the comma to its phrase's noun
            if labels[first.i] == "pobj" or heads[first.i] == first.i:
                break
            first = doc[heads[first.i]]
        if comma.text != "," or labels[first.i] != "pobj":
            continue
        own = [i for i in range(len(doc)) if heads[i] == token.i and labels[i] == "pobj"]
        if not own:
            continue
        outer = doc[heads[first.i]]
        if outer.lower_ in complements and heads[outer.i] == heads[token.i]:
            heads[own[0]], labels[own[0]] = first.i, "conj"
            heads[token.i], labels[token.i] = own[0], "case"


def _argument(
    doc: Doc, heads: list[int], labels: list[str], index: int, scheme: dict[str, Any]
) -> bool:
    """Whether a word is a subject or object, or a preposition's noun."""
    return labels[index] in scheme["argument_labels"] or _has_case(doc, heads, index)


def _reaches(heads: list[int], start: int, words: list[int]) -> bool:
    """Whether the chain of heads from `start` passes through one of `words`."""
    seen: set[int] = set()
    while start not in seen:
        if start in words:
            return True
        seen.add(start)
        start = heads[start]
    return False


def _phrase_noun(doc: Doc, end: int, scheme: dict[str, Any]) -> int | None:
    """The noun opening the lower-case noun phrase written right before `end` (`le
    spécialiste des infrastructures télécoms`, `au fonds d'infrastructure`): its first
    noun, its complements (`de ...`) included."""
    noun = None
    for token in reversed(doc[max(0, end - 6) : end]):
        if token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN"):
            noun = token.i if token.pos_ == "NOUN" else noun
        elif not (token.lower_ in scheme["complement_prepositions"] and token.i < end - 1):
            break
    return noun


def _prepositions_on_top(
    doc: Doc, heads: list[int], labels: list[str], scheme: dict[str, Any]
) -> None:
    """`pour 2 milliards`: the preposition takes its noun's place and heads it; `auprès
    de X`: the adverb is the preposition."""
    prepositional = set(scheme["prepositional"])
    compound = set(scheme["compound_prepositions"])
    for token in doc:
        noun = doc[heads[token.i]]
        if token.dep_ != "case" or token.pos_ != "ADP" or labels[noun.i] not in prepositional:
            continue
        governor = doc[heads[noun.i]]
        if governor.lower_ in compound and governor.i < token.i:
            heads[noun.i], labels[noun.i] = governor.i, "pobj"
            labels[governor.i], labels[token.i] = "prep", "fixed"
            governor.pos_ = "ADP"
            above = heads[governor.i]
            if labels[above] == "prep" and doc[above].pos_ == "ADP" and above < governor.i:
                # `de la part de Y`: the noun's own `de` joins it, it takes that place
                heads[governor.i], heads[above], labels[above] = heads[above], governor.i, "fixed"
            continue
        agent = labels[noun.i] in scheme["agent_labels"]
        heads[token.i], labels[token.i] = heads[noun.i], "agent" if agent else "prep"
        heads[noun.i], labels[noun.i] = token.i, "pobj"


def _has_case(doc: Doc, heads: list[int], index: int) -> bool:
    return any(heads[i] == index for i in _case_words(doc))


def _case_words(doc: Doc) -> list[int]:
    """The words the UD parse labels `case`, listed once per sentence (the rewrite moves
    heads, not these labels, until it writes the tree)."""
    return doc_memo(doc, ("ud_case_words",), lambda: [t.i for t in doc if t.dep_ == "case"])


def _head_on_last(
    doc: Doc, heads: list[int], labels: list[str], words: list[int], root: int
) -> None:
    """Re-head a name's words on its last word, as an English compound: the last word
    takes the place of the name's root (head and label), the others and their
    dependents hang on it."""
    last = words[-1]
    heads[last] = last if heads[root] == root else heads[root]
    labels[last] = labels[root]
    for token in doc:
        if heads[token.i] in words and token.i != last and token.i not in words:
            heads[token.i] = last
    for word in words[:-1]:
        heads[word], labels[word] = last, "compound"


def _tag(token: Token, scheme: dict[str, Any]) -> str:
    pos = token.pos_
    for rule in scheme["tags"]:
        if pos == rule["pos"] and _matches(token, rule["morph"]):
            tag: str = rule["tag"]
            return tag
    return token.tag_


def to_frame_scheme(doc: Doc) -> Doc:
    """Rewrite a UD parse (labels, heads, tags, entity labels) in the scheme the frame
    code reads; sentences keep their bounds (each tree keeps its root)."""
    scheme = _scheme(doc.lang_)
    for token in doc:  # `l'américain Stratocloud`, `le belge Datalis`: a common word
        if token.pos_ == "PROPN" and token.is_lower:
            token.pos_ = scheme["lower_case_proper_noun"]
    for token in doc:  # `l'hébergeur` read as a verb: a word with an article is a noun,
        # as one after an adjective with one, parsed as its subject (`la jeune pousse`)
        if token.pos_ == "VERB" and any(_has_article(c) for c in token.children):
            token.pos_ = "NOUN"
    for token in doc:  # `Orvane et Bastide rachèteraient Kerlan Data`
        if misread_verb(token):
            token.pos_ = "VERB"
    for token in doc[:-1]:  # `Zurivia AI` with `Zurivia` read as a verb: one name
        after = doc[token.i + 1]
        # `Mistrelle | Énergies, ...`: a capitalised word the parse cut off alone before
        # a capitalised word starts a name
        cut = token.head == token and not any(token.children) and after.is_title
        # a sentence's first word only when the tagger did not know it (`Ventoris
        # Énergies, ...`) or the parse cut it off, not `Pour Scalvia`
        known = token.i == 0 and token.pos_ != "X" and not cut
        named = after.pos_ == "PROPN" or cut
        if token.is_title and token.pos_ != "PROPN" and named and not known:
            token.pos_ = after.pos_ = "PROPN"
            if token.head.i != after.i and not token.is_ancestor(after):
                token.head, token.dep_ = after, "flat:name"
    labels: dict[str, str] = scheme["entities"]
    names = [
        Span(doc, e.start, _name_end(e), label=labels.get(e.label_, e.label_)) for e in doc.ents
    ]
    doc.ents = _with_money(doc, names) if scheme["money_from_amount_rules"] else names
    heads, deps = _heads(doc, scheme)
    tags = [_tag(t, scheme) for t in doc]
    ents = list(doc.ents)
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    # a head before its token is a negative offset, stored wrapped as spaCy stores it
    array[:, 0] = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    array[:, 1] = [doc.vocab.strings.add(dep) for dep in deps]
    doc.from_array([HEAD, DEP], cast(Ints2d, array))
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    doc.ents = ents
    return doc


def _has_article(child: Token) -> bool:
    """A word's article, or an adjective written right before it with one."""
    return child.dep_ == "det" or (
        child.pos_ == "ADJ"
        and child.i == child.head.i - 1
        and any(c.dep_ == "det" for c in child.children)
    )


def _with_money(doc: Doc, names: list[Span]) -> list[Span]:
    """A model without money entities: the sums the amount rules find, as the English
    model's MONEY entities (`lève 25 millions d'euros`: the object is a sum). A name the
    model finds inside a sum (`32 milliards de francs CFA`) is the sum's currency."""
    sums = [
        span
        for amount in find_amounts(doc_text(doc), doc.lang_)
        if (span := doc.char_span(amount.start, amount.end, "MONEY", alignment_mode="expand"))
    ]
    names = [e for e in names if not any(s.start <= e.start and e.end <= s.end for s in sums)]
    taken = {i for e in names for i in range(e.start, e.end)}
    money = []
    for span in sums:
        if taken.isdisjoint(range(span.start, span.end)):
            money.append(span)
            taken.update(range(span.start, span.end))
    return sorted([*names, *money], key=lambda e: e.start)


def _name_end(ent: Span) -> int:
    """`Vauclair Énergie` with only `Vauclair` recognised: capitalised words written right
    after a name belong to it, proper nouns or common words the tagger misread (`Mauricie
    Data Parcs`, `Parcs` read as a noun or an adverb: French writes no common noun with a
    capital in the middle of a sentence)."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end].pos_ in ("PROPN", "X", "NOUN", "ADV")
        and doc[end].text[:1].isupper()
        and doc[end].ent_iob_ != "B"
        and doc[end - 1].whitespace_
    ):
        end += 1
    return end


__all__ = ["has_scheme", "to_frame_scheme"]
