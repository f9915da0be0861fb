"""Run a backfill: plan shards over the inputs, skip the ones already on disk, send the
others' documents to Dask workers, store each shard as it finishes, assemble the output."""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.backfill.engine import TaskResult, dask_client, process_documents
from pipeline.backfill.shards import ShardStore, shard_name
from pipeline.backfill.sources import Item, read_items
from pipeline.batch import BatchOptions, Loaded, ordered_map
from pipeline.parallel import CHUNK, default_processes

SHARD_SIZE = 100
# Documents per Dask task: a shard is split so that the workers share its work evenly and
# none idles at the end of a run while another finishes a whole shard.
TASK_SIZE = CHUNK


@dataclass(frozen=True)
class BackfillOptions:
    """What a backfill run is told."""

    output: Path
    scheduler: str = "local"  # local, local:N, or a scheduler address (tcp://host:8786)
    shard_size: int = SHARD_SIZE
    fetch_workers: int = 4  # URL fetches in flight in the coordinator
    batch: BatchOptions = field(default_factory=BatchOptions)  # how inputs are read


@dataclass
class BackfillSummary:
    """Counts of one backfill run."""

    shards: int = 0
    skipped: int = 0  # shards already done by an earlier, interrupted run
    inputs: int = 0
    failed: int = 0
    deals: int = 0
    lines: int = 0  # lines of the assembled output
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: round(v, 2) if isinstance(v, float) else v for k, v in vars(self).items()}


Progress = Callable[[BackfillSummary], None]


def plan(inputs: Sequence[str], shard_size: int) -> Iterator[tuple[str, list[Item]]]:
    """(shard name, items) for every shard of the inputs, in order, read lazily."""
    for input_index, path in enumerate(inputs):
        items = read_items(path)
        for shard_index in itertools.count():
            shard = list(itertools.islice(items, shard_size))
            if not shard:
                break
            yield shard_name(input_index, shard_index), shard


def backfill(
    inputs: Sequence[str], options: BackfillOptions, progress: Progress | None = None
) -> BackfillSummary:
    """Extract every input's deals on a Dask cluster into `options.output` (JSON Lines in
    input order, the shape of `extract --jsonl`); resumable after a kill."""
    started = time.monotonic()
    store = ShardStore(options.output, inputs, options.shard_size)
    store.open()
    summary = BackfillSummary()
    with dask_client(options.scheduler, default_processes()) as (client, workers):
        pending: deque[_Shard] = deque()
        for name, items in plan(inputs, options.shard_size):
            summary.shards += 1
            if store.done(name):
                summary.skipped += 1
                continue
            documents = _load(items, options)
            tasks = [
                client.submit(process_documents, documents[i : i + TASK_SIZE], pure=False)
                for i in range(0, len(documents), TASK_SIZE)
            ]
            pending.append(_Shard(name, tasks))
            # Wait for the oldest shard only while the later ones keep every worker busy.
            while sum(len(shard.tasks) for shard in itertools.islice(pending, 1, None)) > (
                2 * workers
            ):
                _finish(store, summary, pending.popleft(), progress)
        while pending:
            _finish(store, summary, pending.popleft(), progress)
    summary.lines = store.assemble()
    summary.seconds = time.monotonic() - started
    return summary


@dataclass(frozen=True)
class _Shard:
    """A shard on its way: its tasks (futures of `process_documents`), in document order."""

    name: str
    tasks: list[Any]


def _load(items: list[Item], options: BackfillOptions) -> list[Loaded]:
    """Read or fetch a shard's documents in the coordinator (fetches overlap)."""
    return list(ordered_map(lambda item: item.load(options.batch), items, options.fetch_workers))


def _finish(
    store: ShardStore, summary: BackfillSummary, shard: _Shard, progress: Progress | None
) -> None:
    """Wait for a shard's tasks and store its lines (all of them, or none)."""
    results: list[TaskResult] = [task.result() for task in shard.tasks]
    store.write(shard.name, [line for result in results for line in result.lines])
    for result in results:
        summary.inputs += len(result.lines)
        summary.failed += result.failed
        summary.deals += result.deals
    if progress is not None:
        progress(summary)
