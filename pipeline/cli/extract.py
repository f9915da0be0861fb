"""`dealpipe extract`, `dealpipe parse` and `dealpipe schema`.

Output: one JSON object for a single INPUT; JSON Lines (one compact object per input, in
order) for several INPUTs or `--jsonl`. A single failing INPUT is a one-line error and
exit status 1; in a batch each failure becomes an `"error"` record and the batch goes on.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, TypeVar

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from pipeline.errors import DealpipeError, EmptyDocument, InputError, ModelLoadError
from pipeline.extract import DocumentFormat, extract_article, extract_many, to_article
from pipeline.fetch import FetchSettings, fetch
from pipeline.inputs import (
    STDIN,
    Document,
    Fetcher,
    is_url,
    load_input,
    open_lines,
    parse_record,
    record_document,
    record_id,
    validate_published,
)
from pipeline.models import Article, ExtractionResult
from pipeline.report import render_html

T = TypeVar("T")
R = TypeVar("R")
DEBUG_KEY = "dealpipe.debug"  # in `click.Context.meta`, shared by the group and commands
PARSE_FIELDS = {"id", "error", "article"}
_LEADING_ID = re.compile(r'\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


@dataclass(frozen=True)
class Options:
    """What every input of one run shares."""

    extract: bool
    format: DocumentFormat
    url: str | None
    published: str | None
    debug: bool
    fetcher: Fetcher


@dataclass(frozen=True)
class Prepared:
    """One input after reading and parsing: an article, or the reason there is none."""

    id: str | None
    article: Article | None = None
    error: str | None = None

    def failed(self) -> ExtractionResult:
        """The output record of an input that has no article."""
        return ExtractionResult(id=self.id, error=self.error)


def debug_enabled(ctx: click.Context) -> bool:
    """Whether `--debug` was given (to the group or to the running command)."""
    return bool(ctx.meta.get(DEBUG_KEY))


def _published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Validate `--published` as an ISO 8601 date or date-time."""
    if value is None:
        return None
    try:
        return validate_published(value)
    except InputError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None


def _input_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `extract` and `parse` share."""
    decorators = [
        click.argument("inputs", nargs=-1, metavar="INPUT..."),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["auto", "html", "text"]),
            default="auto",
            show_default=True,
            help="Treat inputs as HTML or plain text instead of detecting it.",
        ),
        click.option(
            "--url", metavar="URL", help="The page's address, when INPUT is a file or stdin."
        ),
        click.option(
            "--published",
            metavar="DATE",
            callback=_published_option,
            help="Publication date (ISO 8601) when the page has none.",
        ),
        click.option("--pretty", is_flag=True, help="Indent a single JSON object."),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True),
            help="Write here instead of stdout.",
        ),
        click.option(
            "--jsonl",
            "jsonl",
            type=click.Path(dir_okay=False, allow_dash=True),
            help='Batch: one {"id", "url"|"html"|"text"|"path", ...} object per line.',
        ),
        click.option(
            "--workers",
            type=click.IntRange(1, 32),
            default=4,
            show_default=True,
            help="Inputs read or fetched at once (parsing and NLP stay on one thread).",
        ),
        click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors."),
        click.option(
            "--html",
            "html_report",
            type=click.Path(dir_okay=False),
            help="Also write an HTML evidence page here.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def register(group: click.Group) -> None:
    """Add this module's commands to the `dealpipe` group."""

    @group.command("extract")
    @_input_options
    def extract_command(**kwargs: Any) -> None:
        """Extract deal records from URLs, files (.html, .txt, .gz) or `-` (stdin).

        \b
        dealpipe extract https://example.com/news/deal --pretty
        dealpipe extract page.html --url https://example.com/news/deal -o deal.json
        dealpipe extract --jsonl batch.jsonl -o results.jsonl
        """
        _run(extract=True, **kwargs)

    @group.command("parse")
    @_input_options
    def parse_command(**kwargs: Any) -> None:
        """Parse inputs into articles only (boilerplate-free text and metadata, no NLP)."""
        _run(extract=False, **kwargs)

    @group.command("schema")
    @click.option("--pretty", is_flag=True, help="Indent the JSON.")
    def schema_command(pretty: bool) -> None:
        """Print the JSON Schema of one output object."""
        click.echo(json.dumps(output_schema(), indent=2 if pretty else None, ensure_ascii=False))


