"""Title-case headlines read as one long name to the tagger (`Hilton Hotels Acquired by
Blackstone Group`). Before parsing, the common words of such a line (`patterns/en/
headline_words.json`) are written in lower case and page bars (` | `) become sentence
ends. The length never changes, so offsets into the parsed text still index the
sentence."""

from __future__ import annotations

import re
from functools import cache

from pipeline.nlp.rules import load_rules

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
BAR = re.compile(r" \| ")


@cache
def _words() -> frozenset[str]:
    return frozenset(load_rules("headline_words.json")["words"])


def is_title_case(text: str) -> bool:
    """Whether most words of a line (minor words such as `of` left aside) are capitalised,
    common words after the first among them, as in a title-case headline."""
    rules = load_rules("headline_words.json")
    words = [w for w in WORD.findall(text) if w not in rules["minor_words"]]
    if len(words) < rules["min_words"]:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    common = any(w[0].isupper() and w.casefold() in _words() for w in words[1:])
    return common and capitalised / len(words) >= rules["min_capitalised_share"]


def headline_case(text: str) -> str:
    """The line with its common headline words in lower case when it is in title case
    (`Qwest Wins U S West` -> `Qwest wins U S West`), and the bars between a page's
    outlet, section and headline (`News | Markets | ...`) read as sentence ends."""
    text = BAR.sub(" . ", text)
    if not is_title_case(text):
        return text
    common = _words()

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        keep = word.isupper() or word.casefold() not in common
        return word if keep else word.lower()

    return WORD.sub(lower, text)


def is_page_label(line: str, name: str) -> bool:
    """Whether `name` is a whole bar-separated part of the line (`Data Centres | Deals`):
    an outlet or section label, not a company of the story."""
    parts = BAR.split(line)
    return len(parts) > 1 and name.strip() in (part.strip() for part in parts)


__all__ = ["headline_case", "is_page_label", "is_title_case"]
