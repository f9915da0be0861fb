"""The seed page as a news site serves it: every article block in, every boilerplate out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Article
from pipeline.parse import parse

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed"


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def article(expected: dict[str, Any]) -> Article:
    return parse((SEED / expected["file"]).read_bytes(), url=expected["url"])


def test_metadata(article: Article, expected: dict[str, Any]) -> None:
    for field in ("canonical_url", "title", "alt_titles", "authors", "published", "language"):
        assert getattr(article, field) == expected[field], field
    assert article.site_name == expected["site_name"]


def test_every_article_block_is_kept(article: Article, expected: dict[str, Any]) -> None:
    flat = " ".join(article.text.split())
    for block in expected["paragraphs"] + expected["table_cells"]:
        assert " ".join(block.split()) in flat, block[:60]


def test_headings_and_list_items_are_their_own_paragraphs(
    article: Article, expected: dict[str, Any]
) -> None:
    paragraphs = article.text.split("\n\n")
    for block in expected["headings"] + expected["list_items"]:
        assert block in paragraphs, block[:60]


def test_no_boilerplate(article: Article, expected: dict[str, Any]) -> None:
    for snippet in expected["boilerplate"]:
        assert snippet not in article.text, snippet
