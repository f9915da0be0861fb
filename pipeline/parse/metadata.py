"""Page metadata: title, alternate titles, authors, date, language, site name, canonical URL.

Sources in order of trust: JSON-LD, `<meta>` (OpenGraph, article, Dublin Core, Parse.ly...),
then visible markup (`<title>`, `<h1>`, bylines, `<time>`, datelines) and the URL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from pipeline.parse import hints
from pipeline.parse.dates import (
    DATELINE,
    date_from_url,
    find_dateline,
    is_date_line,
    normalise_date,
)
from pipeline.parse.language import primary_tag

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "techarticle",
        "scholarlyarticle",
        "report",
        "webpage",
        "liveblogposting",
        "socialmediaposting",
        "review",
        "creativework",
        "medicalwebpage",
        "itempage",
        "howto",
        "recipe",
    }
)
TITLE_KEYS = (
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
)
AUTHOR_KEYS = (
    "dc:creator",
    "dcterm:creator",
    "author",
    "parsely-author",
    "article:author",
    "sailthru.author",
    "byl",
    "citation_author",
)
DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "parsely-pub-date",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "article.published",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "citation_publication_date",
    "article:modified_time",
)
SITE_KEYS = ("og:site_name", "application-name", "al:ios:app_name", "al:android:app_name")
_BYLINE_HINT = re.compile(r"byline|author|auteur|writtenby|p-author", re.IGNORECASE)
_META_HINT = re.compile(
    r"byline|author|writtenby|date|timestamp|published|posted|pubtime", re.IGNORECASE
)
# Containers whose bylines are readers' or other stories', not the article's.
_FOREIGN = re.compile(r"comment|disqus|reply|related|recommend|sidebar|\baside", re.IGNORECASE)
_FOREIGN_DEPTH = 8
_AFTER_HEADLINE = 40  # text nodes after the headline searched for a "By ..." line
_BY_PREFIX = re.compile(
    r"^\s*(?:written\s+|posted\s+|reported\s+)?(?:by|par|von|por|di|door|de)\s*[:\-]?\s+",
    re.IGNORECASE,
)
_SPLIT_AUTHORS = re.compile(
    # "et", "und", "y", "e" in lower case only: "Sarah E. Needleman" has an initial.
    r"\s*(?:;|\||\band\b|&|(?-i:\bet\b|\bund\b|\by\b|\be\b)|"
    r"\b(?:edited|reviewed|updated|photos?|illustrations?|additional reporting)\s+by\b)\s*",
    re.IGNORECASE,
)
# A byline's label ("Text:", "Texto:", "Текст:") and what ends its names (a weekday).
_LABEL = re.compile(r"^[^\W\d_]{2,12}\s*:\s+")
_WEEKDAY = re.compile(
    r"[,|]?\s*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag)\b",
    re.IGNORECASE,
)
# A role or an organisation after a name ("Tom Krisher, AP Auto Writer"), not a person.
_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|press|"
    r"photographer|producer|bureau|agency|news service)\b",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r" [\|\-\\/>»] ")
_SITE_SEPARATOR = re.compile(r" [\|\-\u2013\u2014·»] ")
_MAX_SITE_WORDS = 4
_HIERARCHICAL = re.compile(r" [\\/>»] ")
_BYLINE_PARTS = re.compile(r"\s*[•·|\n]\s*")
# A person's name: up to six words, each starting with a capital (particles allowed).
_NAME_LIKE = re.compile(
    r"^(?!(?i:by|par|von|sign|log|subscribe|follow|share|menu|more|about|home|view|all|read|see)\b)"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*|(?:de|da|van|von|der|den|del|la|le|du|di|bin|al)\b)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*|\([A-Z][\w'’. \-]*\)|"
    r"(?:de|da|van|von|der|den|del|la|le|du|di|bin|al)\b)){0,5}$"
)
_NOT_A_NAME = re.compile(r"https?:|www\.|@|\d{3,}|^[\W\d_]+$")
_MENU_WORD = re.compile(r"(?i:by|par|von|sign|log|subscribe|follow|share|menu|more|about)\b")


@dataclass
class Meta:
    """Metadata values gathered from one scan of the tree."""

    values: dict[str, str] = field(default_factory=dict)
    html_lang: str | None = None
    doc_title: str | None = None
    canonical: str | None = None
    h1: list[str] = field(default_factory=list)
    h1_tags: list[Tag] = field(default_factory=list)
    h2: list[str] = field(default_factory=list)
    bylines: list[tuple[int, str]] = field(default_factory=list)
    byline_at: list[int] = field(default_factory=list)
    h1_at: list[int] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    itemprops: dict[str, str] = field(default_factory=dict)


def scan(soup: BeautifulSoup) -> Meta:
    """Collect metadata sources in one pass, before boilerplate is pruned."""
    meta = Meta()
    html = soup.find("html")
    if isinstance(html, Tag):
        lang = html.attrs.get("lang") or html.attrs.get("xml:lang")
        meta.html_lang = lang if isinstance(lang, str) else None
    for position, tag in enumerate(soup.find_all(_wanted)):
        name = tag.name
        attrs = tag.attrs
        if name == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            key = key or attrs.get("http-equiv")
            content = attrs.get("content")
            if isinstance(key, str) and isinstance(content, str) and content.strip():
                for part in key.lower().split():
                    meta.values.setdefault(part, content.strip())
            continue
        if name == "title":
            if meta.doc_title is None:
                meta.doc_title = tag.get_text(" ", strip=True)
            continue
        if name == "link":
            rel = attrs.get("rel")
            rels = " ".join(rel).split() if isinstance(rel, list) else str(rel).lower().split()
            href = attrs.get("href")
            if "canonical" in rels and isinstance(href, str) and meta.canonical is None:
                meta.canonical = href.strip()
            continue
        if name in {"h1", "h2"}:
            (meta.h1 if name == "h1" else meta.h2).append(tag.get_text(" ", strip=True))
            if name == "h1":
                meta.h1_tags.append(tag)
                meta.h1_at.append(position)
            continue
        prop = attrs.get("itemprop")
        prop_text = " ".join(prop) if isinstance(prop, list) else prop
        if name == "time" or (prop_text and "date" in prop_text.lower()):
            value = attrs.get("datetime") or attrs.get("content") or tag.get_text(" ", strip=True)
            if isinstance(value, str) and value.strip():
                key = (prop_text or ("pubdate" if "pubdate" in attrs else "time")).lower()
                meta.itemprops.setdefault(key, value.strip())
                meta.times.append(value.strip())
            continue
        text = tag.get_text(" ", strip=True)
        if not 0 < len(text) < 200:
            continue
        schema_author = bool(prop_text and "author" in prop_text.split())
        if schema_author or "author" in str(attrs.get("rel")) or _BYLINE_HINT.search(_hint(tag)):
            if not _in_foreign_block(tag):
                meta.bylines.append((0 if schema_author else 1, text))
                meta.byline_at.append(position)
        elif len(text) < 120:
            meta.datelines.append(text)
    return meta


def _hint(tag: Tag) -> str:
    cls = tag.attrs.get("class")
    ident = tag.attrs.get("id")
    cls_text = " ".join(cls) if isinstance(cls, list) else (cls or "")
    return f"{cls_text} {ident if isinstance(ident, str) else ''}"


def _in_foreign_block(tag: Tag) -> bool:
    """Whether a byline sits in a comment thread, related-stories list or sidebar."""
    for depth, parent in enumerate(tag.parents):
        if depth >= _FOREIGN_DEPTH or parent.name in {"article", "main", "body"}:
            return False
        if parent.name == "aside" or _FOREIGN.search(hints.LAYOUT_FLAG.sub(" ", _hint(parent))):
            return True
    return False


def _wanted(tag: Tag) -> bool:
    name = tag.name
    if name in {"meta", "title", "link", "h1", "h2", "time"}:
        return True
    attrs = tag.attrs
    if not attrs:
        return False
    prop = attrs.get("itemprop")
    prop_text = " ".join(prop) if isinstance(prop, list) else (prop or "")
    if "datePublished" in prop_text or "dateCreated" in prop_text:
        return True
    rel = attrs.get("rel")
    if rel and "author" in rel:
        return True
    if prop_text == "author" or "author" in prop_text.split():
        return True
    if name in {"body", "html", "article", "main"}:
        return False
    return bool(_META_HINT.search(_hint(tag)))


def article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD object describing the article (the first with an article type)."""
    fallback: dict[str, Any] = {}
    for obj in objects:
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        lowered = {str(t).lower() for t in names}
        if lowered & ARTICLE_TYPES - {"webpage", "creativework"}:
            return obj
        if lowered & {"webpage", "creativework"} and not fallback:
            fallback = obj
    return fallback


