"""Boilerplate removal on small pages written for each case (fixtures/pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import EmptyDocument
from pipeline.models import Article
from pipeline.parse import parse

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def parsed(name: str, url: str | None = None) -> Article:
    return parse((PAGES / name).read_bytes(), url=url)


def test_cookie_banner_header_and_footer_are_dropped() -> None:
    text = parsed("cookie_banner.html").text
    assert text.startswith("Northwind Compute has signed a 20-year power purchase agreement")
    assert text.endswith("due by the end of 2028.")
    for junk in ("cookies", "Accept all", "Manage preferences", "Rights reserved", "About us"):
        assert junk not in text
    assert "Northwind signs 20-year power deal" not in text  # the headline is metadata


def test_french_partner_and_sponsored_blocks_are_dropped() -> None:
    text = parsed("partners_fr.html").text
    assert "Le site sera raccordé au réseau de RTE" in text
    for junk in ("Nos partenaires", "maison-jardin", "Voyages-express", "sponsorisé", "placement"):
        assert junk not in text


def test_related_list_read_more_comments_and_most_read_are_dropped() -> None:
    text = parsed("related_comments.html").text
    assert "Ardent Capital partner Mei Lin will join the board" in text
    assert "chief executive Dana Ortiz said in an interview" in text
    for junk in ("GPU prices fall", "Read more", "Oracle", "mark my words", "Most read", "Home"):
        assert junk not in text


def test_paragraphs_br_entities_lists_and_tables() -> None:
    text = parsed("br_entities_table.html").text
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == (
        "Orbis Data Centers & its partners reported revenue of $310 million, up 24% year on "
        "year.\nLeasing was strong in Frankfurt and São Paulo."
    )
    assert paragraphs[1] == "The company’s backlog rose to 450 MW."
    assert "Capacity by region" in paragraphs
    assert "Region | Capacity | Leased\nEurope | 220 MW | 90%\nLatin America | 130 MW | 75%" in (
        paragraphs
    )
    assert "Frankfurt 4, with 60 MW;" in paragraphs
    assert "Madrid 1, with 36 MW." in paragraphs
    assert "\u00a0" not in text


def test_wrong_declared_charset_is_overruled_by_the_bytes() -> None:
    article = parsed("wrong_charset.html")
    assert article.title == "Énergie : accord signé à Besançon"
    assert "La société Régie Énergies a signé un contrat" in article.text
    assert "\ufffd" not in article.text
    assert article.language == "fr"


def test_http_charset_header_is_used_when_the_page_says_nothing() -> None:
    html = "<html><body><p>Le contrat débute à Besançon en janvier 2026, dit la Régie.</p>"
    article = parse(html.encode("cp1252"), encoding="windows-1252")
    assert "débute à Besançon" in article.text


@pytest.mark.parametrize(
    "page",
    [b"", b"   \n ", b"<html><body></body></html>", (PAGES / "boilerplate_only.html").read_bytes()],
)
def test_pages_without_article_text_raise_empty_document(page: bytes) -> None:
    with pytest.raises(EmptyDocument) as caught:
        parse(page)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "page",
    [
        bytes(range(256)) * 50,
        b"<div>" * 5000 + b"<p>Deep text about a deal signed in 2026 by two firms.</p>",
        b"<html><p>unclosed <b>tags <i>everywhere <table><tr><td>cell",
        b"<?xml version='1.0' encoding='utf-8'?><rss><channel><title>x</title></channel></rss>",
        b"\xff\xfe" + "<p>UTF-16 text about a lease</p>".encode("utf-16-le"),
        b"<script>var a = '<p>not text</p>';</script><!-- <p>comment</p> -->",
        b"<body>" + b"<button>x " * 3000 + b"<script>y " * 3000 + b"<!-- z " * 3000,
        b'<script type="application/ld+json">' * 3000 + b"<img src=x " * 3000,
    ],
)
def test_garbage_never_crashes(page: bytes) -> None:
    """Binary noise, deep nesting, unclosed tags by the thousand: text or EmptyDocument."""
    try:
        article = parse(page)
    except EmptyDocument:
        return
    assert isinstance(article.text, str)
    assert "not text" not in article.text
    assert "comment" not in article.text


def test_short_article_keeps_its_text_and_drops_its_byline_line() -> None:
    article = parsed("short_byline.html")
    assert (
        article.text
        == "Quarry Labs will buy Fernway for $90 million in cash.\n\nThe deal closes in April."
    )
    assert article.authors == ["Ana Duarte"]
    assert article.published == "2026-02-03"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("en", "Our partners"),
        ("en", "Sponsored content"),
        ("fr", "Nos partenaires (2)"),
        ("de", "Unsere Partner"),
        ("es", "Contenido patrocinado"),
        ("it", "I nostri partner"),
    ],
)
def test_partner_block_after_the_article_is_dropped_in_many_languages(
    lang: str, heading: str
) -> None:
    body = "".join(
        f"<p>Paragraph {n} of the report on the data center lease, with enough words to "
        f"count as article text for the extractor.</p>"
        for n in range(1, 5)
    )
    html = f"""<html lang="{lang}"><body><div class="entry">{body}
    <h3>{heading}</h3><p><a href="https://a.example">a.example</a></p>
    <p>Partner magazine blurb about travel, gardens and good food for every season.</p>
    </div></body></html>"""
    text = parse(html).text
    assert "Paragraph 4 of the report" in text
    assert heading not in text
    assert "blurb" not in text


def test_pre_pass_strips_non_text_markup_and_keeps_json_ld() -> None:
    from pipeline.parse.clean import pre_clean

    html = (
        '<head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}'
        "</script><style>p{}</style></head><body><nav>Menu</nav><p>Text<!-- note --></p>"
        "<footer>Site footer</footer><article><p>A</p><footer>Tags</footer></article></body>"
    )
    cleaned = pre_clean(html)
    assert cleaned.json_ld == [{"@type": "NewsArticle", "headline": "H"}]
    for gone in ("Menu", "p{}", "note", "Site footer", "Tags"):
        assert gone not in cleaned.html
    assert "<p>Text" in cleaned.html and "<p>A</p>" in cleaned.html


def test_offer_links_under_their_paragraph_stay_and_headline_lists_go() -> None:
    text = parsed("offer_links.html").text
    assert "Get it at Northwind Store for $4,249" in text
    assert "Get the bundle at Kestrel Supply for $3,180" in text
    assert "Memory Prices Fall" not in text  # other stories' headlines
    assert "Home" not in text


def test_read_also_paragraph_in_mid_article_does_not_end_the_body() -> None:
    text = parsed("offer_links.html").text
    assert "Read also" not in text
    assert "Edge racks are back" not in text
    assert "Both offers end on Sunday" in text
    assert "Jo Park" not in text  # a closing "About the author" section still ends it


def test_a_line_that_only_dates_the_page_is_not_body_text() -> None:
    html = """<html lang="pt"><body><div class="post"><h1>Calendário</h1>
    <p>segunda-feira, 12 de janeiro de 2026 às 9:40</p>
    <p>A Vértice Energia assinou um contrato de dez anos para fornecer 120 MW a um centro de
    dados em Campinas, informou a empresa nesta segunda-feira.</p>
    <p>Em 12 de janeiro de 2026 a empresa também confirmou a compra de um terreno vizinho.</p>
    </div></body></html>"""
    article = parse(html)
    assert article.text.startswith("A Vértice Energia assinou")
    assert "Em 12 de janeiro de 2026 a empresa" in article.text  # a sentence, not a date line
    assert article.published == "2026-01-12"  # no zone: the clock time is not kept
