"""The Dask side of a backfill: a cluster (local or remote), a worker plugin that loads the
model once per worker, and the task that turns one shard's documents into result lines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pipeline.batch import BatchOptions, Loaded, run_loaded
from pipeline.errors import InputError

LOCAL = "local"


@dataclass(frozen=True)
class ShardResult:
    """One shard's output lines and their counts (counted where the records are)."""

    lines: list[str]
    failed: int
    deals: int


def process_shard(loaded: Sequence[Loaded]) -> ShardResult:
    """Parse and extract one shard's documents (on a worker): one JSON line each, in order,
    shaped like `dealpipe extract --jsonl` output."""
    results = list(run_loaded(loaded, BatchOptions(workers=1)))
    return ShardResult(
        [result.model_dump_json() for result in results],
        failed=sum(result.error is not None for result in results),
        deals=sum(len(result.deals) for result in results),
    )


def _model_plugin() -> Any:
    from distributed import WorkerPlugin

    class ModelPlugin(WorkerPlugin):
        """Load the spaCy model once when a worker starts, not in the first task."""

        name = "dealpipe-model"

        def setup(self, worker: Any) -> None:
            from pipeline.nlp.model import load_model

            load_model()

    return ModelPlugin()


def local_workers(scheduler: str, default: int) -> int | None:
    """The worker count of `local` / `local:N`, or None for a scheduler address."""
    if scheduler == LOCAL:
        return default
    if scheduler.startswith(LOCAL + ":"):
        count = scheduler.removeprefix(LOCAL + ":")
        if not count.isdigit() or int(count) < 1:
            raise InputError(f"--scheduler {scheduler!r}: want local, local:N or tcp://host:port")
        return int(count)
    if not scheduler.startswith(("tcp://", "tls://", "inproc://")):
        raise InputError(f"--scheduler {scheduler!r}: want local, local:N or tcp://host:port")
    return None


@contextmanager
def dask_client(scheduler: str, default_workers: int) -> Iterator[Any]:
    """A connected `distributed.Client` with the model plugin registered: a LocalCluster of
    single-threaded worker processes for `local[:N]`, else the scheduler at that address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("backfill needs Dask distributed: pip install 'dealpipe[scale]'") from None
    workers = local_workers(scheduler, default_workers)
    if workers is not None:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler)
    try:
        client.register_plugin(_model_plugin())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
