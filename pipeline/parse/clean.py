"""Regex pre-pass over the page text before any tree is built: decode, pull out JSON-LD,
strip scripts, styles, comments and other non-text markup (it makes the tree much smaller)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.charset import decode_html

# Elements whose content is never article text; removing them before the tree is built
# keeps it small. Found by a linear scan (a regex with `.*?</tag>` is quadratic when tags
# are left unclosed).
_CONTAINERS = (
    "script|style|noscript|svg|template|math|select|button|iframe|picture|nav|video|audio|"
    "object|canvas|map|datalist|textarea|label|footer"
)
_OPENER = re.compile(rf"<!--|<!\[CDATA\[|<({_CONTAINERS})\b", re.IGNORECASE)
_CLOSERS = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _CONTAINERS.split("|")}
# A footer is dropped only when it holds no article (page footers, not article footers).
_FOOTER_KEEPS = re.compile(r"<(?:footer|article)\b", re.IGNORECASE)
# Void elements without text; attributes are bounded so a missing ">" cannot make it slow.
_VOID = re.compile(
    r"<(?:img|source|input|wbr|track|area|param|link\b(?![^>]{0,2000}canonical))\b[^>]{0,2000}>",
    re.IGNORECASE,
)
_JSON_LD_TYPE = re.compile(r"ld\+json", re.IGNORECASE)


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
    parts: list[str] = []
    position = 0
    unclosed: set[str] = set()  # tags with no closing tag left: never search again
    while (opener := _OPENER.search(html, position)) is not None:
        start = opener.start()
        parts.append(html[position:start])
        token = opener.group(0)
        if token == "<!--" or token.startswith("<!["):
            close = "-->" if token == "<!--" else "]]>"
            end = html.find(close, opener.end())
            position = len(html) if end < 0 else end + len(close)
            parts.append(" ")
            continue
        tag = opener.group(1).lower()
        tag_end = html.find(">", opener.end())
        if tag_end < 0:
            position = start
            break
        if html[tag_end - 1] == "/" or tag in unclosed:
            parts.append(" ")
            position = tag_end + 1
            continue
        closer = _CLOSERS[tag].search(html, tag_end + 1)
        if closer is None:
            unclosed.add(tag)
            parts.append(" ")
            position = tag_end + 1
            continue
        inner = html[tag_end + 1 : closer.start()]
        if tag == "footer" and _FOOTER_KEEPS.search(inner):
            parts.append(html[start : tag_end + 1])
            position = tag_end + 1
            continue
        if tag == "script" and _JSON_LD_TYPE.search(html, start, tag_end):
            objects.extend(_json_objects(inner))
        parts.append(" ")
        position = closer.end()
    parts.append(html[position:])
    return Cleaned(html=_VOID.sub(" ", "".join(parts)), json_ld=objects)


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
