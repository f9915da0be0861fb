"""`dealpipe ingest`, `dealpipe export` and `dealpipe stats`."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
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


@click.command()
@click.option(
    "--config",
    "config_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="TOML file with [ingest] settings and [[source]] tables.",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="SQLite store (default: [ingest].store or output/pipeline.db).",
)
@click.option(
    "--every",
    default=None,
    metavar="DURATION",
    help="Run again on this interval (15m, 1h, ...) until Ctrl-C or SIGTERM.",
)
@click.option(
    "--jsonl-out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where new or changed deals are appended (default: deals.jsonl by the store).",
)
def ingest(
    config_path: Path, store: Path | None, every: str | None, jsonl_out: Path | None
) -> None:
    """Poll the configured sources once (or --every DURATION) and store new deals.

    Exit status: 0 when the run (the last run with --every) recorded no error,
    1 when any error was recorded or the run was interrupted, 2 on bad usage or config."""
    try:
        config = load_config(config_path)
        interval = parse_duration(every).total_seconds() if every else None
    except (DealpipeError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc
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
@click.option(
    "--store",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_STORE,
    show_default=True,
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True)
@click.option(
    "--what", type=click.Choice(["deals", "articles"]), default="deals", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write here instead of standard output.",
)
def export(store: Path, fmt: ExportFormat, what: ExportWhat, output: Path | None) -> None:
    """Export distinct deals (with their source articles) or articles from the store."""
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
@click.option(
    "--store",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_STORE,
    show_default=True,
)
def stats(store: Path) -> None:
    """Counts from the store: URLs by status, articles, deals, links, the last run."""
    with _open_store(store) as db:
        click.echo(json.dumps(db.stats(), indent=2))


def _open_store(path: Path) -> Store:
    if not path.exists():
        raise click.ClickException(f"no store at {path} (run `dealpipe ingest` first)")
    return Store(path)
