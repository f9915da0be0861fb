"""Test helpers for the ingestion tests: a fixture news site served on 127.0.0.1.

The site is rendered at test time from `fixtures/ingest/articles.json` (compact data:
title, date, author, paragraphs, which feed lists it, which deal it reports): RSS 2.0,
Atom and JSON feeds, a sitemap index with a `.xml.gz` child and a Google News sitemap,
robots.txt and one HTML page per article. The server logs every request (time, path,
headers) and answers conditional requests (ETag / If-Modified-Since) with 304.
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import hashlib
import html
import io
import json
import re
import socket
import sqlite3
import threading
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pipeline.fetch import FetchedPage
from pipeline.ingest.config import parse_config
from pipeline.ingest.processor import Processor
from pipeline.ingest.progress import LogReporter
from pipeline.ingest.runner import RunSummary, run_once
from pipeline.ingest.store import Store
from pipeline.models import Article, Deal

REPO = Path(__file__).resolve().parents[1]
INGEST_FIXTURES = REPO / "fixtures" / "ingest"
EXAMPLE_CONFIG = INGEST_FIXTURES / "sources.toml"
EXAMPLE_BASE = "http://127.0.0.1:8000"
ALIAS_SLUG = "acme-cloud-reno-deal-analysis"  # also served as /amp/<slug>, canonical /news/


@dataclass(frozen=True)
class Reply:
    """One HTTP answer."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    validators: bool = False  # send ETag/Last-Modified and honour conditional requests
    declared_length: int | None = None  # a Content-Length larger than the body sent


Handler = Callable[[dict[str, str]], Reply]


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    at: float
    path: str
    headers: dict[str, str]
    status: int


class SiteServer:
    """Threaded HTTP/1.1 server with a request log; routes are replaceable at any time."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.log: list[Hit] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def static(self, path: str, reply: Reply) -> None:
        """Serve the same reply on every request to `path`."""
        self.routes[path] = lambda _headers: reply

    def sequence(self, path: str, replies: Sequence[Reply]) -> None:
        """Serve `replies` in order, the last one for every later request."""
        served = iter(range(10**9))

        def handler(_headers: dict[str, str]) -> Reply:
            return replies[min(next(served), len(replies) - 1)]

        self.routes[path] = handler

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.log.append(hit)

    def busy(self, change: int) -> None:
        """Count requests being answered (`+1` on arrival, `-1` when answered)."""
        with self._lock:
            self.in_flight += change
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def hits(self, pattern: str = "") -> list[Hit]:
        """Logged requests whose path matches the regex `pattern`."""
        with self._lock:
            return [hit for hit in self.log if re.search(pattern, hit.path)]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler_class(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server.busy(+1)
            try:
                self._answer()
            finally:
                server.busy(-1)

        def _answer(self) -> None:
            arrived = time.monotonic()
            headers = {key.lower(): value for key, value in self.headers.items()}
            path = self.path.split("?", 1)[0]
            handler = server.routes.get(path)
            reply = handler(headers) if handler else Reply(404, b"<html>not found</html>")
            status, extra = reply.status, dict(reply.headers)
            body = reply.body
            if reply.validators and status == 200:
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                extra["ETag"] = etag
                extra["Last-Modified"] = "Mon, 23 Nov 2026 10:00:00 GMT"
                if headers.get("if-none-match") == etag:
                    status, body = 304, b""
            server.record(Hit(arrived, self.path, headers, status))
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(status)
                if reply.content_type and status != 304:
                    self.send_header("Content-Type", reply.content_type)
                for key, value in extra.items():
                    self.send_header(key, value)
                length = reply.declared_length if reply.declared_length else len(body)
                self.send_header("Content-Length", str(0 if status == 304 else length))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
                    if reply.declared_length:
                        self.close_connection = True
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            """Silence the default stderr logging."""

    return Handler


# -- the fixture site ---------------------------------------------------------------------


def load_site_data(path: Path = INGEST_FIXTURES / "articles.json") -> dict[str, Any]:
    """The compact article data a site is rendered from (an article may name its own
    `outlet`, the site name on its page)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


