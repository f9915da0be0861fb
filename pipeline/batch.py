"""Many inputs in, one `ExtractionResult` each out, in input order.

Inputs are read or fetched on a thread pool (`ordered_map`), parsed on the calling thread
(the date and HTML libraries are not all thread-safe) and go through one streaming NLP
run (`extract_many`: one model, `nlp.pipe`). A failing input becomes an error record and
the batch goes on; if the NLP step fails on one article, that article gets an error record
and the stream restarts after it.
"""

from __future__ import annotations

import functools
import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, TypeVar

from pipeline.budget import NlpLimits
from pipeline.errors import DealpipeError, InputError, ModelLoadError
from pipeline.extract import DocumentFormat, extract_article, extract_many, to_article
from pipeline.fetch import fetch
from pipeline.inputs import (
    DEFAULT_MAX_BYTES,
    Document,
    Fetcher,
    load_input,
    parse_record,
    record_document,
    record_id,
)
from pipeline.models import Article, ExtractionResult
from pipeline.parallel import ProcessPool

T = TypeVar("T")
R = TypeVar("R")
_LEADING_ID = re.compile(r'\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')
# A JSON line may escape its content (`\u00e9` is 6 characters for 2 bytes): a line over
# this many characters cannot hold a document under the cap and is not even parsed.
MAX_LINE_CHARS = 6 * DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class BatchOptions:
    """What every input of one run shares."""

    extract: bool = True  # False: articles only, no NLP
    format: DocumentFormat = "auto"  # overrides what a file name or content type suggests
    url: str | None = None  # the page's address, for a single file or stdin input
    published: str | None = None  # publication date when the page has none
    headline: bool | None = None  # plain text opens with a title line? None: detect
    debug: bool = False  # raise unexpected exceptions instead of recording them
    workers: int = 4  # inputs read or fetched at once
    processes: int = 1  # NLP worker processes (model loaded once in each)
    fetcher: Fetcher = field(default=fetch)
    stdin: IO[bytes] | None = None  # what the input `-` reads
    base_dir: Path | None = None  # `path` entries of a batch file are confined under it
    limits: NlpLimits = field(default_factory=NlpLimits)  # NLP work per article
    summary_language: str | None = None  # the deals' summaries in it (None: English)


@dataclass(frozen=True)
class Prepared:
    """One input after reading and parsing: an article, or the reason there is none."""

    id: str | None
    article: Article | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()

    def failed(self) -> ExtractionResult:
        """The output record of an input that has no article."""
        return self.finished(ExtractionResult(error=self.error))

    def finished(self, result: ExtractionResult) -> ExtractionResult:
        """`result` as this input's output record: its id and warnings."""
        return result.model_copy(
            update={"id": self.id, "warnings": [*self.warnings, *result.warnings]}
        )


@dataclass(frozen=True)
class Loaded:
    """One input read or fetched (on a worker thread), or why it could not be."""

    id: str
    document: Document | None = None
    error: str | None = None


def extract_one(spec: str, options: BatchOptions) -> ExtractionResult:
    """One INPUT (URL, file or `-`), errors raised rather than recorded."""
    document = load_input(spec, fetcher=options.fetcher, stdin=options.stdin)
    article = _article(_with_format(document, options.format), options)
    item = Prepared(spec, article, warnings=document.warnings)
    if not options.extract:
        return item.finished(ExtractionResult(article=article))
    result = extract_article(article, options.limits)
    if result.error is not None:
        raise InputError(result.error)
    return item.finished(_summaries(result, options.summary_language))


def run_batch(specs: Iterable[str], options: BatchOptions) -> Iterator[ExtractionResult]:
    """One result per INPUT (URL, file or `-`), in order; failures become error records."""
    return _run(functools.partial(load_spec, options=options), specs, options)


def run_jsonl(
    lines: Iterable[tuple[int, str]], options: BatchOptions
) -> Iterator[ExtractionResult]:
    """One result per numbered JSON Lines record (`{"id", "url"|"html"|"text"|"path", ...}`),
    in order; bad lines become error records. A `DealpipeError` raised while reading
    `lines` ends the stream after the results before it."""
    return _run(functools.partial(load_line, options=options), lines, options)


