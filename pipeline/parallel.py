"""The NLP step on several processes of one machine: the model is loaded once per process,
articles travel in small chunks, and results come back in input order.

The NLP is CPU-bound Python, so threads cannot use a second core; processes can. Each
worker process runs the same `extract_many` (one model, `nlp.pipe`) over its chunk.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pipeline.budget import NlpLimits
from pipeline.models import Article, ExtractionResult

CHUNK = 8  # articles per task: large enough to batch in `nlp.pipe`, small enough to balance


def default_processes() -> int:
    """One process per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_chunk(
    articles: Sequence[Article], limits: NlpLimits | None = None
) -> list[ExtractionResult]:
    """The NLP step over one chunk, in order; an article that fails gets an error record
    and does not cost its chunk-mates their results."""
    from pipeline.batch import extract_alone  # batch imports this module: import on use
    from pipeline.extract import extract_many

    try:
        return list(extract_many(articles, limits))
    except Exception:
        return [extract_alone(article, limits) for article in articles]


def _load_model() -> None:
    """Worker initialiser: load the model once, before the first chunk arrives."""
    from pipeline.nlp.model import load_model

    load_model()


class ProcessPool:
    """A pool of NLP worker processes (`with ProcessPool(2) as pool: pool.extract(...)`)."""

    def __init__(
        self, processes: int, *, chunk: int = CHUNK, limits: NlpLimits | None = None
    ) -> None:
        if processes < 1:
            raise ValueError("processes must be at least 1")
        self.processes = processes
        self.chunk = chunk
        self.limits = limits  # each article's NLP budget, applied in the worker
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # forkserver: workers start from a clean interpreter, not a copy of a process that
        # may hold fetch threads and open sockets.
        context = multiprocessing.get_context("forkserver")
        return ProcessPoolExecutor(self.processes, mp_context=context, initializer=_load_model)

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (pending chunks are cancelled)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def extract(self, articles: Iterable[Article]) -> Iterator[ExtractionResult]:
        """One result per article, in input order, with a bounded number of chunks in flight.
        A worker that dies (killed, out of memory) costs only its chunk an error record."""
        pending: deque[tuple[list[Article], Future[list[ExtractionResult]]]] = deque()
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) == self.chunk:
                pending.append((batch, self._submit(batch)))
                batch = []
            while len(pending) > 2 * self.processes:
                yield from self._collect(*pending.popleft())
        if batch:
            pending.append((batch, self._submit(batch)))
        while pending:
            yield from self._collect(*pending.popleft())

    def _submit(self, batch: list[Article]) -> Future[list[ExtractionResult]]:
        try:
            return self._executor.submit(extract_chunk, batch, self.limits)
        except BrokenProcessPool:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            return self._executor.submit(extract_chunk, batch, self.limits)

    def _collect(
        self, batch: list[Article], future: Future[list[ExtractionResult]]
    ) -> list[ExtractionResult]:
        """A chunk's results; a chunk whose worker died is tried once more on a fresh pool
        (it may only have shared the pool with the chunk that killed it)."""
        for retry in (True, False):
            try:
                return future.result()
            except BrokenProcessPool:
                if retry:
                    future = self._submit(batch)
        error = "internal error: the NLP worker process died on this article's chunk"
        return [ExtractionResult(error=error, article=article) for article in batch]
