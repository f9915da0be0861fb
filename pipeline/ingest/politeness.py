"""Politeness and robustness: robots.txt, per-host concurrency and delay, retries.

`PoliteFetcher.fetch` wraps `pipeline.fetch.fetch_async`: it checks robots.txt (fetched
once per host and run through the same client and limits), waits for a per-host slot
(at most N requests in flight and a minimum delay between request starts), and retries
timeouts, connection errors, 429 and 5xx with exponential backoff and full jitter,
honouring `Retry-After`. Other 4xx and every other error are final.
"""

from __future__ import annotations

import asyncio
import random
import urllib.robotparser
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace

import httpx

from pipeline.errors import (
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    ResponseTooLarge,
    TooManyRedirects,
    UnsupportedContentType,
)
from pipeline.fetch import FetchedPage, FetchSettings, fetch_async
from pipeline.ingest.urls import host_key

RETRYABLE_KINDS: frozenset[str] = frozenset({"timeout", "network", "http_429", "http_5xx"})
ROBOTS_CONTENT_TYPES: frozenset[str] = frozenset(
    {"text/plain", "text/html", "application/octet-stream"}
)

RetryHook = Callable[[str, int, float, FetchError], None]


class RobotsDisallowed(FetchError):
    """robots.txt forbids this URL to our user agent."""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry a transient failure."""

    retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    max_retry_after: float = 120.0

    def delay(self, attempt: int, error: FetchError, rng: random.Random) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based), or None to give up."""
        if attempt > self.retries or error_kind(error) not in RETRYABLE_KINDS:
            return None
        retry_after = error.retry_after if isinstance(error, HTTPStatusError) else None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return rng.uniform(ceiling / 2, ceiling)


def error_kind(error: Exception) -> str:
    """A short stable label for an error, used in the store and the run summary."""
    if isinstance(error, RobotsDisallowed):
        return "robots"
    if isinstance(error, BlockedAddress):
        return "blocked_address"
    if isinstance(error, FetchTimeout):
        return "timeout"
    if isinstance(error, TooManyRedirects):
        return "redirects"
    if isinstance(error, ResponseTooLarge):
        return "too_large"
    if isinstance(error, UnsupportedContentType):
        return "content_type"
    if isinstance(error, HTTPStatusError):
        if error.status_code == 429:
            return "http_429"
        return "http_5xx" if error.status_code >= 500 else "http_4xx"
    if isinstance(error, NetworkError):
        return "network"
    return "fetch" if isinstance(error, FetchError) else "internal"


@dataclass
class _Host:
    semaphore: asyncio.Semaphore
    delay: float
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0


class HostLimiter:
    """At most `concurrency` requests in flight per host, starts at least `delay` apart
    (and `delay` after the previous request to the host ended)."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._concurrency = concurrency
        self._delay = delay
        self._hosts: dict[str, _Host] = {}

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        if key not in self._hosts:
            self._hosts[key] = _Host(asyncio.Semaphore(self._concurrency), self._delay)
        return self._hosts[key]

    def pause(self, url: str, seconds: float) -> None:
        """Start nothing on the URL's host for `seconds` (it asked us to, e.g. a 429)."""
        host = self._host(url)
        host.next_start = max(host.next_start, asyncio.get_running_loop().time() + seconds)

    def slow_down(self, url: str, delay: float) -> None:
        """Raise the minimum delay of the URL's host (robots.txt `Crawl-delay`)."""
        host = self._host(url)
        host.delay = max(host.delay, delay)

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's request slots, started no sooner than its delay allows.

        The next start is at least `delay` after this start AND after this request ends:
        the server has seen a request by the time its answer is read, so with one slot
        per host the server never sees two requests closer than `delay`."""
        host = self._host(url)
        loop = asyncio.get_running_loop()
        async with host.semaphore:
            async with host.lock:
                wait = host.next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.next_start = loop.time() + host.delay
            try:
                yield
            finally:
                host.next_start = max(host.next_start, loop.time() + host.delay)


class PoliteFetcher:
    """Fetch through robots.txt, the host limiter and the retry policy."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        limiter: HostLimiter,
        *,
        user_agent: str,
        on_retry: RetryHook | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = client
        self._limiter = limiter
        self._user_agent = user_agent
        self._on_retry = on_retry
        self._rng = rng or random.Random()
        self._sleep = sleep
        self._robots: dict[str, urllib.robotparser.RobotFileParser | FetchError] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    async def fetch(
        self,
        url: str,
        settings: FetchSettings,
        retry: RetryPolicy,
        *,
        headers: Mapping[str, str] | None = None,
        obey_robots: bool = True,
    ) -> FetchedPage:
        """Fetch `url` politely; raises a `FetchError` (incl. `RobotsDisallowed`)."""
        if obey_robots:
            await self.check_robots(url, settings, retry)
        attempt = 0
        while True:
            try:
                async with self._limiter.slot(url):
                    return await self._fetch_once(url, settings, headers)
            except FetchError as error:
                attempt += 1
                wait = retry.delay(attempt, error, self._rng)
                if wait is None:
                    raise
                if isinstance(error, HTTPStatusError) and error.retry_after is not None:
                    self._limiter.pause(url, wait)  # the whole host asked to wait
                if self._on_retry is not None:
                    self._on_retry(url, attempt, wait, error)
                await self._sleep(wait)

    async def _fetch_once(
        self, url: str, settings: FetchSettings, headers: Mapping[str, str] | None
    ) -> FetchedPage:
        try:
            async with asyncio.timeout(settings.timeout + settings.connect_timeout):
                return await fetch_async(url, self._client, settings=settings, headers=headers)
        except TimeoutError as exc:
            message = f"timed out after {settings.timeout:g}s fetching {url}"
            raise FetchTimeout(message, url) from exc

    async def check_robots(self, url: str, settings: FetchSettings, retry: RetryPolicy) -> None:
        """Raise `RobotsDisallowed` if robots.txt forbids `url`, or the error that made
        robots.txt unreadable (a host that is down is not crawled)."""
        key = host_key(url)
        lock = self._robots_locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self._robots:
                self._robots[key] = await self._load_robots(key, settings, retry)
        rules = self._robots[key]
        if isinstance(rules, FetchError):
            raise _robots_failure(rules, url)
        if not rules.can_fetch(self._user_agent, url):
            raise RobotsDisallowed(f"robots.txt disallows {url}", url)

    async def _load_robots(
        self, key: str, settings: FetchSettings, retry: RetryPolicy
    ) -> urllib.robotparser.RobotFileParser | FetchError:
        rules = urllib.robotparser.RobotFileParser()
        robots_settings = replace(settings, content_types=ROBOTS_CONTENT_TYPES)
        try:
            page = await self.fetch(f"{key}/robots.txt", robots_settings, retry, obey_robots=False)
        except HTTPStatusError as error:
            if 400 <= error.status_code < 500 and error.status_code != 429:
                rules.parse([])  # RFC 9309: robots.txt unavailable (4xx) -> allow all
                return rules
            return error
        except UnsupportedContentType:
            rules.parse([])
            return rules
        except FetchError as error:
            return error
        rules.parse(page.text.splitlines())
        delay = rules.crawl_delay(self._user_agent)
        if delay is not None:
            self._limiter.slow_down(key, float(delay))
        return rules


def _robots_failure(error: FetchError, url: str) -> FetchError:
    """The same kind of error as the robots.txt fetch, reported for `url`."""
    message = f"robots.txt unreadable, not crawling {url}: {error}"
    if isinstance(error, HTTPStatusError):
        return HTTPStatusError(message, url, status_code=error.status_code)
    return type(error)(message, url)
