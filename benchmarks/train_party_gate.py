"""Train the party gate (`pipeline/nlp/party_gate.py`): a logistic model that keeps or
drops each party the rules give a deal.

Training data: every party the rules give (the gate off) on the language's fixture suite's
`dev/` split (never `validation/` or `test/`) and, for English, on
../shared/bench/acquisitions-dev (main deal: purchaser, acquired, seller) and on
../shared/bench/fire-dev (buyer, target, seller), labelled right or wrong by each
benchmark's own scoring rule; parties a benchmark does not score are left out. The
regularisation and the threshold are chosen by 5-fold cross-validation grouped by article
(the threshold that maximises the mean fact F1 of the language's suites, simulated on the
out-of-fold probabilities). The final model is fit on all rows and written as JSON
weights; runtime needs only a dot product. Training is deterministic (fixed folds,
deterministic solver): the same data gives the same file. Run time is the extraction of
the suites (round 14, 2 busy cores: about 8 minutes for English, 3 for French); the fits
take seconds.

Needs scikit-learn (`pip install -e .[train]`), at training time only.
Run: .venv/bin/python benchmarks/train_party_gate.py [--language fr] [--out FILE] [--dry-run]
     .venv/bin/python benchmarks/train_party_gate.py --compare [--test] [--language fr]
     (no training: the language's dev, for English acquisitions and fire, and the validation
     split's overall line with the rules alone and with the shipped gate; `--test` adds the
     frozen test split's, to report). Writes `pipeline/nlp/models/party_gate_<language>.json`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from benchmarks.acq_scoring import (  # noqa: E402
    deals_to_slots,
    parse_key,
    score_slot,
    score_story,
)
from benchmarks.acq_scoring import total as slot_total  # noqa: E402
from benchmarks.bench_acquisitions import load_stories  # noqa: E402
from benchmarks.bench_deals import SUITES, load_fixtures, to_article  # noqa: E402
from benchmarks.bench_fire import load_instances  # noqa: E402
from benchmarks.deal_scoring import (  # noqa: E402
    FactCounts,
    expected_facts,
    facts_match,
    score_article,
)
from benchmarks.fire_scoring import (  # noqa: E402
    PARTY_ROLES,
    gold_facts,
    join_tokens,
    name_key,
    predicted_facts,
    score_sentence,
)
from benchmarks.fire_scoring import total as role_total  # noqa: E402
from pipeline.models import PAYING_ROLES, Article, Deal  # noqa: E402
from pipeline.nlp import extract_deals_batch  # noqa: E402
from pipeline.nlp.party_gate import (  # noqa: E402
    MODELS_DIR,
    PartyCandidate,
    PartyGate,
    feature_names,
    learnt_gate,
)

FOLDS = 5
C_VALUES = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 31))  # 0.02 .. 0.60


@dataclass
class Row:
    """One party candidate: its suite, article, fact key (duplicates of one fact share
    it), features and whether the benchmark counts it right."""

    suite: str
    article: str
    fact: str
    features: dict[str, float]
    label: bool
    scored: bool | None = None  # whether the benchmark counts it right, when not `label`

    @property
    def counted(self) -> bool:
        return self.label if self.scored is None else self.scored


@dataclass
class Suite:
    """A suite's rows and its fact counts with the rules alone."""

    name: str
    base: FactCounts = field(default_factory=FactCounts)
    rows: list[Row] = field(default_factory=list)


class Recorder:
    """A gate that records the candidates of the article being built (read and cleared
    after each article) and keeps those `inner` keeps (every one without it)."""

    def __init__(self, inner: PartyGate | None = None) -> None:
        self.candidates: list[PartyCandidate] = []
        self.inner = inner

    def __call__(self, language: str, candidates: Sequence[PartyCandidate]) -> list[bool]:
        self.candidates.extend(candidates)
        if self.inner is None:
            return [True] * len(candidates)
        return self.inner(language, candidates)

    def take(self) -> list[PartyCandidate]:
        taken, self.candidates = self.candidates, []
        return taken


def _run(
    articles: Iterable[Article], gate: PartyGate | None = None
) -> Iterator[tuple[list[Deal], list[PartyCandidate]]]:
    recorder = Recorder(gate)
    for deals in extract_deals_batch(articles, party_gate=recorder):
        yield deals, recorder.take()


