"""`dealpipe extract`, `dealpipe parse` and `dealpipe schema`: options, output, progress.

Output: one JSON object for a single INPUT; JSON Lines (one compact object per input, in
order) for several INPUTs or `--jsonl`. A single failing INPUT is a one-line error and
exit status 1; in a batch each failure becomes an `"error"` record and the batch goes on
(`pipeline.batch` does the work).
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import click
from pydantic import BaseModel
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from pipeline.batch import BatchOptions, extract_one, run_batch, run_jsonl
from pipeline.budget import DEFAULT_MAX_TEXT_CHARS, DEFAULT_TIME_BUDGET, NlpLimits
from pipeline.extract import DocumentFormat
from pipeline.fetch import fetch
from pipeline.inputs import STDIN, is_url, open_lines, published_hint
from pipeline.models import ExtractionResult, LinkedDeal
from pipeline.netpolicy import NetworkPolicy
from pipeline.report import render_html

DEBUG_KEY = "dealpipe.debug"  # in `click.Context.meta`, shared by the group and commands
PARSE_FIELDS = {"id", "error", "article", "warnings"}
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def debug_enabled(ctx: click.Context) -> bool:
    """Whether `--debug` was given (to the group or to the running command)."""
    return bool(ctx.meta.get(DEBUG_KEY))


def _published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """`--published` as an ISO 8601 date or date-time; a bad hint warns and is ignored."""
    published, warning = published_hint(value)
    if warning:
        click.echo(f"dealpipe: warning: --published: {warning}", err=True)
    return published


def _file_option(
    *names: str, help: str, dash: bool = True, show_default: str | bool = False
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """An option naming a file (`-` for the standard stream when `dash`)."""
    return click.option(
        *names,
        type=click.Path(dir_okay=False, allow_dash=dash),
        show_default=show_default,
        help=help,
    )


def _input_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `extract` and `parse` share."""
    decorators: list[Callable[[Callable[..., None]], Callable[..., None]]] = [
        click.argument("inputs", nargs=-1, metavar="INPUT..."),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["auto", "html", "text"]),
            default="auto",
            show_default=True,
            help="Read inputs as HTML or plain text (auto: by file name, type and content).",
        ),
        click.option(
            "--url",
            metavar="URL",
            help="The page's address when a single INPUT is a file or stdin.",
        ),
        click.option(
            "--published",
            metavar="DATE",
            callback=_published_option,
            help="Publication date when the page has none: ISO 8601, 2026-05-22, 2026-05 or "
            "2026 (relative dates resolve against it). A bad date warns and is ignored.",
        ),
        click.option(
            "--no-title",
            "no_title",
            is_flag=True,
            help="Plain text has no title line: all of it is body (default: a first line "
            'that reads like a headline is the title). In --jsonl, say "title": null.',
        ),
        click.option(
            "--pretty",
            is_flag=True,
            help="Indent a single JSON object (batches stay one object a line).",
        ),
        _file_option(
            "-o",
            "--output",
            show_default="stdout",
            help="Write the JSON here (- for stdout); parent folders are created.",
        ),
        _file_option(
            "--jsonl",
            help='Batch file (gzip ok, - for stdin): one {"id", "url"|"html"|"text"|"path"} '
            "object a line.",
        ),
        click.option(
            "--base-dir",
            type=click.Path(file_okay=False, exists=True, path_type=Path),
            help="Resolve the batch file's `path` entries under this folder and refuse any "
            "leading outside it (default: relative to the current directory, unconfined).",
        ),
        click.option(
            "--allow-private",
            is_flag=True,
            help="Let redirects reach loopback and private addresses (an INPUT URL's own "
            "host is always allowed; link-local and metadata addresses never are).",
        ),
        click.option(
            "--max-text-chars",
            type=click.IntRange(1),
            default=DEFAULT_MAX_TEXT_CHARS,
            show_default=True,
            help="Characters of an article analysed; the rest is kept with a warning.",
        ),
        click.option(
            "--time-budget",
            type=click.FloatRange(0, min_open=True),
            default=DEFAULT_TIME_BUDGET,
            show_default=True,
            help="Seconds of NLP per article; an article over it gets an error record.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(1, 32),
            default=4,
            show_default=True,
            help="Batch inputs read or fetched at once (parsing stays on one thread).",
        ),
        click.option(
            "--processes",
            type=click.IntRange(1, 64),
            default=1,
            show_default=True,
            help="NLP worker processes for a batch (each loads the model once, about "
            "180 MB); results keep input order. Use the number of cores for big batches.",
        ),
        click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors."),
        _file_option(
            "--html",
            "html_report",
            dash=False,
            help="Also write an HTML evidence page (each fact's sentence highlighted) here.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def register(group: click.Group) -> None:
    """Add this module's commands to the `dealpipe` group."""

    @group.command("extract")
    @_input_options
    @click.option(
        "--summary-language",
        metavar="LANG",
        help="Write the deals' summaries in LANG (en, fr); default English.",
    )
    def extract_command(**kwargs: Any) -> None:
        """Extract deal records from URLs, files or stdin.

        INPUT is an http(s) URL, a file (.html, .htm, .txt, optionally .gz) or - for
        stdin. One INPUT prints one JSON object; several, or --jsonl, print JSON Lines in
        input order.

        \b
        Examples:
          dealpipe extract https://example.com/news/deal --pretty
          dealpipe extract page.html --url https://example.com/news/deal -o deal.json
          dealpipe extract article.txt --published 2026-05-22
          dealpipe extract --jsonl batch.jsonl -o results.jsonl --html evidence.html
        """
        _run(extract=True, **kwargs)

    @group.command("parse")
    @_input_options
    def parse_command(**kwargs: Any) -> None:
        """Parse inputs into articles only (text and metadata, no NLP).

        Takes the same INPUTs and options as `extract`; each output object has "id",
        "error" and "article".

        \b
        Examples:
          dealpipe parse page.html --pretty
          dealpipe parse https://example.com/news/deal -o article.json
          cat page.html | dealpipe parse - --format html --url https://example.com/x
        """
        _run(extract=False, **kwargs)

    @group.command("schema")
    @click.option("--pretty", is_flag=True, help="Indent the JSON.")
    @click.option(
        "--linked",
        is_flag=True,
        help="The schema of one linked deal (`dealpipe export --format jsonl` lines).",
    )
    def schema_command(pretty: bool, linked: bool) -> None:
        """Print the JSON Schema (draft 2020-12) of one output object.

        \b
        Examples:
          dealpipe schema --pretty
          dealpipe schema > dealpipe.schema.json
          dealpipe schema --linked > linked-deal.schema.json
        """
        schema = output_schema(LinkedDeal if linked else ExtractionResult)
        click.echo(json.dumps(schema, indent=2 if pretty else None, ensure_ascii=False))


def _summary_language(value: str) -> str:
    """A supported language code, or a usage error (the NLP registry loads only here)."""
    from pipeline.nlp.languages import supported_language

    try:
        return supported_language(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--summary-language") from error


def output_schema(model: type[BaseModel] = ExtractionResult) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record model (by default `ExtractionResult`)."""
    return {"$schema": SCHEMA_DIALECT, **model.model_json_schema()}


def _run(
    *,
    extract: bool,
    inputs: tuple[str, ...],
    fmt: DocumentFormat,
    url: str | None,
    published: str | None,
    no_title: bool,
    pretty: bool,
    output: str | None,
    jsonl: str | None,
    html_report: str | None,
    debug: bool,
    workers: int,
    processes: int,
    base_dir: Path | None,
    allow_private: bool,
    max_text_chars: int,
    time_budget: float,
    summary_language: str | None = None,
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
    if base_dir is not None and jsonl is None:
        raise click.UsageError("--base-dir applies to --jsonl batches")
    if summary_language is not None:
        summary_language = _summary_language(summary_language)
    options = BatchOptions(
        extract=extract,
        format=fmt,
        url=url,
        published=published,
        headline=False if no_title else None,
        debug=debug,
        workers=workers,
        processes=processes,
        stdin=_stdin(),
        base_dir=base_dir,
        limits=NlpLimits(max_text_chars=max_text_chars, time_budget=time_budget),
        summary_language=summary_language,
    )
    if allow_private:
        options = replace(
            options, fetcher=functools.partial(fetch, policy=NetworkPolicy(allow_private=True))
        )
    if jsonl is None and len(inputs) == 1:
        result = extract_one(inputs[0], options)
        with _open_output(output) as sink:
            sink.write(_dump(result, extract, pretty).encode() + b"\n")
        if html_report:
            _write_report(html_report, [result])
        return
    if jsonl is not None:
        results = run_jsonl(open_lines(jsonl, options.stdin), options)
    else:
        results = run_batch(inputs, options)
    failures = _write_batch(results, extract, output, html_report)
    if jsonl is None and failures:
        raise click.exceptions.Exit(1)


def _write_batch(
    results: Iterable[ExtractionResult], extract: bool, output: str | None, html_report: str | None
) -> int:
    """Stream results as JSON Lines; summarise on stderr; return the number of failures."""
    started = time.monotonic()
    done = failed = deals = 0
    kept: list[ExtractionResult] = []
    with _progress() as progress, _open_output(output) as sink:
        task = progress.add_task("dealpipe", total=None) if progress else None
        for result in results:
            sink.write(_dump(result, extract, pretty=False).encode() + b"\n")
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
    noun = "deals" if extract else "articles"
    count = deals if extract else done - failed
    click.echo(
        f"dealpipe: {done} inputs, {done - failed} ok, {failed} failed, {count} {noun} "
        f"in {time.monotonic() - started:.1f}s",
        err=True,
    )
    return failed


def _dump(result: ExtractionResult, extract: bool, pretty: bool) -> str:
    include = None if extract else PARSE_FIELDS
    return result.model_dump_json(include=include, indent=2 if pretty else None)


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


def _stdin() -> IO[bytes] | None:
    """The standard input as bytes (None when the process has none)."""
    buffer: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    return buffer
