"""Issue 12, problem 1 in ingest: one hostile article fails only itself, never its NLP
batch-mates, and a stopping run leaves unfinished articles for the next run."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.budget import AnalysisCancelled, ArticleTimeout
from pipeline.errors import DealpipeError
from pipeline.fetch import FetchedPage
from pipeline.models import Article, Deal
from tests.ingest_support import LiteProcessor, Reply, SiteServer, iter_rows, run_ingest


def _page(title: str) -> bytes:
    return f"<html><body><h1>{title}</h1><p>{title} text.</p></body></html>".encode()


class CrashingProcessor(LiteProcessor):
    """An NLP step that crashes on any batch holding the article titled "hostile". Its
    first batch is slow, so the articles fetched meanwhile make one batch together."""

    def __init__(self) -> None:
        self.batches: list[list[str | None]] = []

    def extract(self, articles: Sequence[Article]) -> list[list[Deal]]:
        self.batches.append([article.title for article in articles])
        if len(self.batches) == 1:
            time.sleep(1.0)
        if any(article.title == "hostile" for article in articles):
            raise RuntimeError("the model choked")
        return [[] for _ in articles]


class BudgetProcessor:
    """An NLP step whose "hostile" article runs out of budget and "late" is cancelled."""

    def parse(self, page: FetchedPage, *, published: str | None) -> Article:
        return LiteProcessor().parse(page, published=published)

    def extract(self, articles: Sequence[Article]) -> Sequence[list[Deal] | DealpipeError]:
        outcomes: list[list[Deal] | DealpipeError] = []
        for article in articles:
            if article.title == "hostile":
                outcomes.append(ArticleTimeout("analysis stopped: over its 60s budget"))
            elif article.title == "late":
                outcomes.append(AnalysisCancelled("analysis cancelled: the run is stopping"))
            else:
                outcomes.append([])
        return outcomes


def _serve(server: SiteServer, titles: list[str]) -> str:
    server.static("/robots.txt", Reply(body=b"", content_type="text/plain"))
    for title in titles:
        delay = 0.3 if title == "hostile" else 0.0  # fetched after the first batch began
        server.static(f"/{title}", Reply(body=_page(title), delay=delay))
    urls = ", ".join(f'"{server.url("/" + title)}"' for title in titles)
    settings = "per_host_delay = 0\nnlp_batch_size = 8\n"
    return f'[ingest]\n{settings}[[source]]\nname = "s"\nurls = [{urls}]\n'


def test_a_crashing_article_costs_only_itself_an_attempt(tmp_path: Path) -> None:
    server = SiteServer()
    try:
        config = _serve(server, ["good1", "hostile", "good2", "good3"])
        db = tmp_path / "pipeline.db"
        processor = CrashingProcessor()
        summary = run_ingest(config, db, processor=processor)
        assert any(len(batch) > 1 and "hostile" in batch for batch in processor.batches)
        assert summary.new_articles == 3 and dict(summary.errors) == {"nlp_internal": 1}
        failed = list(iter_rows(db, "SELECT url FROM urls WHERE status = 'error'"))
        assert failed == [(server.url("/hostile"),)]
    finally:
        server.stop()


def test_a_timed_out_article_gets_an_error_and_a_cancelled_one_stays_due(tmp_path: Path) -> None:
    server = SiteServer()
    try:
        config = _serve(server, ["good1", "hostile", "late"])
        db = tmp_path / "pipeline.db"
        summary = run_ingest(config, db, processor=BudgetProcessor())
        assert summary.new_articles == 1 and dict(summary.errors) == {"nlp": 1}
        rows = dict(iter_rows(db, "SELECT url, status FROM urls WHERE kind = 'article'"))
        assert rows[server.url("/hostile")] == "error"
        assert rows[server.url("/late")] not in {"ok", "error"}  # due again next run
    finally:
        server.stop()


def test_sigterm_stops_the_nlp_within_seconds(tmp_path: Path) -> None:
    """Heavy articles (200,000 analysed characters each) in one NLP batch: SIGTERM ends
    the run at the next bounded step, and the articles stay due for the next run."""
    deal = (
        "Acme Cloud agreed to pay Northwind Power $12 million a month for 300 MW of capacity "
        "at its Reno, Nevada data center under a five-year contract, the companies said."
    )
    body = f"<html><body><article><h1>Heavy</h1>{f'<p>{deal}</p>' * 1200}</article></body></html>"
    server = SiteServer()
    try:
        server.static("/robots.txt", Reply(body=b"", content_type="text/plain"))
        urls = []
        for number in range(4):
            server.static(f"/heavy-{number}", Reply(body=body.encode()))
            urls.append(f'"{server.url(f"/heavy-{number}")}"')
        config = tmp_path / "sources.toml"
        config.write_text(
            f'[ingest]\nper_host_delay = 0\n[[source]]\nname = "s"\nurls = [{", ".join(urls)}]\n'
        )
        db = tmp_path / "pipeline.db"
        command = [sys.executable, "-m", "pipeline", "ingest", "--config", str(config)]
        process = subprocess.Popen(
            [*command, "--store", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        waited = time.monotonic() + 120
        while len(server.hits("^/heavy")) < 4 and time.monotonic() < waited:
            time.sleep(0.1)
        time.sleep(2.0)  # parsed and in the NLP step (one article alone takes ~10 s)
        process.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        process.communicate(timeout=300)
        assert time.monotonic() - sent < 15, "the run waited for its NLP batch"
        assert process.returncode == 1  # interrupted
        rows = list(iter_rows(db, "SELECT status FROM urls WHERE kind = 'article'"))
        assert rows and all(status not in {"ok", "error"} for (status,) in rows)
    finally:
        server.stop()