def output_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an `ExtractionResult`, from the pydantic models."""
    schema = ExtractionResult.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _run(
    *,
    extract: bool,
    inputs: tuple[str, ...],
    fmt: DocumentFormat,
    url: str | None,
    published: str | None,
    pretty: bool,
    output: str | None,
    jsonl: str | None,
    html_report: str | None,
    debug: bool,
    workers: int,
) -> None:
    context = click.get_current_context()
    context.meta[DEBUG_KEY] = debug = debug or debug_enabled(context)
    if jsonl is not None and inputs:
        raise click.UsageError("give INPUTs or --jsonl, not both")
    if jsonl is None and not inputs:
        raise click.UsageError("give at least one INPUT (URL, file or -) or --jsonl FILE")
    if url is not None and (jsonl is not None or len(inputs) > 1):
        raise click.UsageError("--url applies to a single INPUT")
    if url is not None and not is_url(url):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--url")
    if inputs.count(STDIN) > 1 or (jsonl == STDIN and STDIN in inputs):
        raise click.UsageError("standard input can be read only once")
    fetcher = functools.partial(fetch, settings=FetchSettings())
    options = Options(extract, fmt, url, published, debug, fetcher)
    if jsonl is None and len(inputs) == 1:
        result = _one(inputs[0], options)
        _write(output, _dump(result, extract, pretty))
        if html_report:
            _write_report(html_report, [result])
        return
    if jsonl is not None:
        load: Callable[[Any], Loaded] = functools.partial(_load_line, options=options)
        loaded = ordered_map(load, open_lines(jsonl, _stdin()), workers)
    else:
        loaded = ordered_map(functools.partial(_load_spec, options=options), inputs, workers)
    prepared = (_parse_loaded(item, options) for item in loaded)
    failures = _batch(prepared, options, output, html_report)
    if jsonl is None and failures:
        raise click.exceptions.Exit(1)


def _one(spec: str, options: Options) -> ExtractionResult:
    """One INPUT, errors raised (the caller turns them into a one-line message)."""
    document = load_input(spec, fetcher=options.fetcher, stdin=_stdin())
    article = _article(_with_format(document, options.format), options)
    if not options.extract:
        return ExtractionResult(id=spec, article=article)
    return extract_article(article).model_copy(update={"id": spec})


def _article(document: Document, options: Options) -> Article:
    """Parse a document with the run's overrides applied; refuse an article with no text."""
    url = options.url or document.url
    article = to_article(
        document.content,
        url=url,
        published=document.published or options.published,
        encoding=document.encoding,
        format=document.format,
    )
    if document.title and not article.title:
        article = article.model_copy(update={"title": document.title})
    if not article.text.strip():
        raise EmptyDocument(f"no article text found in {document.source}")
    return article


def _with_format(document: Document, fmt: DocumentFormat) -> Document:
    """`--format` overrides what the file name or content type suggested."""
    return document if fmt == "auto" else replace(document, format=fmt)


@dataclass(frozen=True)
class Loaded:
    """One input read or fetched (on a worker thread), or why it could not be."""

    id: str
    document: Document | None = None
    error: str | None = None


def _load_spec(spec: str, *, options: Options) -> Loaded:
    outcome = _attempt(options, lambda: load_input(spec, fetcher=options.fetcher, stdin=_stdin()))
    if isinstance(outcome, str):
        return Loaded(spec, error=outcome)
    return Loaded(spec, _with_format(outcome, options.format))


def _load_line(numbered: tuple[int, str], *, options: Options) -> Loaded:
    number, line = numbered

    def load() -> Loaded:
        record = parse_record(line, number)
        document = record_document(record, fetcher=options.fetcher)
        if record.html is None and record.text is None:
            document = _with_format(document, options.format)
        return Loaded(record.id, document)

    outcome = _attempt(options, load)
    return Loaded(_salvage_id(line, number), error=outcome) if isinstance(outcome, str) else outcome


def _parse_loaded(loaded: Loaded, options: Options) -> Prepared:
    """Parse on the main thread (the date and HTML libraries are not all thread-safe)."""
    document = loaded.document
    if document is None:
        return Prepared(loaded.id, error=loaded.error)
    outcome = _attempt(options, lambda: _article(document, options))
    if isinstance(outcome, str):
        return Prepared(loaded.id, error=outcome)
    return Prepared(loaded.id, outcome)


