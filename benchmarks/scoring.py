"""Scorers for the development sets, written from their READMEs. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4
_BYLINE_FILLER = frozenset(
    {"by", "written", "edited", "and", "with", "par", "von", "por", "di", "door", "de", "et"}
    | {"und", "y", "e", "january", "february", "march", "april", "may", "june", "july"}
    | {"august", "september", "october", "november", "december", "jan", "feb", "mar"}
    | {"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_BYLINE_PREFIX = re.compile(r"^(?:written\s+)?(?:by|par|von|por|di|door)\s+", re.IGNORECASE)


def tokens(text: str) -> list[str]:
    """Words of a text: runs of `\\w` (Unicode, case kept)."""
    return _TOKEN.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Multiset of 4-token shingles; a text shorter than 4 tokens is one shingle."""
    words = tokens(text)
    if len(words) < _SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


@dataclass(frozen=True)
class PageCounts:
    """Shingle counts of one page."""

    tp: int
    fp: int
    fn: int
    exact: bool


def page_counts(predicted: str, truth: str) -> PageCounts:
    """Shingle true/false positives and negatives of one predicted body."""
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    return PageCounts(
        tp=tp,
        fp=sum(pred.values()) - tp,
        fn=sum(true.values()) - tp,
        exact=tokens(predicted) == tokens(truth),
    )


def _ratio(tp: int, other: int) -> float:
    return 1.0 if tp + other == 0 else tp / (tp + other)


@dataclass(frozen=True)
class BodyScore:
    """Benchmark-level body scores."""

    f1: float
    precision: float
    recall: float
    accuracy: float


def body_score(pages: Sequence[PageCounts]) -> BodyScore:
    """Mean precision and recall over pages, F1 from the means, exact-token accuracy."""
    precisions = [_ratio(p.tp, p.fp) for p in pages if p.tp + p.fp > 0]
    recalls = [_ratio(p.tp, p.fn) for p in pages if p.tp + p.fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return BodyScore(f1=f1, precision=precision, recall=recall, accuracy=accuracy)


def normalise(text: str) -> str:
    """NFKC and collapsed whitespace, case kept."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def same_text(predicted: str | None, expected: str) -> bool:
    """Titles and site names: equal after Unicode and whitespace normalisation
    (no value and an empty expectation are equal)."""
    return normalise(predicted or "") == normalise(expected)


def same_byline(authors: Iterable[str], expected: str) -> bool:
    """The authors name the same people as the byline: every name occurs in it, and what is
    left is only role words ("By", "Edited by", "and"...), dates and punctuation."""
    names = [normalise(a) for a in authors if a.strip()]
    wanted = normalise(expected)
    if not names:
        return False
    if ", ".join(names) in {wanted, _BYLINE_PREFIX.sub("", wanted)}:
        return True
    rest = wanted
    for name in names:
        if name not in rest:
            return False
        rest = rest.replace(name, " ", 1)
    leftover = [w for w in tokens(rest) if w.lower() not in _BYLINE_FILLER and not w.isdigit()]
    return not leftover


def same_language(predicted: str | None, expected: str) -> bool:
    """BCP 47 primary subtags equal ('en' matches 'en-US')."""
    if not predicted:
        return False
    return _primary(predicted) == _primary(expected)


def _primary(tag: str) -> str:
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]


def same_instant(predicted: str | None, expected: str) -> bool:
    """Publication times as instants; naive times and dates compare by their wall clock."""
    if not predicted:
        return False
    left, right = _when(predicted), _when(expected)
    if left is None or right is None:
        return False
    if len(expected.strip()) <= 10 or len(predicted.strip()) <= 10:
        return left.date() == right.date()
    if left.tzinfo is None or right.tzinfo is None:
        return left.replace(tzinfo=None) == right.replace(tzinfo=None)
    return left == right


def _when(value: str) -> datetime | None:
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


METADATA_FIELDS = ("title", "byline", "lang", "siteName", "publishedTime")


@dataclass
class PageMeta:
    """The metadata fields readability-dev compares, whatever the extractor."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    site_name: str | None = None
    published: str | None = None


def meta_matches(meta: PageMeta, name: str, expected: str) -> bool:
    """Whether one readability-dev field (`METADATA_FIELDS`) matches its expectation."""
    if name == "title":
        return same_text(meta.title, expected)
    if name == "byline":
        return same_byline(meta.authors, expected)
    if name == "lang":
        return same_language(meta.lang, expected)
    if name == "siteName":
        return same_text(meta.site_name, expected)
    return same_instant(meta.published, expected)
