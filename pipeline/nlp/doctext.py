"""The text of a parsed sentence, read once (spaCy's `Doc.text` joins every token again on
each call, and the rules read it thousands of times per article), the answers the rules
keep per parsed sentence, and the token at one of its characters."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

T = TypeVar("T")

TEXT_KEY = "dealpipe.text"
MEMO_KEY = "dealpipe.memo"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's own `user_data` after the first call."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_memo(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, kept in the doc's own `user_data` under `key` (a tuple naming the
    question and its arguments) after the first call: the rules ask a parsed sentence the
    same question many times, and the answer lives as long as the sentence."""
    memo: dict[Hashable, Any] = doc.user_data.setdefault(MEMO_KEY, {})
    if key not in memo:
        memo[key] = compute()
    found: T = memo[key]
    return found


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character `char` of the sentence, if any."""
    return next((t for t in doc if t.idx <= char < t.idx + len(t)), None)


__all__ = ["doc_memo", "doc_text", "token_at"]