def _run(
    load: Callable[[T], Loaded], items: Iterable[T], options: BatchOptions
) -> Iterator[ExtractionResult]:
    return run_loaded(ordered_map(load, items, options.workers), options)


def run_loaded(loaded: Iterable[Loaded], options: BatchOptions) -> Iterator[ExtractionResult]:
    """Parse and extract inputs already read or fetched, one result each, in order."""
    prepared = (_parse_loaded(item, options) for item in loaded)
    if options.extract and options.processes > 1:
        results = in_processes(prepared, options.processes, options.limits)
    else:
        results = in_order(
            prepared, extract=options.extract, debug=options.debug, limits=options.limits
        )
    language = options.summary_language
    return results if language is None else (_summaries(r, language) for r in results)


def _summaries(result: ExtractionResult, language: str | None) -> ExtractionResult:
    """The result with its deals' summaries in `language` (None: as written, English)."""
    if language is None or not result.deals:
        return result
    from pipeline.nlp.summary import summaries_in  # the NLP step is loaded by now

    return summaries_in(result, language)


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """`map(function, items)` on `workers` threads (fetches overlap), results in order,
    with at most `2 * workers` items read ahead."""
    if workers <= 1:
        yield from map(function, items)
        return
    with ThreadPoolExecutor(workers, thread_name_prefix="dealpipe") as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def in_order(
    prepared: Iterable[Prepared],
    *,
    extract: bool,
    debug: bool = False,
    limits: NlpLimits | None = None,
) -> Iterator[ExtractionResult]:
    """Results in input order: errors pass through, articles go through one streaming
    NLP run (one model, `nlp.pipe`). If the NLP step fails on one article, that article
    gets an error record and the stream restarts after it."""
    if not extract:
        for item in prepared:
            yield (
                item.failed()
                if item.article is None
                else item.finished(ExtractionResult(article=item.article))
            )
        return
    queue: deque[Prepared] = deque()
    feed = _Feed(iter(prepared), queue)
    results = extract_many(feed, limits)
    while True:
        try:
            result: ExtractionResult | None = next(results)
        except StopIteration:
            result = None
        except ModelLoadError:
            raise
        except Exception:
            while queue and queue[0].article is None:
                yield queue.popleft().failed()
            if debug or not queue:
                raise
            yield _extract_alone(queue.popleft(), limits)
            waiting = [item.article for item in queue if item.article is not None]
            results = extract_many(_chain(waiting, feed), limits)
            continue
        while queue and queue[0].article is None:
            yield queue.popleft().failed()
        if result is None:
            feed.raise_fatal()
            return
        yield queue.popleft().finished(result)


def in_processes(
    prepared: Iterable[Prepared], processes: int, limits: NlpLimits | None = None
) -> Iterator[ExtractionResult]:
    """Like `in_order`, with the NLP step on `processes` worker processes."""
    queue: deque[Prepared] = deque()
    feed = _Feed(iter(prepared), queue)
    with ProcessPool(processes, limits=limits) as pool:
        for result in pool.extract(feed):
            while queue[0].article is None:
                yield queue.popleft().failed()
            yield queue.popleft().finished(result)
    while queue:
        yield queue.popleft().failed()
    feed.raise_fatal()


def one_line(message: str) -> str:
    """A message squeezed onto one line."""
    return " ".join(message.split()) or "unknown error"


def internal_error(exc: BaseException) -> str:
    """The one-line description of an unexpected exception."""
    return one_line(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)")


def _article(document: Document, options: BatchOptions) -> Article:
    """Parse a document with the run's overrides applied; refuse an article with no text."""
    article = to_article(
        document.content,
        url=options.url or document.url,
        published=document.published or options.published,
        encoding=document.encoding,
        format=document.format,
        headline=options.headline if document.headline is None else document.headline,
    )
    if document.title and not article.title:
        article = article.model_copy(update={"title": document.title})
    return article


