"""URL normalisation: one spelling per page, so one article is fetched once."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "ref_src",
        "cmpid",
        "ncid",
        "sr_share",
    }
)
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443}
_DOT_SEGMENTS = re.compile(r"/\./|/[^/]+/\.\./")


def is_tracking_param(name: str) -> bool:
    """True for analytics parameters that do not change the page (utm_*, fbclid, ...)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """Canonical spelling of an http(s) URL.

    Lowercase scheme and host (IPv6 literals in brackets), default port and fragment
    dropped, tracking parameters stripped, remaining query parameters sorted, empty path
    as "/"."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = parts.path or "/"
    while _DOT_SEGMENTS.search(path):
        path = _DOT_SEGMENTS.sub("/", path, count=1)
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(key)
    )
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def host_key(url: str) -> str:
    """The politeness unit: scheme, host and port (`https://example.com:8443`)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


def is_http_url(url: str) -> bool:
    """True for absolute http(s) URLs with a host."""
    parts = urlsplit(url)
    return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname)
