"""One ingestion run: discover -> fetch new or changed articles -> parse -> extract -> store.

Fetching is concurrent (asyncio + httpx, `concurrency` workers, per-host limits in
`politeness`). Parsing runs in worker threads; the NLP model is CPU-bound and runs in
ONE dedicated thread, in batches of whatever articles are ready (up to `nlp_batch_size`),
while the fetch workers go on. All store writes happen on the event loop thread, one
transaction per article, so the run can be killed at any point. An article URL is claimed
in the store before it is fetched, so ingesters sharing a PostgreSQL store split the work.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import httpx

from pipeline.budget import AnalysisCancelled
from pipeline.errors import DealpipeError, FetchError
from pipeline.fetch import HTML_CONTENT_TYPES, FetchedPage, make_async_client
from pipeline.ingest.config import IngestConfig, IngestSettings, SourceConfig
from pipeline.ingest.discovery import (
    DiscoveryError,
    filter_candidates,
    gunzip_if_needed,
    parse_feed,
    parse_sitemap,
    url_list_candidates,
)
from pipeline.ingest.jsonl import flush_jsonl
from pipeline.ingest.politeness import (
    RETRYABLE_KINDS,
    HostLimiter,
    PoliteFetcher,
    RetryPolicy,
    RobotsDisallowed,
    error_kind,
)
from pipeline.ingest.processor import PipelineProcessor, Processor, canonical_url, content_hash
from pipeline.ingest.progress import LogReporter, Reporter
from pipeline.ingest.store import Store, UrlKind, UrlState
from pipeline.ingest.urls import normalize_url
from pipeline.models import Article, Deal
from pipeline.netpolicy import NetworkPolicy

FEED_CONTENT_TYPES: frozenset[str] = HTML_CONTENT_TYPES | {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
    "text/json",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
}
MAX_SITEMAP_DEPTH = 3
LARGE_PAGE_BYTES = 1024 * 1024  # pages this large are parsed one at a time (memory)


@dataclass
class RunSummary:
    """What one run did; `clean` is False when any error was recorded."""

    sources_polled: int = 0
    sources_failed: int = 0
    sources_not_modified: int = 0
    discovered: int = 0
    due: int = 0
    fetched: int = 0
    not_modified: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    unchanged_articles: int = 0
    deals_new: int = 0
    deals_linked: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    timings: dict[str, float] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def clean(self) -> bool:
        """True when no error was recorded and the run was not interrupted."""
        return not self.errors and not self.interrupted

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary: the flags, every count, then the tallies (timings in
        seconds, rounded)."""
        counts = {
            each.name: getattr(self, each.name)
            for each in fields(self)
            if type(getattr(self, each.name)) is int  # not the `interrupted` bool
        }
        return {
            "clean": self.clean,
            "interrupted": self.interrupted,
            **counts,
            "skipped": dict(sorted(self.skipped.items())),
            "errors": dict(sorted(self.errors.items())),
            "timings": {key: round(value, 3) for key, value in sorted(self.timings.items())},
        }


@dataclass(frozen=True)
class _Parsed:
    url: str
    source: str | None
    article: Article
    digest: str
    page: FetchedPage
    aliases: tuple[str, ...]


