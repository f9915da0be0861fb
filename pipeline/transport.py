"""httpx transports that enforce a `NetworkPolicy` on the address actually connected to.

The host of every connection (redirects included) is resolved here, each address is
checked against the policy, and the connection is made to a vetted address, so a name
that resolves to 10.x or 127.x is caught and DNS cannot change its answer in between.
The blocking transport can also carry an overall deadline: every read and write gets at
most the time left, so headers trickling in cannot outlast it.
"""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterable
from typing import Any

import anyio
import httpcore
import httpx

from pipeline.errors import BlockedAddress
from pipeline.netpolicy import NetworkPolicy, parse_ip

SocketOptions = Iterable[Any] | None


def guarded_transport(
    policy: NetworkPolicy, *, deadline: float | None = None, **kwargs: Any
) -> httpx.HTTPTransport:
    """A blocking transport (kwargs as `httpx.HTTPTransport`) that enforces `policy`;
    reads and writes stop at `deadline` (a `time.monotonic()` value) when given."""
    transport = httpx.HTTPTransport(**kwargs)
    pool = transport._pool
    assert isinstance(pool, httpcore.ConnectionPool)
    pool._network_backend = GuardedBackend(policy, deadline)
    return transport


def guarded_async_transport(policy: NetworkPolicy, **kwargs: Any) -> httpx.AsyncHTTPTransport:
    """An async transport (kwargs as `httpx.AsyncHTTPTransport`) that enforces `policy`."""
    transport = httpx.AsyncHTTPTransport(**kwargs)
    pool = transport._pool
    assert isinstance(pool, httpcore.AsyncConnectionPool)
    pool._network_backend = AsyncGuardedBackend(policy)
    return transport


def _vet(policy: NetworkPolicy, host: str, port: int, infos: list[Any]) -> str:
    """The first resolved address the policy allows; raise the first refusal if none."""
    where = f"{host}:{port}"
    refusal: BlockedAddress | None = None
    for info in infos:
        address = parse_ip(str(info[4][0]))
        if address is None:
            continue
        try:
            policy.check_address(host, address, where)
        except BlockedAddress as error:
            refusal = refusal or error
            continue
        return str(address)
    if refusal is not None:
        raise refusal
    raise httpcore.ConnectError(f"no usable address for {where}")


class GuardedBackend(httpcore.NetworkBackend):
    """The blocking socket backend with DNS resolution and the policy check in front."""

    def __init__(self, policy: NetworkPolicy, deadline: float | None = None) -> None:
        self._policy = policy
        self._deadline = deadline
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: SocketOptions = None,
    ) -> httpcore.NetworkStream:
        self._policy.check_host(host, f"{host}:{port}")
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        address = _vet(self._policy, host, port, infos)
        timeout = _left(self._deadline, timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: SocketOptions = None
    ) -> httpcore.NetworkStream:
        raise BlockedAddress(f"refusing to connect to the unix socket {path}")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    """The anyio backend with DNS resolution and the policy check in front."""

    def __init__(self, policy: NetworkPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: SocketOptions = None,
    ) -> httpcore.AsyncNetworkStream:
        self._policy.check_host(host, f"{host}:{port}")
        try:
            infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        address = _vet(self._policy, host, port, list(infos))
        return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: SocketOptions = None
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress(f"refusing to connect to the unix socket {path}")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _left(
    deadline: float | None, timeout: float | None, error: type[httpcore.TimeoutException]
) -> float | None:
    """The timeout shortened to what is left before `deadline`; raise `error` past it."""
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the overall deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A stream whose reads and writes end at an overall deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float | None) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(self._deadline, timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(self._deadline, timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _left(self._deadline, timeout, httpcore.ConnectTimeout)
        tls = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


__all__ = ["AsyncGuardedBackend", "GuardedBackend", "guarded_async_transport", "guarded_transport"]
