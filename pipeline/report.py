"""The evidence page: extraction results rendered as one self-contained HTML document.

Every extracted fact's evidence is highlighted in the article text (colour by field, the
normalised value on hover) beside the deal records. Pure: results in, an HTML string out.
The page makes no external requests (a Content-Security-Policy forbids them), holds no
script, and is well-formed XML as well as HTML, so marks can never be mis-nested.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from pipeline.models import (
    Amount,
    Article,
    Deal,
    Evidence,
    EvidenceField,
    ExtractionResult,
    Party,
    Quantity,
    Site,
    Term,
)

FIELD_COLOURS: dict[str, tuple[str, str]] = {
    # field: (background tint, border/ink colour)
    "party": ("#cfe2ff", "#1d5fbf"),
    "amount": ("#c9f0c4", "#237a1c"),
    "quantity": ("#ffe2b8", "#b35c00"),
    "term": ("#e8d9ff", "#6a3fb5"),
    "site": ("#ffd6e2", "#b8245a"),
    "deal_type": ("#d3f1f1", "#17797a"),
    "status": ("#e6e6e6", "#555555"),
}
FIELD_LABELS: dict[str, str] = {"deal_type": "deal type"}
QUALIFIER_WORDS: dict[str, str] = {
    "approx": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "at_most": "at most ",
}
PERIOD_WORDS: dict[str, str] = {
    "P1D": "per day",
    "P1W": "per week",
    "P1M": "per month",
    "P3M": "per quarter",
    "P1Y": "per year",
}
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")

CSS = """
:root { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
body { margin: 0; background: #f6f6f3; }
header.page { padding: 12px 24px; background: #23303d; color: #fff; }
header.page h1 { margin: 0; font-size: 18px; font-weight: 600; }
section.result { margin: 20px 24px; padding: 16px 20px; background: #fff;
  border: 1px solid #ddd; border-radius: 6px; }
section.result > h2 { margin: 0 0 4px; font-size: 21px; line-height: 1.3; }
.meta { margin: 0 0 8px; color: #555; font-size: 13px; overflow-wrap: anywhere; }
.meta span + span::before { content: " · "; color: #aaa; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 14px; padding: 0;
  list-style: none; font-size: 13px; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 24px; }
.text { max-width: 46em; }
.text p { margin: 0 0 0.9em; white-space: pre-line; }
.deals { align-self: start; position: sticky; top: 8px; max-height: calc(100vh - 16px);
  overflow: auto; font-size: 14px; }
.hl { background: var(--bg); border-bottom: 2px solid var(--ink); color: inherit;
  padding: 0 1px; border-radius: 2px; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.hl .hl { padding: 0; }
.hl.sentence { background: none; border-bottom: 2px dotted var(--ink); padding: 0; }
.hl.sentence .hl.sentence { padding-bottom: 3px; }
.hl:target { outline: 2px solid var(--ink); }
.chip { display: inline-block; padding: 0 6px; border-radius: 9px; background: var(--bg);
  border: 1px solid var(--ink); font-size: 12px; text-decoration: none; color: #1b1b1b; }
article.deal { border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; }
article.deal h3 { margin: 0 0 4px; font-size: 15px; }
article.deal h4 { margin: 8px 0 2px; font-size: 13px; color: #555; text-transform: uppercase;
  letter-spacing: 0.03em; }
article.deal ul { margin: 0; padding-left: 18px; }
article.deal table { border-collapse: collapse; width: 100%; }
article.deal td, article.deal th { text-align: left; padding: 1px 6px 1px 0; vertical-align: top; }
.quote { color: #666; }
.error { padding: 8px 12px; background: #fde8e8; border-left: 4px solid #c62828;
  white-space: pre-wrap; }
.empty { color: #777; font-style: italic; }
pre.json { font-size: 12px; background: #f4f4f4; padding: 8px; overflow: auto; max-height: 24em; }
@media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); } }
@media print {
  body { background: #fff; }
  header.page { background: none; color: #000; padding: 0 0 8px; }
  section.result { margin: 0 0 16px; border: none; padding: 0; break-after: page; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  .deals { position: static; max-height: none; overflow: visible; }
  .hl, .chip { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details.raw { display: none; }
}
"""


@dataclass(frozen=True)
class _Span:
    """One highlight: a range of the article text attributed to a deal's field."""

    start: int
    end: int
    field: str
    deal: int
    sid: str
    title: str
    sentence: bool
    quote: str


def render_html(results: Sequence[ExtractionResult]) -> str:
    """Render results as one self-contained HTML page, one section per article."""
    titles = [r.article.title for r in results if r.article and r.article.title]
    if len(results) == 1 and titles:
        page_title = f"Evidence: {titles[0]}"
    else:
        page_title = f"Evidence: {len(results)} result{'s' if len(results) != 1 else ''}"
    sections = [_render_result(result, index) for index, result in enumerate(results)]
    if not sections:
        sections = ['<p class="empty">No results.</p>']
    field_css = "\n".join(
        f".f-{field} {{ --bg: {bg}; --ink: {ink}; }}" for field, (bg, ink) in FIELD_COLOURS.items()
    )
    return (
        "<!DOCTYPE html>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n'
        '<meta charset="utf-8" />\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" />\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{_e(page_title)}</title>\n"
        f"<style>{CSS}{field_css}\n</style>\n</head>\n<body>\n"
        f'<header class="page"><h1>{_e(page_title)}</h1></header>\n'
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def _render_result(result: ExtractionResult, index: int) -> str:
    prefix = f"r{index}"
    article = result.article or Article()
    heading = article.title or result.id or f"Result {index + 1}"
    parts = [
        f'<section class="result" id="{prefix}">',
        f"<h2>{_e(heading)}</h2>",
        _render_meta(result, article, heading),
    ]
    if result.error:
        parts.append(f'<p class="error" role="alert">Error: {_e(result.error)}</p>')
    if result.article is None:
        parts.append("</section>")
        return "\n".join(parts)

    spans = _collect_spans(article.text, result.deals, prefix)
    body, emitted = _render_text(article.text, spans)
    unplaced = [span for span in spans if span.sid not in emitted]
    parts.append(_render_legend(spans))
    parts.append('<div class="columns">')
    parts.append(f'<div class="text">{body}{_render_unplaced(unplaced)}</div>')
    parts.append(_render_deals(result.deals, spans))
    parts.append("</div>\n</section>")
    return "\n".join(parts)


def _render_meta(result: ExtractionResult, article: Article, heading: str) -> str:
    items: list[str] = []
    if article.site_name:
        items.append(_e(article.site_name))
    if article.published:
        items.append(f"published {_e(article.published)}")
    if article.authors:
        items.append("by " + _e(", ".join(article.authors)))
    if article.language:
        items.append(f"language {_e(article.language)}")
    url = article.canonical_url or article.url
    if url:
        link = _e(url)
        items.append(f'<a href="{link}">{link}</a>' if _is_web_url(url) else link)
    if result.id and result.id not in (url, heading):
        items.append(f"id {_e(result.id)}")
    meta = "".join(f"<span>{item}</span>" for item in items)
    alt = "".join(f'<p class="meta">also titled: {_e(t)}</p>' for t in article.alt_titles)
    return f'<p class="meta">{meta}</p>{alt}'


def _render_legend(spans: Sequence[_Span]) -> str:
    counts = Counter(span.field for span in spans)
    items = "".join(
        f'<li class="chip f-{field}">{_e(_label(field))}: {counts[field]}</li>'
        for field in FIELD_COLOURS
    )
    return f'<ul class="legend" aria-label="Highlight colours">{items}</ul>'


# --- which text to highlight -------------------------------------------------------------


def _collect_spans(text: str, deals: Sequence[Deal], prefix: str) -> list[_Span]:
    """One span per fact found in its evidence sentence, else one per sentence."""
    spans: list[_Span] = []
    seen: set[tuple[int, int, str, int]] = set()
    counters: Counter[tuple[int, str]] = Counter()
    for deal_no, deal in enumerate(deals):
        suffix = f" (deal {deal_no + 1})" if len(deals) > 1 else ""
        for evidence in deal.evidence:
            for start, end, title, whole in _evidence_ranges(text, deal, evidence):
                key = (start, end, evidence.field, deal_no)
                if start >= 0 and key in seen:
                    continue
                seen.add(key)
                number = counters[(deal_no, evidence.field)]
                counters[(deal_no, evidence.field)] += 1
                spans.append(
                    _Span(
                        start=start,
                        end=end,
                        field=evidence.field,
                        deal=deal_no,
                        sid=f"{prefix}-d{deal_no}-{evidence.field}-{number}",
                        title=title + suffix,
                        sentence=whole,
                        quote=evidence.text,
                    )
                )
    return spans


def _evidence_ranges(text: str, deal: Deal, evidence: Evidence) -> list[tuple[int, int, str, bool]]:
    """(start, end, title, is whole sentence) to mark for one evidence; -1 if not in the text."""
    label = _label(evidence.field)
    facts = _facts(deal, evidence.field)
    sentence = _locate(text, evidence)
    found = _find_facts(text, sentence, facts, label) if sentence else []
    if found:
        return found
    if evidence.field == "deal_type":
        title = f"{label}: {deal.deal_type}"
    elif evidence.field == "status":
        title = f"{label}: {deal.status}"
    else:
        described = "; ".join(description for _, description in facts)
        title = f"{label} (sentence)" + (f": {described}" if described else "")
    start, end = sentence or (-1, -1)
    return [(start, end, title, True)]


def _locate(text: str, evidence: Evidence) -> tuple[int, int] | None:
    """The evidence's range in the text: its offsets if they hold its sentence, else a search."""
    start, end = evidence.start, evidence.end
    if 0 <= start < end <= len(text) and text[start:end] == evidence.text:
        return start, end
    if evidence.text.strip():
        positions = [m.start() for m in re.finditer(re.escape(evidence.text), text)]
        if positions:
            best = min(positions, key=lambda p: abs(p - start))
            return best, best + len(evidence.text)
    if 0 <= start < end <= len(text):
        return start, end
    return None


def _facts(deal: Deal, field: EvidenceField) -> list[tuple[str, str]]:
    """(words as written, normalised description) for the deal's facts of one field."""
    items: Iterable[tuple[str, str]]
    if field == "party":
        items = ((p.text, _describe_party(p)) for p in deal.parties)
    elif field == "amount":
        items = ((a.text, _describe_amount(a)) for a in deal.amounts)
    elif field == "quantity":
        quantities = [*deal.quantities, *(s.capacity for s in deal.sites if s.capacity)]
        items = ((q.text, _describe_quantity(q)) for q in quantities)
    elif field == "term":
        items = [(deal.term.text, _describe_term(deal.term))] if deal.term else []
    elif field == "site":
        items = ((s.text, _describe_site(s)) for s in deal.sites)
    else:
        items = []
    return [(words, description) for words, description in items if words.strip()]


def _find_facts(
    text: str, sentence: tuple[int, int], facts: Sequence[tuple[str, str]], label: str
) -> list[tuple[int, int, str, bool]]:
    """Ranges of the facts' own words inside the sentence, longest facts first."""
    lo, hi = sentence
    found: list[tuple[int, int, str, bool]] = []
    for words, description in sorted(facts, key=lambda fact: -len(fact[0])):
        matches = [(m.start(), m.end()) for m in _words_pattern(words).finditer(text, lo, hi)]
        free = [m for m in matches if not any(m[0] < e and s < m[1] for s, e, *_ in found)]
        chosen = (free or matches)[:1]
        found.extend((s, e, f"{label}: {description}", False) for s, e in chosen)
    return sorted(found)


def _words_pattern(words: str) -> re.Pattern[str]:
    """Case-insensitive, whitespace-tolerant pattern that does not match inside a word."""
    body = r"\s+".join(re.escape(token) for token in words.split())
    head = r"(?<!\w)" if re.match(r"\w", words.strip()) else ""
    tail = r"(?!\w)" if re.search(r"\w$", words.strip()) else ""
    return re.compile(head + body + tail, re.IGNORECASE)


# --- how a fact reads on hover -------------------------------------------------------------


def _number(value: float) -> str:
    if value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _describe_party(party: Party) -> str:
    parent = f" (parent: {party.parent})" if party.parent else ""
    return f"{party.name}, {party.role}{parent}"


def _describe_amount(amount: Amount) -> str:
    value = _number(amount.value)
    if amount.value_max is not None:
        value += f"–{_number(amount.value_max)}"
    words = QUALIFIER_WORDS.get(amount.qualifier, "") + value
    if amount.currency:
        words += f" {amount.currency}"
    if amount.period in PERIOD_WORDS:
        words += f" {PERIOD_WORDS[amount.period]} ({amount.period})"
    elif amount.period:
        words += f" every {amount.period}"
    return f"{words}, {amount.kind}"


def _describe_quantity(quantity: Quantity) -> str:
    return f"{QUALIFIER_WORDS.get(quantity.qualifier, '')}{_number(quantity.value)} {quantity.unit}"


def _describe_term(term: Term) -> str:
    parts: list[str] = []
    if term.start and term.end:
        parts.append(f"{term.start} to {term.end}")
    elif term.start or term.end:
        parts.append(f"from {term.start}" if term.start else f"until {term.end}")
    if term.duration:
        parts.append(term.duration)
    return ", ".join(parts) or "unresolved"


def _describe_site(site: Site) -> str:
    name = site.name or "unnamed site"
    if site.kind:
        name += f" ({site.kind.replace('_', ' ')})"
    places = [p for p in (site.city, site.region, site.country) if p]
    capacity = [_describe_quantity(site.capacity)] if site.capacity else []
    return ", ".join([name, *places, *capacity])


# --- the article text with marks ----------------------------------------------------------


def _render_text(text: str, spans: Sequence[_Span]) -> tuple[str, set[str]]:
    """Paragraphs with every placeable span marked; returns the HTML and the ids emitted."""
    placed = [span for span in spans if span.start >= 0]
    emitted: set[str] = set()
    paragraphs: list[str] = []
    for start, end in _paragraphs(text):
        inner = _render_range(text, start, end, placed, emitted)
        paragraphs.append(f"<p>{inner}</p>")
    if not paragraphs:
        paragraphs.append('<p class="empty">No article text.</p>')
    return "\n".join(paragraphs), emitted


def _paragraphs(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    position = 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[position:end].strip():
            ranges.append((position, end))
        position = match.end() if match else len(text)
    return ranges


def _render_range(text: str, lo: int, hi: int, spans: Sequence[_Span], emitted: set[str]) -> str:
    """Escape text[lo:hi] with marks; crossing spans are split, later pieces continue the first."""
    clipped = [(max(s.start, lo), min(s.end, hi), s) for s in spans if s.start < hi and s.end > lo]
    starting: defaultdict[int, list[tuple[int, _Span]]] = defaultdict(list)
    for start, end, span in clipped:
        starting[start].append((end, span))
    bounds = sorted({lo, hi, *(c[0] for c in clipped), *(c[1] for c in clipped)})
    stack: list[tuple[int, _Span]] = []
    out: list[str] = []
    previous = lo
    for point in bounds:
        out.append(_e(text[previous:point]))
        previous = point
        closing = [i for i, (end, _) in enumerate(stack) if end == point]
        if closing:
            above = stack[closing[0] :]
            del stack[closing[0] :]
            out.append("</mark>" * len(above))
            for end, span in above:
                if end != point:
                    out.append(_open_mark(span, emitted))
                    stack.append((end, span))
        order = sorted(starting[point], key=lambda item: (-item[0], item[1].sentence is False))
        for end, span in order:
            out.append(_open_mark(span, emitted))
            stack.append((end, span))
    return "".join(out)


def _open_mark(span: _Span, emitted: set[str]) -> str:
    classes = f"hl f-{span.field}" + (" sentence" if span.sentence else "")
    title = _e(span.title)
    if span.sid in emitted:
        return f'<mark class="{classes}" data-part-of="{span.sid}" title="{title}">'
    emitted.add(span.sid)
    return (
        f'<mark class="{classes}" id="{span.sid}" data-field="{span.field}" '
        f'data-deal="{span.deal}" title="{title}">'
    )


def _render_unplaced(spans: Sequence[_Span]) -> str:
    """Evidence whose sentence could not be found in the text, listed below it."""
    if not spans:
        return ""
    items = [f"<li>{_open_mark(span, set())}{_e(span.quote)}</mark></li>" for span in spans]
    return f'<h4>Evidence not found in the text</h4><ul class="unplaced">{"".join(items)}</ul>'


# --- the deal records -------------------------------------------------------------------


def _render_deals(deals: Sequence[Deal], spans: Sequence[_Span]) -> str:
    if not deals:
        return '<aside class="deals"><p class="empty">No deal found.</p></aside>'
    cards = [
        _render_deal(deal, n, [s for s in spans if s.deal == n]) for n, deal in enumerate(deals)
    ]
    return f'<aside class="deals">{"".join(cards)}</aside>'


def _render_deal(deal: Deal, number: int, spans: Sequence[_Span]) -> str:
    main = " (main deal)" if number == 0 else ""
    rows = [
        f'<article class="deal" data-deal="{number}">',
        f"<h3>Deal {number + 1}{main}: {_e(_label(deal.deal_type))}, {_e(deal.status)}</h3>",
        f'<p class="meta">id {_e(deal.id)}</p>',
    ]
    if deal.summary:
        rows.append(f"<p>{_e(deal.summary)}</p>")
    if deal.parties:
        body = "".join(
            f"<tr><td>{_e(p.name)}</td><td>{_e(p.role)}</td>"
            f'<td class="quote">“{_e(p.text)}”'
            + (f", parent {_e(p.parent)}" if p.parent else "")
            + "</td></tr>"
            for p in deal.parties
        )
        rows.append(f"<h4>Parties</h4><table><tbody>{body}</tbody></table>")
    rows.append(_fact_list("Amounts", [(a.text, _describe_amount(a)) for a in deal.amounts]))
    rows.append(
        _fact_list("Quantities", [(q.text, _describe_quantity(q)) for q in deal.quantities])
    )
    if deal.term:
        rows.append(_fact_list("Term", [(deal.term.text, _describe_term(deal.term))]))
    rows.append(_fact_list("Sites", [(s.text, _describe_site(s)) for s in deal.sites]))
    if spans:
        chips = " ".join(
            f'<a class="chip f-{s.field}" href="#{s.sid}" title="{_e(s.title)}">'
            f"{_e(_label(s.field))}</a>"
            for s in spans
        )
        rows.append(f"<h4>Evidence</h4><p>{chips}</p>")
    rows.append(
        '<details class="raw"><summary>Raw JSON</summary>'
        f'<pre class="json">{_e(deal.model_dump_json(indent=2))}</pre></details>'
    )
    rows.append("</article>")
    return "\n".join(row for row in rows if row)


def _fact_list(heading: str, facts: Sequence[tuple[str, str]]) -> str:
    if not facts:
        return ""
    items = "".join(
        f'<li>{_e(described)} <span class="quote">“{_e(words)}”</span></li>'
        for words, described in facts
    )
    return f"<h4>{heading}</h4><ul>{items}</ul>"


# --- small helpers -------------------------------------------------------------------------


def _e(value: str) -> str:
    return escape(value, quote=True)


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " "))


def _is_web_url(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))
