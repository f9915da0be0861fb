"""Blocks to text: paragraphs separated by a blank line, `<br>` as a line break, list items
and headings as their own paragraphs, table rows as lines of " | "-separated cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import NavigableString, Tag

from pipeline.parse import hints
from pipeline.parse.boilerplate import Measured, class_weight
from pipeline.parse.dates import is_date_line

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\u2028\u2029]+")
_STOP_CHECK_LEN = 80
# A stop heading followed by this many substantial sibling paragraphs is a mid-article widget.
_FOLLOWING_PARAGRAPHS = 3
_FOLLOWING_TEXT = 100
# A link list continuing the prose: at most this many items and characters, after a
# paragraph of at least this many characters.
_PROSE_LIST_ITEMS = 3
_PROSE_LIST_TEXT = 160
_PROSE_TEXT = 80
_HEADLINE_CAPITALS = 0.6
_ALL_LINKS = 0.8
_ENDS = (".", "!", "?", "。")
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "table", "dl", "aside", "figure", "center"})


@dataclass
class _Out:
    paragraphs: list[str] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    skip: set[str] = field(default_factory=set)
    in_article: bool = False
    after_stop: bool = False  # the blocks right after a mid-article "Read also" widget

    def flush(self) -> None:
        if not self.buffer:
            return
        lines = [" ".join(line.split()) for line in "".join(self.buffer).split("\n")]
        self.buffer.clear()
        text = "\n".join(line for line in lines if line)
        if text and not _is_junk(text):
            self.paragraphs.append(text)


def _is_junk(text: str) -> bool:
    head, newline, _ = text.partition("\n")
    if newline and len(head) < _STOP_CHECK_LEN and hints.SECTION_STOP.match(head):
        return True  # "DON'T MISS" then a line per link, inside one paragraph
    if len(text) < 120 and hints.JUNK_LINE.match(text):
        return True
    if len(text) < hints.BYLINE_MAX and hints.BYLINE_LINE.match(text):
        return True
    if is_date_line(text):
        return True
    return len(text) < hints.INLINE_PROMO_MAX and hints.INLINE_PROMO.match(text) is not None


def render(blocks: list[Tag], measured: Measured, skip: set[str] | None = None) -> str:
    """The text of the main blocks, boilerplate blocks inside them left out; headings and
    short blocks whose text is in `skip` (the title, alternate titles) are left out too."""
    out = _Out(skip={_norm(s) for s in skip or set()})
    for block in blocks:
        out.flush()
        out.in_article = block.name == "article"
        _walk(block, measured, out)
    out.flush()
    return "\n\n".join(out.paragraphs)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _walk(tag: Tag, measured: Measured, out: _Out) -> bool:
    """Render the children of `tag`; True when a section-stop heading ended it."""
    for child in tag.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                out.buffer.append(_SPACES.sub(" ", child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            _line_break(out)
            continue
        if name not in hints.BLOCK_TAGS:
            _walk(child, measured, out)
            continue
        if _drop(child, name, measured) or (out.after_stop and _all_links(child, measured)):
            continue
        out.after_stop = False
        if out.skip and measured.of(child).text < 300 and _norm(child.get_text(" ")) in out.skip:
            continue
        if _is_stop(child, name, measured):
            out.flush()
            if not _text_follows(child, measured):
                return True
            out.after_stop = True
            continue
        out.flush()
        if name == "pre":
            text = child.get_text().strip("\n")
            if text.strip():
                out.paragraphs.append(text)
            continue
        if name == "table" and _is_data_table(child):
            text = _table(child)
            if text:
                out.paragraphs.append(text)
            continue
        if name == "article":
            if out.in_article:
                continue  # an article inside the article: a teaser card or a comment
            out.in_article = True
            stopped = _walk(child, measured, out)
            out.in_article = False
        else:
            stopped = _walk(child, measured, out)
        out.flush()
        if stopped and measured.of(child).text <= _STOP_CHECK_LEN:
            # The block was only a wrapper of the stop heading: what follows it goes too.
            return True
    return False


def _line_break(out: _Out) -> None:
    tail = "".join(out.buffer[-3:])
    if tail.rstrip(" ").endswith("\n"):
        out.flush()
    else:
        out.buffer.append("\n")


def _drop(tag: Tag, name: str, measured: Measured) -> bool:
    """Readability-style conditional cleaning of link-heavy or negatively hinted blocks."""
    if name not in _CONTAINERS and name != "p":
        return False
    node = measured.of(tag)
    if node.text == 0:
        return False
    weight = class_weight(tag)
    density = node.link_density
    if name in {"ul", "ol"}:
        return density > hints.LIST_MAX_LINK_DENSITY and not _is_prose_links(tag, node.text)
    if name == "p":
        return density > 0.8 and node.text < 200
    if node.commas >= 10:
        return False
    if weight < 0 and node.paragraphs < 3:
        return True
    if weight < 25 and density > 0.33 and node.text < 1000:
        return True
    return density > hints.MAX_LINK_DENSITY


def _is_prose_links(tag: Tag, text: int) -> bool:
    """A short list of links that continues the prose before it ("Get it at Dell for $549"
    under the paragraph describing the offer), rather than a list of other stories."""
    if text > _PROSE_LIST_TEXT:
        return False
    items = [c for c in tag.children if isinstance(c, Tag)]
    if not 0 < len(items) <= _PROSE_LIST_ITEMS or any(_is_headline(i.get_text()) for i in items):
        return False
    for sibling in tag.previous_siblings:
        if isinstance(sibling, Tag):
            if sibling.name == "br":
                continue
            return sibling.name == "p" and _is_prose(sibling.get_text())
        if str(sibling).strip():
            return _is_prose(str(sibling))
    return False


def _is_headline(text: str) -> bool:
    """Title Case text: another story's headline ("NASA Mission Could Spot Alien Life")."""
    words = [w for w in text.split() if w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= _HEADLINE_CAPITALS * len(words)


def _is_prose(text: str) -> bool:
    text = text.strip()
    return len(text) >= _PROSE_TEXT and text.endswith((*_ENDS, ")", ":"))


def _all_links(tag: Tag, measured: Measured) -> bool:
    node = measured.of(tag)
    return node.text > 0 and node.link_density > _ALL_LINKS


def _is_stop(tag: Tag, name: str, measured: Measured) -> bool:
    node = measured.of(tag)
    if name not in hints.HEADING_TAGS and (node.text == 0 or node.text > _STOP_CHECK_LEN):
        return False
    if node.text > _STOP_CHECK_LEN * 2:
        return False
    return hints.SECTION_STOP.match(tag.get_text(" ", strip=True)) is not None


def _text_follows(tag: Tag, measured: Measured) -> bool:
    """Whether article paragraphs follow a stop heading (a widget in mid-article). One is
    enough after a "Read also" paragraph, which sits inside the prose; a heading ("Related
    stories", "About the author") needs several, as a page's last sections often hold one."""
    wanted = 1 if tag.name == "p" else _FOLLOWING_PARAGRAPHS
    count = 0
    for sibling in tag.next_siblings:
        if isinstance(sibling, Tag) and sibling.name == "p":
            node = measured.of(sibling)
            if node.text >= _FOLLOWING_TEXT and node.link_density < 0.2:
                count += 1
                if count >= wanted:
                    return True
    return False


def _is_data_table(table: Tag) -> bool:
    for cell in table.find_all(["table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4"]):
        if cell.name == "table" or len(cell.get_text()) > 200:
            return False
    return True


def _table(table: Tag) -> str:
    rows: list[str] = []
    for row in table.find_all("tr"):
        cells = [" ".join(c.get_text(" ").split()) for c in row.find_all(["td", "th"])]
        cells = [c for c in cells if c]
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)
