"""Issue 12, problem 3: no SSRF. Link-local and metadata addresses are never fetched;
loopback and private ones only on a host the user typed or configured (or when allowed),
checked on the address actually connected to, whatever the spelling."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.errors import BlockedAddress
from pipeline.fetch import fetch
from pipeline.netpolicy import NetworkPolicy, classify, normalise_host, parse_ip
from tests.conftest import LocalServer
from tests.ingest_support import LiteProcessor, Reply, SiteServer, iter_rows, run_ingest

PAGE = b"<html><head><title>Local</title></head><body><p>Internal page.</p></body></html>"


@pytest.mark.parametrize(
    "spelling",
    ["127.0.0.1", "2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::ffff:127.0.0.1]"],
)
def test_every_spelling_of_loopback_is_one_address(spelling: str) -> None:
    assert normalise_host(spelling) == "127.0.0.1"
    address = parse_ip(spelling)
    assert address is not None and classify(address) == "private"


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("169.254.169.254", "forbidden"),
        ("2852039166", "forbidden"),  # 169.254.169.254 as one number
        ("[fe80::1]", "forbidden"),
        ("100.100.100.200", "forbidden"),
        ("0.0.0.0", "forbidden"),
        ("10.1.2.3", "private"),
        ("192.168.0.7", "private"),
        ("[::1]", "private"),
        ("[fd12::1]", "private"),
        ("93.184.216.34", "public"),
    ],
)
def test_addresses_are_classified(host: str, kind: str) -> None:
    address = parse_ip(host)
    assert address is not None and classify(address) == kind


def test_metadata_names_are_refused_without_asking_dns() -> None:
    policy = NetworkPolicy(allow_private=True)
    for url in ("http://metadata.google.internal/computeMetadata/v1/", "http://169.254.169.254/"):
        with pytest.raises(BlockedAddress, match="metadata"):
            fetch(url, policy=policy)


def test_a_typed_url_may_be_private(http_server: LocalServer) -> None:
    url = http_server.route("/page", body=PAGE)
    assert fetch(url).content == PAGE


def test_a_redirect_into_another_private_host_is_refused(http_server: LocalServer) -> None:
    target = http_server.route("/page", body=PAGE)
    start = http_server.redirect("/go", target).replace("127.0.0.1", "localhost")
    with pytest.raises(BlockedAddress, match="private or loopback"):
        fetch(start)
    assert http_server.routes["/page"].hits == 0
    assert fetch(start, policy=NetworkPolicy(allow_private=True)).content == PAGE


def test_a_redirect_from_a_public_host_into_a_private_one_is_refused() -> None:
    policy = NetworkPolicy.trusting(["https://news.example.com/story"])
    address = parse_ip("10.0.0.5")
    assert address is not None
    with pytest.raises(BlockedAddress):
        policy.check_address("intranet.example.com", address, "http://intranet.example.com/")
    policy.check_address("news.example.com", address, "https://news.example.com/x")  # its own


def test_a_name_resolving_to_loopback_is_caught_after_dns(http_server: LocalServer) -> None:
    url = http_server.route("/page", body=PAGE).replace("127.0.0.1", "localhost")
    with pytest.raises(BlockedAddress, match=r"localhost .*\(127\.0\.0\.1\)"):
        fetch(url, policy=NetworkPolicy.trusting(["http://127.0.0.1/"]))


@pytest.fixture
def site() -> Iterator[SiteServer]:
    server = SiteServer()
    yield server
    server.stop()


def _feed(items: list[str]) -> bytes:
    entries = "".join(f"<item><title>t</title><link>{url}</link></item>" for url in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}</channel></rss>'.encode()


def test_a_feed_cannot_send_ingest_to_private_or_metadata_addresses(
    site: SiteServer, tmp_path: Path
) -> None:
    port = site.base.rsplit(":", 1)[1]
    own = site.url("/own")
    elsewhere = f"http://localhost:{port}/internal"  # another host name, resolving to 127.x
    metadata = "http://169.254.169.254/latest/meta-data/"
    site.static("/robots.txt", Reply(body=b"", content_type="text/plain"))
    site.static("/feed.xml", Reply(body=_feed([own, elsewhere, metadata]), content_type="text/xml"))
    site.static("/own", Reply(body=PAGE))
    site.static("/internal", Reply(body=PAGE))
    config = (
        f'[ingest]\nper_host_delay = 0\n[[source]]\nname = "f"\nfeed = "{site.url("/feed.xml")}"\n'
    )
    db = tmp_path / "pipeline.db"
    summary = run_ingest(config, db, processor=LiteProcessor())
    assert summary.new_articles == 1  # the source's own host is trusted
    assert dict(summary.errors) == {"blocked_address": 2}
    assert site.hits("^/internal$") == []
    rows = dict(iter_rows(db, "SELECT url, error_kind FROM urls WHERE kind = 'article'"))
    assert rows[own] is None
    assert rows[elsewhere] == rows[metadata] == "blocked_address"

    allowed = config.replace("[ingest]\n", "[ingest]\nallow_private_networks = true\n")
    summary = run_ingest(allowed, tmp_path / "allowed.db", processor=LiteProcessor())
    assert summary.new_articles == 2 and dict(summary.errors) == {"blocked_address": 1}


@pytest.mark.parametrize("spelling", ["2130706433", "0x7f000001", "127.1", "[::ffff:127.0.0.1]"])
def test_odd_spellings_are_caught_on_the_wire(http_server: LocalServer, spelling: str) -> None:
    url = http_server.route("/page", body=PAGE).replace("127.0.0.1", spelling)
    assert fetch(url).content == PAGE  # typed: its own host, however spelled
    with pytest.raises(BlockedAddress):
        fetch(url, policy=NetworkPolicy.trusting(["https://news.example.com/"]))
