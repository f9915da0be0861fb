"""The project's NLP rules as data: JSON files in `pipeline/nlp/patterns/`, loaded once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PATTERNS_DIR = Path(__file__).with_name("patterns")


@cache
def load_rules(name: str) -> dict[str, Any]:
    """One rule file as a mapping (keys starting with `_` are documentation)."""
    data = json.loads((PATTERNS_DIR / name).read_text(encoding="utf-8"))
    if isinstance(data, list):
        return {"patterns": data}
    return {k: v for k, v in data.items() if not k.startswith("_")}


__all__ = ["load_rules"]
