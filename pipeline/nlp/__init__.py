"""NLP step: an `Article` in, deal records out (spaCy, rules as data).

Work per article is bounded: only the first `NlpLimits.max_text_chars` characters are
analysed, sentences are capped in length, and a cooperative `Deadline` is checked after
every sentence selected and parsed and before building the records (see
`pipeline.budget`). Consecutive articles are parsed together for speed; an article's
clock also runs while the others of its group are parsed and built (at most `GROUP_CHARS`
candidate characters of them; a larger article is alone). Each article is read by the
model and rules of its language (`languages.py`), loaded when the first article in that
language arrives; a group holds articles of one language, so a mixed batch keeps its
order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.budget import Deadline, NlpLimits, truncation_warning
from pipeline.errors import DealpipeError
from pipeline.models import Article, Deal
from pipeline.nlp.candidates import ParsedSentence
from pipeline.nlp.deals import build_deals
from pipeline.nlp.headlines import headline_case
from pipeline.nlp.languages import rules_language
from pipeline.nlp.locations import may_locate
from pipeline.nlp.model import load_model
from pipeline.nlp.party_gate import PartyGate
from pipeline.nlp.places import find_facilities
from pipeline.nlp.sentences import Sentence, for_parser, has_deal_cue, split_sentences
from pipeline.nlp.terms import has_contract_dates
from pipeline.parse.dates import calendar_date

if TYPE_CHECKING:
    from spacy.language import Language

SENTENCES_PER_STEP = 64  # sentences spaCy parses at once, between two deadline checks
GROUP_CHARS = 50_000  # candidate characters of consecutive articles parsed together
ARTICLES_PER_GROUP = 32


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
    articles: Iterable[Article],
    limits: NlpLimits | None = None,
    party_gate: PartyGate | None = None,
) -> Iterator[list[Deal]]:
    """Extract deals for many articles with one model load, in order. Raises the error
    of an article that could not be analysed (e.g. `ArticleTimeout`). `party_gate` (off
    by default; `party_gate.learnt_gate` is the trained one) keeps or drops the parties
    the rules found."""
    for analysis in analyse_batch(articles, limits, party_gate):
        if analysis.error is not None:
            raise analysis.error
        yield analysis.deals


def analyse_batch(
    articles: Iterable[Article],
    limits: NlpLimits | None = None,
    party_gate: PartyGate | None = None,
) -> Iterator[Analysis]:
    """One `Analysis` per article, in order, with one model load; an article over its
    budget gets an error and its batch-mates are unaffected."""
    limits = limits or NlpLimits()
    group: list[_Work] = []
    language = ""
    for article in articles:
        work = _select(article, limits)
        full = sum(w.chars for w in group) + work.chars > GROUP_CHARS
        other = rules_language(article.language) != language
        if group and (full or other or len(group) == ARTICLES_PER_GROUP):
            yield from _finish(load_model(language), group, limits, party_gate)
            group = []
        language = rules_language(article.language)
        group.append(work)
    if group:
        yield from _finish(load_model(language), group, limits, party_gate)


@dataclass
class _Work:
    """One article on its way through the NLP step."""

    article: Article
    deadline: Deadline
    warnings: list[str]
    sentences: list[Sentence] = field(default_factory=list)
    parsed: list[ParsedSentence] = field(default_factory=list)
    error: DealpipeError | None = None

    @property
    def chars(self) -> int:
        return sum(len(s.text) for s in self.sentences)

    def check(self) -> None:
        """Record the deadline's verdict instead of raising it."""
        if self.error is None:
            try:
                self.deadline.check()
            except DealpipeError as error:
                self.error = error


def _names_facility(text: str) -> bool:
    """`the Los Llanos solar complex`: a sentence naming a facility by its proper name."""
    return any(f.name for f in find_facilities(text))


def _is_prose(text: str) -> bool:
    """A sentence of the story, not a section label, dateline or byline line
    (`Nuclear | Restarts | 14 April 2026`, `By Example Staff Writer`)."""
    words = text.split()
    return len(words) >= 6 and text.rstrip()[-1:] in '.!?"”’)' and words[0] != "By"


def _select(article: Article, limits: NlpLimits) -> _Work:
    """The article's candidate sentences within its character budget: the lead sentence
    (the first of the story: it names the protagonist), every sentence with a deal cue,
    every sentence naming a facility (where the deal's capacity is), every sentence that
    may say where a company is (where a bought company is) and every sentence dating a
    contract (`shipped in four batches between October 2026 and September 2027`)."""
    warning = truncation_warning(article.text, limits)
    work = _Work(article, limits.deadline(), [warning] if warning else [])
    language = rules_language(article.language)
    sentences = split_sentences(article.text[: limits.max_text_chars], language)
    lead = next((i for i, s in enumerate(sentences) if _is_prose(s.text)), 0)
    published = calendar_date(article.published)
    for i, sentence in enumerate(sentences):
        text = sentence.text
        cue = has_deal_cue(text, language)
        if (
            i == lead
            or cue
            or _names_facility(text)
            or may_locate(text)
            or has_contract_dates(text, published, language)
        ):
            work.sentences.append(sentence)
        work.check()
        if work.error is not None:
            break
    return work


def _finish(
    nlp: Language, group: list[_Work], limits: NlpLimits, party_gate: PartyGate | None
) -> Iterator[Analysis]:
    """Parse the group's sentences together, checking each article's deadline after each
    of its sentences, then build each article's records. The deadlines start afresh
    here: waiting for the group to fill (reading, fetching) is not the NLP's time."""
    for work in group:
        if work.error is None:
            work.deadline = limits.deadline()
    language = rules_language(group[0].article.language)  # a group holds one language
    jobs = (  # lazy: the sentences of an article that has stopped are not parsed
        (headline_case(for_parser(sentence.text, language)), (work, sentence))
        for work in group
        for sentence in work.sentences
        if work.error is None
    )
    for doc, (work, sentence) in nlp.pipe(jobs, as_tuples=True, batch_size=SENTENCES_PER_STEP):
        if work.error is None:
            work.parsed.append(ParsedSentence(sentence, doc))
            work.check()
    for work in group:
        work.check()
        if work.error is not None:
            yield Analysis(warnings=work.warnings, error=work.error)
        else:
            yield Analysis(build_deals(work.article, work.parsed, party_gate), work.warnings)


__all__ = ["Analysis", "NlpLimits", "analyse_batch", "extract_deals", "extract_deals_batch"]
