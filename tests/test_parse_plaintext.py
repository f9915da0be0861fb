"""Plain-text articles: header lines and the partner tail of the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import EmptyDocument
from pipeline.parse import parse_text

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "article.txt"


def test_seed_header_lines_become_metadata() -> None:
    article = parse_text(SEED.read_text(encoding="utf-8"), url="https://tekactiv.example/a")
    assert article.title == (
        "Anthropic would envisage a monthly expenditure of 1.25 billion dollars to support "
        "the xAI infrastructure"
    )
    assert article.authors == ["Laetitia"]
    assert article.published == "2026-05-22"
    assert article.alt_titles == [
        "Anthropic envisagerait une dépense mensuelle de 1,25 milliard de dollars pour "
        "soutenir l'infrastructure xAI"
    ]
    assert article.language == "en"
    assert article.url == "https://tekactiv.example/a"


def test_seed_body_is_kept_and_partner_tail_dropped() -> None:
    text = parse_text(SEED.read_text(encoding="utf-8")).text
    assert text.startswith("In the midst of the evolving artificial intelligence sector")
    assert text.endswith("symbolizing the economic transformation of this sector.")
    for junk in ("Nos partenaires", "digrazia", "maxilots", "Laetitia", "envisagerait"):
        assert junk not in text
    assert "\n\nThe stakes behind Anthropic’s monthly expenditure" in text


def test_english_partner_tail_in_text() -> None:
    body = "\n\n".join(["A long paragraph about a lease signed by two companies."] * 6)
    text = f"Title line\n\n{body}\n\nOur partners\n\nexample.com: a magazine about gardens."
    assert "gardens" not in parse_text(text).text


def test_empty_text_raises() -> None:
    with pytest.raises(EmptyDocument):
        parse_text("Only a title\n\n")
