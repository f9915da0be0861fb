"""The project's NLP rules as data: JSON files in `pipeline/nlp/patterns/<language>/`,
loaded once per language."""

from __future__ import annotations

import json
from functools import cache
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


@cache
def load_word_lists(name: str) -> dict[str, list[str]]:
    """A file of word lists read for every language at once (each list the union of the
    languages' lists), for closed-class words no two languages share (`its`, `sa`)."""
    merged: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for key, words in load_rules(name, language).items():
            merged.setdefault(key, [])
            merged[key].extend(w for w in words if w not in merged[key])
    return merged


__all__ = ["PATTERNS_DIR", "load_rules", "load_word_lists", "rules_path"]
