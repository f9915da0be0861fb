"""Issue 12, problem 2: decompression bombs over HTTP are refused with bounded memory.

The size cap is applied inside every decoding layer as the output grows, so a tiny body
that inflates to hundreds of megabytes never occupies more than about the cap."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import brotli
import pytest

from pipeline.decoding import MAX_LAYERS, BodyDecoder, DecodingError
from pipeline.errors import ResponseTooLarge
from pipeline.fetch import FetchSettings, fetch
from tests.conftest import LocalServer
from tests.ingest_support import LiteProcessor, Reply, SiteServer, run_ingest

CAP = 1024 * 1024
SETTINGS = FetchSettings(max_bytes=CAP, timeout=10, total_timeout=30)
BOMB_SIZE = 200 * 1024 * 1024  # what the bombs below inflate to
PAGE = b"<!doctype html><html><head><title>Fine</title></head><body><p>Fine text.</p></body></html>"


def _zeros_gzip(size: int) -> bytes:
    """gzip of `size` zero bytes, built in pieces (never `size` bytes in memory)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, compressor.flush()])


def _zeros_brotli(size: int) -> bytes:
    compressor = brotli.Compressor(quality=5)
    block = b"\0" * (1024 * 1024)
    parts = [compressor.process(block) for _ in range(size // len(block))]
    return b"".join([*parts, compressor.finish()])


def _peak_memory(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
    except ResponseTooLarge:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("br", lambda: _zeros_brotli(BOMB_SIZE)),
        ("gzip", lambda: _zeros_gzip(BOMB_SIZE)),
        ("gzip, gzip", lambda: gzip.compress(_zeros_gzip(BOMB_SIZE))),
    ],
)
def test_a_bomb_is_refused_before_it_inflates(
    http_server: LocalServer, encoding: str, body: Callable[[], bytes]
) -> None:
    payload = body()
    assert len(payload) < 1024 * 1024  # a small body ...
    url = http_server.route("/bomb", body=payload, headers={"Content-Encoding": encoding})
    with pytest.raises(ResponseTooLarge, match="limit"):
        fetch(url, settings=SETTINGS)
    peak = _peak_memory(lambda: fetch(url, settings=SETTINGS))
    assert peak < 8 * CAP, f"peak {peak / 2**20:.0f} MB while refusing a bomb"  # ... never inflated


def test_stacked_encodings_are_limited(http_server: LocalServer) -> None:
    body = PAGE
    for _ in range(MAX_LAYERS + 1):
        body = gzip.compress(body)
    encoding = ", ".join(["gzip"] * (MAX_LAYERS + 1))
    url = http_server.route("/deep", body=body, headers={"Content-Encoding": encoding})
    with pytest.raises(DecodingError, match="content encodings"):
        fetch(url, settings=SETTINGS)


def test_honest_encodings_decode_layer_by_layer(http_server: LocalServer) -> None:
    both = brotli.compress(gzip.compress(PAGE))  # gzip applied first, then br
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    cases = {
        "gzip, br": both,
        "deflate": zlib.compress(PAGE),
        "identity": PAGE,
    }
    raw = raw_deflate.compress(PAGE) + raw_deflate.flush()
    for path, (encoding, body) in enumerate([*cases.items(), ("deflate", raw)]):
        url = http_server.route(f"/ok{path}", body=body, headers={"Content-Encoding": encoding})
        assert fetch(url, settings=SETTINGS).content == PAGE, encoding


def test_the_decoder_never_holds_more_than_the_cap_per_layer() -> None:
    decoder = BodyDecoder("gzip", "http://x.test/", CAP)
    bomb = _zeros_gzip(64 * 1024 * 1024)
    with pytest.raises(ResponseTooLarge):
        for start in range(0, len(bomb), 16_384):
            assert len(decoder.decode(bomb[start : start + 16_384])) <= CAP + 1


def test_an_unknown_encoding_is_an_error_not_garbage(http_server: LocalServer) -> None:
    url = http_server.route("/zz", body=PAGE, headers={"Content-Encoding": "compress"})
    with pytest.raises(DecodingError, match="unsupported content encoding"):
        fetch(url, settings=SETTINGS)


def test_ingest_records_a_bomb_as_too_large_without_retrying(tmp_path: Path) -> None:
    server = SiteServer()
    try:
        server.static("/robots.txt", Reply(body=b"", content_type="text/plain"))
        server.static(
            "/bomb", Reply(body=_zeros_brotli(BOMB_SIZE), headers={"Content-Encoding": "br"})
        )
        config = (
            f"[ingest]\nmax_bytes = {CAP}\nper_host_delay = 0\nretries = 2\n"
            f'[[source]]\nname = "s"\nurls = ["{server.url("/bomb")}"]\n'
        )
        summary = run_ingest(config, tmp_path / "pipeline.db", processor=LiteProcessor())
        assert dict(summary.errors) == {"too_large": 1}
        assert len(server.hits("^/bomb$")) == 1  # refused once, not retried as a timeout
    finally:
        server.stop()