def headline_tag(meta: Meta, title: str | None) -> Tag | None:
    """The `<h1>` that shows the article title (a site logo can be an `<h1>` too)."""
    wanted = _clean(title or "").casefold()
    for tag, text in zip(meta.h1_tags, meta.h1, strict=True):
        if wanted and _clean(text).casefold() == wanted:
            return tag
    longest = max(meta.h1_tags, key=lambda t: len(t.get_text()), default=None)
    return longest


def title_of(meta: Meta, ld: dict[str, Any]) -> str | None:
    """The article title: JSON-LD headline, meta titles, then the cleaned `<title>`."""
    candidates = [ld.get("headline"), ld.get("name")]
    ld_titles = [_clean(c) for c in candidates if isinstance(c, str) and c.strip()]
    if ld_titles:
        if len(ld_titles) == 2 and ld_titles[0] != ld_titles[1] and meta.doc_title:
            ld_titles.sort(key=lambda t: -_similarity(t, meta.doc_title or ""))
        return ld_titles[0]
    for key in TITLE_KEYS:
        value = meta.values.get(key)
        if value:
            return _clean(value)
    return _document_title(meta)


def _similarity(a: str, b: str) -> float:
    left, right = set(a.lower().split()), set(b.lower().split())
    return len(left & right) / max(1, len(left | right))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _document_title(meta: Meta) -> str | None:
    """Readability's rules: drop a site name after a separator, keep the part after a colon
    unless a heading repeats the whole title; fall back to a lone `<h1>`."""
    original = _clean(meta.doc_title or "")
    if not original:
        return meta.h1[0] if len(meta.h1) == 1 else None
    title = original
    hierarchical = bool(_HIERARCHICAL.search(original))
    if _TITLE_SEPARATORS.search(original):
        title = original[: original.rfind(f" {_last_separator(original)} ")]
        if len(title.split()) < 3:
            title = _TITLE_SEPARATORS.split(original, maxsplit=1)[1]
    elif ": " in original:
        if not any(_clean(h) == original for h in meta.h1 + meta.h2):
            title = original[original.rfind(":") + 1 :].strip()
            if len(title.split()) < 3:
                title = original[original.find(":") + 1 :].strip()
            elif len(original[: original.find(":")].split()) > 5:
                title = original
    elif (len(original) > 150 or len(original) < 15) and len(meta.h1) == 1:
        title = _clean(meta.h1[0])
    words = len(title.split())
    bare = len(re.sub(r"[\|\-\\/>»]+", "", original).split())
    if words <= 4 and (not hierarchical or words != bare - 1):
        title = original
    return title


