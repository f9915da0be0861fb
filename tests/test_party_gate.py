"""The learnt party gate (`pipeline/nlp/party_gate.py`): the features of a party the rules
found, the logistic scorer, the shipped weights and the gate's hook in deal assembly, on
short texts written for the test."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import pytest

from pipeline.models import Article, Party
from pipeline.nlp import extract_deals_batch
from pipeline.nlp.party_gate import (
    MODELS_DIR,
    GateModel,
    PartyCandidate,
    feature_names,
    learnt_gate,
    load_gate,
    model_from_json,
)

ACQUISITION = (
    "Corvane Systems agreed to acquire Pellbrook Analytics for $200 million in cash. "
    "Pellbrook, based in Leeds, makes software for freight brokers."
)


class Recorder:
    """A gate that keeps every party and records what it was shown."""

    def __init__(self) -> None:
        self.seen: list[PartyCandidate] = []

    def __call__(self, language: str, candidates: Sequence[PartyCandidate]) -> list[bool]:
        self.seen.extend(candidates)
        return [True] * len(candidates)


def _candidates(text: str) -> list[PartyCandidate]:
    recorder = Recorder()
    list(extract_deals_batch([Article(text=text, language="en")], party_gate=recorder))
    return recorder.seen


def _by_role(candidates: list[PartyCandidate]) -> dict[str, PartyCandidate]:
    return {c.party.role: c for c in candidates}


def test_features_say_where_a_framed_party_comes_from() -> None:
    found = _by_role(_candidates(ACQUISITION))
    buyer, target = found["acquirer"], found["target"]
    assert buyer.party.name == "Corvane Systems"
    assert target.party.name == "Pellbrook Analytics"
    for candidate in (buyer, target):
        assert candidate.rank == 0
        features = candidate.features
        assert features["type=acquisition"] == features["source=frame"] == 1.0
        assert features["main_deal"] == features["lead_sentence"] == 1.0
        assert "role_not_voted" not in features  # the frame itself gave the role
    assert buyer.features["dep=nsubj"] == 1.0
    assert buyer.features["paying_side"] == 1.0
    assert target.features["dep=dobj"] == 1.0
    assert "paying_side" not in target.features
    assert target.features["mention_sentences"] > buyer.features["mention_sentences"]


def test_features_read_the_name_as_written() -> None:
    found = _by_role(_candidates("Halden Corp. agreed to buy Banca di Marrow from Selwyn Ltd."))
    assert found["acquirer"].features["legal_suffix"] == 1.0
    assert "lower_word" not in found["acquirer"].features
    assert found["target"].features["lower_word"] == 1.0  # `Banca di Marrow`


def test_every_feature_is_named_and_features_are_non_zero() -> None:
    names = set(feature_names())
    assert len(names) == len(feature_names())
    for candidate in _candidates(ACQUISITION):
        assert set(candidate.features) <= names
        assert all(value != 0 for value in candidate.features.values())


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    model = GateModel(weights={"a": math.log(3), "b": -1.0}, intercept=0.0, threshold=0.5)
    assert model.probability({"a": 1.0}) == pytest.approx(0.75)
    assert model.probability({}) == pytest.approx(0.5)
    assert model.probability({"a": 1.0, "b": 1.0, "unknown": 5.0}) == pytest.approx(
        1 / (1 + math.exp(1 - math.log(3)))
    )


def test_model_from_json_reads_a_weights_file_and_rejects_a_bad_one() -> None:
    model = model_from_json({"weights": {"a": 2}, "intercept": -1, "threshold": 0.3})
    assert model == GateModel({"a": 2.0}, -1.0, 0.3)
    with pytest.raises(ValueError):
        model_from_json({"weights": [1, 2], "intercept": 0, "threshold": 0.5})


@pytest.mark.parametrize("language", ["en", "fr"])
def test_shipped_weights_match_the_feature_names(language: str) -> None:
    path = MODELS_DIR / f"party_gate_{language}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["features"] == feature_names()
    assert set(data["weights"]) == set(feature_names())
    model = load_gate(language)
    assert model is not None
    assert 0.0 < model.threshold < 1.0


def test_a_language_without_weights_keeps_every_party() -> None:
    candidate = PartyCandidate(Party(name="X", role="buyer", text="X"), 0, 0, {"main_deal": 1})
    assert load_gate("xx") is None
    assert learnt_gate("xx", [candidate, candidate]) == [True, True]


def test_the_shipped_gate_keeps_a_clear_two_party_deal() -> None:
    found = _candidates(ACQUISITION)
    assert learnt_gate("en", found) == [True] * len(found)


def test_the_french_gate_keeps_a_clear_two_party_deal() -> None:
    text = (
        "Le groupe Vestral Industrie a annoncé l'acquisition de Paludis Logiciels pour "
        "120 millions d'euros. Paludis, basée à Rennes, édite des logiciels de fret."
    )
    recorder = Recorder()
    list(extract_deals_batch([Article(text=text, language="fr")], party_gate=recorder))
    roles = {c.party.role for c in recorder.seen}
    assert {"acquirer", "target"} <= roles
    assert load_gate("fr") is not None
    assert learnt_gate("fr", recorder.seen) == [True] * len(recorder.seen)


def test_training_reads_a_language_s_own_suites(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import train_party_gate as training

    read: list[tuple[str, str]] = []

    def suite(name: str) -> object:
        def build(gate: object = None, language: str = "en") -> training.Suite:
            read.append((name, language))
            return training.Suite(name)

        return build

    for name in ("dev", "acquisitions", "fire"):
        monkeypatch.setattr(training, f"{name}_suite", suite(name))
    assert [s.name for s in training.suites_of("fr")] == ["dev"]
    assert read == [("dev", "fr")]
    assert [s.name for s in training.suites_of("en")] == ["dev", "acquisitions", "fire"]


def test_the_gate_decides_which_parties_a_deal_keeps() -> None:
    def no_targets(language: str, candidates: Sequence[PartyCandidate]) -> list[bool]:
        return [c.party.role != "target" for c in candidates]

    article = Article(text=ACQUISITION, language="en")
    (deals,) = list(extract_deals_batch([article], party_gate=no_targets))
    assert [(p.name, p.role) for p in deals[0].parties] == [("Corvane Systems", "acquirer")]
    assert all(e.field != "party" or "Corvane" in e.text for e in deals[0].evidence)


def test_a_later_deal_the_gate_leaves_without_parties_is_dropped() -> None:
    text = (
        "Halvik Robotics agreed to acquire Brindle Motion for $300 million. "
        "Separately, Osprey Capital will invest $25 million in Tarsel Labs."
    )

    def no_investment(language: str, candidates: Sequence[PartyCandidate]) -> list[bool]:
        return [c.party.role not in ("investor", "investee") for c in candidates]

    article = Article(text=text, language="en")
    (rules,) = list(extract_deals_batch([article]))
    (gated,) = list(extract_deals_batch([article], party_gate=no_investment))
    assert [d.deal_type for d in rules] == ["acquisition", "investment"]
    assert [d.deal_type for d in gated] == ["acquisition"]
    assert gated[0].parties == rules[0].parties


def test_a_gate_that_keeps_every_party_changes_no_deal() -> None:
    text = (
        "Halvik Robotics agreed to acquire Brindle Motion for $300 million. 'Selling mature "
        "businesses lets us recycle capital into new products,' said Brindle Motion chief "
        "executive Ana Ruiz."
    )
    article = Article(text=text, language="en")
    (rules,) = list(extract_deals_batch([article]))
    (gated,) = list(extract_deals_batch([article], party_gate=Recorder()))
    assert len(rules) == 2 and not rules[1].parties  # a later deal the rules gave no party
    assert gated == rules


def test_training_simulates_dropping_a_fact_only_when_all_its_rows_score_low() -> None:
    from benchmarks.deal_scoring import FactCounts
    from benchmarks.train_party_gate import Row, Suite, choose, simulate

    suite = Suite("dev", FactCounts(matched=8, predicted=10, expected=10))
    suite.rows = [
        Row("dev", "a", "x", {}, False),
        Row("dev", "a", "x", {}, False),  # the same fact in a second deal
        Row("dev", "a", "y", {}, True),
        Row("dev", "b", "z", {}, False),
    ]
    probability = {0: 0.1, 1: 0.5, 2: 0.2, 3: 0.1}
    assert simulate(suite, probability, 0.3) == FactCounts(7, 8, 10)  # drops y and z
    assert simulate(suite, probability, 0.6) == FactCounts(7, 7, 10)
    threshold, _, counts = choose([suite], [0.1, 0.5, 0.6, 0.1])
    assert 0.5 < threshold <= 0.6  # drops both wrong facts (x at 0.5, z), keeps y
    assert counts["dev"] == FactCounts(8, 8, 10)