def _with_format(document: Document, fmt: DocumentFormat) -> Document:
    """`format` overrides what the file name or content type suggested."""
    return document if fmt == "auto" else replace(document, format=fmt)


def load_spec(spec: str, *, options: BatchOptions) -> Loaded:
    """Read or fetch one INPUT (URL, file or `-`)."""
    outcome = _attempt(
        options, lambda: load_input(spec, fetcher=options.fetcher, stdin=options.stdin)
    )
    if isinstance(outcome, str):
        return Loaded(spec, error=outcome)
    return Loaded(spec, _with_format(outcome, options.format))


def load_line(numbered: tuple[int, str], *, options: BatchOptions) -> Loaded:
    """Read or fetch the input of one numbered JSONL line."""
    number, line = numbered

    def load() -> Loaded:
        if len(line) > MAX_LINE_CHARS:
            raise InputError(f"line {number} is longer than {MAX_LINE_CHARS} characters")
        record = parse_record(line, number)
        document = record_document(record, fetcher=options.fetcher, base_dir=options.base_dir)
        if record.html is None and record.text is None:
            document = _with_format(document, options.format)
        return Loaded(record.id, document)

    outcome = _attempt(options, load)
    if isinstance(outcome, str):
        return Loaded(_salvage_id(line, number), error=outcome)
    return outcome


def _parse_loaded(loaded: Loaded, options: BatchOptions) -> Prepared:
    """Parse on the calling thread."""
    document = loaded.document
    if document is None:
        return Prepared(loaded.id, error=loaded.error)
    outcome = _attempt(options, lambda: _article(document, options))
    if isinstance(outcome, str):
        return Prepared(loaded.id, error=outcome, warnings=document.warnings)
    return Prepared(loaded.id, outcome, warnings=document.warnings)


def _attempt(options: BatchOptions, step: Callable[[], T]) -> T | str:
    """Run one input's step; a failure becomes its one-line error message."""
    try:
        return step()
    except DealpipeError as exc:
        return one_line(str(exc))
    except Exception as exc:
        if options.debug:
            raise
        return internal_error(exc)


def _salvage_id(line: str, number: int) -> str:
    """The record's id even when the line is invalid JSON (else its line number)."""
    try:
        raw = json.loads(line) if len(line) <= MAX_LINE_CHARS else _leading_id(line)
    except (ValueError, RecursionError):
        raw = _leading_id(line)
    return record_id(raw, number) if isinstance(raw, dict) else str(number)


def _leading_id(line: str) -> dict[str, Any] | None:
    """`{"id": ...}` read from the start of a line that is not valid JSON as a whole."""
    match = _LEADING_ID.match(line)
    if match is None:
        return None
    try:
        return {"id": json.loads(match.group(1))}
    except ValueError:
        return None


def _extract_alone(item: Prepared, limits: NlpLimits | None) -> ExtractionResult:
    assert item.article is not None
    return item.finished(extract_alone(item.article, limits))


def extract_alone(article: Article, limits: NlpLimits | None = None) -> ExtractionResult:
    """The NLP step over one article on its own; a failure becomes its error record."""
    try:
        return extract_article(article, limits)
    except DealpipeError as exc:
        return ExtractionResult(error=one_line(str(exc)), article=article)
    except Exception as exc:
        return ExtractionResult(error=internal_error(exc), article=article)


def _chain(first: Sequence[Article], rest: Iterator[Article]) -> Iterator[Article]:
    yield from first
    yield from rest


class _Feed:
    """The articles of a stream of prepared inputs; every item (errors too) is queued so
    results can be matched back in order. A failure to read the input itself is kept
    and re-raised when the stream ends."""

    def __init__(self, items: Iterator[Prepared], queue: deque[Prepared]) -> None:
        self._items = items
        self._queue = queue
        self._fatal: DealpipeError | None = None

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> Article:
        while self._fatal is None:
            try:
                item = next(self._items)
            except DealpipeError as exc:
                self._fatal = exc
                break
            self._queue.append(item)
            if item.article is not None:
                return item.article
        raise StopIteration

    def raise_fatal(self) -> None:
        if self._fatal is not None:
            raise self._fatal
