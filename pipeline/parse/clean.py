"""Regex pre-pass over the page text before any tree is built: decode, pull out JSON-LD,
strip scripts, styles, comments and other non-text markup (it makes the tree much smaller)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.charset import decode_html

_JSON_LD = re.compile(
    r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_STRIP = re.compile(
    r"<!--.*?-->|<(script|style|noscript|svg|template|math)\b[^>]*>.*?</\1\s*>|"
    r"<(?:script|style|noscript|svg|template|math)\b[^>]*/>|<!\[CDATA\[.*?\]\]>",
    re.IGNORECASE | re.DOTALL,
)
# Elements with no article text: removing them here keeps the tree small.
_NO_TEXT = re.compile(
    r"<(?:img|source|input|wbr|track|area|param|link\b(?![^>]*canonical))\b[^>]*>|"
    r"<(select|button|iframe|picture|nav|video|audio|object|canvas|map|datalist|textarea|"
    r"label)\b"
    r"[^>]*>.*?</\1\s*>|<footer\b[^>]*>(?:(?!<footer\b|<article\b).)*?</footer\s*>",
    re.IGNORECASE | re.DOTALL,
)
_UNCLOSED_COMMENT = re.compile(r"<!--.*", re.DOTALL)


@dataclass(frozen=True)
class Cleaned:
    """The page after the pre-pass: markup to parse and the JSON-LD objects it carried."""

    html: str
    json_ld: list[dict[str, Any]] = field(default_factory=list)


def to_text(html: bytes | str, encoding: str | None = None) -> str:
    """Page bytes decoded (declared charset checked against the bytes), or the str as is."""
    if isinstance(html, bytes):
        return decode_html(html, encoding)
    return html


def pre_clean(html: str) -> Cleaned:
    """Strip non-text markup and collect the JSON-LD objects (flattened, `@graph` expanded)."""
    objects: list[dict[str, Any]] = []
    for match in _JSON_LD.finditer(html):
        objects.extend(_json_objects(match.group(1)))
    stripped = _STRIP.sub(" ", html)
    stripped = _UNCLOSED_COMMENT.sub("", stripped)
    stripped = _NO_TEXT.sub(" ", stripped)
    return Cleaned(html=stripped, json_ld=objects)


def _json_objects(raw: str) -> list[dict[str, Any]]:
    raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    try:
        data: Any = json.loads(raw)
    except ValueError:
        try:
            data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
        except ValueError:
            return []
    found: list[dict[str, Any]] = []
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
    return found
