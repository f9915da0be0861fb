"""The document steps of a run: parse a fetched page, extract deals from articles."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol
from urllib.parse import urlsplit

from pipeline.budget import NlpLimits
from pipeline.errors import DealpipeError
from pipeline.extract import to_article
from pipeline.fetch import FetchedPage
from pipeline.ingest.trust import same_site
from pipeline.ingest.urls import is_http_url, normalize_url
from pipeline.models import Article, Deal
from pipeline.parallel import ProcessPool


class Processor(Protocol):
    """Parse and NLP as the runner uses them (swappable, e.g. for a different model)."""

    def parse(self, page: FetchedPage, *, published: str | None) -> Article:
        """A fetched page -> its article."""

    def extract(self, articles: Sequence[Article]) -> Sequence[list[Deal] | DealpipeError]:
        """Articles -> their deals, in order (one model, one batch), or the error of an
        article that could not be analysed (over its budget, the run stopping)."""


class PipelineProcessor:
    """The project's parser (`pipeline.parse`) and NLP step (`pipeline.nlp`), the NLP on
    `processes` worker processes when more than one (`close` stops them); the deals'
    summaries in `summary_language` when given (else English)."""

    def __init__(
        self,
        limits: NlpLimits | None = None,
        processes: int = 1,
        summary_language: str | None = None,
    ) -> None:
        self.limits = limits or NlpLimits()
        self.processes = processes
        self.summary_language = summary_language
        self._pool: ProcessPool | None = None

    def parse(self, page: FetchedPage, *, published: str | None) -> Article:
        return to_article(
            page.content, url=page.final_url, published=published, encoding=page.charset
        )

    def extract(self, articles: Sequence[Article]) -> Sequence[list[Deal] | DealpipeError]:
        found = self._extract(articles)
        if self.summary_language is None:
            return found
        from pipeline.nlp.summary import summary_in

        language = self.summary_language
        return [
            r if isinstance(r, DealpipeError) else [summary_in(d, language) for d in r]
            for r in found
        ]

    def _extract(self, articles: Sequence[Article]) -> Sequence[list[Deal] | DealpipeError]:
        if self.processes <= 1:
            from pipeline.nlp import analyse_batch  # heavy (spaCy): imported when first used

            return [
                a.deals if a.error is None else a.error
                for a in analyse_batch(articles, self.limits)
            ]
        if self._pool is None:
            # The cancel event cannot cross processes; closing the pool stops the workers.
            self._pool = ProcessPool(self.processes, limits=replace(self.limits, cancel=None))
        return [
            r.deals if r.error is None else DealpipeError(r.error)
            for r in self._pool.extract(articles)
        ]

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None


def canonical_url(article: Article, fetched_url: str) -> str:
    """The URL an article is stored under: its declared canonical URL, normalised.

    A canonical link to a site's home page from a deeper page is a common template bug
    and is ignored, as is anything that is not an http(s) URL, and a canonical URL on
    another site than the fetched page (it would let any page replace another site's
    article: it stays recorded in the article, never used as the key)."""
    fallback = normalize_url(fetched_url)
    declared = article.canonical_url
    if not declared or not is_http_url(declared):
        return fallback
    canonical = normalize_url(declared)
    if not same_site(canonical, fallback):
        return fallback
    if urlsplit(canonical).path == "/" and urlsplit(fallback).path != "/":
        return fallback
    return canonical


def content_hash(article: Article) -> str:
    """Hash of what the NLP step reads: a changed hash means re-extract."""
    payload = "\n".join([article.title or "", article.published or "", article.text])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