def dev_suite(gate: PartyGate | None = None, language: str = "en") -> Suite:
    """The language's fixture suite's dev split: a party is right when it matches an
    expected party fact and is not a `not_parties` name."""
    suite = Suite("dev")
    fixtures = load_fixtures("dev", SUITES[language])
    for fixture, (deals, candidates) in zip(
        fixtures, _run((to_article(f) for f in fixtures), gate), strict=True
    ):
        counts, _, _ = score_article(fixture["expected"], deals, fixture.get("not_parties", []))
        suite.base.add(counts)
        wanted = [f for f in expected_facts(fixture["expected"]) if f[0] == "party"]
        banned = {n.casefold() for n in fixture.get("not_parties", [])}
        for candidate in candidates:
            fact = ("party", candidate.party.name.casefold(), candidate.party.role)
            right = fact[1] not in banned and any(facts_match(w, fact) for w in wanted)
            suite.rows.append(Row("dev", fixture["id"], repr(fact), candidate.features, right))
    return suite


def _acq_slot(role: str) -> str | None:
    if role in PAYING_ROLES:
        return "PURCHASER"
    if role in ("target", "investee"):
        return "ACQUIRED"
    return "SELLER" if role == "seller" else None


def acquisitions_suite(gate: PartyGate | None = None) -> Suite:
    """acquisitions-dev: the main deal's parties in the purchaser, acquired and seller
    slots, right when the slot's gold answers hold their text."""
    suite = Suite("acq")
    stories = load_stories()
    for (story_id, _, key), (deals, candidates) in zip(
        stories, _run((Article(text=text) for _, text, _ in stories), gate), strict=True
    ):
        gold = parse_key(key)
        story = score_story(deals_to_slots(deals), gold)
        counts = slot_total(story)
        suite.base.add(FactCounts(counts.correct, counts.predicted, counts.gold))
        for candidate in candidates:
            slot = _acq_slot(candidate.party.role)
            if candidate.rank != 0 or slot is None:
                continue
            text = " ".join(candidate.party.text.split()).casefold()
            right = score_slot([candidate.party.text], gold[slot]).correct == 1
            key = name_key(candidate.party.text)
            same = bool(key) and any(key == name_key(a) for answer in gold[slot] for a in answer)
            row = Row("acq", story_id, f"{slot}:{text}", candidate.features, right or same, right)
            suite.rows.append(row)
    return suite


def fire_suite(gate: PartyGate | None = None) -> Suite:
    """fire-dev: buyer, target and seller facts of each sentence; a party matching only an
    optional fact is left out."""
    suite = Suite("fire")
    instances = load_instances()
    texts = [join_tokens(i["tokens"]) for i in instances]
    for index, (instance, (deals, candidates)) in enumerate(
        zip(instances, _run((Article(text=t) for t in texts), gate), strict=True)
    ):
        gold = gold_facts(instance)
        sentence, _, _ = score_sentence(predicted_facts(deals), gold)
        counts = role_total(sentence)
        suite.base.add(FactCounts(counts.correct, counts.predicted, counts.gold))
        for candidate in candidates:
            role = PARTY_ROLES.get(candidate.party.role)
            key = name_key(re.sub(r"\([^)]*\)", " ", candidate.party.name))
            if role is None or not key:
                continue
            scored, _, spurious = score_sentence([(role, key)], gold)
            if not scored[role].correct and not spurious:
                continue  # an optional fact: counted neither way
            suite.rows.append(
                Row(
                    "fire",
                    str(index),
                    f"{role}:{key}",
                    candidate.features,
                    bool(scored[role].correct),
                )
            )
    return suite


def suites_of(language: str, gate: PartyGate | None = None) -> list[Suite]:
    """The training suites of a language: its dev split, and for English the
    acquisitions and fire benchmarks."""
    if language != "en":
        return [dev_suite(gate, language)]
    return [dev_suite(gate), acquisitions_suite(gate), fire_suite(gate)]


def _matrix(rows: Sequence[Row], names: Sequence[str]) -> list[list[float]]:
    return [[row.features.get(n, 0.0) for n in names] for row in rows]


