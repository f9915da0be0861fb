"""Boilerplate model: one pruning and measuring pass over the tree, then the main content
block picked by content score (paragraph text, commas, class hints, link density)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from pipeline.parse import hints

_KEEP_ALWAYS = frozenset({"html", "body", "article", "main"})
_BASE_SCORE = {
    "div": 5.0,
    "article": 8.0,
    "main": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "address": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "form": -3.0,
    "th": -5.0,
}
_MIN_PARAGRAPH = 25
_MAX_DEPTH = 120
_ENDS = (".", "!", "?", "。")
_CLOSE_ALTERNATIVE = 0.75
_FURNITURE_MIN_TEXT = 600


@dataclass
class Node:
    """Measures of one element after pruning."""

    text: int = 0
    links: int = 0
    commas: int = 0
    paragraphs: int = 0
    score: float = 0.0
    scored: bool = False
    order: int = 0
    pending: list[tuple[Tag, float]] = field(default_factory=list)

    @property
    def link_density(self) -> float:
        """Share of the text inside links."""
        return self.links / self.text if self.text else 0.0


@dataclass
class Measured:
    """The pruned tree's measures, the scored candidates and the elements schema.org marks
    as the article body."""

    nodes: dict[int, Node] = field(default_factory=dict)
    bodies: list[Tag] = field(default_factory=list)
    candidates: list[Tag] = field(default_factory=list)
    unlikely: dict[str, bool] = field(default_factory=dict)

    def of(self, tag: Tag) -> Node:
        """Measures of an element (empty when it was not measured)."""
        return self.nodes.get(id(tag)) or Node()


def hint_text(tag: Tag) -> str:
    """The element's class and id, for hint matching."""
    attrs = tag.attrs
    cls = attrs.get("class")
    if isinstance(cls, list):
        cls = " ".join(cls)
    ident = attrs.get("id")
    return f"{cls or ''} {ident or ''}".strip()


def class_weight(tag: Tag) -> float:
    """Readability's class weight: +25 for a positive hint, -25 for a negative one."""
    weight = 0.0
    for value in (tag.attrs.get("class"), tag.attrs.get("id")):
        text = " ".join(value) if isinstance(value, list) else value
        if not text:
            continue
        if hints.NEGATIVE.search(text):
            weight -= 25
        if hints.POSITIVE.search(text):
            weight += 25
    return weight


def _is_hidden(tag: Tag) -> bool:
    attrs = tag.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and hints.HIDDEN_STYLE.search(style) is not None


def _unlikely(tag: Tag, name: str, seen: dict[str, bool]) -> str | None:
    """The class/id text when it marks the block as unlikely to be the article
    (verdicts are memoised per page in `seen`: class names repeat a lot)."""
    if name in _KEEP_ALWAYS:
        return None
    text = hint_text(tag)
    if not text:
        return None
    verdict = seen.get(text)
    if verdict is None:
        verdict = _unlikely_hint(text)
        seen[text] = verdict
    return text if verdict else None


def _unlikely_hint(text: str) -> bool:
    text = hints.LAYOUT_FLAG.sub(" ", text)
    if not hints.UNLIKELY.search(text) or hints.MAYBE.search(text):
        return False
    return not hints.MAYBE_GENERIC.search(text) or bool(hints.UNLIKELY_STRONG.search(text))


def _drop_unlikely(hint: str, node: Node) -> bool:
    """Strong hints always drop; weak ones only when the block holds little text."""
    if hints.UNLIKELY_STRONG.search(hint):
        return True
    return (
        node.paragraphs < hints.UNLIKELY_KEEP_PARAGRAPHS
        or node.text < hints.UNLIKELY_KEEP_TEXT
        or node.link_density > 0.3
    )


def _is_body_marker(tag: Tag) -> bool:
    prop = tag.attrs.get("itemprop")
    if isinstance(prop, list):
        prop = " ".join(prop)
    return isinstance(prop, str) and "articlebody" in prop.lower()


def measure(soup: BeautifulSoup, strict: bool = True) -> Measured:
    """Prune hidden, furniture and (when `strict`) unlikely blocks in place; measure the rest
    and score the ancestors of the paragraphs that stay."""
    measured = Measured()
    root = soup.body or soup
    top = _walk(root, measured, 0, strict)
    for paragraph, score in top.pending:
        _credit(paragraph, score, measured)
    return measured


def _walk(tag: Tag, measured: Measured, depth: int, strict: bool) -> Node:
    node = Node(order=len(measured.nodes))
    measured.nodes[id(tag)] = node
    has_block = False
    for child in list(tag.children):
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                node.text += len(child.strip())
                node.commas += child.count(",")
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in hints.DROP_TAGS or _is_hidden(child):
            child.extract()
            continue
        if name in hints.BLOCK_TAGS:
            has_block = True
        if depth >= _MAX_DEPTH:
            # Pathologically deep markup: keep its words, drop its structure.
            flat = NavigableString(" ".join(child.get_text(" ").split()))
            child.replace_with(flat)
            node.text += len(flat)
            continue
        sub = _walk(child, measured, depth + 1, strict)
        hint = (
            _unlikely(child, name, measured.unlikely)
            if strict and name not in hints.INLINE_TAGS
            else None
        )
        if (hint is not None and _drop_unlikely(hint, sub)) or (
            name in hints.FURNITURE_TAGS and sub.paragraphs * 80 < _FURNITURE_MIN_TEXT
        ):
            child.extract()
            continue
        if name == "a":
            sub.links = sub.text
        node.text += sub.text
        node.links += sub.links
        node.commas += sub.commas
        node.paragraphs += sub.paragraphs
        node.pending.extend(sub.pending)
        sub.pending = []
        if _is_body_marker(child) and sub.text > 200:
            measured.bodies.append(child)
    name = tag.name
    is_paragraph = name in hints.PARAGRAPH_TAGS or (name == "div" and not has_block)
    if is_paragraph and node.text >= _MIN_PARAGRAPH:
        node.paragraphs += 1
        node.pending.append((tag, 1.0 + node.commas + min(node.text / 100.0, 3.0)))
    return node


