"""Which site a URL belongs to: its registrable domain (Public Suffix List), so a page
can only speak for its own site (canonical URLs)."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from pipeline.netpolicy import parse_ip, url_host


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # the list shipped with the package: no network


def site_of(url: str) -> str:
    """The registrable domain of a URL's host (`news.example.co.uk` -> `example.co.uk`,
    `a.github.io` stays itself); an IP address or a bare name is its own site."""
    host = url_host(url)
    if not host or parse_ip(host) is not None:
        return host
    return str(_suffixes().privatesuffix(host) or host)


def same_site(first: str, second: str) -> bool:
    """True when two URLs are on the same registrable domain."""
    return site_of(first) == site_of(second)


__all__ = ["same_site", "site_of"]
