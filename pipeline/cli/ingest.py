"""`dealpipe ingest`, `export`, `stats`, `relink` and `copy-store`.

One place for the store: `--store`, else `[ingest] store` in the `--config` file (a
relative path is relative to that file), else `output/pipeline.db` next to the config
file, else (no config) `output/pipeline.db` in the current directory. A store is a SQLite
file or a `postgresql://` URL."""

from __future__ import annotations

import asyncio
import itertools
import json
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, get_args

import click

from pipeline.errors import DealpipeError, InputError
from pipeline.ingest.config import IngestConfig, load_config, parse_duration
from pipeline.ingest.copy import copy_store
from pipeline.ingest.database import StoreLocation, is_postgres, parse_location
from pipeline.ingest.export import BOM, ExportFormat, ExportWhat, to_csv, to_jsonl
from pipeline.ingest.progress import default_reporter
from pipeline.ingest.runner import RunSummary, run_once
from pipeline.ingest.store import Store, run_lock
from pipeline.inputs import validate_published
from pipeline.models import DealType

DEFAULT_STORE = Path("output/pipeline.db")
EXIT_CLEAN, EXIT_ERRORS = 0, 1


def register(group: click.Group) -> None:
    """Add this module's commands to the `dealpipe` group."""
    group.add_command(ingest)
    group.add_command(export)
    group.add_command(stats)
    group.add_command(relink)
    group.add_command(copy_store_command)


def resolve_store(
    store: StoreLocation | None, config: IngestConfig | None, config_path: Path | None
) -> StoreLocation:
    """The store to use (see the module docstring)."""
    if store is not None:
        return store
    if config is not None and config.ingest.store is not None:
        return config.ingest.store
    return (config_path.parent if config_path else Path()) / DEFAULT_STORE


def _load(config_path: Path | None) -> IngestConfig | None:
    if config_path is None:
        return None
    try:
        return load_config(config_path)
    except DealpipeError as exc:
        raise click.UsageError(str(exc)) from exc


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