class _Run:
    def __init__(
        self,
        config: IngestConfig,
        store: Store,
        fetcher: PoliteFetcher,
        processor: Processor,
        reporter: Reporter,
        stop: asyncio.Event,
        jsonl_out: Path | None,
    ) -> None:
        self.config = config
        self.settings = config.ingest
        self.store = store
        self.fetcher = fetcher
        self.processor = processor
        self.reporter = reporter
        self.stop = stop
        self.jsonl_out = jsonl_out
        self.summary = RunSummary()
        self.sources = {source.name: source for source in config.source}
        self.listings_seen: set[tuple[str, str]] = set()  # (source, feed or sitemap URL)
        self.large_parse = asyncio.Semaphore(1)  # a parse tree is many times its page
        self.nlp_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dealpipe-nlp")

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.summary.timings[stage] = self.summary.timings.get(stage, 0.0) + elapsed

    def source_settings(self, name: str | None) -> IngestSettings:
        source = self.sources.get(name or "")
        return source.effective(self.settings) if source else self.settings

    # -- discovery -----------------------------------------------------------------------

    async def discover(self) -> None:
        with self.timed("discovery"):
            await asyncio.gather(*(self.poll(source) for source in self.config.source))

    async def poll(self, source: SourceConfig) -> None:
        if self.stop.is_set():
            return
        settings = source.effective(self.settings)
        try:
            if source.urls is not None:
                found = filter_candidates(
                    url_list_candidates(source.urls),
                    include=source.include,
                    exclude=source.exclude,
                    max_age=settings.max_age,
                )
                self.summary.discovered += self.store.add_candidates(source.name, found)
                status = "ok"
            else:
                kind: UrlKind = "feed" if source.feed else "sitemap"
                status = await self.poll_listing(source, settings, source.location, kind, 0)
        except (FetchError, DiscoveryError) as error:
            self.record_source_error(source, error)
            return
        self.summary.sources_polled += 1
        if status == "not_modified":
            self.summary.sources_not_modified += 1
        self.store.record_source(source.name, source.kind, source.location, status=status)
        self.reporter.event("source", source=source.name, status=status)

    async def poll_listing(
        self, source: SourceConfig, settings: IngestSettings, url: str, kind: UrlKind, depth: int
    ) -> str:
        """Fetch a feed or sitemap conditionally and record what it lists (each listing
        once per source and run, however often an index names it)."""
        url = normalize_url(url)
        if (source.name, url) in self.listings_seen:
            return "ok"
        self.listings_seen.add((source.name, url))
        state = self.store.get_url(url)
        fetch_settings = replace(
            settings.fetch_settings(), content_types=FEED_CONTENT_TYPES, sniff_binary=False
        )
        page = await self.fetcher.fetch(
            url,
            fetch_settings,
            _retry_policy(settings),
            headers=_conditional_headers(state),
            obey_robots=settings.obey_robots,
        )
        if page.status_code == 304:
            self.store.mark_not_modified(url, kind, source.name)
            if kind == "sitemap" and depth == 0:
                known = self.store.child_sitemaps(source.name)
                await self.poll_children(source, settings, [c for c in known if c != url], depth)
            return "not_modified"
        body = gunzip_if_needed(page.content, max_bytes=settings.max_bytes)
        children = []
        if kind == "feed":
            candidates = parse_feed(body, page.final_url)
        else:
            content = parse_sitemap(body, page.final_url)
            candidates, children = content.candidates, content.children
        found = filter_candidates(
            candidates, include=source.include, exclude=source.exclude, max_age=settings.max_age
        )
        self.summary.discovered += self.store.save_listing(
            url,
            kind,
            source.name,
            etag=page.headers.get("etag"),
            last_modified=page.headers.get("last-modified"),
            candidates=found,
            children=[normalize_url(child) for child in children],
        )
        await self.poll_children(source, settings, children, depth)
        return "ok"

    async def poll_children(
        self, source: SourceConfig, settings: IngestSettings, children: Sequence[str], depth: int
    ) -> None:
        if depth + 1 >= MAX_SITEMAP_DEPTH:
            return
        for child in children:
            if self.stop.is_set():
                return
            try:
                await self.poll_listing(source, settings, child, "sitemap", depth + 1)
            except (FetchError, DiscoveryError) as error:
                self.record_listing_error(source, normalize_url(child), error)

    def record_source_error(self, source: SourceConfig, error: Exception) -> None:
        kind = "discovery" if isinstance(error, DiscoveryError) else error_kind(error)
        self.summary.sources_failed += 1
        self.summary.errors[kind] += 1
        if source.feed or source.sitemap:
            self.store.record_error(
                normalize_url(source.location),
                "feed" if source.feed else "sitemap",
                source.name,
                error_kind=kind,
                message=str(error),
                retryable=kind in RETRYABLE_KINDS,
                http_status=getattr(error, "status_code", None),
            )
        self.store.record_source(
            source.name, source.kind, source.location, status=kind, error=str(error)
        )
        self.reporter.event("source_error", source=source.name, kind=kind, error=str(error))

    def record_listing_error(self, source: SourceConfig, url: str, error: Exception) -> None:
        kind = "discovery" if isinstance(error, DiscoveryError) else error_kind(error)
        self.summary.errors[kind] += 1
        self.store.record_error(
            url,
            "sitemap",
            source.name,
            error_kind=kind,
            message=str(error),
            retryable=kind in RETRYABLE_KINDS,
        )
        self.reporter.event("source_error", source=source.name, url=url, kind=kind)

    # -- articles ------------------------------------------------------------------------

    async def visit_all(self) -> None:
        due = self.store.due_articles(self.sources, self.settings.max_attempts)
        self.summary.due = len(due)
        self.reporter.total(len(due))
        queue: asyncio.Queue[UrlState] = asyncio.Queue()
        for state in due:
            queue.put_nowait(state)
        # Bounded: fetching runs at most a few NLP batches ahead of extraction.
        ready: asyncio.Queue[_Parsed | None] = asyncio.Queue(self.settings.nlp_batch_size * 4)
        consumer = asyncio.create_task(self.extract_and_store(ready))
        fetching = asyncio.gather(
            *(
                self.worker(queue, ready)
                for _ in range(min(self.settings.concurrency, max(1, len(due))))
            )
        )
        try:
            both: set[asyncio.Future[Any]] = {fetching, consumer}
            await asyncio.wait(both, return_when=asyncio.FIRST_COMPLETED)
            if consumer.done():  # it only ends early by failing: stop fetching, re-raise
                fetching.cancel()
                consumer.result()
            await fetching
        finally:
            if not consumer.done():
                await ready.put(None)
                await consumer

    async def worker(
        self, queue: asyncio.Queue[UrlState], ready: asyncio.Queue[_Parsed | None]
    ) -> None:
        while not self.stop.is_set():
            try:
                state = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            parsed = await self.visit(state)
            if parsed is None:
                self.reporter.advance()
            else:
                await ready.put(parsed)

    async def visit(self, queued: UrlState) -> _Parsed | None:
        """Fetch and parse one article URL; None when nothing is left to extract."""
        state = self.store.claim(queued)
        if state is None:
            return None  # reached under another URL meanwhile, or by another ingester
        settings = self.source_settings(state.source)
        try:
            with self.timed("fetch"):
                page = await self.fetcher.fetch(
                    state.url,
                    settings.fetch_settings(),
                    _retry_policy(settings),
                    headers=_conditional_headers(state) if state.article_id else None,
                    obey_robots=settings.obey_robots,
                )
        except RobotsDisallowed as error:
            self.summary.skipped["robots"] += 1
            self.record_error(state, error, status="blocked")
            return None
        except FetchError as error:
            self.summary.errors[error_kind(error)] += 1
            self.record_error(state, error)
            return None
        self.summary.fetched += 1
        if page.status_code == 304:
            self.summary.not_modified += 1
            self.store.mark_not_modified(state.url, "article", state.source or "")
            return None
        try:
            large = len(page.content) > LARGE_PAGE_BYTES
            slot: AbstractAsyncContextManager[object] = self.large_parse if large else nullcontext()
            with self.timed("parse"):
                async with slot:
                    article = await asyncio.to_thread(
                        self.processor.parse, page, published=state.published
                    )
        except Exception as error:  # a parser bug must not stop the run
            self.record_step_error(state.url, state.source, "parse", error)
            return None
        canonical = canonical_url(article, page.final_url)
        final = normalize_url(page.final_url)
        if article.canonical_url and canonical == final != normalize_url(article.canonical_url):
            self.reporter.event("canonical_ignored", url=final, declared=article.canonical_url)
        language = self.sources[state.source].language if state.source in self.sources else None
        if language and article.language and article.language != language:
            self.summary.skipped["language"] += 1
            self.store.record_error(
                state.url,
                "article",
                state.source,
                error_kind="language",
                message=f"article language {article.language}, source expects {language}",
                retryable=False,
                status="skipped",
            )
            return None
        article = article.model_copy(
            update={
                "url": final,
                "canonical_url": canonical,
                "language": article.language or language,
            }
        )
        digest = content_hash(article)
        aliases = tuple(sorted({final, canonical} - {state.url}))
        if self.store.article_hash(canonical) == digest:
            self.summary.unchanged_articles += 1
            with self.timed("store"):
                self.store.mark_unchanged(
                    state.url,
                    state.source,
                    canonical,
                    etag=page.headers.get("etag"),
                    last_modified=page.headers.get("last-modified"),
                    aliases=aliases,
                )
            self.reporter.event("unchanged", url=state.url)
            return None
        return _Parsed(state.url, state.source, article, digest, page, aliases)

    def record_error(self, state: UrlState, error: FetchError, *, status: str = "error") -> None:
        kind = error_kind(error)
        self.store.record_error(
            state.url,
            "article",
            state.source,
            error_kind=kind,
            message=str(error),
            retryable=kind in RETRYABLE_KINDS,
            http_status=getattr(error, "status_code", None),
            status=status,
        )
        self.reporter.event(
            "blocked" if status == "blocked" else "error", url=state.url, kind=kind, error=error
        )

    def record_step_error(self, url: str, source: str | None, step: str, error: Exception) -> None:
        """A parse or NLP failure: expected ones are final, bugs are retried next run."""
        expected = isinstance(error, DealpipeError)
        kind = step if expected else f"{step}_internal"
        self.summary.errors[kind] += 1
        message = str(error) or error.__class__.__name__
        self.store.record_error(
            url, "article", source, error_kind=kind, message=message, retryable=not expected
        )
        self.reporter.event("error", url=url, kind=kind, error=message)

    async def extract_and_store(self, ready: asyncio.Queue[_Parsed | None]) -> None:
        """Consume parsed articles in batches: NLP in its thread, then one write each."""
        loop = asyncio.get_running_loop()
        finished = False
        while not finished:
            first = await ready.get()
            if first is None:
                break
            batch = [first]
            while len(batch) < self.settings.nlp_batch_size:
                try:
                    item = ready.get_nowait()
                except asyncio.QueueEmpty:
                    break
                if item is None:
                    finished = True
                    break
                batch.append(item)
            with self.timed("nlp"):
                results = await self.extract_batch(loop, batch)
            for item, deals in zip(batch, results, strict=True):
                if isinstance(deals, AnalysisCancelled):
                    continue  # the run is stopping: the URL stays due for the next run
                if isinstance(deals, Exception):  # over its budget, or an NLP bug
                    self.record_step_error(item.url, item.source, "nlp", deals)
                else:
                    self.save(item, deals)
                self.reporter.advance()
            self.flush_output()

    async def extract_batch(
        self, loop: asyncio.AbstractEventLoop, batch: list[_Parsed]
    ) -> Sequence[list[Deal] | Exception]:
        """Deals (or the error) of each article; when the whole batch fails, each article
        is tried alone so one bad article costs only itself an attempt."""
        articles = [item.article for item in batch]
        try:
            return await loop.run_in_executor(self.nlp_thread, self.processor.extract, articles)
        except Exception as error:  # an NLP bug must not stop the run
            if len(batch) == 1:
                return [error]
        alone: list[list[Deal] | Exception] = []
        for item in batch:
            alone.extend(await self.extract_batch(loop, [item]))
        return alone

    def save(self, item: _Parsed, deals: list[Deal]) -> None:
        with self.timed("store"):
            outcome = self.store.save_article(
                item.url,
                item.source,
                item.article,
                item.digest,
                deals,
                etag=item.page.headers.get("etag"),
                last_modified=item.page.headers.get("last-modified"),
                aliases=item.aliases,
            )
        if outcome.change == "new":
            self.summary.new_articles += 1
        elif outcome.change == "updated":
            self.summary.updated_articles += 1
        else:
            self.summary.unchanged_articles += 1
        self.summary.deals_new += len(outcome.new_deals)
        self.summary.deals_linked += len(outcome.linked_deals)
        self.reporter.event(
            "stored",
            url=item.url,
            change=outcome.change,
            deals=len(deals),
            new_deals=len(outcome.new_deals),
            linked=len(outcome.linked_deals),
        )

    def flush_output(self) -> None:
        if self.jsonl_out is not None:
            with self.timed("store"):
                flush_jsonl(self.store, self.jsonl_out)


