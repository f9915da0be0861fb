"""Parse + NLP composed: a document in, an `ExtractionResult` out."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Literal

from pipeline.models import Article, ExtractionResult
from pipeline.parse import parse, parse_text
from pipeline.parse.clean import to_text

DocumentFormat = Literal["auto", "html", "text"]


def looks_like_html(document: bytes | str) -> bool:
    """True when the document starts like markup rather than prose."""
    head = document[:2048]
    sample = head.decode("ascii", "ignore") if isinstance(head, bytes) else head
    sample = sample.lstrip("\ufeff \t\r\n").lower()
    if sample.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<!--")):
        return True
    return sum(sample.count(tag) for tag in ("<p", "<div", "<meta", "<a ", "<br")) >= 2


def to_article(
    document: bytes | str,
    *,
    url: str | None = None,
    published: str | None = None,
    encoding: str | None = None,
    format: DocumentFormat = "auto",
    headline: bool | None = None,
) -> Article:
    """Parse a document (HTML or plain text) into an `Article`.

    `published` fills the publication date when the document has none; `headline` says
    whether plain text opens with a title line (None: decided from the line itself)."""
    is_html = format == "html" or (format == "auto" and looks_like_html(document))
    if is_html:
        article = parse(document, url=url, encoding=encoding)
    else:
        text = to_text(document, encoding)
        article = parse_text(text, url=url, headline=headline)
    if published and not article.published:
        article = article.model_copy(update={"published": published})
    return article


def extract(
    document: bytes | str,
    *,
    url: str | None = None,
    published: str | None = None,
    encoding: str | None = None,
    format: DocumentFormat = "auto",
    headline: bool | None = None,
) -> ExtractionResult:
    """Extract deal records from one HTML page or plain-text article."""
    article = to_article(
        document,
        url=url,
        published=published,
        encoding=encoding,
        format=format,
        headline=headline,
    )
    return extract_article(article)


def extract_article(article: Article) -> ExtractionResult:
    """Run the NLP step over an already parsed article."""
    return next(extract_many([article]))


def extract_many(articles: Iterable[Article]) -> Iterator[ExtractionResult]:
    """Run the NLP step over many articles with one model and `nlp.pipe`, in order."""
    # spaCy costs about a second to import: load the NLP step only when deals are wanted,
    # so `dealpipe parse`, `schema` and `--help` start fast.
    from pipeline.nlp import extract_deals_batch

    for_results, for_nlp = itertools.tee(articles)
    for article, deals in zip(for_results, extract_deals_batch(for_nlp), strict=True):
        yield ExtractionResult(article=article, deals=deals)
