"""Benchmark: NLP extraction speed in articles of ~600 words per minute on one core,
for English and for French.

Run: .venv/bin/python benchmarks/bench_nlp_speed.py [--articles N]
Builds ~600-word English articles by concatenating the acquisitions-dev stories and the
fixture texts, and ~600-word French articles from the French dev fixtures; loads each
language's model once (not timed), then times `extract_deals_batch` over each set.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks.bench_acquisitions import DATA, load_stories  # noqa: E402
from benchmarks.bench_deals import SUITES, load_fixtures  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.nlp import extract_deals_batch  # noqa: E402
from pipeline.nlp.model import load_model  # noqa: E402

WORDS_PER_ARTICLE = 600


def build_articles(count: int, language: str = "en") -> list[Article]:
    """`count` articles of about 600 words each from the development texts of a language
    (English: the acquisitions stories and the deal fixtures; French: the French dev
    fixtures)."""
    if language == "fr":
        texts = [f["text"] for f in load_fixtures("dev", SUITES["fr"])]
    else:
        texts = [t for _, t, _ in load_stories(DATA)] + [f["text"] for f in load_fixtures()]
    articles: list[Article] = []
    parts: list[str] = []
    words = 0
    for text in itertools.cycle(texts):
        parts.append(text.strip())
        words += len(text.split())
        if words >= WORDS_PER_ARTICLE:
            text = "\n\n".join(parts)
            articles.append(Article(text=text, published="2026-01-15", language=language))
            parts, words = [], 0
            if len(articles) == count:
                return articles
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    for language, name in (("en", "English"), ("fr", "French")):
        articles = build_articles(args.articles, language)
        total_words = sum(len(a.text.split()) for a in articles)
        load_model(language)
        start = time.perf_counter()
        deals = sum(len(d) for d in extract_deals_batch(articles))
        elapsed = time.perf_counter() - start
        per_minute = len(articles) / elapsed * 60
        normalised = total_words / WORDS_PER_ARTICLE / elapsed * 60
        print(f"{name}: articles: {len(articles)}  words: {total_words}  deals: {deals}")
        print(f"{name}: elapsed: {elapsed:.2f} s  words/s: {total_words / elapsed:.0f}")
        print(f"{name}: articles per minute (one core): {per_minute:.0f}")
        print(f"{name}: {WORDS_PER_ARTICLE}-word articles per minute (one core): {normalised:.0f}")


if __name__ == "__main__":
    main()
