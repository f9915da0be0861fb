"""Parser: bytes of an HTML page (or plain text) in, an `Article` out. Pure functions, no I/O."""

from __future__ import annotations

import warnings

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from pipeline.errors import EmptyDocument
from pipeline.models import Article
from pipeline.parse import metadata
from pipeline.parse.boilerplate import main_blocks, measure
from pipeline.parse.clean import pre_clean, to_text
from pipeline.parse.dates import find_dateline
from pipeline.parse.language import detect_language
from pipeline.parse.plaintext import split_plain
from pipeline.parse.subtitles import translated_subtitles
from pipeline.parse.text import render

_RETRY_BELOW = 250
_DATELINE_SPAN = 200  # a dateline opens the body: "WASHINGTON, Nov. 18, 2019 —"


def parse(html: bytes | str, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse an HTML page into an `Article`: boilerplate-free text plus metadata.

    `encoding` is the charset the HTTP header declared, if any."""
    source = to_text(html, encoding)
    if not source.strip():
        raise EmptyDocument("the page is empty")
    cleaned = pre_clean(source)
    soup = _tree(cleaned.html)
    meta = metadata.scan(soup)
    ld = metadata.article_object(cleaned.json_ld)
    title = metadata.title_of(meta, ld)
    language = metadata.language_of(meta, ld)
    headline = metadata.headline_tag(meta, title)
    subtitles = translated_subtitles(headline, language)
    headline_text = headline.get_text(" ", strip=True) if headline else None
    skip = {t for t in (title, headline_text, *subtitles) if t}
    # Read the tree before pruning.
    authors = metadata.authors_of(meta, ld, headline)
    published = metadata.published_of(meta, ld, url, headline)
    text = _body(soup, skip, strict=True)
    if len(text) < _RETRY_BELOW:
        # Class hints removed too much: parse again without them, keep the longer body.
        loose = _body(_tree(cleaned.html), skip, strict=False)
        text = loose if len(loose) > 2 * len(text) + _RETRY_BELOW // 2 else text
    if not text.strip():
        raise EmptyDocument("the page holds no article text")
    alt_titles = subtitles + [
        t for t in metadata.alt_titles_of(title, meta, ld) if t not in subtitles
    ]
    return Article(
        url=url,
        canonical_url=metadata.canonical_of(meta, url),
        title=title,
        alt_titles=alt_titles,
        authors=authors,
        published=published or find_dateline(text[:_DATELINE_SPAN]),
        language=language or detect_language(text),
        site_name=metadata.site_name_of(meta, ld, cleaned.json_ld),
        text=text,
    )


def _tree(html: str) -> BeautifulSoup:
    """One tree per page; class and rel kept as plain strings (faster to build)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # feeds and XHTML are fine
        return BeautifulSoup(html, "lxml", multi_valued_attributes=None)


def _body(soup: BeautifulSoup, skip: set[str], *, strict: bool) -> str:
    measured = measure(soup, strict=strict)
    return render(main_blocks(soup, measured), measured, skip)


def parse_text(text: str, *, url: str | None = None, headline: bool | None = None) -> Article:
    """Build an `Article` from plain text. The first line is the title when it reads like a
    headline; `headline=False` says there is no title line, `True` forces one."""
    plain = split_plain(text, headline=headline)
    if not plain.text.strip():
        raise EmptyDocument("the text holds no article body")
    return Article(
        url=url,
        title=plain.title,
        alt_titles=plain.alt_titles,
        authors=plain.authors,
        published=plain.published,
        language=plain.language,
        text=plain.text,
    )


__all__ = ["parse", "parse_text"]
