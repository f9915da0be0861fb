"""The text of a parsed sentence, read once (spaCy's `Doc.text` joins every token again on
each call, and the rules read it thousands of times per article), and the token at one of
its characters."""

from __future__ import annotations

from spacy.tokens import Doc, Token

TEXT_KEY = "dealpipe.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's own `user_data` after the first call."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character `char` of the sentence, if any."""
    return next((t for t in doc if t.idx <= char < t.idx + len(t)), None)


__all__ = ["doc_text", "token_at"]