async def run_once(
    config: IngestConfig,
    store: Store,
    *,
    processor: Processor | None = None,
    reporter: Reporter | None = None,
    stop: asyncio.Event | None = None,
    jsonl_out: Path | None = None,
    client: httpx.AsyncClient | None = None,
) -> RunSummary:
    """Run discovery, fetching, extraction and storage once; returns the summary.

    `stop` (set by a signal handler) ends the run early: URLs not yet visited stay
    pending for the next run. `client` defaults to `make_async_client` on the settings."""
    settings = config.ingest
    report = reporter or LogReporter()
    policy = NetworkPolicy.trusting(
        (url for source in config.source for url in source.addresses),
        allow_private=settings.allow_private_networks,
    )
    http = client or make_async_client(
        settings.fetch_settings(),
        policy=policy,
        limits=httpx.Limits(max_connections=settings.concurrency * 2),
    )
    cancel = threading.Event()  # tells the NLP thread the run is stopping

    def on_retry(url: str, attempt: int, wait: float, error: FetchError) -> None:
        report.event("retry", url=url, attempt=attempt, wait=round(wait, 3), kind=error_kind(error))

    fetcher = PoliteFetcher(
        http,
        HostLimiter(settings.per_host_concurrency, settings.per_host_delay),
        user_agent=settings.user_agent,
        on_retry=on_retry,
    )
    own_processor = None  # made here, so closed here
    if processor is None:
        limits = replace(settings.nlp_limits(), cancel=cancel)
        processor = own_processor = PipelineProcessor(
            limits, settings.processes, settings.summary_language
        )
    run = _Run(
        config,
        store,
        fetcher,
        processor,
        report,
        stop or asyncio.Event(),
        jsonl_out,
    )
    relay = asyncio.create_task(_relay(run.stop, cancel))
    run_id = store.start_run()
    started = time.perf_counter()
    report.event("run_start", run=run_id, sources=len(config.source))
    try:
        run.flush_output()  # deals a killed run stored but did not write out
        await run.discover()
        await run.visit_all()
    finally:
        cancel.set()  # the NLP thread drops what is left of its batch
        relay.cancel()
        run.nlp_thread.shutdown(wait=True)
        if own_processor is not None:
            own_processor.close()
        if client is None:
            await http.aclose()
        run.summary.interrupted = run.stop.is_set()
        run.summary.timings["total"] = time.perf_counter() - started
        store.finish_run(run_id, run.summary.as_dict())
        report.event("run_end", run=run_id, **_flat(run.summary.as_dict()))
        report.close()
    return run.summary


async def _relay(stop: asyncio.Event, cancel: threading.Event) -> None:
    """Pass a stop request (SIGTERM, Ctrl-C) on to the NLP thread."""
    await stop.wait()
    cancel.set()


def _flat(summary: dict[str, Any]) -> dict[str, object]:
    """Nested counters as `errors.timeout=2` style keys, for one log line."""
    flat: dict[str, object] = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{inner}": count for inner, count in value.items()})
        else:
            flat[key] = value
    return flat


def _retry_policy(settings: IngestSettings) -> RetryPolicy:
    return RetryPolicy(
        retries=settings.retries,
        backoff_base=settings.backoff_base,
        backoff_max=settings.backoff_max,
        max_retry_after=settings.max_retry_after,
    )


def _conditional_headers(state: UrlState | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state is None:
        return headers
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers
