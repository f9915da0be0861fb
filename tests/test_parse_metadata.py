"""Metadata: title, authors, dates (timezone kept), language, site name, canonical URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.parse import parse
from pipeline.parse.dates import date_from_url, find_dateline, normalise_date

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def test_json_ld_wins_and_keeps_its_timezone() -> None:
    article = parse((PAGES / "jsonld_date.html").read_bytes(), url="https://acr.example/x")
    assert article.published == "2025-06-12T18:05:00+09:00"
    assert article.title == "Kaito Power agrees 15-year Osaka lease"
    assert article.authors == ["Hana Sato", "Ken Mori"]
    assert article.site_name == "Asia Compute Review"
    assert article.canonical_url == "https://acr.example/2025/06/12/kaito-power-osaka-lease"
    assert article.language == "en"  # no lang attribute: detected from the text


def test_open_graph_and_meta_sources() -> None:
    article = parse((PAGES / "cookie_banner.html").read_bytes())
    assert article.title == "Northwind signs 20-year power deal for Ohio campus"
    assert article.published == "2025-03-04T08:30:00-05:00"
    assert article.authors == ["Priya Raman"]
    assert article.site_name == "Gridline News"
    assert article.language == "en"


def test_byline_and_time_element_in_the_page() -> None:
    html = """<html lang="de"><head><title>Vertrag unterzeichnet</title></head><body>
    <article><h1>Vertrag unterzeichnet</h1>
    <p class="byline">Von Jonas Weber und Lea Roth</p>
    <time datetime="2024-11-05T10:00:00+01:00">5. November 2024</time>
    <p>Der Rechenzentrumsbetreiber hat einen Vertrag über zehn Jahre mit einem Kunden aus
    Frankfurt unterzeichnet, wie das Unternehmen am Dienstag mitteilte.</p></article>
    </body></html>"""
    article = parse(html)
    assert article.authors == ["Jonas Weber", "Lea Roth"]
    assert article.published == "2024-11-05T10:00:00+01:00"
    assert article.language == "de"


def test_translated_title_under_the_headline_is_an_alternate_title() -> None:
    html = """<html lang="en"><head><title>Deal signed</title></head><body><article>
    <h1>Anthropic signs a record compute deal with xAI</h1>
    <p>Anthropic signe un accord record de calcul avec xAI</p>
    <p>Anthropic has agreed to pay xAI a monthly fee for the capacity of a data center in
    Memphis, according to people familiar with the matter.</p></article></body></html>"""
    article = parse(html)
    assert article.alt_titles[0] == "Anthropic signe un accord record de calcul avec xAI"
    assert "Anthropic signe" not in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-04-07T10:03:00Z", "2020-04-07T10:03:00+00:00"),
        ("2021-02-11T16:20:05+0100", "2021-02-11T16:20:05+01:00"),
        ("2018-09-14 07:45:00.000000", "2018-09-14T07:45:00"),
        ("2024-01-30", "2024-01-30"),
        ("May 22, 2026", "2026-05-22"),
        ("22 mai 2026", "2026-05-22"),
        ("not a date", None),
        ("2019-02-30", None),
    ],
)
def test_normalise_date(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_dates_from_urls_and_datelines() -> None:
    assert date_from_url("https://x.example/2020/07/15/story/") == "2020-07-15"
    assert date_from_url("https://x.example/news/story-123") is None
    assert find_dateline("Posted by Ann Lee on March 3, 2025 at 9:00") == "2025-03-03"


def test_dateline_opening_the_body_when_nothing_else_dates_the_page() -> None:
    html = """<html><body><div class="story"><p>HOUSTON, March 3, 2025 — Lone Star Grid
    agreed to supply 300 MW to a data center operator under a ten-year contract, the
    utility said on Monday, in its largest deal so far.</p></div></body></html>"""
    assert parse(html).published == "2025-03-03"


def test_site_logo_h1_is_not_taken_for_the_headline() -> None:
    html = """<html lang="en"><head><title>Vertex signs solar deal | Grid Daily</title>
    </head><body><header><h1><a href="/">Grid Daily</a></h1></header><article>
    <h1>Vertex signs solar deal</h1><p>Vertex signe un accord solaire</p>
    <p>Vertex Compute has signed a 12-year agreement to buy the output of a 200 MW solar
    farm in Arizona from Polaris Energy, the companies said.</p></article></body></html>"""
    article = parse(html)
    assert article.alt_titles == ["Vertex signe un accord solaire"]
    assert article.text.startswith("Vertex Compute has signed")


def test_relative_canonical_without_a_base_is_dropped() -> None:
    article = parse((PAGES / "jsonld_date.html").read_bytes())
    assert article.canonical_url is None


def test_site_name_from_the_title_suffix_when_no_metadata_names_it() -> None:
    article = parse((PAGES / "short_byline.html").read_bytes())
    assert article.site_name == "Compute Ledger"


def test_byline_names_with_a_nickname_and_no_menu_words() -> None:
    html = """<html><body><div class="user-menu author-links"><a>Sign In</a></div>
    <article><span class="byline"><a rel="author" href="/w/rje">Marcus (M.J.) Doyle</a></span>
    <p>The lease covers two buildings in Reno and runs for twelve years, the landlord said in
    a statement on Monday, adding that both halls would be ready next spring.</p></article>
    </body></html>"""
    assert parse(html).authors == ["Marcus (M.J.) Doyle"]


def test_language_detection_abstains_outside_its_languages() -> None:
    from pipeline.parse.language import detect_language

    czech = (
        "Společnost podepsala smlouvu o pronájmu datového centra v Praze. Nájemce získá "
        "kapacitu dvaceti megawattů. Stavba začne příští rok a potrvá dva roky. Investice "
        "dosáhne několika miliard korun. Provozovatel uvedl, že poptávka po výkonu roste."
    )
    assert detect_language(czech) is None
    assert detect_language("The company said it would lease the site for ten years.") == "en"
    assert detect_language("La société a signé un contrat pour le site de Lyon.") == "fr"


def test_visible_dateline_keeps_its_zone_and_by_line_under_the_headline() -> None:
    article = parse((PAGES / "dateline_et.html").read_bytes())
    assert article.published == "2026-05-22T09:14:00-04:00"  # ET in May is EDT
    assert article.authors == ["Dana Whitfield", "Luis Ortega"]  # not sidebar or comments
    assert not article.text.startswith("By ")


def test_url_date_when_the_page_has_no_other() -> None:
    page = (PAGES / "url_date.html").read_bytes()
    url = "https://dcwire.example/2026/05/22/tessel-dallas/"
    assert parse(page, url=url).published == "2026-05-22"
    assert parse(page).published is None


def test_time_element_keeps_its_offset() -> None:
    article = parse((PAGES / "time_element.html").read_bytes())
    assert article.published == "2026-05-22T16:05:00-07:00"
    assert article.authors == ["Rosa Delgado"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47:00-05:00"),
        ("20 Nov 2019 08:02 GMT", "2019-11-20T08:02:00+00:00"),
        ("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19T03:05:46+00:00"),
        ("Jan 5, 2026 10:00 ET", "2026-01-05T10:00:00-05:00"),
        ("12:30 a.m. PT March 1, 2026", "2026-03-01T00:30:00-08:00"),
        ("22 mai 2026 à 18h05", "2026-05-22T18:05:00"),
    ],
)
def test_written_dates_with_clock_and_zone(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


def test_dateline_clock_time_only_with_a_zone() -> None:
    assert find_dateline("Dec. 1, 2025 10:30 a.m. ET Updated") == "2025-12-01T10:30:00-05:00"
    assert find_dateline("May 22, 2026 9:14 am AP") == "2026-05-22"


def test_byline_in_a_script_without_case() -> None:
    html = """<html lang="ja"><body><article><h1>契約</h1><p class="byline">田中 太郎</p>
    <p>データセンターの賃貸契約が締結されました。契約期間は十年です。</p></article></body></html>"""
    assert parse(html).authors == ["田中 太郎"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By DANA REYES, AP Energy Writer", ["DANA REYES"]),
        ("By Ann Lee and Omar Haddad, Associated Press", ["Ann Lee", "Omar Haddad"]),
        ("Jeff Moreau Monday, November 18, 2019", ["Jeff Moreau"]),
        ("Texte : Claire Dubois", ["Claire Dubois"]),
        ("Associated Press", ["Associated Press"]),
    ],
)
def test_byline_labels_roles_and_dates_are_left_out(byline: str, names: list[str]) -> None:
    from pipeline.parse.metadata import split_authors

    assert split_authors(byline) == names


def test_placeholder_date_is_skipped_for_the_next_source() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Deal", "datePublished": "0001-01-01T00:00:00Z", "author": {"@type": "Person",
    "name": "By Ann Lee, Staff Writer"}}</script>
    <meta property="article:published_time" content="2026-05-22T09:14:00-04:00"></head>
    <body><article><p>Acme agreed to buy a 40 MW campus in Ohio from Beta Corp for an
    undisclosed sum, the companies said on Friday.</p></article></body></html>"""
    article = parse(html)
    assert article.published == "2026-05-22T09:14:00-04:00"
    assert article.authors == ["Ann Lee"]


def test_middle_initials_are_not_conjunctions() -> None:
    from pipeline.parse.metadata import split_authors

    assert split_authors("Sarah E. Needleman") == ["Sarah E. Needleman"]
    assert split_authors("Bruce Y. Lee") == ["Bruce Y. Lee"]
    assert split_authors("Ana López y Juan Pérez") == ["Ana López", "Juan Pérez"]


def test_byline_and_date_lines_under_the_headline_are_not_alternate_titles() -> None:
    html = """<html lang="fr"><body><article><h1>Accord signé à Lyon</h1>
    <p>by Jeff Moreau Monday, November 18, 2019</p><p>18 November 2019</p>
    <p>La société a signé un bail de douze ans pour un centre de données près de Lyon, a-t-elle
    annoncé lundi dans un communiqué.</p></article></body></html>"""
    assert parse(html).alt_titles == []


def test_byline_in_a_layout_with_a_sidebar_flag_is_the_article_s() -> None:
    html = """<html><body><div class="layout has-sidebar"><div class="content"><h1>Deal</h1>
    <span class="byline">Ann Lee</span><p>Acme agreed to buy a 40 MW campus in Ohio from Beta
    Corp for an undisclosed sum, the companies said on Friday.</p></div>
    <div class="sidebar"><span class="author">Tom Okafor</span></div></div></body></html>"""
    assert parse(html).authors == ["Ann Lee"]


def test_french_page_byline_date_and_clock_in_paris_time() -> None:
    article = parse((PAGES / "byline_date_fr.html").read_bytes())
    assert article.language == "fr"
    assert article.authors == ["Jeanne Martin", "Paul Girardin"]  # not the related story's
    assert article.published == "2026-05-22T09:14:00+02:00"  # Paris in May is UTC+2
    assert article.text.startswith("L'hébergeur Orbelle Cloud")  # byline and dates removed
    assert "Mis à jour" not in article.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le 10 mars 2026 à 9h14", "2026-03-10"),  # no zone: the day only
        ("Publié le 10 mars 2026 à 9h14 (heure de Paris)", "2026-03-10T09:14:00+01:00"),
        ("Par Jeanne Martin | 22 mai 2026 à 9h14 HAEC", "2026-05-22T09:14:00+02:00"),
        ("Mis à jour le 1er décembre 2025 à 10h30 HNE", "2025-12-01T10:30:00-05:00"),
        ("lundi 22 mai 2026", "2026-05-22"),
    ],
)
def test_french_datelines(line: str, expected: str) -> None:
    assert find_dateline(line) == expected
