"""Quality floor on the development sets (no timing): a change that breaks extraction fails.

Floors sit a little below the measured figures (aeb-dev F1 0.985, P 0.983, R 0.986;
readability-dev title 0.986, byline 0.902, language 1.0, site name 0.967, published 1.0)."""

from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.scoring import METADATA_FIELDS, PageMeta, body_score, meta_matches, page_counts
from pipeline.errors import EmptyDocument
from pipeline.parse import parse
from tests.conftest import shared_data

pytestmark = pytest.mark.slow


def _body(page: bytes) -> str:
    try:
        return parse(page).text
    except EmptyDocument:
        return ""


def test_article_body_floor() -> None:
    aeb = shared_data("bench", "aeb-dev")
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    counts = [
        page_counts(
            _body(gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes())),
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
    readability = shared_data("bench", "readability-dev")
    hits: dict[str, list[bool]] = {name: [] for name in METADATA_FIELDS}
    pages = sorted(p for p in readability.iterdir() if (p / "expected-metadata.json").exists())
    assert len(pages) == 70
    for page in pages:
        expected = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        article = parse(gzip.decompress((page / "source.html.gz").read_bytes()))
        meta = PageMeta(
            article.title, article.authors, article.language, article.site_name, article.published
        )
        for name in METADATA_FIELDS:
            if expected.get(name) is not None:
                hits[name].append(meta_matches(meta, name, expected[name]))
    rate = {name: sum(found) / len(found) for name, found in hits.items()}
    assert rate["title"] >= 0.98
    assert rate["byline"] >= 0.89
    assert rate["lang"] >= 0.98
    assert rate["siteName"] >= 0.95
    assert rate["publishedTime"] >= 0.98
