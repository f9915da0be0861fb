"""NLP step: an `Article` in, deal records out (spaCy, rules as data)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from pipeline.models import Article, Deal
from pipeline.nlp.candidates import ParsedSentence
from pipeline.nlp.deals import build_deals
from pipeline.nlp.locations import may_locate
from pipeline.nlp.model import load_model
from pipeline.nlp.places import find_facilities
from pipeline.nlp.sentences import Sentence, has_deal_cue, split_sentences

ARTICLES_PER_BATCH = 32


def extract_deals(article: Article) -> list[Deal]:
    """Extract the deals of one article, the main deal first."""
    return next(extract_deals_batch([article]))


def _names_facility(text: str) -> bool:
    """`the Los Llanos solar complex`: a sentence naming a facility by its proper name."""
    return any(f.name for f in find_facilities(text))


def _candidates(article: Article) -> list[Sentence]:
    """The lead sentence (it names the protagonist), every sentence with a deal cue, every
    sentence naming a facility (where the deal's capacity is) and every sentence that may
    say where a company is (where a bought company is)."""
    sentences = split_sentences(article.text)
    return [
        s
        for i, s in enumerate(sentences)
        if i == 0 or has_deal_cue(s.text) or _names_facility(s.text) or may_locate(s.text)
    ]


def extract_deals_batch(articles: Iterable[Article]) -> Iterator[list[Deal]]:
    """Extract deals for many articles with one model load and `nlp.pipe`, in order.

    Only sentences with a deal cue are parsed; articles stream in small batches."""
    nlp = load_model()
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, ARTICLES_PER_BATCH)):
        sentences = [_candidates(a) for a in batch]
        jobs = [(s.text, (i, j)) for i, ss in enumerate(sentences) for j, s in enumerate(ss)]
        parsed: list[list[ParsedSentence]] = [[] for _ in batch]
        for doc, (i, j) in nlp.pipe(jobs, as_tuples=True, batch_size=256):
            parsed[i].append(ParsedSentence(sentences[i][j], doc))
        for article, article_parsed in zip(batch, parsed, strict=True):
            yield build_deals(article, article_parsed)


__all__ = ["extract_deals", "extract_deals_batch"]
