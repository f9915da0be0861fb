"""Which hosts and addresses a fetch may reach (SSRF protection). Pure functions.

- Link-local (169.254.0.0/16, fe80::/10), unspecified, multicast and cloud-metadata
  addresses and names are always refused.
- Loopback, private and other non-public addresses (127/8, 10/8, 172.16/12, 192.168/16,
  100.64/10, fc00::/7, ...) are refused unless the host is trusted (a URL the user typed,
  a configured ingest source: "the source is itself on that host") or private networks
  are allowed (`allow_private_networks = true`, `--allow-private`).
- Every spelling of an IP address is normalised first (`2130706433`, `0x7f000001`,
  `127.1`, `[::ffff:127.0.0.1]` are all 127.0.0.1), and the check is made again on the
  address actually connected to, after DNS (`pipeline.transport`).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import httpx

from pipeline.errors import BlockedAddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressClass = Literal["public", "private", "forbidden"]

METADATA_HOSTS: frozenset[str] = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "metadata.azure.internal",
        "instance-data",
        "instance-data.ec2.internal",
    }
)
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack, ...
        ipaddress.ip_address("169.254.170.2"),  # AWS ECS task metadata
        ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
        ipaddress.ip_address("fd00:ec2::254"),  # AWS over IPv6
    }
)
ALLOW_HINT = "allow_private_networks = true in [ingest], or --allow-private"


def parse_ip(host: str) -> IPAddress | None:
    """The address a host names when it is an IP literal in any spelling, else None.

    Accepts what `inet_aton` accepts (`2130706433`, `0x7f000001`, `0177.0.0.1`,
    `127.1`) and bracketed IPv6; an IPv4-mapped IPv6 address is its IPv4 address."""
    text = host.strip().rstrip(".").lower()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    address: IPAddress
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        if not text or any(c not in "0123456789abcdefx." for c in text):
            return None
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def normalise_host(host: str) -> str:
    """One spelling per host: a lowercase name, or the canonical text of its address."""
    address = parse_ip(host)
    if address is not None:
        return str(address)
    return host.strip().rstrip(".").lower()


def classify(address: IPAddress) -> AddressClass:
    """`forbidden` (link-local, metadata, unspecified, multicast), `private` (loopback,
    private and other non-global ranges) or `public`."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if (
        address in METADATA_ADDRESSES
        or address.is_link_local
        or address.is_unspecified
        or address.is_multicast
    ):
        return "forbidden"
    if not address.is_global:
        return "private"
    return "public"


def url_host(url: str) -> str:
    """The normalised host of a URL ("" when it has none)."""
    try:
        return normalise_host(httpx.URL(url).host)
    except httpx.InvalidURL:
        return ""


@dataclass(frozen=True)
class NetworkPolicy:
    """What may be reached: public addresses always; private ones on trusted hosts or
    when `allow_private`; forbidden ones never."""

    allow_private: bool = False
    trusted_hosts: frozenset[str] = frozenset()

    @classmethod
    def trusting(cls, urls: Iterable[str], *, allow_private: bool = False) -> NetworkPolicy:
        """A policy trusting the hosts of `urls` (typed by the user or configured)."""
        hosts = frozenset(host for host in map(url_host, urls) if host)
        return cls(allow_private=allow_private, trusted_hosts=hosts)

    def check_host(self, host: str, url: str) -> None:
        """Refuse a host by its text: metadata names and IP literals in any spelling."""
        name = normalise_host(host)
        if name in METADATA_HOSTS:
            raise BlockedAddress(f"refusing to fetch {url}: {name} is a cloud metadata host", url)
        address = parse_ip(name)
        if address is not None:
            self.check_address(name, address, url)

    def check_address(self, host: str, address: IPAddress, url: str) -> None:
        """Refuse connecting to `address` (what `host` resolved to) for `url`."""
        kind = classify(address)
        if kind == "public":
            return
        if kind == "forbidden":
            raise BlockedAddress(
                f"refusing to fetch {url}: {address} is a link-local or metadata address", url
            )
        if self.allow_private or normalise_host(host) in self.trusted_hosts:
            return
        raise BlockedAddress(
            f"refusing to fetch {url}: {host} is a private or loopback address ({address}) "
            f"reached from an untrusted link ({ALLOW_HINT} to allow)",
            url,
        )


__all__ = [
    "METADATA_HOSTS",
    "NetworkPolicy",
    "classify",
    "normalise_host",
    "parse_ip",
    "url_host",
]
