"""A token's deal noun frame and a verb's candidate frames are read once per parsed
sentence, and a word of no listed noun form is answered without reading it."""

from __future__ import annotations

from pipeline.nlp.doctext import MEMO_KEY
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import _noun_frame, _verb_candidates


def test_noun_frame_is_kept_per_sentence_and_skipped_for_unlisted_words() -> None:
    doc = load_model()("Halvern Minerals signed a supply agreement with Dunstan Foundry.")
    noun = next(t for t in doc if t.lower_ == "agreement")
    found = _noun_frame(noun)
    assert found is not None
    assert _noun_frame(noun) is found  # kept: the same answer, not read again
    memo = doc.user_data[MEMO_KEY]
    assert memo[("noun_frame", noun.i)] is found
    name = next(t for t in doc if t.text == "Foundry")
    assert _noun_frame(name) is None
    assert ("noun_frame", name.i) not in memo  # no listed form: nothing to keep


def test_verb_candidates_are_kept_per_sentence() -> None:
    doc = load_model()("Corvane Capital acquired Brisholm Logistics for $40 million.")
    verb = next(t for t in doc if t.lower_ == "acquired")
    found = _verb_candidates(verb)
    assert found
    assert _verb_candidates(verb) is found  # kept: the same answer, not read again
    assert doc.user_data[MEMO_KEY][("verb_candidates", verb.i)] is found