def _credit(tag: Tag, score: float, measured: Measured) -> None:
    """Readability's scoring: a paragraph's score goes to its parent, half to its
    grandparent, a sixth to the next ancestor."""
    ancestor = tag.parent
    level = 0
    while isinstance(ancestor, Tag) and level < 3 and ancestor.name not in {"html", "[document]"}:
        key = id(ancestor)
        target = measured.nodes.get(key)
        if target is None:
            target = Node()
            measured.nodes[key] = target
        if not target.scored:
            target.scored = True
            target.score = _BASE_SCORE.get(ancestor.name, 0.0) + class_weight(ancestor)
            measured.candidates.append(ancestor)
        target.score += score / (1 if level == 0 else 2 if level == 1 else level * 3)
        ancestor = ancestor.parent
        level += 1


def main_blocks(soup: BeautifulSoup, measured: Measured) -> list[Tag]:
    """The element(s) holding the article, in document order."""
    if measured.bodies:
        best = max(measured.bodies, key=lambda t: measured.of(t).text)
        return [best]
    if not measured.candidates:
        return [soup.body or soup]

    def final(tag: Tag) -> float:
        node = measured.of(tag)
        return node.score * (1.0 - node.link_density)

    ranked = sorted(measured.candidates, key=final, reverse=True)
    top = ranked[0]
    top_score = final(top)
    top = _climb(top, top_score, ranked[1:6], measured, final)
    blocks = _with_siblings(top, final(top), measured, final)
    blocks += _same_kind(top, final(top), blocks, measured, final)
    return sorted(blocks, key=lambda tag: measured.of(tag).order)


def _same_kind(
    top: Tag,
    top_score: float,
    chosen: list[Tag],
    measured: Measured,
    score_of: Callable[[Tag], float],
) -> list[Tag]:
    """Article chunks elsewhere in the page: blocks with the top block's tag and class."""
    signature = hint_text(top)
    if not signature or top.attrs.get("id"):
        return []
    threshold = max(10.0, top_score * 0.2)
    found: list[Tag] = []
    for tag in measured.candidates:
        if (
            tag is not top
            and tag.name == top.name
            and hint_text(tag) == signature
            and score_of(tag) >= threshold
            and not any(_contains(c, tag) or _contains(tag, c) for c in chosen + found)
        ):
            found.append(tag)
    return found


def _climb(
    top: Tag,
    top_score: float,
    others: list[Tag],
    measured: Measured,
    score_of: Callable[[Tag], float],
) -> Tag:
    # Several strong alternatives under one ancestor: the ancestor is the article.
    close = (
        [t for t in others if score_of(t) / top_score >= _CLOSE_ALTERNATIVE]
        if top_score > 0
        else []
    )
    if len(close) >= 3:
        ancestor = top.parent
        while isinstance(ancestor, Tag) and ancestor.name != "body":
            holding = sum(1 for t in close if _contains(ancestor, t))
            if holding >= 3:
                return ancestor
            ancestor = ancestor.parent
    # Climb while the parent scores as well.
    last = top_score
    threshold = top_score / 3
    parent = top.parent
    while isinstance(parent, Tag) and parent.name not in {"body", "html"}:
        node = measured.nodes.get(id(parent))
        if node is None or not node.scored:
            parent = parent.parent
            continue
        parent_score = score_of(parent)
        if parent_score < threshold:
            break
        if parent_score > last:
            top = parent
            break
        last = parent_score
        parent = parent.parent
    # An only child stands for its parent.
    while isinstance(top.parent, Tag) and top.parent.name not in {"body", "html", "[document]"}:
        siblings = [c for c in top.parent.children if isinstance(c, Tag)]
        if len(siblings) != 1:
            break
        top = top.parent
    return top


def _contains(ancestor: Tag, tag: Tag) -> bool:
    parent = tag.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def _with_siblings(
    top: Tag, top_score: float, measured: Measured, score_of: Callable[[Tag], float]
) -> list[Tag]:
    parent = top.parent
    if not isinstance(parent, Tag):
        return [top]
    threshold = max(10.0, top_score * 0.2)
    top_class = top.attrs.get("class")
    blocks: list[Tag] = []
    for sibling in parent.children:
        if not isinstance(sibling, Tag):
            continue
        if sibling is top:
            blocks.append(sibling)
            continue
        node = measured.of(sibling)
        bonus = top_score * 0.2 if top_class and sibling.attrs.get("class") == top_class else 0.0
        if node.scored and score_of(sibling) + bonus >= threshold:
            blocks.append(sibling)
        elif sibling.name == "p" and node.text:
            density = node.link_density
            long_text = node.text > 80 and density < 0.25
            if long_text or (density == 0 and sibling.get_text().rstrip().endswith(_ENDS)):
                blocks.append(sibling)
        elif _is_lead_div(sibling, node):
            blocks.append(sibling)
    return blocks


def _is_lead_div(tag: Tag, node: Node) -> bool:
    """A lead or summary paragraph written as a `<div>`: plain sentences, no links."""
    return (
        tag.name == "div"
        and node.paragraphs == 1
        and node.text > 100
        and node.links == 0
        and tag.get_text().rstrip().endswith(_ENDS)
    )