def _store_flag(help: str, default: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """`--store`: a SQLite file (as a `Path`) or a `postgresql://` URL (as text)."""

    def convert(_ctx: click.Context, _param: click.Parameter, value: str | None) -> object:
        return None if value is None else parse_location(value)

    return click.option(
        "--store", metavar="FILE|URL", callback=convert, show_default=default, help=help
    )


_store_option = _store_flag(
    "Store written by `dealpipe ingest`: a SQLite file or a postgresql:// URL.",
    f"[ingest].store of --config, else {DEFAULT_STORE}",
)
_config_option = _file_option(
    "--config",
    "config_path",
    help="The sources file given to `dealpipe ingest`: its store is used.",
    show_default=False,
)


@click.command()
@_file_option(
    "--config",
    "config_path",
    help="TOML file with [ingest] settings and [[source]] tables.",
    show_default=False,
    required=True,
)
@_store_flag(
    "Store to create or update: a SQLite file or a postgresql://user@host/db URL "
    "(several ingesters may share a PostgreSQL store).",
    f"[ingest].store, else {DEFAULT_STORE} next to the config",
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
    show_default="[ingest].jsonl_out or deals.jsonl next to the SQLite store "
    "(output/deals.jsonl next to the config for PostgreSQL)",
)
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    show_default="[ingest].processes, else 1",
    help="NLP worker processes (each loads the model once, about 180 MB).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let links from feeds, sitemaps and redirects reach loopback and private "
    "addresses (as allow_private_networks = true).",
)
def ingest(
    config_path: Path,
    store: StoreLocation | None,
    every: str | None,
    jsonl_out: Path | None,
    processes: int | None,
    allow_private: bool,
) -> None:
    """Poll feeds, sitemaps and URL lists; store new deals.

    Fetches only new or changed articles (robots.txt, per-host limits and retries as set
    in [ingest]), extracts their deals into the store, appends new or changed deals
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
    overrides: dict[str, object] = {}
    if processes is not None:
        overrides["processes"] = processes
    if allow_private:
        overrides["allow_private_networks"] = True
    if overrides:
        settings = config.ingest.model_copy(update=overrides)
        config = config.model_copy(update={"ingest": settings})
    location = resolve_store(store, config, config_path)
    out = jsonl_out or config.ingest.jsonl_out or _default_jsonl(location, config_path)
    try:
        summary = asyncio.run(_ingest(config, location, out, interval))
    except DealpipeError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.exit(EXIT_CLEAN if summary is not None and summary.clean else EXIT_ERRORS)


def _default_jsonl(location: StoreLocation, config_path: Path) -> Path:
    """deals.jsonl next to a SQLite store, or in `output/` next to the config file."""
    if is_postgres(location):
        return config_path.parent / DEFAULT_STORE.parent / "deals.jsonl"
    return Path(location).parent / "deals.jsonl"


async def _ingest(
    config: IngestConfig, location: StoreLocation, jsonl_out: Path, interval: float | None
) -> RunSummary | None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    summary: RunSummary | None = None
    with run_lock(location), Store(location) as store:
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
@_config_option
@_store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "tsv"]),
    required=True,
    help="JSON Lines (the linked deal shape), CSV or TSV.",
)
@click.option(
    "--what",
    type=click.Choice(["deals", "articles", "parties", "amounts", "sites"]),
    metavar="TABLE",
    default="deals",
    show_default=True,
    help="deals, articles, or one row per item of a deal: parties, amounts, sites.",
)
@click.option("--since", metavar="DATE", help="Deals last reported on or after DATE.")
@click.option(
    "--type",
    "deal_types",
    multiple=True,
    type=click.Choice(list(get_args(DealType))),
    metavar="TYPE",
    help=f"Deals of this type (repeatable): {', '.join(get_args(DealType))}.",
)
@click.option("--party", metavar="NAME", help="Deals with a party (or parent) containing NAME.")
@click.option("--bom", is_flag=True, help="Start with a UTF-8 byte order mark (for Excel).")
@_file_option(
    "-o", "--output", show_default="stdout", help="Write here (parent folders are created)."
)
def export(
    config_path: Path | None,
    store: StoreLocation | None,
    fmt: ExportFormat,
    what: ExportWhat,
    since: str | None,
    deal_types: tuple[str, ...],
    party: str | None,
    bom: bool,
    output: Path | None,
) -> None:
    """Export distinct deals, their parties, amounts or sites, or articles.

    \b
    Examples:
      dealpipe export --config sources.toml --format jsonl -o deals.jsonl
      dealpipe export --format csv --bom --since 2026-01-01 --type lease -o leases.csv
      dealpipe export --format tsv --what amounts --party "Meta" > meta-amounts.tsv
    """
    if what == "articles" and (since or deal_types or party):
        raise click.UsageError("--since, --type and --party select deals, not articles")
    if since:
        try:
            since = validate_published(since)
        except InputError as exc:
            raise click.BadParameter(str(exc), param_hint="--since") from None
    with _open_store(resolve_store(store, _load(config_path), config_path)) as db:
        records = (
            db.articles()
            if what == "articles"
            else db.deals_to_export(since=since, deal_types=deal_types, party=party)
        )
    if fmt == "jsonl":
        chunks = to_jsonl(records)
    else:
        chunks = to_csv(records, what, delimiter="\t" if fmt == "tsv" else ",")
    if bom:
        chunks = itertools.chain([BOM], chunks)
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(chunks)


@click.command()
@_config_option
@_store_option
def stats(config_path: Path | None, store: StoreLocation | None) -> None:
    """Print counts from the store as JSON.

    URLs by status, articles, deals, links and the last run.

    \b
    Examples:
      dealpipe stats --config sources.toml
      dealpipe stats --store data/deals.db
      dealpipe stats --store postgresql://dealpipe@db.internal/deals
    """
    with _open_store(resolve_store(store, _load(config_path), config_path)) as db:
        click.echo(json.dumps(db.stats(), indent=2))


@click.command()
@_config_option
@_store_option
def relink(config_path: Path | None, store: StoreLocation | None) -> None:
    """Group every stored deal record into distinct deals again.

    Deterministic and idempotent: the groups depend only on the stored records, not on
    the order articles arrived in; a second run changes nothing. Prints what changed as
    JSON. Refused while an ingest runs on the same SQLite store; on a PostgreSQL store
    it runs as one transaction between the ingesters' writes.

    \b
    Examples:
      dealpipe relink --config sources.toml
    """
    location = resolve_store(store, _load(config_path), config_path)
    try:
        with _open_store(location) as db, run_lock(location):
            summary = db.relink()
    except DealpipeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(summary.as_dict()))


@click.command("copy-store")
@click.argument("source", metavar="SOURCE")
@click.argument("destination", metavar="DEST")
def copy_store_command(source: str, destination: str) -> None:
    """Copy a store into another, e.g. a SQLite file into PostgreSQL.

    Every table, row for row, with the same ids; DEST is created (or migrated) with the
    current schema. Repeating an interrupted or finished copy adds only the rows that are
    missing; a DEST holding another store's articles is refused. Stop the ingesters of
    SOURCE first. Prints the rows read and added per table as JSON.

    \b
    Examples:
      dealpipe copy-store output/pipeline.db postgresql://dealpipe@db.internal/deals
    """
    try:
        summary = copy_store(parse_location(source), parse_location(destination), _copied)
    except DealpipeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(summary.as_dict()))


def _copied(table: str, done: int, total: int) -> None:
    """Progress: a line per table copied; on a terminal, the rows as they go."""
    if sys.stderr.isatty():
        click.echo(f"\rdealpipe: copy-store: {table} {done}/{total} rows", nl=False, err=True)
        if done == total:
            click.echo(err=True)
    elif done == total:
        click.echo(f"dealpipe: copy-store: {table} {total} rows", err=True)


def _open_store(location: StoreLocation) -> Store:
    """An existing store (never creates one)."""
    try:
        return Store(location, create=False)
    except DealpipeError as exc:
        raise click.ClickException(str(exc)) from exc
