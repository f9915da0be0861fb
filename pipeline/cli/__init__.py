"""The `dealpipe` command line: a thin layer over the Python API.

Every expected failure (`DealpipeError`) ends as one line, `dealpipe: error: ...`, on
stderr with exit status 1; so does any unexpected exception unless `--debug` is given.
"""

from __future__ import annotations

import errno
from typing import Any

import click

from pipeline.batch import internal_error, one_line
from pipeline.cli import backfill as backfill_commands
from pipeline.cli import extract as extract_commands
from pipeline.cli import ingest as ingest_commands
from pipeline.cli.extract import DEBUG_KEY, debug_enabled
from pipeline.errors import DealpipeError
from pipeline.version import __version__


class DealpipeGroup(click.Group):
    """A click group that turns exceptions into one-line errors."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except DealpipeError as exc:
            if debug_enabled(ctx):
                raise
            _fail(ctx, str(exc))
        except OSError as exc:
            if exc.errno == errno.EPIPE or debug_enabled(ctx):
                raise  # click silences a closed stdout (`dealpipe ... | head`)
            _fail(ctx, f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        except Exception as exc:
            if debug_enabled(ctx):
                raise
            _fail(ctx, internal_error(exc))


def _fail(ctx: click.Context, message: str) -> None:
    click.echo(f"dealpipe: error: {one_line(message)}", err=True)
    ctx.exit(1)


@click.group(cls=DealpipeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dealpipe")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn deal news into structured, evidence-backed deal records.

    Run `dealpipe COMMAND --help` for a command's options and examples.

    \b
    Examples:
      dealpipe extract https://example.com/news/deal --pretty
      dealpipe extract --jsonl batch.jsonl -o results.jsonl
      dealpipe ingest --config sources.toml --every 15m
      dealpipe export --format csv -o deals.csv
      dealpipe backfill crawl.warc.gz -o output/backfill.jsonl
    """
    ctx.meta[DEBUG_KEY] = debug


extract_commands.register(main)
ingest_commands.register(main)
backfill_commands.register(main)
