"""Quality floor on ../shared/bench/fire-dev (buyer/target/seller facts), a little below the
measured figure. Skips when the shared data is absent, but fails when CI=true."""

from __future__ import annotations

import os

import pytest

from benchmarks.bench_fire import DATA, evaluate, load_instances
from benchmarks.fire_scoring import total

FIRE_TOTAL_F1 = 0.75  # measured 0.767


def test_fire_dev_buyer_target_seller_f1_floor() -> None:
    if not (DATA / "fire_dev.json").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"fire-dev data missing at {DATA} (CI=true)")
        pytest.skip(f"fire-dev data not found at {DATA}")
    instances = load_instances(DATA)
    assert len(instances) == 454
    assert total(evaluate(instances)).f1 >= FIRE_TOTAL_F1