def _last_separator(text: str) -> str:
    found = _TITLE_SEPARATORS.findall(text)
    return found[-1].strip() if found else "|"


def alt_titles_of(title: str | None, meta: Meta, ld: dict[str, Any]) -> list[str]:
    """Other titles the page gives the article (social titles, JSON-LD names) that differ."""
    seen = {_clean(title).casefold()} if title else set()
    found: list[str] = []
    for value in (
        ld.get("headline"),
        ld.get("alternativeHeadline"),
        meta.values.get("og:title"),
        meta.values.get("twitter:title"),
    ):
        if isinstance(value, str) and value.strip():
            clean = _clean(value)
            if clean.casefold() not in seen:
                seen.add(clean.casefold())
                found.append(clean)
    return found


def authors_of(meta: Meta, ld: dict[str, Any], headline: Tag | None = None) -> list[str]:
    """Author names: JSON-LD, author meta tags, visible bylines (schema.org author first,
    then those after the headline, then the rest), then a "By ..." line under the headline.
    Call before the tree is pruned."""
    names = _ld_names(ld.get("author")) or _ld_names(ld.get("creator"))
    if names:
        return names
    for key in AUTHOR_KEYS:
        value = meta.values.get(key)
        if value and not _NOT_A_NAME.search(value) and len(value) < 100:
            return split_authors(value)
    start = _position_of(meta, headline)
    ranked = sorted(
        zip(meta.bylines, meta.byline_at, strict=True),
        key=lambda item: (item[0][0], item[1] < start),
    )
    for (_, line), _ in ranked:
        names = byline_names(line)
        if names:
            return names
    return _by_line_after(headline) if headline is not None else []


def _position_of(meta: Meta, headline: Tag | None) -> int:
    for tag, position in zip(meta.h1_tags, meta.h1_at, strict=True):
        if tag is headline:
            return position
    return 0


def byline_names(line: str) -> list[str]:
    """The authors a byline line names ("By Jane Doe and John Roe"), or [] if none."""
    for part in _BYLINE_PARTS.split(line):
        names = split_authors(part)
        if names and all(looks_like_name(n) for n in names):
            return names
    return []


def _by_line_after(headline: Tag) -> list[str]:
    """Names in a short "By Jane Doe" line among the first text nodes after the headline."""
    for node in headline.find_all_next(string=True, limit=_AFTER_HEADLINE):
        if _BY_PREFIX.match(f"{str(node).strip()} ") and node.parent is not None:
            line = node.parent.get_text(" ", strip=True)
            if len(line) < 120:
                return byline_names(line)
    return []


