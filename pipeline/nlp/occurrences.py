"""Where a name is written in a text as a whole word, found without compiling a pattern
per name (names vary from article to article; a regex per name crowds the compiled
rule patterns out of `re`'s cache)."""

from __future__ import annotations

from collections.abc import Iterator


def _word_char(char: str, joiners: str) -> bool:
    return char.isalnum() or char == "_" or char in joiners


def name_occurrences(text: str, name: str, joiners: str = "") -> Iterator[tuple[int, int]]:
    """The (start, end) of each occurrence of `name` in `text` that no letter, digit,
    underscore or one of `joiners` touches on either side (the regex
    `(?<![\\w<joiners>])name(?![\\w<joiners>])`), left to right, never overlapping."""
    if not name:
        return
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        free_before = start == 0 or not _word_char(text[start - 1], joiners)
        free_after = end == len(text) or not _word_char(text[end], joiners)
        if free_before and free_after:
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


__all__ = ["name_occurrences"]
