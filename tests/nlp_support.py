"""Stage inputs for the NLP tests: an article's sentences parsed by the model, the frames
of one sentence, the facilities a sentence places, and the deals and loan sides of a
French text."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.candidates import Candidates, ParsedSentence
from pipeline.nlp.headlines import headline_case
from pipeline.nlp.model import load_model
from pipeline.nlp.places import find_facilities
from pipeline.nlp.roles import find_frames
from pipeline.nlp.sentences import for_parser, split_sentences


def candidates_of(text: str, published: str | None = "2026-03-02") -> Candidates:
    """Stage 1 over every sentence of a text written for a test."""
    sentences = split_sentences(text)
    docs = load_model().pipe(s.text for s in sentences)
    parsed = [ParsedSentence(s, d) for s, d in zip(sentences, docs, strict=True)]
    return Candidates(Article(text=text, published=published), parsed)


def frames_of(sentence: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Trigger, deal type and (role, text) arguments of each frame of one English
    sentence, parsed as the pipeline parses it."""
    doc = load_model()(headline_case(for_parser(sentence, "en")))
    return [(f.trigger, f.deal_type, [(r, m.text) for r, m in f.args]) for f in find_frames(doc)]


Site = tuple[str | None, str | None, str | None, str | None]


def sites_of(sentence: str) -> list[Site]:
    """Name, city, region and country of each facility the sentence places."""
    return [(f.name, f.city, f.region, f.country) for f in find_facilities(sentence)]


def french_deals(text: str) -> list[Deal]:
    """The deals of a French text written for a test."""
    return extract_deals(Article(text=text, language="fr", published="2026-06-01"))


def french_loan_sides(text: str) -> set[tuple[str, str]]:
    """Names and roles of the one loan (deal type `other`) of a French text."""
    loans = [d for d in french_deals(text) if d.deal_type == "other"]
    assert len(loans) == 1
    return {(p.name, p.role) for p in loans[0].parties}
