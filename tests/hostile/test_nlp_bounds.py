"""Issue 12, problem 1: bounded NLP work per article.

Costs are asserted by ratio (CPU time at 4x the size over CPU time at 1x), never by wall
time: linear work gives about 4, the quadratic splitter and tokenizer gave 16 or more."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from pipeline.budget import AnalysisCancelled, ArticleTimeout, Deadline, NlpLimits
from pipeline.extract import extract, extract_many
from pipeline.models import Article
from pipeline.nlp import analyse_batch, extract_deals
from pipeline.nlp.sentences import MAX_SENTENCE_CHARS, MAX_WORD_CHARS, for_parser, split_sentences

T = TypeVar("T")
LINEAR_BOUND = 8.0  # work ratio at 4x size: ~4 when linear, >= 16 when quadratic
DEAL = (
    "Acme Cloud signed a five-year contract worth $2 billion with Northwind Power "
    "for 300 MW of capacity in Texas."
)
FILLER = "The rest of the report describes the weather and the local football results."


def cpu_seconds(work: Callable[[], object], repeat: int = 2) -> float:
    """The least CPU time `work` took over `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return max(best, 1e-6)


def growth(make: Callable[[int], T], run: Callable[[T], object], size: int) -> float:
    """CPU time at 4x `size` over CPU time at `size`."""
    small, large = make(size), make(4 * size)
    run(small)  # warm caches (spaCy's vocabulary, compiled regexes)
    return cpu_seconds(lambda: run(large)) / cpu_seconds(lambda: run(small))


def test_the_sentence_splitter_is_linear_on_initials() -> None:
    ratio = growth(lambda n: "A. " * n, split_sentences, 4_000)
    assert ratio < LINEAR_BOUND, f"splitting grew {ratio:.1f}x for 4x the text"


def test_no_sentence_is_longer_than_the_cap_and_offsets_hold() -> None:
    text = "Intro line.\n\n" + "A. " * 5_000 + "\n\n" + "word " * 3_000
    sentences = split_sentences(text)
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE_CHARS
    assert all(" ".join(text[s.start : s.end].split()) == s.text for s in sentences)
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)


def test_runs_without_spaces_reach_the_parser_in_short_pieces() -> None:
    broken = for_parser("price $" + "$" * 500 + " and " + "(" * 200)
    assert max(len(word) for word in broken.split()) <= MAX_WORD_CHARS
    assert broken.replace(" ", "") == ("price$" + "$" * 500 + "and" + "(" * 200)


def test_prefix_runs_cost_linear_time_through_the_nlp_step() -> None:
    def run(text: str) -> object:
        return extract_deals(Article(text=f"{DEAL}\n\nAcme paid {text}"))

    for char in "$(":
        ratio = growth(char.__mul__, run, 2_000)
        assert ratio < LINEAR_BOUND, f"{char!r} runs grew {ratio:.1f}x for 4x the run"


def test_a_sentence_without_punctuation_costs_linear_time() -> None:
    words = DEAL.rstrip(".").split()

    def make(n: int) -> str:
        return " ".join(itertools.islice(itertools.cycle(words), n))

    ratio = growth(make, lambda text: extract_deals(Article(text=text)), 1_000)
    assert ratio < LINEAR_BOUND, f"one long sentence grew {ratio:.1f}x for 4x the words"


def test_a_one_megabyte_line_gives_a_result_not_a_spacy_error() -> None:
    result = extract("Title\n\n" + "word " * 210_000, format="text")
    assert result.error is None
    assert result.article is not None and len(result.article.text) > 1_000_000


def test_text_beyond_the_character_budget_is_kept_with_a_warning() -> None:
    text = "\n\n".join([DEAL, *[FILLER] * 30, DEAL.replace("Acme", "Zenith")])
    limits = NlpLimits(max_text_chars=500)
    result = next(extract_many([Article(text=text, published="2026-05-01")], limits))
    assert result.error is None and result.article is not None
    assert result.article.text == text  # kept whole
    assert len(result.warnings) == 1 and "max_text_chars" in result.warnings[0]
    assert result.deals, "the deal inside the budget is still found"
    evidence = [e for deal in result.deals for e in deal.evidence]
    assert evidence and all(e.end <= 500 for e in evidence)
    assert not any("Zenith" in p.name for deal in result.deals for p in deal.parties)


@dataclass(frozen=True)
class StepLimits(NlpLimits):
    """Limits whose clock advances one second per reading: the budget counts steps."""

    def deadline(self, clock: Callable[[], float] = time.monotonic) -> Deadline:
        ticks = itertools.count()
        return Deadline(self.time_budget, self.cancel, lambda: float(next(ticks)))


def test_an_article_over_its_budget_gets_an_error_and_its_batch_mates_do_not() -> None:
    small = Article(text=DEAL, published="2026-05-01")
    big = Article(text="\n\n".join([DEAL] * 40), published="2026-05-01")
    results = list(extract_many([small, big, small], StepLimits(time_budget=20)))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error is not None and "budget" in results[1].error
    assert results[0].deals and results[2].deals
    assert results[1].article is big


def test_the_deadline_is_checked_after_every_bounded_step() -> None:
    readings: list[int] = []

    @dataclass(frozen=True)
    class Counting(NlpLimits):
        def deadline(self, clock: Callable[[], float] = time.monotonic) -> Deadline:
            def tick() -> float:
                readings.append(1)
                return float(len(readings))

            return Deadline(self.time_budget, None, tick)

    big = Article(text="\n\n".join([DEAL] * 200))
    (analysis,) = analyse_batch([big], Counting(time_budget=10))
    assert isinstance(analysis.error, ArticleTimeout)
    assert len(readings) == 12  # the start, ten steps within budget, the one that stopped it


def test_a_stopping_run_cancels_the_analysis_at_once() -> None:
    cancel = threading.Event()
    cancel.set()
    (analysis,) = analyse_batch([Article(text=DEAL)], NlpLimits(cancel=cancel))
    assert isinstance(analysis.error, AnalysisCancelled)
    assert analysis.deals == []
