"""The project's NLP rules as data: JSON files in `pipeline/nlp/patterns/<language>/`,
loaded once per language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pipeline.nlp.languages import DEFAULT_LANGUAGE, LANGUAGES

PATTERNS_DIR = Path(__file__).with_name("patterns")


def rules_path(name: str, language: str = DEFAULT_LANGUAGE) -> Path:
    """The rule file `name` of `language`: its own, or the English one when its folder
    has none (files without words, such as weights, are shared)."""
    own = PATTERNS_DIR / language / name
    return own if own.is_file() else PATTERNS_DIR / DEFAULT_LANGUAGE / name


@cache
def load_rules(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """One rule file of a language as a mapping (keys starting with `_` are
    documentation)."""
    data = json.loads(rules_path(name, language).read_text(encoding="utf-8"))
    if isinstance(data, list):
        return {"patterns": data}
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _merged(base: Any, more: Any) -> Any:
    """Two rule values as one: lists joined without repeats, mappings key by key."""
    if isinstance(base, list) and isinstance(more, list):
        return base + [item for item in more if item not in base]
    if isinstance(base, dict) and isinstance(more, dict):
        return {**more, **{k: _merged(v, more[k]) if k in more else v for k, v in base.items()}}
    return base


@cache
def load_word_lists(name: str) -> dict[str, Any]:
    """A rule file read for every language at once (lists joined, mappings merged), for
    words and wordings no two languages share (`its` and `sa`, `in` and `à`, `London`
    and `Londres`): the caller needs no article language."""
    merged: dict[str, Any] = {}
    for language in LANGUAGES:
        merged = (
            _merged(merged, load_rules(name, language)) if merged else load_rules(name, language)
        )
    return merged


@lru_cache(maxsize=1024)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def search_any(patterns: Iterable[str], text: str) -> bool:
    """Whether any of a rule list's patterns occurs in `text`, case-insensitively: the
    list compiled once as one alternation (each pattern in its own group; rule patterns
    use no numbered back-references), one scan instead of a search per pattern."""
    pattern = _alternation(tuple(patterns))
    return pattern is not None and pattern.search(text) is not None


__all__ = ["PATTERNS_DIR", "load_rules", "load_word_lists", "rules_path", "search_any"]
