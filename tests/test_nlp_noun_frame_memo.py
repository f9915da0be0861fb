"""A token's deal noun frame and a verb's candidate frames are read once per parsed
sentence, a word of no listed noun form is answered without reading it, and the news
agencies that are no parties are keyed once."""

from __future__ import annotations

from pipeline.nlp.doctext import MEMO_KEY
from pipeline.nlp.model import load_model
from pipeline.nlp.parties import _not_party_keys, is_not_party, name_key
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


def test_news_agencies_are_looked_up_in_a_set_built_once() -> None:
    assert is_not_party("Agence France-Presse") and is_not_party("REUTERS")
    assert not is_not_party("Halvern Minerals Ltd")
    assert name_key("Associated Press") in _not_party_keys()
    assert _not_party_keys() is _not_party_keys()  # built once
