"""French frames, parties and the Universal Dependencies mapping, on real French parses."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.dependencies import has_scheme
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames
from pipeline.nlp.sentences import has_deal_cue, split_sentences


def roles(sentence: str) -> set[tuple[str, str]]:
    return {(r, m.text) for f in find_frames(load_model("fr")(sentence)) for r, m in f.args}


def test_prepositions_head_their_nouns() -> None:
    doc = load_model("fr")("Teyssier rachète Altimedia pour 1,9 milliard d'euros.")
    pour = next(t for t in doc if t.text == "pour")
    assert (pour.dep_, pour.head.text) == ("prep", "rachète")
    assert [(c.dep_, c.text) for c in pour.children] == [("pobj", "milliard")]
    assert next(t for t in doc if t.text == "Altimedia").dep_ == "dobj"


def test_passive_agent_and_multi_word_names_read_as_in_english() -> None:
    doc = load_model("fr")("Le tour de table est mené par Corvane et Al Masar.")
    by = next(t for t in doc if t.text == "par")
    assert by.dep_ == "agent"
    assert next(t for t in doc if t.text == "tour").dep_ == "nsubjpass"
    assert next(t for t in doc if t.text == "est").dep_ == "auxpass"
    first = next(t for t in doc if t.text == "Al")
    assert (first.dep_, first.head.text) == ("compound", "Masar")
    assert next(t for t in doc if t.text == "mené").tag_ == "VBN"


def test_mapping_keeps_sentences_and_entities() -> None:
    text = "Orvane cède sa filiale au fonds Kerlan. Puis Bastide Capital rachète Lumio."
    nlp = load_model("fr")
    plain = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name not in ("frame_scheme", "org_context"):
            plain = component(plain)
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [s.text for s in plain.sents]
    assert [(e.start, e.end) for e in doc.ents] == [(e.start, e.end) for e in plain.ents]
    assert next(t for t in doc if t.text == "sa").dep_ == "poss"


def test_only_ud_languages_are_mapped() -> None:
    assert has_scheme("fr")
    assert not has_scheme("en")
    assert "frame_scheme" not in load_model("en").pipe_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Teyssier rachète Altimedia pour 1,9 milliard d'euros.",
            {("acquirer", "Teyssier"), ("target", "Altimedia")},
        ),
        (
            "L'américain Stratocloud loue 40 MW à l'opérateur Massalia DC.",
            {("lessee", "Stratocloud"), ("lessor", "Massalia DC")},
        ),
        (
            "Bastide Capital a cédé sa participation au fonds britannique Halberd.",
            {("seller", "Bastide Capital"), ("acquirer", "Halberd")},
        ),
    ],
)
def test_french_verb_frames(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


def test_round_led_by_names_its_investors() -> None:
    found = roles(
        "Pixalune lève 25 millions d'euros lors d'un tour de table mené par Orme Capital."
    )
    assert ("investor", "Orme Capital") in found


def test_short_names_the_french_model_calls_people_are_organisations() -> None:
    doc = load_model("fr")("Stratocloud loue 40 MW à Massalia, selon Bastien Rolland.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Stratocloud") == "ORG"
    assert labels.get("Bastien Rolland") == "PERSON"


def test_french_deal_cues_select_sentences() -> None:
    assert has_deal_cue("Nordis achètera l'électricité produite par Vauclair.", "fr")
    assert not has_deal_cue("Bonjour à toutes et à tous.", "fr")
    assert not has_deal_cue("Nordis achètera l'électricité produite par Vauclair.", "en")


def test_sentences_split_before_an_accented_capital() -> None:
    text = "Le bail court sur douze ans. À partir de 2027, Nimbra occupera le campus."
    assert len(split_sentences(text, "fr")) == 2


def test_a_french_article_gives_its_parties() -> None:
    text = (
        "PARIS, 3 mars (Agence Hexa) - Le groupe Teyssier a annoncé lundi qu'il rachète "
        "l'hébergeur Altimedia pour 1,9 milliard d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr"))
    parties = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Altimedia", "target") in parties
    assert ("Teyssier", "acquirer") in parties
