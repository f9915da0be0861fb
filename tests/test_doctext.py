"""A parsed sentence's text is read once and stays the doc's text."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.doctext import TEXT_KEY, doc_text


def test_doc_text_is_the_docs_text_and_is_kept_on_the_doc() -> None:
    doc = Doc(Vocab(), words=["Halvern", "buys", "Dunstan", "."], spaces=[True, True, False, False])
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == "Halvern buys Dunstan." == doc.text
    assert doc.user_data[TEXT_KEY] == "Halvern buys Dunstan."
    assert doc_text(doc) is doc.user_data[TEXT_KEY]
