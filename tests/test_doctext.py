"""A parsed sentence's text is read once and stays the doc's text."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.doctext import TEXT_KEY, doc_memo, doc_text


def test_doc_text_is_the_docs_text_and_is_kept_on_the_doc() -> None:
    doc = Doc(Vocab(), words=["Halvern", "buys", "Dunstan", "."], spaces=[True, True, False, False])
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == "Halvern buys Dunstan." == doc.text
    assert doc.user_data[TEXT_KEY] == "Halvern buys Dunstan."
    assert doc_text(doc) is doc.user_data[TEXT_KEY]


def test_doc_memo_computes_once_per_key_and_per_doc() -> None:
    words, spaces = ["Orvell", "leases", "Quarry", "Hall", "."], [True, True, True, False, False]
    doc, other = (Doc(Vocab(), words=words, spaces=spaces) for _ in range(2))
    calls: list[str] = []

    def count(name: str) -> int:
        calls.append(name)
        return len(calls)

    assert doc_memo(doc, ("count", 1), lambda: count("a")) == 1
    assert doc_memo(doc, ("count", 1), lambda: count("b")) == 1  # kept: not asked again
    assert doc_memo(doc, ("count", 2), lambda: count("c")) == 2  # another question
    assert doc_memo(other, ("count", 1), lambda: count("d")) == 3  # another sentence
    assert calls == ["a", "c", "d"]
