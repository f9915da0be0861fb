"""NLP step: an `Article` in, deal records out (spaCy, rules as data).

Work per article is bounded: only the first `NlpLimits.max_text_chars` characters are
analysed, sentences are capped in length, and a cooperative `Deadline` is checked after
every parsed sentence and before building the records (see `budget`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.budget import Deadline, NlpLimits, truncation_warning
from pipeline.errors import DealpipeError
from pipeline.models import Article, Deal
from pipeline.nlp.deals import ParsedSentence, build_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.places import find_facilities
from pipeline.nlp.sentences import Sentence, for_parser, has_deal_cue, split_sentences

if TYPE_CHECKING:
    from spacy.language import Language

SENTENCES_PER_STEP = 16  # sentences spaCy parses between two deadline checks


@dataclass(frozen=True)
class Analysis:
    """The NLP outcome of one article: its deals and warnings, or why it has none."""

    deals: list[Deal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: DealpipeError | None = None


def extract_deals(article: Article) -> list[Deal]:
    """Extract the deals of one article, the main deal first."""
    return next(extract_deals_batch([article]))


def extract_deals_batch(
    articles: Iterable[Article], limits: NlpLimits | None = None
) -> Iterator[list[Deal]]:
    """Extract deals for many articles with one model load, in order. Raises the error
    of an article that could not be analysed (e.g. `ArticleTimeout`)."""
    for analysis in analyse_batch(articles, limits):
        if analysis.error is not None:
            raise analysis.error
        yield analysis.deals


def analyse_batch(
    articles: Iterable[Article], limits: NlpLimits | None = None
) -> Iterator[Analysis]:
    """One `Analysis` per article, in order, with one model load; an article over its
    budget gets an error and the next one starts afresh."""
    nlp = load_model()
    limits = limits or NlpLimits()
    for article in articles:
        yield _analyse(nlp, article, limits)


def _names_facility(text: str) -> bool:
    """`the Los Llanos solar complex`: a sentence naming a facility by its proper name."""
    return any(f.name for f in find_facilities(text))


def _candidates(text: str, deadline: Deadline) -> list[Sentence]:
    """The lead sentence (it names the protagonist), every sentence with a deal cue and
    every sentence naming a facility (where the deal's capacity is)."""
    chosen = []
    for i, sentence in enumerate(split_sentences(text)):
        if i == 0 or has_deal_cue(sentence.text) or _names_facility(sentence.text):
            chosen.append(sentence)
        deadline.check()
    return chosen


def _analyse(nlp: Language, article: Article, limits: NlpLimits) -> Analysis:
    deadline = limits.deadline()
    warning = truncation_warning(article.text, limits)
    warnings = [warning] if warning else []
    try:
        sentences = _candidates(article.text[: limits.max_text_chars], deadline)
        docs = nlp.pipe((for_parser(s.text) for s in sentences), batch_size=SENTENCES_PER_STEP)
        parsed = []
        for sentence, doc in zip(sentences, docs, strict=True):
            parsed.append(ParsedSentence(sentence, doc))
            deadline.check()
        return Analysis(build_deals(article, parsed), warnings)
    except DealpipeError as error:
        return Analysis(warnings=warnings, error=error)


__all__ = ["Analysis", "NlpLimits", "analyse_batch", "extract_deals", "extract_deals_batch"]
