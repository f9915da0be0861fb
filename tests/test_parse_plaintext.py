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


def test_hard_wrapped_story_without_a_title_keeps_its_first_line() -> None:
    story = (
        "\n\nNorthgate Holdings Inc and Baywater Systems Corp said they agreed\n"
        "that Northgate would acquire Baywater for about 42 mln dlrs in cash,\n"
        "subject to approval by Baywater shareholders and regulators.\n"
        "    The companies said the deal should close in the third quarter.\n"
    )
    article = parse_text(story)
    assert article.title is None
    assert article.text.startswith("Northgate Holdings Inc and Baywater Systems Corp said they")
    assert "they agreed that Northgate would acquire" in article.text


def test_indented_paragraphs_and_a_first_line_that_runs_on() -> None:
    story = (
        "Redfern Corp said it acquired\n"
        "Lumo Labs Inc for an undisclosed sum.\n"
        "    The company said Lumo Labs makes sensors.\n"
    )
    article = parse_text(story)
    assert article.title is None
    assert article.text == (
        "Redfern Corp said it acquired Lumo Labs Inc for an undisclosed sum."
        "\n\nThe company said Lumo Labs makes sensors."
    )


def test_reworded_title_in_the_same_language_is_an_alternate_title() -> None:
    body = "\n\n".join(["Nimbus Cloud agreed to lease 40 MW in Reno from Atlas for ten years."] * 3)
    alternate = "Atlas signs 40 MW Reno lease with Nimbus Cloud"
    text = f"Nimbus Cloud leases 40 MW in Reno\n\n{alternate}\n\n{body}"
    article = parse_text(text)
    assert article.alt_titles == ["Atlas signs 40 MW Reno lease with Nimbus Cloud"]
    assert article.text.startswith("Nimbus Cloud agreed")


def test_a_single_line_is_the_article_body_not_only_a_title() -> None:
    article = parse_text("Harwell Industries agreed to buy Dunmore Plastics for $12 million.")
    assert article.text == "Harwell Industries agreed to buy Dunmore Plastics for $12 million."
    assert article.title is None


def test_a_byline_with_two_authors_becomes_both_authors() -> None:
    article = parse_text(
        "Harwell buys Dunmore\n\nBy Jane Doe and John Roe\n\n"
        "Harwell Industries agreed to buy Dunmore Plastics for $12 million on Monday."
    )
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.text.startswith("Harwell Industries agreed")


LEDE = (
    "Orrin Compute agreed on Tuesday to pay Talvik Networks $40 million a month for GPU "
    "capacity at a site in Ohio through 2028, the companies said."
)
MORE = "The contract starts in March. Talvik will add 60 MW of capacity for it."


@pytest.mark.parametrize(
    "first_line",
    [
        LEDE,
        "SAN FRANCISCO (Example Wire) - Orrin Compute agreed to pay Talvik Networks $40 "
        "million a month for GPU capacity",
        "Example Media Network - San Francisco - Orrin Compute said on Tuesday it will pay "
        "Talvik Networks $40 million a month. Talvik shares rose.",
    ],
)
def test_a_first_line_that_is_a_paragraph_stays_in_the_body(first_line: str) -> None:
    article = parse_text(f"{first_line}\n\n{MORE}")
    assert article.title is None
    assert article.text.startswith(first_line)
    assert article.text.endswith(MORE)


@pytest.mark.parametrize(
    "headline",
    [
        "Orrin Compute to pay Talvik $40 million a month for GPU capacity",
        "Talvik Networks signs Ohio GPU deal with Orrin Compute.",
        "LONDON - Orrin buys Talvik",
    ],
)
def test_a_headline_line_is_the_title(headline: str) -> None:
    article = parse_text(f"{headline}\n\n{LEDE}\n\n{MORE}")
    assert article.title == headline
    assert article.text.startswith(LEDE)


def test_an_excerpt_that_stops_mid_sentence_is_an_article() -> None:
    excerpt = "Orrin Compute agreed on Tuesday to pay Talvik Networks $40 million a month for"
    article = parse_text(excerpt)
    assert (article.title, article.text) == (None, excerpt)


def test_headline_switch_overrides_detection() -> None:
    headline = "Orrin Compute to pay Talvik $40 million a month"
    untitled = parse_text(f"{headline}\n\n{LEDE}", headline=False)
    assert untitled.title is None
    assert untitled.text == f"{headline}\n\n{LEDE}"
    forced = parse_text(f"{LEDE}\n\n{MORE}", headline=True)
    assert (forced.title, forced.text) == (LEDE, MORE)