def looks_like_name(text: str) -> bool:
    """Whether a string reads as a person's name: capitalised words (particles allowed), or
    a short run of letters of a script without case (Japanese, Chinese, Arabic...)."""
    if _NAME_LIKE.match(text):
        return True
    words = text.split()
    return (
        0 < len(words) <= 6
        and len(text) <= 40
        and not _NOT_A_NAME.search(text)
        and all(w[0].isalpha() and not w[0].islower() for w in words)
        and not _MENU_WORD.match(text)
    )


def _ld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = ", ".join(str(n) for n in name)
        if isinstance(name, str) and name.strip() and not _NOT_A_NAME.search(name):
            for clean in split_authors(name) or [_clean(name)]:
                if clean not in names:
                    names.append(clean)
    return names


def split_authors(text: str) -> list[str]:
    """Names in a byline: split on ";", "and", "&"... and on commas between full names; a
    label, a "By", a trailing date and roles ("AP Auto Writer") left out."""
    text = DATELINE.split(text, maxsplit=1)[0]
    text = _WEEKDAY.split(text, maxsplit=1)[0]
    text = _clean(_BY_PREFIX.sub("", _LABEL.sub("", text.strip())))
    if not text or len(text) > 100 or _NOT_A_NAME.search(text):
        return []
    parts = [p.strip(" ,") for p in _SPLIT_AUTHORS.split(text) if p.strip(" ,")]
    names: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            names.extend(pieces)
        else:
            names.append(part)
    people = [n for n in names if not _ROLE.search(n)]
    return people or names


def date_under(headline: Tag | None) -> str | None:
    """The date of a line that only dates the page among the first text nodes after the
    headline ("Published May 22, 2026 9:14 am ET"). Call before the tree is pruned."""
    if headline is None:
        return None
    for node in headline.find_all_next(string=True, limit=_AFTER_HEADLINE):
        text = " ".join(str(node).split())
        if text and is_date_line(text):
            return find_dateline(text)
    return None


def published_of(
    meta: Meta, ld: dict[str, Any], url: str | None, headline: Tag | None = None
) -> str | None:
    """Publication date: JSON-LD, meta tags, `<time>`, date-classed lines, a byline's date,
    a date line under the headline, then the URL. Call before the tree is pruned."""
    for value in (ld.get("datePublished"), ld.get("dateCreated"), ld.get("uploadDate")):
        found = normalise_date(value) if isinstance(value, str) else None
        if found:
            return found
    for key in DATE_KEYS:
        found = normalise_date(meta.values.get(key))
        if found:
            return found
    for key in ("datepublished", "pubdate", "datecreated"):
        found = normalise_date(meta.itemprops.get(key))
        if found:
            return found
    for value in meta.times[:3]:
        found = normalise_date(value)
        if found:
            return found
    for line in meta.datelines[:5]:
        found = find_dateline(line)
        if found:
            return found
    bylines = " ".join(text for _, text in meta.bylines[:5])
    return find_dateline(bylines) or date_under(headline) or date_from_url(url)


def language_of(meta: Meta, ld: dict[str, Any]) -> str | None:
    """Primary language tag from `<html lang>`, meta tags or JSON-LD."""
    for value in (
        meta.html_lang,
        meta.values.get("content-language"),
        meta.values.get("og:locale"),
        meta.values.get("language"),
        meta.values.get("dc.language"),
        ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None,
    ):
        tag = primary_tag(value)
        if tag:
            return tag
    return None


def site_name_of(meta: Meta, ld: dict[str, Any], objects: list[dict[str, Any]]) -> str | None:
    """Site name: og:site_name, JSON-LD publisher or WebSite name, application name."""
    value = meta.values.get("og:site_name")
    if value:
        return _clean(value)
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        return _clean(publisher["name"])
    for obj in objects:
        if obj.get("@type") in {"WebSite", "Organization", "NewsMediaOrganization"}:
            name = obj.get("name")
            if isinstance(name, str) and name.strip():
                return _clean(name)
    for key in SITE_KEYS[1:]:
        value = meta.values.get(key)
        if value:
            return _clean(value)
    return _title_suffix(meta)


def _title_suffix(meta: Meta) -> str | None:
    """The site name a `<title>` ends with ("Headline | Site"), when short."""
    parts = _SITE_SEPARATOR.split(_clean(meta.doc_title or ""))
    if len(parts) < 2:
        return None
    suffix = parts[-1].strip()
    return suffix if 0 < len(suffix.split()) <= _MAX_SITE_WORDS else None


def canonical_of(meta: Meta, url: str | None) -> str | None:
    """Canonical URL (`<link rel=canonical>`, then og:url), made absolute against the page
    URL or og:url; None when it cannot be made absolute."""
    og_url = meta.values.get("og:url")
    value = meta.canonical or og_url
    if not value:
        return None
    absolute = urljoin(url or og_url or "", value.strip())
    return absolute if absolute.startswith(("http://", "https://")) else None
