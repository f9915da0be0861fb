"""Language of a text from its commonest function words (a fallback when the page says nothing)."""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "that",
            "for",
            "it",
            "with",
            "as",
            "was",
            "on",
            "are",
            "by",
            "this",
            "be",
            "from",
            "have",
        }
    ),
    "fr": frozenset(
        {
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "et",
            "est",
            "un",
            "une",
            "pour",
            "que",
            "qui",
            "dans",
            "sur",
            "au",
            "avec",
            "pas",
            "ce",
        }
    ),
    "de": frozenset(
        {
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "den",
            "von",
            "zu",
            "ein",
            "eine",
            "sich",
            "auf",
            "für",
            "im",
            "dem",
        }
    ),
    "es": frozenset(
        {
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "que",
            "en",
            "un",
            "una",
            "por",
            "para",
            "con",
            "es",
            "se",
            "al",
            "lo",
            "como",
        }
    ),
    "it": frozenset(
        {
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "che",
            "e",
            "un",
            "una",
            "per",
            "con",
            "non",
            "sono",
            "è",
            "da",
            "nel",
        }
    ),
    "pt": frozenset(
        {
            "o",
            "a",
            "os",
            "as",
            "de",
            "do",
            "da",
            "que",
            "e",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "em",
            "no",
            "na",
            "por",
            "se",
            "mais",
        }
    ),
    "nl": frozenset(
        {
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "met",
            "voor",
            "niet",
            "zijn",
            "die",
            "aan",
            "er",
            "ook",
        }
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff]|[\u4e00-\u9fff]|[\uac00-\ud7af]")
_MIN_HITS = 3
# In a text of at least _LONG_TEXT words, function words make up a good share (25-40 %).
_LONG_TEXT = 20
_MIN_SHARE = 0.12


def detect_language(text: str) -> str | None:
    """The primary language tag of a text, or None when too little evidence."""
    sample = text[:5000]
    cjk = _CJK.findall(sample)
    if len(cjk) > len(sample) * 0.2:
        if any("\u3040" <= c <= "\u30ff" for c in cjk):
            return "ja"
        if any("\uac00" <= c <= "\ud7af" for c in cjk):
            return "ko"
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    counts: Counter[str] = Counter()
    for word in words:
        for lang, stops in STOPWORDS.items():
            if word in stops:
                counts[lang] += 1
    if not counts:
        return None
    lang, hits = counts.most_common(1)[0]
    if len(words) >= _LONG_TEXT and hits < len(words) * _MIN_SHARE:
        return None  # a language outside the lists that happens to share a few short words
    return lang if hits >= min(_MIN_HITS, max(1, len(words) // 4)) else None


def primary_tag(tag: str | None) -> str | None:
    """'en' from 'en-US', 'en_GB' or 'EN'; None for an empty or malformed tag."""
    if not tag:
        return None
    head = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return head if re.fullmatch(r"[a-z]{2,3}", head) else None
