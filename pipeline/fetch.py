"""Download one page with httpx: bounded redirects, timeouts, size cap, HTML-only.

`fetch` is the blocking one-off path; `fetch_async` is the same contract on an
`httpx.AsyncClient` for the ingestion scheduler. Both raise `FetchError` subclasses.
"""

from __future__ import annotations

import email.utils
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC

import httpx

from pipeline.charset import charset_from_content_type, decode_html
from pipeline.errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    ResponseTooLarge,
    TooManyRedirects,
    UnsupportedContentType,
)
from pipeline.version import __version__

DEFAULT_USER_AGENT = f"dealpipe/{__version__} (+https://github.com/dealpipe/dealpipe)"
HTML_CONTENT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"}
)
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
# Leading bytes of formats that are never an article, whatever the Content-Type says.
BINARY_SIGNATURES: Mapping[bytes, str] = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\xd0\xcf\x11\xe0": "an Office document",
}


@dataclass(frozen=True)
class FetchSettings:
    """How to fetch: all politeness and safety limits of a single request."""

    timeout: float = 20.0
    connect_timeout: float = 10.0
    max_redirects: int = 10
    max_bytes: int = 10 * 1024 * 1024
    total_timeout: float = 60.0
    user_agent: str = DEFAULT_USER_AGENT
    content_types: frozenset[str] = HTML_CONTENT_TYPES
    sniff_binary: bool = True  # refuse PDF/images/binary bodies; False for .xml.gz sitemaps

    def httpx_timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self.timeout, connect=self.connect_timeout)

    def headers(self) -> dict[str, str]:
        return {"User-Agent": self.user_agent, "Accept": _ACCEPT}


@dataclass(frozen=True)
class FetchedPage:
    """A successful response: the bytes and what is needed to decode and cite them."""

    url: str
    final_url: str
    status_code: int
    content: bytes
    content_type: str | None = None
    charset: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body decoded with header, `<meta>` and detected charsets."""
        return decode_html(self.content, self.charset)


def fetch(
    url: str, *, settings: FetchSettings | None = None, client: httpx.Client | None = None
) -> FetchedPage:
    """Fetch one HTML page. Raises a `FetchError` subclass on any failure."""
    settings = settings or FetchSettings()
    check_host(url)
    own_client = client is None
    http = client or make_client(settings)
    try:
        with http.stream("GET", url, headers=settings.headers()) as response:
            check_response(response, url, settings)
            body = _Body(url, settings)
            for chunk in response.iter_bytes():
                body.add(chunk)
            return _page(url, response, body.content())
    except httpx.HTTPError as exc:
        raise map_httpx_error(exc, url, settings) from exc
    finally:
        if own_client:
            http.close()


async def fetch_async(
    url: str,
    client: httpx.AsyncClient,
    *,
    settings: FetchSettings | None = None,
    headers: Mapping[str, str] | None = None,
) -> FetchedPage:
    """Fetch one page on an async client (extra `headers`, e.g. conditional ones).

    A 304 Not Modified is returned as a page with empty content, not raised."""
    settings = settings or FetchSettings()
    check_host(url)
    request_headers = {**settings.headers(), **(headers or {})}
    try:
        async with client.stream("GET", url, headers=request_headers) as response:
            if response.status_code == 304:
                return _page(url, response, b"")
            check_response(response, url, settings)
            body = _Body(url, settings)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            return _page(url, response, body.content())
    except httpx.HTTPError as exc:
        raise map_httpx_error(exc, url, settings) from exc


def make_client(settings: FetchSettings) -> httpx.Client:
    """A blocking client configured from `settings`."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        timeout=settings.httpx_timeout(),
        headers=settings.headers(),
    )


def make_async_client(settings: FetchSettings, **kwargs: object) -> httpx.AsyncClient:
    """An async client configured from `settings` (extra kwargs go to httpx)."""
    return httpx.AsyncClient(
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        timeout=settings.httpx_timeout(),
        headers=settings.headers(),
        **kwargs,  # type: ignore[arg-type]
    )


def binary_kind(data: bytes) -> str | None:
    """What a binary payload is ("a PDF document", ...), or None when it may be text."""
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    head = data[:1024]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "a binary file"
    return None


