"""Feeds and sitemaps (bytes in) -> candidate article URLs with optional dates. Pure."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import feedparser
from lxml import etree

from pipeline.errors import DealpipeError
from pipeline.ingest.urls import is_http_url, normalize_url

_GZIP_MAGIC = b"\x1f\x8b"


class DiscoveryError(DealpipeError):
    """A feed or sitemap could not be read (not XML, not a feed, too large once unzipped)."""


@dataclass(frozen=True)
class Candidate:
    """An article URL found by discovery, with the dates the source announced."""

    url: str
    published: datetime | None = None
    updated: datetime | None = None
    title: str | None = None

    @property
    def lastmod(self) -> datetime | None:
        """The most recent date the source gave for this entry."""
        return self.updated or self.published


@dataclass(frozen=True)
class SitemapContent:
    """A parsed sitemap: article candidates, or child sitemaps for an index."""

    candidates: list[Candidate] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


def gunzip_if_needed(body: bytes, *, max_bytes: int) -> bytes:
    """Decompress a gzip body (`.xml.gz`), refusing to inflate past `max_bytes`."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise DiscoveryError(f"corrupt gzip data: {exc}") from exc
    if len(data) > max_bytes or inflater.unconsumed_tail:
        raise DiscoveryError(f"gzip body inflates past {max_bytes} bytes")
    return data


def parse_feed(body: bytes, base_url: str) -> list[Candidate]:
    """RSS 2.0, RSS 1.0, Atom or JSON Feed -> candidates in feed order."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return _parse_json_feed(stripped, base_url)
    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise DiscoveryError(f"{base_url} is not an RSS, Atom or JSON feed{detail}")
    candidates = []
    for entry in parsed.entries:
        link = entry.get("link") or _alternate_link(entry)
        if not link:
            continue
        candidates.append(
            Candidate(
                url=urljoin(base_url, link),
                published=_struct_time(dict.get(entry, "published_parsed")),
                updated=_struct_time(dict.get(entry, "updated_parsed")),
                title=entry.get("title"),
            )
        )
    return _valid(candidates)


def parse_sitemap(body: bytes, base_url: str) -> SitemapContent:
    """A `<urlset>` (incl. Google News `news:publication_date`) or a `<sitemapindex>`."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{base_url} is not an XML sitemap: {exc}") from exc
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        children = [urljoin(base_url, loc) for loc in _texts(root, "sitemap", "loc")]
        return SitemapContent(children=[url for url in children if is_http_url(url)])
    if tag != "urlset":
        raise DiscoveryError(f"{base_url} is not a sitemap (root element <{tag}>)")
    candidates = []
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != "url":
            continue
        values = _children(node)
        loc = values.get("loc")
        if not loc:
            continue
        candidates.append(
            Candidate(
                url=urljoin(base_url, loc),
                published=parse_w3c_date(values.get("publication_date")),
                updated=parse_w3c_date(values.get("lastmod")),
                title=values.get("title"),
            )
        )
    return SitemapContent(candidates=_valid(candidates))


def url_list_candidates(urls: Iterable[str]) -> list[Candidate]:
    """A plain list of URLs from the config."""
    return _valid([Candidate(url=url.strip()) for url in urls if url.strip()])


def filter_candidates(
    candidates: Sequence[Candidate],
    *,
    include: Sequence[re.Pattern[str]] = (),
    exclude: Sequence[re.Pattern[str]] = (),
    max_age: timedelta | None = None,
    now: datetime | None = None,
) -> list[Candidate]:
    """Keep candidates matching any `include` (if given), no `exclude`, and not too old.

    Candidates without a date pass the age filter. Duplicate URLs keep their first entry."""
    current = now or datetime.now(UTC)
    kept: dict[str, Candidate] = {}
    for candidate in candidates:
        if include and not any(pattern.search(candidate.url) for pattern in include):
            continue
        if any(pattern.search(candidate.url) for pattern in exclude):
            continue
        date = candidate.lastmod
        if max_age is not None and date is not None and current - date > max_age:
            continue
        kept.setdefault(candidate.url, candidate)
    return list(kept.values())


def parse_w3c_date(value: str | None) -> datetime | None:
    """W3C datetime ("2026-05-22", "2026-05-22T08:00:00+02:00", "...Z") -> aware UTC."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _parse_json_feed(body: bytes, base_url: str) -> list[Candidate]:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DiscoveryError(f"{base_url} is not a JSON feed: {exc}") from exc
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise DiscoveryError(f"{base_url} is not a JSON feed: no items list")
    candidates = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str):
            continue
        candidates.append(
            Candidate(
                url=urljoin(base_url, link),
                published=parse_w3c_date(_str(item.get("date_published"))),
                updated=parse_w3c_date(_str(item.get("date_modified"))),
                title=_str(item.get("title")),
            )
        )
    return _valid(candidates)


def _valid(candidates: list[Candidate]) -> list[Candidate]:
    return [
        Candidate(
            url=normalize_url(item.url),
            published=item.published,
            updated=item.updated,
            title=item.title,
        )
        for item in candidates
        if is_http_url(item.url)
    ]


def _alternate_link(entry: Any) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _struct_time(value: Any) -> datetime | None:
    if not value:
        return None
    year, month, day, hour, minute, second = (int(part) for part in value[:6])
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _children(node: Any) -> dict[str, str]:
    """Local name -> text for every descendant element (news:* flattened)."""
    values: dict[str, str] = {}
    for element in node.iter():
        if element is node or not isinstance(element.tag, str):
            continue
        text = (element.text or "").strip()
        if text:
            values.setdefault(etree.QName(element).localname, text)
    return values


def _texts(root: Any, parent: str, child: str) -> list[str]:
    found = []
    for node in root:
        if isinstance(node.tag, str) and etree.QName(node).localname == parent:
            value = _children(node).get(child)
            if value:
                found.append(value)
    return found
