"""The attribute table sets what the model's attribute ruler sets, faster."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.nlp.attribute_table import attribute_table
from pipeline.nlp.model import _installed_model, _keep_read_attributes, load_model

SENTENCES = {
    "en": [
        "There is a deal: Orvell Data  leases it to them, but not the Quarry Hall campus.",
        "Nobody said that Halvern would buy Dunstan Power; it did, and so did they.",
        "Kestrel Ridge has agreed to sell its 40 MW site here, which was what we'd wanted.",
        "Were there any offers?\n\nYes - Marlow Fen's board is weighing them #1.",
    ],
    "fr": [
        "Orvell Data a signé un bail avec la SCI Marne  Capacités pour 40 MW.",
        "Il y a eu une offre : Halvern rachète Dunstan, mais pas sa filiale.\n\nVoilà.",
    ],
}


def _parsed_up_to_ruler(language: str) -> tuple[AttributeRuler, list[Doc]]:
    nlp = spacy.load(_installed_model(language), exclude=["lemmatizer"])
    nlp.tokenizer = load_model(language).tokenizer
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    _keep_read_attributes(ruler)
    docs = [nlp.make_doc(text) for text in SENTENCES[language]]
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            break
        docs = [component(doc) for doc in docs]
    return ruler, docs


def test_the_table_sets_what_the_models_ruler_sets() -> None:
    for language in SENTENCES:
        ruler, docs = _parsed_up_to_ruler(language)
        table = attribute_table(ruler.patterns)
        assert table is not None
        by_ruler = [ruler(doc.copy()) for doc in docs]
        by_table = [table(doc.copy()) for doc in docs]
        read = [[(t.text, t.tag_, t.pos_, t.dep_) for t in doc] for doc in by_ruler]
        assert read == [[(t.text, t.tag_, t.pos_, t.dep_) for t in doc] for doc in by_table]
        assert any(t.pos_ for doc in by_table for t in doc)


def test_the_last_matching_pattern_wins_and_an_index_sets_a_later_token() -> None:
    patterns: list[dict[str, Any]] = [
        {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}, "index": 0},
        {"patterns": [[{"TAG": "VBZ", "LOWER": "has"}]], "attrs": {"POS": "AUX"}, "index": 0},
        {
            "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "has"]}}]],
            "attrs": {"POS": "VERB"},
            "index": 1,
        },
    ]
    table = attribute_table(patterns)
    assert table is not None
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    sentences = [
        (["Orvell", "has", "it"], ["NNP", "VBZ", "PRP"], ["ROOT", "dep", "dep"], "AUX"),
        (["There", "has", "been"], ["EX", "VBZ", "VBN"], ["expl", "ROOT", "dep"], "VERB"),
    ]
    for words, tags, deps, pos in sentences:
        doc = Doc(vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))
        assert [t.pos_ for t in table(doc.copy())] == ["", pos, ""]
        assert [t.pos_ for t in ruler(doc.copy())] == ["", pos, ""]


def test_patterns_beyond_a_plain_table_keep_the_ruler() -> None:
    is_none = [
        [{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}, "index": 0}],
        [{"patterns": [[{"TEXT": {"REGEX": "^X"}}]], "attrs": {"POS": "X"}, "index": 0}],
        [{"patterns": [[{"TAG": "NN"}]], "attrs": {"LEMMA": "x"}, "index": 0}],
    ]
    for patterns in is_none:
        assert attribute_table(patterns) is None
