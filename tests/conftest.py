"""Shared fixtures: a real HTTP server on 127.0.0.1 whose routes each test declares.

    def test_x(http_server: LocalServer) -> None:
        url = http_server.route("/page", body=b"<html>...</html>")
        fetch(url)

Routes can redirect, delay, compress, stream without a Content-Length, and count the
bytes they managed to send (to prove a client stopped reading early).
"""

from __future__ import annotations

import gzip
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotli
import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"  # development data beside the checkout, not in the repo
BodyFactory = Callable[[], Iterable[bytes]]


@dataclass
class Route:
    """What the server answers on one path."""

    status: int = 200
    body: bytes | BodyFactory = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None  # "gzip" or "br": compress the body on the fly
    delay: float = 0.0  # seconds to wait before answering
    barrier: threading.Barrier | None = (
        None  # answer only once this many requests wait (503 if not)
    )
    content_length: bool = True  # False: the body ends when the connection closes
    sent: int = 0  # body bytes written so far
    hits: int = 0
    request_headers: list[dict[str, str]] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)  # set once answered


class LocalServer:
    """A threaded HTTP server on an ephemeral 127.0.0.1 port with declarative routes."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def route(self, path: str, **kwargs: object) -> str:
        """Declare a route (keyword arguments of `Route`) and return its absolute URL."""
        self.routes[path] = Route(**kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.route(path, status=status, headers={"Location": to}, content_type=None)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            route = server.routes.get(self.path.split("?", 1)[0])
            if route is None:
                route = Route(status=404, body=b"<html><body>Not found</body></html>")
            route.hits += 1
            route.request_headers.append(dict(self.headers.items()))
            if route.delay:
                time.sleep(route.delay)
            if route.barrier is not None:
                try:
                    route.barrier.wait()
                except threading.BrokenBarrierError:
                    route = Route(status=503, body=b"requests were not concurrent")
            self._answer(route)

        def _answer(self, route: Route) -> None:
            chunks = _encode(route)
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.encoding:
                self.send_header("Content-Encoding", route.encoding)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.content_length:
                body = b"".join(chunks)
                chunks = [body]
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for chunk in chunks:
                    self.wfile.write(chunk)
                    route.sent += len(chunk)
            except OSError:
                pass  # the client hung up, as a size-capped client should
            finally:
                route.done.set()
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:
            """Keep test output quiet."""

    return Handler


def _encode(route: Route) -> Iterable[bytes]:
    chunks: Iterable[bytes] = route.body() if callable(route.body) else [route.body]
    if route.encoding == "gzip":
        return [gzip.compress(b"".join(chunks))]
    if route.encoding == "br":
        return [brotli.compress(b"".join(chunks))]
    return chunks


def shared_data(*parts: str) -> Path:
    """A path under `../shared` (development data). When it is absent the test is
    skipped with the reason, except under CI (`CI=true`), where that is a failure."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"needs ../shared/{'/'.join(parts)} (development data), which is absent"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true requires it")
        pytest.skip(reason)
    return path


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A store URL on a fresh, empty schema of the test PostgreSQL server (the URL in
    `DEALPIPE_TEST_POSTGRES`, started by `scripts/postgres start`), dropped afterwards.
    Without the variable the test is skipped, except under CI (`CI=true`): a failure."""
    server = os.environ.get("DEALPIPE_TEST_POSTGRES")
    if not server:
        reason = (
            "needs a PostgreSQL server: DEALPIPE_TEST_POSTGRES is unset "
            '(run `eval "$(scripts/postgres start)"` first)'
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true requires it")
        pytest.skip(reason)
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def postgres_store() -> Iterator[str]:
    """`postgres_schema` for one test."""
    with postgres_schema() as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def _no_proxy_for_local_server() -> Iterator[None]:
    """Keep requests to 127.0.0.1 off any HTTP(S)_PROXY the machine sets (subprocesses too)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("NO_PROXY", "no_proxy"):
            patch.setenv(
                name, ",".join(filter(None, ["127.0.0.1,localhost", os.environ.get(name)]))
            )
        yield


@pytest.fixture(scope="session")
def _server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def http_server(_server: LocalServer) -> Iterator[LocalServer]:
    """The session's local HTTP server, with a fresh, empty route table for this test."""
    _server.routes.clear()
    yield _server
    _server.routes.clear()


def stream_of(
    total: int,
    chunk: bytes = b"<p>" + b"x" * 65533 + b"\n",
    head: bytes = b"<!doctype html><html><body>",
) -> BodyFactory:
    """A body factory producing `head` then `total` bytes lazily, in `chunk`-sized pieces."""

    def chunks() -> Iterator[bytes]:
        yield head
        remaining = total
        while remaining > 0:
            yield chunk[:remaining]
            remaining -= len(chunk)

    return chunks


@pytest.fixture
def seed_html() -> bytes:
    """The seed article as a news site serves it."""
    return (FIXTURES / "seed" / "tekactiv-anthropic-xai.html").read_bytes()
