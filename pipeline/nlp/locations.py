"""Where a bought company or asset is: `X Ltd, of Ottawa`, `a Seattle-based unit`,
`its Hamburg subsidiary`. Pure functions over a parsed sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc

PLACE_LABELS = frozenset({"GPE", "LOC"})
AFTER = re.compile(r"^,?\s+(?:\w+\s+){0,3}?(?:of|in|based in|headquartered in|located in|near)\s+$")
BEFORE = re.compile(r"^(?:-based|-headquartered|\s+based)?\s*(?:\w+\s+){0,1}$")


def _places(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of places, adjacent `City, State` pairs merged."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        if spans and re.fullmatch(r",\s*", doc.text[spans[-1][1] : ent.start_char]):
            spans[-1] = (spans[-1][0], ent.end_char)
        else:
            spans.append((ent.start_char, ent.end_char))
    return spans


def target_location(doc: Doc, start: int, end: int) -> tuple[str, int, int] | None:
    """The place named with the mention at `start:end` (text and offsets), if any."""
    places = _places(doc)
    for p_start, p_end in places:
        if start <= p_start and p_end <= end and (p_start, p_end) != (start, end):
            return doc.text[p_start:p_end], p_start, p_end
    for p_start, p_end in places:
        if p_start >= end and AFTER.match(doc.text[end:p_start]):
            return doc.text[p_start:p_end], p_start, p_end
        if p_end <= start and BEFORE.match(doc.text[p_end:start]) and p_end > start - 25:
            return doc.text[p_start:p_end], p_start, p_end
    return None


__all__ = ["target_location"]
