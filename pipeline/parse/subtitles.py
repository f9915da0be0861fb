"""Alternate titles shown under the headline in another language (an original title)."""

from __future__ import annotations

from bs4 import Tag

from pipeline.parse import hints
from pipeline.parse.boilerplate import hint_text
from pipeline.parse.dates import is_date_line
from pipeline.parse.language import detect_language, primary_tag

_MAX_LEN = 250
_LOOKAHEAD = 3


def translated_subtitles(h1: Tag | None, page_language: str | None) -> list[str]:
    """Short blocks right after the headline whose language differs from the page's."""
    found: list[str] = []
    if h1 is None:
        return found
    headline_language = page_language or detect_language(h1.get_text(" "))
    sibling = h1.find_next_sibling()
    for _ in range(_LOOKAHEAD):
        if not isinstance(sibling, Tag):
            break
        text = " ".join(sibling.get_text(" ").split())
        if text and len(text) <= _MAX_LEN and not text.endswith(".") and _plain(sibling, text):
            declared = sibling.attrs.get("lang")
            language = primary_tag(declared) if isinstance(declared, str) else None
            language = language or detect_language(text)
            if language and headline_language and language != headline_language:
                found.append(text)
        sibling = sibling.find_next_sibling()
    return found


def _plain(tag: Tag, text: str) -> bool:
    """A block of words, not a share bar, a list of links, a byline or a date line."""
    if is_date_line(text) or hints.BYLINE_LINE.match(text):
        return False
    hint = hint_text(tag)
    if hint and hints.UNLIKELY_STRONG.search(hint):
        return False
    links = sum(len(a.get_text()) for a in tag.find_all("a"))
    return links < len(text) * 0.3