def _attempt(options: Options, step: Callable[[], T]) -> T | str:
    """Run one input's step; a failure becomes its one-line error message."""
    try:
        return step()
    except DealpipeError as exc:
        return one_line(str(exc))
    except Exception as exc:
        if options.debug:
            raise
        return internal_error(exc)


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


def _salvage_id(line: str, number: int) -> str:
    """The record's id even when the line is invalid JSON (else its line number)."""
    try:
        raw = json.loads(line)
    except ValueError:
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


def _batch(
    prepared: Iterable[Prepared], options: Options, output: str | None, html_report: str | None
) -> int:
    """Stream results as JSON Lines in input order; summarise on stderr; return failures."""
    started = time.monotonic()
    done = failed = deals = 0
    kept: list[ExtractionResult] = []
    with _progress() as progress, _open_output(output) as sink:
        task = progress.add_task("dealpipe", total=None) if progress else None
        for result in in_order(prepared, extract=options.extract, debug=options.debug):
            sink.write(_dump(result, options.extract, pretty=False).encode() + b"\n")
            sink.flush()
            done += 1
            deals += len(result.deals)
            if result.error is not None:
                failed += 1
                _echo_err(f"dealpipe: id {result.id!r}: {result.error}", progress)
            if html_report:
                kept.append(result)
            if progress is not None and task is not None:
                progress.update(task, advance=1, description=f"{done} done, {failed} failed")
    if html_report:
        _write_report(html_report, kept)
    noun = "deals" if options.extract else "articles"
    count = deals if options.extract else done - failed
    click.echo(
        f"dealpipe: {done} inputs, {done - failed} ok, {failed} failed, {count} {noun} "
        f"in {time.monotonic() - started:.1f}s",
        err=True,
    )
    return failed


def in_order(
    prepared: Iterable[Prepared], *, extract: bool, debug: bool = False
) -> Iterator[ExtractionResult]:
    """Results in input order: errors pass through, articles go through one streaming
    NLP run (one model, `nlp.pipe`). If the NLP step fails on one article, that article
    gets an error record and the stream restarts after it."""
    if not extract:
        for item in prepared:
            yield (
                item.failed()
                if item.article is None
                else ExtractionResult(id=item.id, article=item.article)
            )
        return
    queue: deque[Prepared] = deque()
    feed = _Feed(iter(prepared), queue)
    results = extract_many(feed)
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
            yield _extract_alone(queue.popleft())
            waiting = [item.article for item in queue if item.article is not None]
            results = extract_many(_chain(waiting, feed))
            continue
        while queue and queue[0].article is None:
            yield queue.popleft().failed()
        if result is None:
            feed.raise_fatal()
            return
        yield result.model_copy(update={"id": queue.popleft().id})


def _extract_alone(item: Prepared) -> ExtractionResult:
    assert item.article is not None
    try:
        return extract_article(item.article).model_copy(update={"id": item.id})
    except DealpipeError as exc:
        return ExtractionResult(id=item.id, error=one_line(str(exc)), article=item.article)
    except Exception as exc:
        return ExtractionResult(id=item.id, error=internal_error(exc), article=item.article)


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


def one_line(message: str) -> str:
    """A message squeezed onto one line."""
    return " ".join(message.split()) or "unknown error"


def internal_error(exc: BaseException) -> str:
    """The one-line description of an unexpected exception."""
    return one_line(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)")


def _dump(result: ExtractionResult, extract: bool, pretty: bool) -> str:
    include = None if extract else PARSE_FIELDS
    return result.model_dump_json(include=include, indent=2 if pretty else None)


def _write(output: str | None, text: str) -> None:
    with _open_output(output) as sink:
        sink.write(text.encode() + b"\n")


def _open_output(output: str | None) -> AbstractContextManager[IO[bytes]]:
    if output is None or output == "-":
        return nullcontext(sys.stdout.buffer)
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("wb")


def _write_report(path: str, results: Sequence[ExtractionResult]) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(results), encoding="utf-8")


def _progress() -> AbstractContextManager[Progress | None]:
    if not sys.stderr.isatty():
        return nullcontext(None)
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _echo_err(message: str, progress: Progress | None) -> None:
    if progress is not None:
        progress.console.print(message, markup=False, highlight=False)
    else:
        click.echo(message, err=True)


def _stdin() -> IO[bytes]:
    return sys.stdin.buffer
