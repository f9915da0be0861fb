"""`dealpipe backfill`: WARC files, JSONL batches and URL lists through a Dask cluster."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.backfill import BackfillOptions, BackfillSummary, backfill


def register(group: click.Group) -> None:
    """Add this module's commands to the `dealpipe` group."""
    group.add_command(backfill_command)


@click.command("backfill")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    help="local (a LocalCluster, one worker per core), local:N (N workers), or the address "
    "of a running Dask scheduler (tcp://host:8786).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Results as JSON Lines (the shape of `extract --jsonl`), in input order. Finished "
    "shards wait in OUTPUT.parts/ until all are done, so a rerun resumes.",
)
@click.option(
    "--shard-size",
    type=click.IntRange(1, 100_000),
    default=100,
    show_default=True,
    help="Documents per shard: the unit of work sent to a worker and of resumption.",
)
@click.option(
    "--fetch-workers",
    type=click.IntRange(1, 32),
    default=4,
    show_default=True,
    help="URL fetches in flight in the coordinator (URL lists and JSONL url lines).",
)
def backfill_command(
    inputs: tuple[str, ...], scheduler: str, output: Path, shard_size: int, fetch_workers: int
) -> None:
    """Extract deals from many archived or listed articles on a Dask cluster.

    INPUT is a WARC file (.warc, .warc.gz: response records with HTML, the record's target
    URI as id and url), a JSONL batch (.jsonl, .jsonl.gz: the lines of `extract --jsonl`)
    or a URL list (one URL a line). Reading and fetching stay in this process; workers
    parse and extract. Kill it at any time: the same command resumes, and the output is
    the same as an uninterrupted run's.

    \b
    Examples:
      dealpipe backfill crawl-00001.warc.gz -o output/backfill.jsonl
      dealpipe backfill batch.jsonl urls.txt --scheduler local:2 -o results.jsonl
      dealpipe backfill news.warc.gz --scheduler tcp://10.0.0.5:8786 -o results.jsonl
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    options = BackfillOptions(
        output=output, scheduler=scheduler, shard_size=shard_size, fetch_workers=fetch_workers
    )
    progress = _progress if sys.stderr.isatty() else None
    summary = backfill(list(inputs), options, progress)
    if progress is not None:
        click.echo(err=True)
    click.echo(json.dumps(summary.as_dict()))
    click.echo(
        f"dealpipe: backfill: {summary.inputs} inputs in {summary.shards - summary.skipped} "
        f"shards ({summary.skipped} already done), {summary.failed} failed, "
        f"{summary.deals} deals, {summary.lines} lines in {output} in {summary.seconds:.1f}s",
        err=True,
    )


def _progress(summary: BackfillSummary) -> None:
    click.echo(
        f"\rdealpipe: backfill: {summary.inputs} inputs, {summary.deals} deals", nl=False, err=True
    )