def _fit(x: Any, y: Any, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
    model.fit(x, y)
    return model


def out_of_fold(rows: Sequence[Row], names: Sequence[str], c: float) -> list[float]:
    """Each row's probability from a model fit on the folds without its article."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    x = np.array(_matrix(rows, names))
    y = np.array([row.label for row in rows])
    groups = [f"{row.suite}/{row.article}" for row in rows]
    probability = np.zeros(len(rows))
    for train, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        model = _fit(x[train], y[train], c)
        probability[held] = model.predict_proba(x[held])[:, 1]
    return [float(p) for p in probability]


def simulate(suite: Suite, probability: dict[int, float], threshold: float) -> FactCounts:
    """The suite's counts when the gate drops the facts all of whose rows score below
    the threshold (`probability` by row index in `suite.rows`)."""
    facts: dict[tuple[str, str], tuple[bool, float]] = {}
    for i, row in enumerate(suite.rows):
        key = (row.article, row.fact)
        best = max(facts.get(key, (row.counted, 0.0))[1], probability[i])
        facts[key] = (row.counted, best)
    dropped = [label for label, p in facts.values() if p < threshold]
    right = sum(1 for label in dropped if label)
    base = suite.base
    return FactCounts(base.matched - right, base.predicted - len(dropped), base.expected)


def choose(
    suites: Sequence[Suite], oof: Sequence[float]
) -> tuple[float, float, dict[str, FactCounts]]:
    """The threshold with the best mean F1 over the suites (none below its rules-alone
    F1), its mean F1 and the suites' counts."""
    by_suite: list[dict[int, float]] = []
    start = 0
    for suite in suites:
        by_suite.append({i: oof[start + i] for i in range(len(suite.rows))})
        start += len(suite.rows)
    best: tuple[float, float, dict[str, FactCounts]] = (
        0.0,
        sum(s.base.f1 for s in suites) / len(suites),
        {s.name: s.base for s in suites},
    )
    for threshold in THRESHOLDS:
        counts = {s.name: simulate(s, p, threshold) for s, p in zip(suites, by_suite, strict=True)}
        if any(counts[s.name].f1 < s.base.f1 for s in suites):
            continue
        mean = sum(c.f1 for c in counts.values()) / len(counts)
        if mean > best[1] + 1e-9:
            best = (threshold, mean, counts)
    return best


def _line(name: str, c: FactCounts) -> str:
    figures = f"P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}"
    return f"  {name:6} {figures}  ({c.matched}/{c.predicted}/{c.expected})"


def compare(language: str, with_test: bool) -> None:
    """Each suite's figures with the rules alone and with the shipped gate; the held-out
    splits (validation, and the frozen test split with `with_test`) by their overall
    line only, to report, never to tune."""
    held_out = ["validation", "test"] if with_test else ["validation"]
    for name, gate in (("rules", None), ("gate", learnt_gate)):
        print(f"{name}:")
        for suite in suites_of(language, gate):
            print(_line(suite.name, suite.base))
        for split in held_out:
            fixtures = load_fixtures(split, SUITES[language])
            counts = FactCounts()
            extracted = extract_deals_batch((to_article(f) for f in fixtures), party_gate=gate)
            for fixture, deals in zip(fixtures, extracted, strict=True):
                found, _, _ = score_article(
                    fixture["expected"], deals, fixture.get("not_parties", [])
                )
                counts.add(found)
            print(_line(split[:6], counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", choices=sorted(SUITES), default="en")
    parser.add_argument("--out", type=Path, help="default: the language's shipped weights")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    parser.add_argument(
        "--compare", action="store_true", help="rules alone vs the shipped gate, no training"
    )
    parser.add_argument("--test", action="store_true", help="with --compare: the test line too")
    args = parser.parse_args()
    if args.compare:
        compare(args.language, args.test)
        return
    import numpy as np

    out: Path = args.out or MODELS_DIR / f"party_gate_{args.language}.json"
    suites = suites_of(args.language)
    rows = [row for s in suites for row in s.rows]
    names = feature_names()
    unknown = {k for row in rows for k in row.features} - set(names)
    if unknown:
        raise SystemExit(f"features missing from feature_names(): {sorted(unknown)}")
    for suite in suites:
        wrong = sum(1 for r in suite.rows if not r.label)
        print(f"{suite.name}: {len(suite.rows)} candidates, {wrong} wrong")
        print(_line("rules", suite.base))
    chosen: tuple[float, float, float, dict[str, FactCounts]] | None = None
    for c in C_VALUES:
        threshold, mean, counts = choose(suites, out_of_fold(rows, names, c))
        print(f"C={c}: threshold {threshold:.2f}, cross-validated mean F1 {mean:.4f}")
        if chosen is None or mean > chosen[2] + 1e-9:
            chosen = (c, threshold, mean, counts)
    assert chosen is not None
    c, threshold, mean, counts = chosen
    print(f"chosen C={c} threshold={threshold:.2f} (cross-validated, grouped by article):")
    for suite in suites:
        print(_line(suite.name, counts[suite.name]))
    if args.dry_run:
        return
    model = _fit(np.array(_matrix(rows, names)), np.array([r.label for r in rows]), c)
    data = {
        "_doc": (
            "Party gate weights (pipeline.nlp.party_gate), written by "
            "benchmarks/train_party_gate.py: a party is kept when the logistic probability "
            "from these weights is at least the threshold."
        ),
        "features": names,
        "weights": {n: round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)},
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "training": {
            "C": c,
            "rows": {s.name: len(s.rows) for s in suites},
            "cross_validated_f1": {
                s.name: [round(s.base.f1, 4), round(counts[s.name].f1, 4)] for s in suites
            },
        },
    }
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