class FixtureSite:
    """The fixture news site mounted on a `SiteServer`; articles can be added or edited."""

    def __init__(self, server: SiteServer, data: dict[str, Any] | None = None) -> None:
        self.server = server
        self.data = data or load_site_data()
        self.articles: list[dict[str, Any]] = [dict(item) for item in self.data["articles"]]
        self.render()

    @property
    def base(self) -> str:
        return self.server.base

    def page_url(self, slug: str) -> str:
        return f"{self.base}/news/{slug}"

    def publish_extra(self) -> dict[str, Any]:
        """Add the held-back article to its feed; returns it."""
        extra = dict(self.data["extra"])
        self.articles.append(extra)
        self.render()
        return extra

    def edit(self, slug: str, paragraphs: list[str], updated: str) -> None:
        """Change an article's text and announce the update in the feeds."""
        for article in self.articles:
            if article["slug"] == slug:
                article["paragraphs"] = paragraphs
                article["updated"] = updated
        self.render()

    def render(self) -> None:
        """(Re)mount every route of the site."""
        server, base = self.server, self.base
        server.static("/robots.txt", Reply(body=ROBOTS.encode(), content_type="text/plain"))
        by_channel: dict[str, list[dict[str, Any]]] = {}
        for article in self.articles:
            by_channel.setdefault(article["channel"], []).append(article)
            outlet = article.get("outlet", self.data["site"]["name"])
            page = render_page(article, base, outlet)
            server.static(f"/news/{article['slug']}", Reply(body=page, validators=True))
        alias = next((a for a in self.articles if a["slug"] == ALIAS_SLUG), None)
        if alias is not None:
            page = render_page(alias, base, self.data["site"]["name"], amp=True)
            server.static(f"/amp/{ALIAS_SLUG}", Reply(body=page, validators=True))
        feeds = {
            "/feed.xml": (render_rss(by_channel.get("rss", []), base), "application/rss+xml"),
            "/atom.xml": (render_atom(by_channel.get("atom", []), base), "application/atom+xml"),
            "/feed.json": (
                render_json_feed(by_channel.get("json", []), base),
                "application/feed+json",
            ),
            "/sitemap_index.xml": (render_sitemap_index(base), "application/xml"),
            "/sitemaps/articles.xml.gz": (
                gzip.compress(render_urlset(by_channel.get("sitemap", []), base), mtime=0),
                "application/x-gzip",
            ),
            "/sitemaps/news.xml": (
                render_news_sitemap(by_channel.get("news", []) + ([alias] if alias else []), base),
                "application/xml",
            ),
        }
        for path, (body, content_type) in feeds.items():
            server.static(path, Reply(body=body, content_type=content_type, validators=True))

    def expected_urls(self) -> set[str]:
        """Canonical URLs of every published article."""
        return {self.page_url(article["slug"]) for article in self.articles}

    def expected_groups(self) -> dict[str, set[str]]:
        """Deal key -> canonical URLs of the articles reporting that deal."""
        groups: dict[str, set[str]] = {}
        for article in self.articles:
            if "deal" in article:
                groups.setdefault(article["deal"], set()).add(self.page_url(article["slug"]))
        return groups


ROBOTS = "User-agent: *\nDisallow: /private/\nDisallow: /search\n"


def _rfc822(value: str) -> str:
    return email.utils.format_datetime(datetime.fromisoformat(value))


