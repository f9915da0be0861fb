"""Plain-text articles: the first line is the title when it reads like a headline, short
lines after it are a byline, a date or an alternate title, then the body; a trailing
partner/sponsor block is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.parse import hints
from pipeline.parse.dates import find_dateline, normalise_date
from pipeline.parse.language import detect_language
from pipeline.parse.metadata import byline_names

_MAX_HEADER_LINES = 5
_MAX_HEADER_LEN = 250
_MAX_BYLINE_LEN = 100
_WRAPPED_MIN_LINES = 3
_WRAP_MIN, _WRAP_MAX = 40, 80
_INDENTED = re.compile(r"\n(?:[ ]{2,}|\t)(?=\S)")
_ANCHOR = re.compile(r"\w[\w.,]*\w|\w")
_MIN_SHARED_ANCHORS = 2
_DIGIT = re.compile(r"\d")
_SENTENCE_MIN_WORDS = 6
_SENTENCE_ENDS = '.!?"”’'
_BULLET = re.compile(r"^\s*(?:[•\-\*·]|\d+[.)])\s+")
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_LEN = 220
_HEADLINE_SENTENCE_WORDS = 12  # a line ending like a sentence from this length is prose
# "SAN FRANCISCO (Example Wire) -", "NEW YORK, Nov 3 (Agency) -", "LONDON -": a dateline opens
# the body of a story, never a headline.
_DATELINE_LEAD = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^()]{2,60}\)\s*)?[-–—]\s"
)
_INNER_SENTENCE_END = re.compile(r"[a-z0-9%)][.!?][\"”’]?\s+[A-Z]")


@dataclass
class PlainArticle:
    """What the header lines and body of a plain-text article hold."""

    title: str | None = None
    alt_titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    text: str = ""


def split_plain(text: str, *, headline: bool | None = None) -> PlainArticle:
    """Title, header lines and body of a plain-text article.

    `headline`: None decides from the first line itself whether it is a headline; False
    says the text has no title line (all of it is body); True takes the first line as the
    title whatever it looks like."""
    text = _INDENTED.sub("\n\n", text.replace("\r\n", "\n"))  # an indent opens a paragraph
    blocks = [_clean_block(b) for b in re.split(r"\n\s*\n", text)]
    blocks = [b for b in blocks if b]
    if not blocks:
        return PlainArticle()
    if headline is False or (headline is None and not _opens_with_headline(blocks[0])):
        # No title line: the text opens with a paragraph (a lede, a wrapped wire story).
        opening = " ".join(blocks[0].split("\n"))
        text = "\n\n".join(_strip_tail([opening] + [_unwrap(b) for b in blocks[1:]]))
        return PlainArticle(text=text, language=detect_language(text))
    first_lines = blocks[0].split("\n")
    article = PlainArticle(title=first_lines[0].strip())
    rest = ["\n".join(first_lines[1:])] if len(first_lines) > 1 else []
    rest += blocks[1:]
    body_start = 0
    body_language = detect_language(" ".join(rest[:8]))
    for index, block in enumerate(rest[:_MAX_HEADER_LINES]):
        if (
            "\n" in block
            or len(block) > _MAX_HEADER_LEN
            or not _header_line(block, article, body_language)
        ):
            break
        body_start = index + 1
    body = _strip_tail([_unwrap(b) for b in rest[body_start:]])
    if not body and len(text.split()) >= _SENTENCE_MIN_WORDS:
        # A lone line of prose (an excerpt may stop mid-sentence) is the body, not a title.
        whole = "\n\n".join(_unwrap(b) for b in blocks)
        return PlainArticle(text=whole, language=detect_language(whole))
    article.text = "\n\n".join(body)
    article.language = detect_language(article.text) or body_language
    return article


def _opens_with_headline(block: str) -> bool:
    """Whether the first block starts with a headline line rather than a paragraph."""
    if _is_wrapped_prose(block) or _opens_with_prose(block):
        return False
    return is_headline(block.split("\n")[0])


def is_headline(line: str) -> bool:
    """A line that reads like a headline: short, one phrase, not a dateline-led lede nor
    a sentence of prose ("Acme to buy Beta for $2bn" vs "Acme said on Monday it had ...")."""
    line = line.strip()
    words = len(line.split())
    if not line or words > _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_LEN:
        return False
    if _INNER_SENTENCE_END.search(line):
        return False
    if _DATELINE_LEAD.match(line) and words >= _HEADLINE_SENTENCE_WORDS:
        return False
    return not (line[-1] in _SENTENCE_ENDS and words >= _HEADLINE_SENTENCE_WORDS)


def _is_wrapped_prose(block: str) -> bool:
    """A paragraph broken into lines of similar width (hard-wrapped), not a list or table."""
    lines = block.split("\n")
    if len(lines) < _WRAPPED_MIN_LINES or any(_BULLET.match(line) for line in lines):
        return False
    # The first line may be short (it can start mid-width) and the last one ends anywhere.
    inner = lines[1:-1]
    return sum(1 for line in inner if _WRAP_MIN <= len(line) <= _WRAP_MAX) >= 0.7 * len(inner)


def _opens_with_prose(block: str) -> bool:
    """The first block runs on over several long lines: a paragraph, not a title."""
    lines = block.split("\n")
    if len(lines) < 2 or lines[0].rstrip().endswith((".", "!", "?", ":")):
        return False
    if _BULLET.match(lines[1]):
        return False
    if lines[-1].rstrip().endswith((".", "!", "?")):
        return True  # the first line starts a sentence that ends further down
    long_lines = sum(1 for line in lines[1:] if len(line) >= _WRAP_MIN)
    return long_lines >= max(1, len(lines[1:]) / 2)


def _unwrap(block: str) -> str:
    """Hard-wrapped prose joined into one line; other blocks kept as they are."""
    return " ".join(block.split("\n")) if _is_wrapped_prose(block) else block


def _clean_block(block: str) -> str:
    lines = [" ".join(line.split()) for line in block.split("\n")]
    return "\n".join(line for line in lines if line)


def _header_line(line: str, article: PlainArticle, body_language: str | None) -> bool:
    """Classify a short line after the title; False when it is body text."""
    if len(line) <= 40 and article.published is None:
        found = find_dateline(line) or (normalise_date(line) if _DIGIT.search(line) else None)
        if found:
            article.published = found
            return True
    if len(line) <= _MAX_BYLINE_LEN and not line.endswith((".", "!", "?")):
        names = byline_names(line)
        if names:
            article.authors.extend(names)
            return True
    language = detect_language(line)
    other_language = bool(language and body_language and language != body_language)
    if not line.endswith(".") and (other_language or _near_title(line, article.title or "")):
        article.alt_titles.append(line)
        return True
    return False


def _near_title(line: str, title: str) -> bool:
    """A rewording or translation of the title: it shares most of its names and numbers."""
    mine, theirs = _anchors(line), _anchors(title)
    shared = len(mine & theirs)
    return shared >= _MIN_SHARED_ANCHORS and shared >= 0.5 * len(mine)


def _anchors(text: str) -> set[str]:
    """Names and numbers of a line: capitalised words and digits (decimal marks unified)."""
    return {
        word.replace(",", ".")
        for word in _ANCHOR.findall(text)
        if word[0].isupper() or word[0].isdigit()
    }


def _strip_tail(blocks: list[str]) -> list[str]:
    """Drop a trailing partner, sponsor or related block (its heading and what follows)."""
    total = sum(len(b) for b in blocks)
    seen = 0
    for index, block in enumerate(blocks):
        head = _BULLET.sub("", block.split("\n")[0])
        if seen > total * 0.5 and len(head) < 80 and hints.SECTION_STOP.match(head):
            blocks = blocks[:index]
            break
        seen += len(block)
    return [b for b in blocks if not (len(b) < 120 and hints.JUNK_LINE.match(b))]