def check_host(url: str) -> None:
    """Refuse names that can never resolve (RFC 6761 `.invalid`) without asking DNS."""
    try:
        host = (httpx.URL(url).host or "").rstrip(".").lower()
    except httpx.InvalidURL:
        raise FetchError(f"not a fetchable http(s) URL: {url}", url) from None
    if host == "invalid" or host.endswith(".invalid"):
        raise NetworkError(f"cannot resolve host {host} for {url}", url)


def check_response(response: httpx.Response, url: str, settings: FetchSettings) -> None:
    """Raise for error statuses, non-HTML content types and announced oversize bodies."""
    if response.status_code >= 400:
        reason = response.reason_phrase or "error"
        raise HTTPStatusError(
            f"HTTP {response.status_code} {reason} for {url}",
            url,
            status_code=response.status_code,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    media_type = _media_type(response.headers.get("Content-Type"))
    if media_type is not None and media_type not in settings.content_types:
        raise UnsupportedContentType(f"{url} is {media_type}, not an HTML page", url)
    length = response.headers.get("Content-Length")
    if length is not None and length.isdigit():
        _check_size(int(length), url, settings)


def map_httpx_error(exc: httpx.HTTPError, url: str, settings: FetchSettings) -> FetchError:
    """Translate an httpx exception into the pipeline's typed `FetchError`."""
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeout(f"timed out after {settings.timeout:g}s fetching {url}", url)
    if isinstance(exc, httpx.TooManyRedirects):
        return TooManyRedirects(
            f"more than {settings.max_redirects} redirects (or a loop) fetching {url}", url
        )
    if isinstance(exc, httpx.ConnectError):
        if _caused_by(exc, socket.gaierror):
            host = exc.request.url.host if _has_request(exc) else url
            return NetworkError(f"cannot resolve host {host} for {url}", url)
        detail = str(exc) or "connection failed"
        return NetworkError(f"cannot connect to {url}: {detail}", url)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(f"not a fetchable http(s) URL: {url}", url)
    if isinstance(exc, httpx.DecodingError):
        return FetchError(f"bad content encoding from {url}: {exc}", url)
    return NetworkError(f"network error fetching {url}: {exc.__class__.__name__} {exc}", url)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else time.time()
    return max(0.0, when.timestamp() - current)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _has_request(exc: httpx.HTTPError) -> bool:
    try:
        exc.request  # noqa: B018 - raises RuntimeError when the error has no request
    except RuntimeError:
        return False
    return True


class _Body:
    """A response body gathered chunk by chunk, checked as it arrives: a binary first
    chunk (when `sniff_binary`), the size cap and the total download time."""

    def __init__(self, url: str, settings: FetchSettings) -> None:
        self._url = url
        self._settings = settings
        self._deadline = time.monotonic() + settings.total_timeout
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        """Take the next chunk; raise a `FetchError` as soon as a limit is broken."""
        url, settings = self._url, self._settings
        if not self._chunks and settings.sniff_binary:
            kind = binary_kind(chunk)
            if kind is not None:
                raise UnsupportedContentType(f"{url} is {kind}, not an HTML page", url)
        self._size += len(chunk)
        _check_size(self._size, url, settings)
        if time.monotonic() > self._deadline:
            raise FetchTimeout(
                f"download of {url} took longer than {settings.total_timeout:g}s", url
            )
        self._chunks.append(chunk)

    def content(self) -> bytes:
        """The whole body."""
        return b"".join(self._chunks)


def _check_size(size: int, url: str, settings: FetchSettings) -> None:
    if size > settings.max_bytes:
        raise ResponseTooLarge(
            f"{url} is larger than the {settings.max_bytes / (1024 * 1024):g} MB limit", url
        )


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _page(url: str, response: httpx.Response, content: bytes) -> FetchedPage:
    content_type = response.headers.get("Content-Type")
    return FetchedPage(
        url=url,
        final_url=str(response.url),
        status_code=response.status_code,
        content=content,
        content_type=_media_type(content_type),
        charset=charset_from_content_type(content_type),
        headers=dict(response.headers),
    )
