"""The Dask side of a backfill: a cluster (local or remote), a worker plugin that loads the
model once per worker, and the task that turns a few of a shard's documents into result
lines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pipeline.batch import BatchOptions, Loaded, run_loaded
from pipeline.errors import InputError

LOCAL = "local"


@dataclass(frozen=True)
class TaskResult:
    """One task's output lines and their counts (counted where the records are)."""

    lines: list[str]
    failed: int
    deals: int


def process_documents(loaded: Sequence[Loaded]) -> TaskResult:
    """Parse and extract documents (on a worker): one JSON line each, in order, shaped like
    `dealpipe extract --jsonl` output."""
    results = list(run_loaded(loaded, BatchOptions(workers=1)))
    return TaskResult(
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


# Dask defaults that cost a CPU-bound LocalCluster, as measured on 2 workers:
# - glibc handing memory back to the OS after every large free (MALLOC_TRIM_THRESHOLD_ of
#   64 KiB): about +20% CPU per article; the statistical profiler sampling the task thread
#   every 10 ms: about +6%;
# - the housekeeping of the scheduler, nannies and workers (event-loop health ticks every
#   20 ms, memory checks every 100 ms, system metrics every 500 ms): 7.5% of a core while
#   the run lasts; at 200 ms, 1 s and 2 s: 1.6%;
# - workers spawned as new interpreters: each imports Dask again (several seconds of
#   start on a busy machine) and runs the interpreter's full teardown when it stops (1-4 s
#   of close). Forked from a server that has Dask imported and the model loaded
#   (`preload`), they start in a fraction of that and stop at once.
LOCAL_WORKER_CONFIG: dict[str, object] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "200ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.multiprocessing-method": "forkserver",
}


def _preload_workers() -> None:
    """Have the server the workers fork from import Dask and load the model, if it has not
    started yet (Dask sets its list once, before its first worker)."""
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(["distributed", "pipeline.backfill.preload"])


@contextmanager
def dask_client(scheduler: str, default_workers: int) -> Iterator[tuple[Any, int]]:
    """A connected `distributed.Client` with the model plugin registered, and the number of
    worker threads to keep busy: a LocalCluster of single-threaded worker processes for
    `local[:N]` (started in the background: work can be submitted at once and runs as the
    workers come up), else the scheduler at that address."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("backfill needs Dask distributed: pip install 'dealpipe[scale]'") from None
    workers = local_workers(scheduler, default_workers)
    if workers is None:
        with Client(scheduler) as client:
            client.register_plugin(_model_plugin())
            yield client, max(1, sum(client.nthreads().values()))
        return
    # The configuration is read when a worker starts, so it holds while the cluster lives.
    with (
        dask.config.set(LOCAL_WORKER_CONFIG),
        LocalCluster(
            n_workers=0, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(_model_plugin())  # run by every worker as it starts
        _preload_workers()
        cluster.scale(workers)  # returns at once: work submitted now runs as workers come up
        yield client, workers
