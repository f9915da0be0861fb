"""`pipeline.fetch` against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from pipeline.errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    ResponseTooLarge,
    TooManyRedirects,
    UnsupportedContentType,
)
from pipeline.fetch import (
    FetchSettings,
    binary_kind,
    fetch,
    fetch_async,
    make_async_client,
    parse_retry_after,
)
from tests.conftest import LocalServer, stream_of

PAGE = "<!doctype html><html><head><title>T</title></head><body><p>Société €</p></body></html>"
FIFTY_MB = 50 * 1024 * 1024
FAST = FetchSettings(timeout=2.0, connect_timeout=2.0)


def test_fetches_page_with_user_agent(http_server: LocalServer) -> None:
    url = http_server.route("/page", body=PAGE.encode())
    page = fetch(url, settings=FAST)
    assert page.status_code == 200
    assert page.final_url == url
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert "Société €" in page.text
    agent = http_server.routes["/page"].request_headers[0]["User-Agent"]
    assert agent.startswith("dealpipe/")


def test_follows_redirects(http_server: LocalServer) -> None:
    target = http_server.route("/final", body=PAGE.encode())
    http_server.redirect("/two", "/final", status=301)
    start = http_server.redirect("/one", "/two")
    page = fetch(start, settings=FAST)
    assert page.url == start
    assert page.final_url == target
    assert "Société" in page.text


def test_redirect_chain_is_bounded(http_server: LocalServer) -> None:
    for hop in range(5):
        http_server.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    http_server.route("/hop5", body=PAGE.encode())
    settings = FetchSettings(max_redirects=3)
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        fetch(http_server.url("/hop0"), settings=settings)
    assert http_server.routes["/hop5"].hits == 0


def test_redirect_loop_is_an_error(http_server: LocalServer) -> None:
    url = http_server.redirect("/loop", "/loop")
    with pytest.raises(TooManyRedirects):
        fetch(url, settings=FAST)
    assert http_server.routes["/loop"].hits <= FAST.max_redirects + 1


def test_timeout(http_server: LocalServer) -> None:
    url = http_server.route("/slow", body=PAGE.encode(), delay=1.5)
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="timed out"):
        fetch(url, settings=FetchSettings(timeout=0.3, connect_timeout=0.3))
    assert time.monotonic() - started < 1.4


def test_total_download_time_is_bounded(http_server: LocalServer) -> None:
    def drip() -> Iterator[bytes]:
        for _ in range(40):
            time.sleep(0.05)
            yield b"<p>slow</p>"

    url = http_server.route("/drip", body=drip, content_length=False)
    with pytest.raises(FetchTimeout, match=r"longer than 0\.3s"):
        fetch(url, settings=FetchSettings(timeout=1.0, total_timeout=0.3))


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compressed_bodies(http_server: LocalServer, encoding: str) -> None:
    url = http_server.route("/z", body=PAGE.encode() * 50, encoding=encoding)
    page = fetch(url, settings=FAST)
    assert page.headers["content-encoding"] == encoding
    assert page.content.startswith(b"<!doctype html>")
    assert page.text.count("Société €") == 50


def test_size_cap_from_content_length(http_server: LocalServer) -> None:
    url = http_server.route("/big", body=stream_of(FIFTY_MB))
    with pytest.raises(ResponseTooLarge, match="larger than the 10 MB limit"):
        fetch(url, settings=FAST)


def test_size_cap_while_streaming_stops_reading(http_server: LocalServer) -> None:
    url = http_server.route("/stream", body=stream_of(FIFTY_MB), content_length=False)
    with pytest.raises(ResponseTooLarge):
        fetch(url, settings=FAST)
    route = http_server.routes["/stream"]
    assert route.done.wait(10)
    assert route.sent < FIFTY_MB // 2


def test_size_cap_applies_to_decompressed_size(http_server: LocalServer) -> None:
    url = http_server.route("/bomb", body=b"<p>" + b"a" * 3_000_000, encoding="gzip")
    with pytest.raises(ResponseTooLarge, match="1 MB limit"):
        fetch(url, settings=FetchSettings(max_bytes=1024 * 1024))


def test_pdf_refused(http_server: LocalServer) -> None:
    url = http_server.route("/doc.pdf", body=b"%PDF-1.7\n...", content_type="application/pdf")
    with pytest.raises(UnsupportedContentType, match="application/pdf, not an HTML page"):
        fetch(url, settings=FAST)


def test_pdf_labelled_html_refused_on_first_bytes(http_server: LocalServer) -> None:
    pdf = stream_of(FIFTY_MB, chunk=b"\0" * 65536, head=b"%PDF-1.7\n" + b"\0" * 65536)
    url = http_server.route("/report", body=pdf, content_length=False)
    with pytest.raises(UnsupportedContentType, match="is a PDF document, not an HTML page"):
        fetch(url, settings=FetchSettings(max_bytes=100 * 1024 * 1024))
    route = http_server.routes["/report"]
    assert route.done.wait(10)
    assert route.sent < FIFTY_MB // 2


def test_binary_kinds() -> None:
    assert binary_kind(b"%PDF-1.4\n") == "a PDF document"
    assert binary_kind(b"\x89PNG\r\n") == "a PNG image"
    assert binary_kind(b"abc\x00def") == "a binary file"
    assert binary_kind("<p>é</p>".encode("utf-16")) is None
    assert binary_kind(PAGE.encode()) is None


def test_plain_text_and_untyped_bodies_accepted(http_server: LocalServer) -> None:
    text_url = http_server.route("/a.txt", body=b"Plain words.", content_type="text/plain")
    bare_url = http_server.route("/bare", body=b"<p>x</p>", content_type=None)
    assert fetch(text_url, settings=FAST).content_type == "text/plain"
    assert fetch(bare_url, settings=FAST).content == b"<p>x</p>"


def test_404_is_http_status_error(http_server: LocalServer) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        fetch(http_server.url("/missing"), settings=FAST)
    assert caught.value.status_code == 404
    assert str(caught.value) == f"HTTP 404 Not Found for {http_server.url('/missing')}"


def test_retry_after_is_kept(http_server: LocalServer) -> None:
    url = http_server.route("/busy", status=503, headers={"Retry-After": "120"})
    with pytest.raises(HTTPStatusError) as caught:
        fetch(url, settings=FAST)
    assert caught.value.status_code == 503
    assert caught.value.retry_after == 120.0


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError, match="cannot connect"):
        fetch(f"http://127.0.0.1:{port}/", settings=FAST)


def test_invalid_tld_fails_without_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> object:
        raise AssertionError("DNS was queried")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(NetworkError, match=r"cannot resolve host no-such-site\.invalid"):
        fetch("http://no-such-site.invalid/article", settings=FAST)


def test_dns_failure_is_network_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_dns(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", failing_dns)
    with pytest.raises(NetworkError, match=r"cannot resolve host news\.example\.test"):
        fetch("http://news.example.test/a", settings=FAST)


def test_not_http_url() -> None:
    with pytest.raises(FetchError, match="not a fetchable http"):
        fetch("ftp://127.0.0.1/file.html", settings=FAST)


def test_wrong_declared_charset_decodes_right(http_server: LocalServer) -> None:
    body = "<html><body><p>Crédit Agricole paie 1,25 milliard d'€ à Société Générale</p>"
    url = http_server.route(
        "/latin", body=body.encode("cp1252"), content_type="text/html; charset=utf-8"
    )
    page = fetch(url, settings=FAST)
    assert page.charset == "utf-8"
    assert "Crédit Agricole paie 1,25 milliard d'€ à Société Générale" in page.text


def test_utf8_page_declared_latin1_decodes_right(http_server: LocalServer) -> None:
    body = "<html><body><p>Zürich-based Müller signs a €2 billion lease</p>"
    url = http_server.route(
        "/utf8", body=body.encode("utf-8"), content_type="text/html; charset=iso-8859-1"
    )
    assert "Zürich-based Müller signs a €2 billion lease" in fetch(url, settings=FAST).text


def test_fetch_async_and_not_modified(http_server: LocalServer) -> None:
    page_url = http_server.route("/async", body=PAGE.encode())
    same_url = http_server.route("/same", status=304, content_type=None)

    async def run() -> tuple[str, bytes, int]:
        async with make_async_client(FAST) as client:
            page = await fetch_async(page_url, client, settings=FAST)
            unchanged = await fetch_async(
                same_url, client, headers={"If-None-Match": '"v1"'}, settings=FAST
            )
            return page.text, unchanged.content, unchanged.status_code

    text, unchanged_body, status = asyncio.run(run())
    assert "Société" in text
    assert (unchanged_body, status) == (b"", 304)
    assert http_server.routes["/same"].request_headers[0]["If-None-Match"] == '"v1"'


def test_fetch_async_maps_errors(http_server: LocalServer) -> None:
    url = http_server.route("/gone", status=410)

    async def run() -> None:
        async with make_async_client(FAST) as client:
            await fetch_async(url, client, settings=FAST)

    with pytest.raises(HTTPStatusError, match="HTTP 410"):
        asyncio.run(run())


def test_retry_after_seconds_and_http_dates() -> None:
    now = datetime(2026, 5, 22, 12, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after("Fri, 22 May 2026 12:01:00 GMT", now=now) == 60.0
    assert parse_retry_after("Fri, 22 May 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
