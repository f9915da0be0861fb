"""NLP step: an `Article` in, deal records out (spaCy, rules as data)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline.models import Article, Deal


def extract_deals(article: Article) -> list[Deal]:
    """Extract the deals of one article, the main deal first."""
    return next(extract_deals_batch([article]))


def extract_deals_batch(articles: Iterable[Article]) -> Iterator[list[Deal]]:
    """Extract deals for many articles with one model load and `nlp.pipe`, in order."""
    raise NotImplementedError


__all__ = ["extract_deals", "extract_deals_batch"]
