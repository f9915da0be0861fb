"""Quality floor on the development sets (no timing): a change that breaks extraction fails.

Floors sit a little below the measured figures (aeb-dev F1 0.985, P 0.983, R 0.986;
readability-dev title 0.986, byline 0.902, language 1.0, site name 0.967, published 1.0)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from benchmarks.scoring import (
    body_score,
    page_counts,
    same_byline,
    same_instant,
    same_language,
    same_text,
)
from pipeline.errors import EmptyDocument
from pipeline.models import Article
from pipeline.parse import parse

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
AEB = BENCH / "aeb-dev"
READABILITY = BENCH / "readability-dev"

pytestmark = pytest.mark.slow


def _body(page: bytes) -> str:
    try:
        return parse(page).text
    except EmptyDocument:
        return ""


def test_article_body_floor() -> None:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    counts = [
        page_counts(
            _body(gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes())),
            item["articleBody"],
        )
        for key, item in sorted(truth.items())
    ]
    assert len(counts) == 90
    score = body_score(counts)
    assert score.f1 >= 0.980
    assert score.precision >= 0.978
    assert score.recall >= 0.980


def test_metadata_floor() -> None:
    hits: dict[str, list[bool]] = {k: [] for k in ("title", "byline", "lang", "site", "time")}
    pages = sorted(p for p in READABILITY.iterdir() if (p / "expected-metadata.json").exists())
    assert len(pages) == 70
    for page in pages:
        expected = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        article = parse(gzip.decompress((page / "source.html.gz").read_bytes()))
        _score(hits, article, expected)
    rate = {k: sum(v) / len(v) for k, v in hits.items()}
    assert rate["title"] >= 0.98
    assert rate["byline"] >= 0.89
    assert rate["lang"] >= 0.98
    assert rate["site"] >= 0.95
    assert rate["time"] >= 0.98


def _score(hits: dict[str, list[bool]], article: Article, expected: dict[str, str | None]) -> None:
    for name, key in (
        ("title", "title"),
        ("byline", "byline"),
        ("lang", "lang"),
        ("site", "siteName"),
        ("time", "publishedTime"),
    ):
        value = expected.get(key)
        if value is not None:
            hits[name].append(_matches(name, article, value))


def _matches(name: str, article: Article, value: str) -> bool:
    if name == "title":
        return same_text(article.title, value)
    if name == "byline":
        return same_byline(article.authors, value)
    if name == "lang":
        return same_language(article.language, value)
    if name == "site":
        return same_text(article.site_name, value)
    return same_instant(article.published, value)
