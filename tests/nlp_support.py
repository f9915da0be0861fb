"""Stage inputs for the NLP tests: an article's sentences parsed by the model, and the
facilities a sentence places."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp.candidates import Candidates, ParsedSentence
from pipeline.nlp.model import load_model
from pipeline.nlp.places import find_facilities
from pipeline.nlp.sentences import split_sentences


def candidates_of(text: str, published: str | None = "2026-03-02") -> Candidates:
    """Stage 1 over every sentence of a text written for a test."""
    sentences = split_sentences(text)
    docs = load_model().pipe(s.text for s in sentences)
    parsed = [ParsedSentence(s, d) for s, d in zip(sentences, docs, strict=True)]
    return Candidates(Article(text=text, published=published), parsed)


Site = tuple[str | None, str | None, str | None, str | None]


def sites_of(sentence: str) -> list[Site]:
    """Name, city, region and country of each facility the sentence places."""
    return [(f.name, f.city, f.region, f.country) for f in find_facilities(sentence)]
