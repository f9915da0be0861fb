"""Where a bought company or asset is: `X Ltd, of Ottawa`, `a Seattle-based unit`,
`its Hamburg subsidiary`, `X, based in Toronto`. Pure functions over a parsed sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.nlp.places import resolve_place

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
AFTER = (
    re.compile(r"^,?\s+(?:of|in|near)\s+(?:the\s+)?$"),
    re.compile(
        r"^,?\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4})?(?:which\s+is\s+|is\s+|was\s+)?"
        r"(?:based|located|headquartered)\s+(?:mainly\s+|primarily\s+)?in\s+(?:the\s+)?$"
    ),
    re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?$"),
    re.compile(
        r"^,?\s+(?:which\s+)?(?:operates|owns|runs|has|serves|is|was)\s+[^.;]{0,60}?\b"
        r"(?:in|near)\s+(?:the\s+)?$"
    ),
)
BEFORE = re.compile(r"^,?(?:-based|-headquartered|\s+based)?\s*(?:[\w-]+\s+)?$")


def _places(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of places, adjacent `City, State` pairs merged."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and resolve_place(ent.text) is None:
            continue
        if spans and re.fullmatch(r",\s*", doc.text[spans[-1][1] : ent.start_char]):
            spans[-1] = (spans[-1][0], ent.end_char)
        else:
            spans.append((ent.start_char, ent.end_char))
    return spans


def _text(doc: Doc, start: int, end: int) -> str:
    text = doc.text[start:end]
    return text[:-1] if end == len(doc.text) and text.endswith(".") else text


def target_location(doc: Doc, start: int, end: int) -> str | None:
    """The place written with the mention at `start:end` of the sentence, if any."""
    places = _places(doc)
    for p_start, p_end in places:
        if start <= p_start and p_end <= end and (p_start, p_end) != (start, end):
            return _text(doc, p_start, p_end)
    for p_start, p_end in places:
        if p_start >= end and any(p.match(doc.text[end:p_start]) for p in AFTER):
            return _text(doc, p_start, p_end)
        before = doc.text[p_end:start]
        if p_end <= start and BEFORE.match(before) and "-based" in before:
            return _text(doc, p_start, p_end)
    return None


def mention_spans(doc: Doc, names: list[str]) -> list[tuple[int, int]]:
    """Where any of `names` is written in the sentence, longest names first."""
    spans: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        for match in re.finditer(re.escape(name), doc.text):
            if not any(s <= match.start() < e for s, e in spans):
                spans.append((match.start(), match.end()))
    return sorted(spans)


__all__ = ["mention_spans", "target_location"]
