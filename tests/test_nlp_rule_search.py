"""Rule lists searched as one compiled alternation (`rules.search_any`), a sentence's
letter runs kept per text (`numbers.alpha_tokens`), morphology read from its written form
(`dependencies._feature_values`) and the kept legal suffixes and acronyms of names answer
exactly as the per-pattern search, the fresh set, spaCy's `MorphAnalysis.get` and the
sets rebuilt at each call they replace."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.dependencies import _feature_values, _matches
from pipeline.nlp.facts import amount_rejected, deal_status
from pipeline.nlp.model import load_model
from pipeline.nlp.numbers import alpha_tokens
from pipeline.nlp.parties import display_name, name_key, same_organisation
from pipeline.nlp.rules import search_any

PATTERN_LISTS = [
    [],
    [r"\bmarket (?:value|capitali[sz]ation)\b"],
    [r"^Tallow", r"mere$", r"(?<!un)signed", r"lease|rent", r"\d+\s?MW"],
    [r"\bcompleted\b", r"\bclosed (?:the|its) (?:deal|acquisition)\b"],
]
TEXTS = [
    "",
    "Tallowmere",
    "Brelvik Power signed a lease for 40 MW at the Quorvane campus.",
    "The contract stays unsigned; its market capitalisation fell.",
    "VARNELL CLOSED ITS ACQUISITION of Oskarby Data last week.",
]


@pytest.mark.parametrize("patterns", PATTERN_LISTS)
def test_one_alternation_answers_as_a_search_per_pattern(patterns: list[str]) -> None:
    for text in TEXTS:
        expected = any(re.search(p, text, re.IGNORECASE) for p in patterns)
        assert search_any(patterns, text) is expected
        assert search_any(tuple(patterns), text) is expected  # any iterable of patterns


def test_status_and_amount_rules_read_through_the_alternation() -> None:
    said = "Kestrel Grid said on Monday it had completed its purchase of Halden Solar."
    assert deal_status(None, ["Kestrel Grid plans to buy Halden Solar.", said]) == ("completed", 1)
    valued = "Halden Solar, with a market value of $310 million, agreed to the deal."
    assert amount_rejected(valued, find_amounts(valued)[0])
    paid = "Kestrel Grid will pay $310 million for Halden Solar."
    assert not amount_rejected(paid, find_amounts(paid)[0])


def test_letter_runs_are_the_same_set_every_time() -> None:
    runs = alpha_tokens("Oskarby Data bought 1.2GW for 5 dlrs")
    assert runs == {"oskarby", "data", "bought", "gw", "for", "dlrs"}
    assert alpha_tokens("Oskarby Data bought 1.2GW for 5 dlrs") == runs
    assert isinstance(runs, frozenset)  # no caller can change the kept answer


def test_morphology_read_from_its_written_form_as_spacy_reads_it() -> None:
    doc = load_model("fr")(
        "Les sociétés Velmorin et Ostrande ont annoncé lundi la cession de leurs parts."
    )
    for token in doc:
        values = _feature_values(str(token.morph))
        for field in ("Number", "VerbForm", "Tense", "Gender", "Poss", "Person"):
            assert list(values.get(field, ())) == token.morph.get(field, [])
    announced = next(t for t in doc if t.text == "annoncé")
    assert _matches(announced, {"VerbForm": "Part", "Tense": "Past"})
    assert not _matches(announced, {"VerbForm": "Fin"})
    assert _matches(announced, {})
    assert _feature_values("") == {}
    assert _feature_values("Number=Plur|PronType=Int,Rel") == {
        "Number": ("Plur",),
        "PronType": ("Int", "Rel"),
    }


def test_kept_suffix_set_and_acronyms_compare_names_as_before() -> None:
    assert name_key("Quorvane Data Systems Ltd.") == ("quorvane", "data", "systems")
    for _ in range(2):  # asked again: the kept answers
        assert same_organisation("Quorvane Data Systems", "QDS")
        assert not same_organisation("Quorvane Data", "QDS")
        assert display_name("Brelvik Power Pte. Ltd.") == "Brelvik Power"
