"""Per-article limits of the NLP step: a character budget and a cooperative deadline.

The NLP step (`pipeline.nlp`) checks its `Deadline` between bounded steps (no
sentence is longer than `nlp.sentences.MAX_SENTENCE_CHARS`), so an article stops within one
step of its budget running out, and a run being stopped (`cancel`) is noticed as fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.errors import DealpipeError

DEFAULT_MAX_TEXT_CHARS = 200_000  # a long feature is ~50,000 characters
DEFAULT_TIME_BUDGET = 60.0  # seconds of NLP per article; a typical one takes well under 1 s


class ArticleTimeout(DealpipeError):
    """The article's NLP took longer than its wall-clock budget."""


class AnalysisCancelled(DealpipeError):
    """The run is stopping (SIGTERM, Ctrl-C): the article is left for the next run."""


@dataclass(frozen=True)
class NlpLimits:
    """How much work the NLP step may spend on one article."""

    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS  # text beyond this is kept, not analysed
    time_budget: float | None = DEFAULT_TIME_BUDGET  # seconds; None: no budget
    cancel: threading.Event | None = None  # set by the caller to stop at the next step

    def deadline(self, clock: Callable[[], float] = time.monotonic) -> Deadline:
        """A deadline starting now."""
        return Deadline(self.time_budget, self.cancel, clock)


class Deadline:
    """A wall-clock budget checked cooperatively between bounded steps."""

    def __init__(
        self,
        seconds: float | None,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._seconds = seconds
        self._cancel = cancel
        self._clock = clock
        self._end = None if seconds is None else clock() + seconds

    def check(self) -> None:
        """Raise `AnalysisCancelled` or `ArticleTimeout` when the work must stop."""
        if self._cancel is not None and self._cancel.is_set():
            raise AnalysisCancelled("analysis cancelled: the run is stopping")
        if self._end is not None and self._clock() > self._end:
            raise ArticleTimeout(
                f"analysis stopped: the article took longer than its {self._seconds:g}s budget"
            )


def truncation_warning(text: str, limits: NlpLimits) -> str | None:
    """The warning for a text longer than the character budget, else None."""
    beyond = len(text) - limits.max_text_chars
    if beyond <= 0:
        return None
    return (
        f"text is {len(text)} characters: only the first {limits.max_text_chars} were "
        f"analysed (max_text_chars), {beyond} kept but not analysed"
    )


__all__ = [
    "AnalysisCancelled",
    "ArticleTimeout",
    "Deadline",
    "NlpLimits",
    "truncation_warning",
]
