"""Run feedback: a rich progress bar on a terminal, structured key=value lines otherwise."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Protocol, TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

QUIET_EVENTS: frozenset[str] = frozenset({"fetched", "unchanged", "stored"})


class Reporter(Protocol):
    """Receives run events; implementations decide how to show them."""

    def event(self, name: str, **fields: object) -> None:
        """One thing happened (`name`), with details."""

    def total(self, count: int) -> None:
        """The number of article URLs this run will visit."""

    def advance(self) -> None:
        """One article URL is done (stored, unchanged or failed)."""

    def close(self) -> None:
        """The run is over."""


def format_fields(fields: dict[str, object]) -> str:
    """`key=value` pairs; values with spaces or quotes are JSON-quoted."""
    parts = []
    for key, value in fields.items():
        text = "" if value is None else str(value)
        if not text or any(char in text for char in ' "=\n'):
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
        parts.append(f"{key}={text}")
    return " ".join(parts)


class LogReporter:
    """One `ts=... event=... key=value` line per event, for logs and schedulers."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr

    def event(self, name: str, **fields: object) -> None:
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
        self._stream.write(format_fields({"ts": stamp, "event": name, **fields}) + "\n")
        self._stream.flush()

    def total(self, count: int) -> None:
        self.event("queue", articles=count)

    def advance(self) -> None:
        """Progress is implied by the per-article lines."""

    def close(self) -> None:
        self._stream.flush()


class ProgressReporter:
    """A progress bar over the article URLs; problems are printed above it."""

    def __init__(self, console: Console | None = None) -> None:
        self._progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task("discovering", total=None)
        self._progress.start()

    def event(self, name: str, **fields: object) -> None:
        if name in QUIET_EVENTS:
            return
        if name in {"error", "source_error", "blocked", "retry"}:
            self._progress.console.print(f"[yellow]{name}[/] {format_fields(dict(fields))}")
        else:
            self._progress.update(self._task, description=name)

    def total(self, count: int) -> None:
        self._progress.update(self._task, total=count, description="fetching")

    def advance(self) -> None:
        self._progress.advance(self._task)

    def close(self) -> None:
        self._progress.update(self._task, description="done")
        self._progress.stop()


def default_reporter() -> Reporter:
    """A progress bar when stderr is a terminal, log lines otherwise."""
    if sys.stderr.isatty():
        return ProgressReporter()
    return LogReporter()
