"""The `dealpipe` command line: a thin layer over the Python API."""

from __future__ import annotations

import click

from pipeline.cli import extract as extract_commands
from pipeline.cli import ingest as ingest_commands
from pipeline.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dealpipe")
def main() -> None:
    """Turn deal news into structured, evidence-backed deal records.

    One-off: `dealpipe extract URL|FILE|-`. Scheduled: `dealpipe ingest --config sources.toml`.
    """


extract_commands.register(main)
ingest_commands.register(main)
