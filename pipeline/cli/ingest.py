"""`dealpipe ingest`, `dealpipe export` and `dealpipe stats`."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import click

from pipeline.errors import DealpipeError
from pipeline.ingest.config import IngestConfig, load_config, parse_duration
from pipeline.ingest.export import ExportFormat, ExportWhat, to_csv, to_jsonl
from pipeline.ingest.progress import default_reporter
from pipeline.ingest.runner import RunSummary, run_once
from pipeline.ingest.store import Store, run_lock

DEFAULT_STORE = Path("output/pipeline.db")
EXIT_CLEAN, EXIT_ERRORS = 0, 1


def register(group: click.Group) -> None:
    """Add this module's commands to the `dealpipe` group."""
    group.add_command(ingest)
    group.add_command(export)
    group.add_command(stats)


def _file_option(
    *names: str,
    help: str,
    default: Path | None = None,
    show_default: str | bool = True,
    required: bool = False,
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """An option naming a file (as a `Path`)."""
    return click.option(
        *names,
        type=click.Path(path_type=Path, dir_okay=False),
        default=default,
        show_default=show_default,
        required=required,
        help=help,
    )


_store_option = _file_option(
    "--store", default=DEFAULT_STORE, help="SQLite store written by `dealpipe ingest`."
)


@click.command()
@_file_option(
    "--config",
    "config_path",
    help="TOML file with [ingest] settings and [[source]] tables.",
    show_default=False,
    required=True,
)
@_file_option(
    "--store",
    help="SQLite store to create or update.",
    show_default=f"[ingest].store or {DEFAULT_STORE}",
)
@click.option(
    "--every",
    metavar="DURATION",
    show_default="run once",
    help="Run again on this interval (300ms, 15m, 1h, 1d) until Ctrl-C or SIGTERM.",
)
@_file_option(
    "--jsonl-out",
    help="JSON Lines file new or changed deals are appended to.",
    show_default="[ingest].jsonl_out or deals.jsonl next to the store",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let links from feeds, sitemaps and redirects reach loopback and private "
    "addresses (as allow_private_networks = true).",
)
def ingest(
    config_path: Path,
    store: Path | None,
    every: str | None,
    jsonl_out: Path | None,
    allow_private: bool,
) -> None:
    """Poll feeds, sitemaps and URL lists; store new deals.

    Fetches only new or changed articles (robots.txt, per-host limits and retries as set
    in [ingest]), extracts their deals into the SQLite store, appends new or changed deals
    to a JSON Lines file and prints a JSON run summary.

    Exit status: 0 when the run (the last run with --every) recorded no error,
    1 when any error was recorded or the run was interrupted, 2 on bad usage or config.

    \b
    Examples:
      dealpipe ingest --config sources.toml
      dealpipe ingest --config sources.toml --store data/deals.db --every 15m
    """
    try:
        config = load_config(config_path)
        interval = parse_duration(every).total_seconds() if every else None
    except (DealpipeError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc
    if allow_private:
        settings = config.ingest.model_copy(update={"allow_private_networks": True})
        config = config.model_copy(update={"ingest": settings})
    store_path = store or config.ingest.store or DEFAULT_STORE
    out = jsonl_out or config.ingest.jsonl_out or store_path.parent / "deals.jsonl"
    try:
        summary = asyncio.run(_ingest(config, store_path, out, interval))
    except DealpipeError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.exit(EXIT_CLEAN if summary is not None and summary.clean else EXIT_ERRORS)


async def _ingest(
    config: IngestConfig, store_path: Path, jsonl_out: Path, interval: float | None
) -> RunSummary | None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    summary: RunSummary | None = None
    with run_lock(store_path), Store(store_path) as store:
        while True:
            summary = await run_once(
                config, store, reporter=default_reporter(), stop=stop, jsonl_out=jsonl_out
            )
            _print_summary(summary, sys.stdout)
            if interval is None or stop.is_set():
                return summary
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except TimeoutError:
                continue
            return summary


def _print_summary(summary: RunSummary, out: TextIO) -> None:
    indent = 2 if out.isatty() else None
    out.write(json.dumps(summary.as_dict(), indent=indent) + "\n")
    out.flush()


@click.command()
@_store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    required=True,
    help="JSON Lines (the output contract's deal shape) or CSV.",
)
@click.option(
    "--what",
    type=click.Choice(["deals", "articles"]),
    default="deals",
    show_default=True,
    help="Distinct deals with their source articles, or the stored articles.",
)
@_file_option(
    "-o", "--output", show_default="stdout", help="Write here (parent folders are created)."
)
def export(store: Path, fmt: ExportFormat, what: ExportWhat, output: Path | None) -> None:
    """Export distinct deals or articles from the store.

    \b
    Examples:
      dealpipe export --format jsonl -o deals.jsonl
      dealpipe export --store data/deals.db --format csv --what articles > articles.csv
    """
    with _open_store(store) as db:
        records = db.deals_to_export() if what == "deals" else db.articles()
    chunks = to_jsonl(records) if fmt == "jsonl" else to_csv(records, what)
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(chunks)


@click.command()
@_store_option
def stats(store: Path) -> None:
    """Print counts from the store as JSON.

    URLs by status, articles, deals, links and the last run.

    \b
    Examples:
      dealpipe stats
      dealpipe stats --store data/deals.db
    """
    with _open_store(store) as db:
        click.echo(json.dumps(db.stats(), indent=2))


def _open_store(path: Path) -> Store:
    if not path.exists():
        raise click.ClickException(f"no store at {path} (run `dealpipe ingest` first)")
    return Store(path)
