"""Cheap sentence splitting and the deal-cue filter run before the spaCy parser.

Most sentences of an article hold no deal fact; only those with a cue are parsed.
Offsets always point into the article text, so evidence can quote it exactly.

Every step is linear in the text: look-behinds for abbreviations read a bounded window,
a sentence longer than `MAX_SENTENCE_CHARS` is cut at spaces, and in the text handed to
spaCy a run of more than `MAX_WORD_CHARS` characters without a space is broken up (the
tokenizer's prefix and suffix search is quadratic in the length of one word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.rules import load_rules

BLOCK_SPLIT = re.compile(r"\n[ \t]*\n+|\n(?=[ \t]*[•·\-*] )")
BULLET = re.compile(r"[•·▪◦‣\-*][ \t]+")  # a list item's marker, no word of its sentence
# a sentence may open with a currency sign: `... first. $3.9 billion over five years is ...`
SENTENCE_END = re.compile(r"[.!?][\"'”’)»]*\s+(?=[\"“'(«]?\s?[A-Z0-9ÀÂÇÉÈÊÎÔÛ$€£¥₹])")
WHITESPACE = re.compile(r"\s+")
MAX_SENTENCE_CHARS = 2_000  # real sentences are far shorter; longer ones are cut at spaces
MAX_WORD_CHARS = 64  # longer runs without a space reach spaCy in pieces this long
LOOKAROUND_CHARS = 64  # how far abbreviation checks read around a period
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
# `(Agency) -`, `(BELGA) =`, `Calif.--(BUSINESS WIRE)--Aug`
DATELINE_END = r"\s*(?:\([^)]{1,40}\))?\s*(?:(?:-|--|—|–|=)\s+|--(?=[A-Z]))"
# `ELLERY, Kan. --`, `SYDNEY, Australia –`: the town's state or country, then the dash
_DATELINE_STATE = (
    r"(?:,\s*[A-Z][A-Za-z.]{1,12}(?=,)|,\s*[A-Z][a-z][A-Za-z.]{0,11}(?=\s*(?:--|-|—|–)\s))"
)
DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’ -]{{2,40}}{_DATELINE_STATE}?"
    r"(?:,\s*[A-Z][A-Za-z.]{2,5}\.?\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?)?)"
    rf"{DATELINE_END}"
)

# `[00:14:02] KATE MORROW:`, `(12:40) Host:`, `JONAH BELL:`: a transcript's timestamp and
# speaker label open a line; they are not part of what is said
SPEAKER_LABEL = re.compile(
    r"(?:[\[(]\d{1,2}(?::\d{2}){1,2}[\])]\s*"
    r"(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?:\s+)?"
    r"|[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){1,3}\s?:\s+)"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets into the article text and its whitespace-normalised text."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=8)
def _cue_regex(language: str) -> re.Pattern[str]:
    return re.compile("|".join(load_rules("cues.json", language)["deal_cues"]), re.IGNORECASE)


@lru_cache(maxsize=8)
def _heading_regex(language: str) -> re.Pattern[str] | None:
    fragments = load_rules("cues.json", language)["section_headings"]
    return re.compile("|".join(fragments), re.IGNORECASE) if fragments else None


@lru_cache(maxsize=8)
def _dateline_regex(language: str) -> re.Pattern[str] | None:
    """A language's datelines (`Dijon, le 9 mars 2026 -`), matched at any sentence's start."""
    fragments = load_rules("cues.json", language).get("datelines", [])
    return re.compile(f"(?:{'|'.join(fragments)}){DATELINE_END}") if fragments else None


def _dateline(text: str, start: int, end: int, language: str) -> re.Match[str] | None:
    """The dateline opening a sentence: the article's first (`WASHINGTON, Nov. 18, 2019
    --`), or one of the language's at any sentence's start (`Dijon, le 9 mars 2026 -`
    after a headline): it is left out, so the parser reads the sentence alone."""
    regex = _dateline_regex(language)
    return DATELINE.match(text, start, end) or (regex.match(text, start, end) if regex else None)


def _is_wrapped(block: str) -> bool:
    """True for hard-wrapped prose (newswire lines of ~65 characters)."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return (
        len(lines) >= 2
        and max(len(line) for line in lines) <= 85
        and sum(1 for line in lines if len(line) >= 40) >= min(2, len(lines) - 1)
    )


def _lines(text: str, start: int, end: int, wrapped: bool) -> list[tuple[int, int]]:
    if wrapped:
        return [(start, end)]
    spans = []
    pos = start
    for match in re.finditer(r"\n", text[start:end]):
        cut = start + match.start()
        spans.append((pos, cut))
        pos = cut + 1
    spans.append((pos, end))
    return spans


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """The `[\\w.]+` word ending at `end`, read from a bounded window (linear overall)."""
    return re.search(r"([\w.]+)$", text[max(0, end - LOOKAROUND_CHARS) : end])


def _is_abbreviation(text: str, dot: int, language: str) -> bool:
    word = _word_before(text, dot)
    if word is None:
        return False
    token = word.group(1).lower()
    rules = load_rules("cues.json", language)
    window = text[max(0, dot - LOOKAROUND_CHARS) : dot]
    named = re.search(r"(\w+)\s+$", window[: word.start(1)])
    if len(token) == 1 and named and named.group(1).lower() in rules.get("lettered_names", []):
        return False  # `raised a $30m Series A. Northwind led the round`
    if len(token) == 1 and window[: word.start(1)].endswith("&"):
        return False  # `M&A. Corrib Digital agreed ...`, `spending on R&D. The`: no initial
    return token in rules["abbreviations"] or bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", token))


def _ends_after_suffix(text: str, match: re.Match[str], language: str) -> bool:
    """`... Nucell Inc. The agreement ...`, `... Wayne, N.J. The company ...`: a legal
    suffix or initials, then a sentence opener."""
    word = _word_before(text, match.start())
    following = re.match(r"[\"“'(]?(\w+)", text[match.end() : match.end() + LOOKAROUND_CHARS])
    if word is None or following is None:
        return False
    abbreviation = word.group(1).lower()
    cues = load_rules("cues.json", language)
    closes = abbreviation in cues["legal_abbreviations"] or bool(
        re.fullmatch(r"(?:[a-z]\.)+[a-z]", abbreviation)
    )
    return closes and following.group(1) in cues["sentence_starters"]


def _split_line(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for match in SENTENCE_END.finditer(text, start, end):
        at = match.start()
        if _is_abbreviation(text, at, language) and not _ends_after_suffix(text, match, language):
            continue
        cut = match.start() + 1
        spans.append((pos, cut))
        pos = match.end()
    spans.append((pos, end))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut into pieces of at most `MAX_SENTENCE_CHARS`, at the last space when
    there is one."""
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + 1, limit)
        cut = cut if cut > start else limit
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


@lru_cache(maxsize=8)
def _blanked_regexes(language: str) -> list[re.Pattern[str]]:
    rules = load_rules("cues.json", language)
    return [re.compile(rules[key]) for key in ("listing", "affiliation") if rules.get(key)]


def for_parser(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The text spaCy reads: a company's listing in brackets (`(NASDAQ: CRVT)`, the
    language's `cues.json` `listing`) and its group in brackets (`(groupe Orvane)`,
    `affiliation`) blanked inside their brackets, so offsets still index the sentence,
    and runs of more than `MAX_WORD_CHARS` characters without a space (`$$$$...`,
    `((((...`) broken by spaces so tokenizing stays linear."""
    if "(" in text:
        for blanked in _blanked_regexes(language):
            text = blanked.sub(lambda m: f"({' ' * (len(m.group()) - 2)})", text)
    return _LONG_WORD.sub(
        lambda m: " ".join(
            m.group()[i : i + MAX_WORD_CHARS] for i in range(0, len(m.group()), MAX_WORD_CHARS)
        ),
        text,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, language: str = DEFAULT_LANGUAGE) -> list[Sentence]:
    """Sentences of an article: blank lines, list items and (unless the text is
    hard-wrapped) single newlines end a sentence, as do `.`, `!`, `?` before a capital.
    A list item's sentence starts after its bullet (the parse would read the bullet as
    the item's verb and its first name as a modifier). No sentence is longer than
    `MAX_SENTENCE_CHARS`."""
    sentences: list[Sentence] = []
    wrapped = _is_wrapped(text)
    pos = 0
    blocks = [*BLOCK_SPLIT.finditer(text), None]
    for match in blocks:
        block_end = match.start() if match is not None else len(text)
        for line_start, line_end in _lines(text, pos, block_end, wrapped):
            for s_start, s_end in (
                piece
                for span in _split_line(text, line_start, line_end, language)
                for piece in _bounded(text, *span)
            ):
                start, end = _trim(text, s_start, s_end)
                bullet = BULLET.match(text, start, end)  # `• X to subscribe for ...`
                if bullet:
                    start = bullet.end()
                speaker = SPEAKER_LABEL.match(text, start, end)
                if speaker:
                    start = speaker.end()
                dateline = _dateline(text, start, end, language)
                if dateline:
                    start = dateline.end()
                if end > start:
                    normal = WHITESPACE.sub(" ", text[start:end])
                    sentences.append(Sentence(start, end, normal))
        if match is not None:
            pos = match.end()
    return sentences


def has_deal_cue(sentence: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """True when a sentence may hold a deal fact and is worth parsing: it has a deal cue
    or is a topic sentence (`Take Marlin Compute.`), and is no section heading (`Item 1.01
    Entry into a Material Definitive Agreement.`)."""
    heading = _heading_regex(language)
    if heading is not None and heading.search(sentence):
        return False
    return _cue_regex(language).search(sentence) is not None or is_topic(sentence, language)


@lru_cache(maxsize=8)
def _boilerplate_regex(language: str) -> re.Pattern[str] | None:
    heading = load_rules("cues.json", language).get("boilerplate_heading")
    return re.compile(heading, re.MULTILINE) if heading else None


def boilerplate_spans(text: str, language: str = DEFAULT_LANGUAGE) -> list[tuple[int, int]]:
    """The spans of a release's company profiles (`About Kestrel Power: Kestrel owns 640
    MW ...`, `About Kestrel Power` alone on its line and its paragraph after): from the
    heading (`cues.json` boilerplate_heading, a line's start) to the end of the paragraph
    that tells the profile. What a profile says (a company's fleet, assets, revenue) is no
    deal's fact."""
    regex = _boilerplate_regex(language)
    if regex is None:
        return []
    spans = []
    for match in regex.finditer(text):
        body = match.end()
        while body < len(text) and text[body].isspace():
            body += 1
        block = BLOCK_SPLIT.search(text, body)
        spans.append((match.start(), block.start() if block else len(text)))
    return spans


def is_topic(sentence: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """`Take Marlin Compute.`: a sentence that only names the company the next ones are
    about."""
    return re.match(load_rules("cues.json", language)["topic_sentence"], sentence) is not None


__all__ = [
    "MAX_SENTENCE_CHARS",
    "Sentence",
    "boilerplate_spans",
    "for_parser",
    "has_deal_cue",
    "is_topic",
    "split_sentences",
]