def render_page(article: dict[str, Any], base: str, site: str, *, amp: bool = False) -> bytes:
    """An article page as a news site serves it: menu, banner, article, related, footer."""
    esc = html.escape
    canonical = f"{base}/news/{article['slug']}"
    body = "\n".join(f"      <p>{esc(text)}</p>" for text in article["paragraphs"])
    updated = article.get("updated", article["published"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(article["title"])} | {esc(site)}</title>
  <link rel="canonical" href="{canonical}">
  <meta property="og:title" content="{esc(article["title"])}">
  <meta property="og:site_name" content="{esc(site)}">
  <meta property="article:published_time" content="{article["published"]}">
  <meta property="article:modified_time" content="{updated}">
  <meta name="author" content="{esc(article["author"])}">
</head>
<body class="{"amp" if amp else "standard"}">
  <div class="cookie-banner">We use cookies to improve your experience.
    <button>Accept all</button></div>
  <header class="site-header"><a href="/">{esc(site)}</a>
    <nav><ul><li><a href="/topics/cloud">Cloud</a></li>
    <li><a href="/topics/chips">Chips</a></li><li><a href="/topics/energy">Energy</a></li>
    <li><a href="/newsletter">Newsletter</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{esc(article["title"])}</h1>
      <p class="byline">By <span class="author">{esc(article["author"])}</span>,
        <time datetime="{article["published"]}">{article["published"][:10]}</time></p>
{body}
    </article>
    <div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    <aside class="related"><h2>Most read</h2><ul>
      <li><a href="/news/liquid-cooling-explainer">Why data centers are switching to
        liquid cooling</a></li>
      <li><a href="/news/grid-queue-report">Grid connection queues keep growing</a></li>
    </ul></aside>
    <section class="newsletter">Get the Compute Ledger briefing every morning.
      <input type="email"></section>
  </main>
  <footer class="site-footer">&copy; 2026 {esc(site)}.
    <a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
""".encode()


def render_rss(articles: list[dict[str, Any]], base: str) -> bytes:
    """RSS 2.0 with tracking parameters on the links (they must be stripped)."""
    items = "".join(
        f"""<item><title>{html.escape(a["title"])}</title>
<link>{base}/news/{a["slug"]}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">{a["slug"]}</guid>
<pubDate>{_rfc822(a.get("updated", a["published"]))}</pubDate>
<description>{html.escape(a["paragraphs"][0])}</description></item>
"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Compute Ledger</title><link>{base}/</link>
<description>Deals news</description>
{items}</channel></rss>
""".encode()


def render_atom(articles: list[dict[str, Any]], base: str) -> bytes:
    """Atom 1.0 with `published` and `updated` per entry."""
    entries = "".join(
        f"""<entry><title>{html.escape(a["title"])}</title>
<link rel="alternate" href="{base}/news/{a["slug"]}"/>
<id>tag:compute-ledger,2026:{a["slug"]}</id>
<published>{a["published"]}</published><updated>{a.get("updated", a["published"])}</updated>
<author><name>{html.escape(a["author"])}</name></author></entry>
"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Compute Ledger</title>
<id>tag:compute-ledger,2026:feed</id><updated>2026-11-26T16:00:00+00:00</updated>
{entries}</feed>
""".encode()


def render_json_feed(articles: list[dict[str, Any]], base: str) -> bytes:
    """JSON Feed 1.1; the alias article is listed under its AMP URL."""
    items = [
        {
            "id": a["slug"],
            "url": f"{base}/{'amp' if a['slug'] == ALIAS_SLUG else 'news'}/{a['slug']}",
            "title": a["title"],
            "date_published": a["published"],
            "date_modified": a.get("updated", a["published"]),
        }
        for a in articles
    ]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Compute Ledger",
        "home_page_url": f"{base}/",
        "items": items,
    }
    return json.dumps(feed, indent=1).encode()


def render_sitemap_index(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemaps/articles.xml.gz</loc></sitemap>
<sitemap><loc>{base}/sitemaps/news.xml</loc></sitemap>
</sitemapindex>
""".encode()


def render_urlset(articles: list[dict[str, Any]], base: str) -> bytes:
    urls = "".join(
        f"<url><loc>{base}/news/{a['slug']}</loc>"
        f"<lastmod>{a.get('updated', a['published'])}</lastmod></url>\n"
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}</urlset>
""".encode()


def render_news_sitemap(articles: list[dict[str, Any]], base: str) -> bytes:
    urls = "".join(
        f"""<url><loc>{base}/news/{a["slug"]}</loc><news:news>
<news:publication><news:name>Compute Ledger</news:name>
<news:language>en</news:language></news:publication>
<news:publication_date>{a["published"]}</news:publication_date>
<news:title>{html.escape(a["title"])}</news:title></news:news></url>
"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}</urlset>
""".encode()


# -- configuration --------------------------------------------------------------------


def example_config_text(base: str, **settings: object) -> str:
    """The documented example config pointed at `base`, with `[ingest]` keys replaced."""
    text = EXAMPLE_CONFIG.read_text().replace(EXAMPLE_BASE, base)
    for key, value in settings.items():
        rendered = json.dumps(value)
        text, count = re.subn(rf"(?m)^{key} = .*$", f"{key} = {rendered}", text, count=1)
        if not count:
            text = text.replace("[ingest]\n", f"[ingest]\n{key} = {rendered}\n", 1)
    return text


FAST = {
    "per_host_delay": 0.0,
    "per_host_concurrency": 4,
    "backoff_base": 0.01,
    "retries": 1,
    "timeout": 5.0,
}


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- a document processor without the NLP model ------------------------------------------


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.canonical: str | None = None
        self.paragraphs: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "canonical":
            self.canonical = values.get("href")
        if tag in {"h1", "p"}:
            self._stack.append(tag)
            if tag == "p":
                self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1] == "h1":
            self.title += data
        elif self._stack and self._stack[-1] == "p":
            self.paragraphs[-1] += data


class LiteProcessor:
    """Title, canonical URL and paragraphs by the stdlib HTML parser; no deals.

    For tests about fetching and state, which must not depend on the NLP model."""

    def parse(self, page: FetchedPage, *, published: str | None) -> Article:
        reader = _Paragraphs()
        reader.feed(page.text)
        return Article(
            url=page.final_url,
            canonical_url=reader.canonical,
            title=reader.title.strip() or None,
            published=published,
            text="\n\n".join(p.strip() for p in reader.paragraphs if p.strip()),
        )

    def extract(self, articles: Sequence[Article]) -> list[list[Deal]]:
        return [[] for _ in articles]


def iter_rows(db_path: Path, sql: str) -> Iterator[tuple[Any, ...]]:
    """Read-only rows from a store (safe while another process writes)."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        yield from connection.execute(sql).fetchall()
    finally:
        connection.close()


def run_ingest(
    config_text: str,
    store_path: Path,
    *,
    processor: Processor | None = None,
    jsonl_out: Path | None = None,
) -> RunSummary:
    """One in-process run with log lines captured (returned summary has the counts)."""
    config = parse_config(tomllib.loads(config_text))
    with Store(store_path) as store:
        return asyncio.run(
            run_once(
                config,
                store,
                processor=processor,
                reporter=LogReporter(io.StringIO()),
                jsonl_out=jsonl_out,
            )
        )
