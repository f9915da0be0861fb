"""The deal fixture suite is well formed and split once into dev, validation and test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.bench_deals import SPLITS, SUITES
from benchmarks.fixture_format import fixture_problems

PATHS = sorted(
    p for suite in SUITES.values() for split in SPLITS for p in (suite / split).glob("*.json")
)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_is_well_formed(path: Path) -> None:
    assert fixture_problems(json.loads(path.read_text(encoding="utf-8")), path.stem) == []


def test_an_article_is_in_one_split_only() -> None:
    stems = [p.stem for p in PATHS]
    assert len(stems) == len(set(stems))
    for suite in SUITES.values():
        assert not list(suite.glob("*.json")), "fixtures live in dev/, validation/ or test/"


def test_checker_finds_mistakes() -> None:
    fixture = json.loads(PATHS[0].read_text(encoding="utf-8"))
    assert fixture_problems(fixture, "other-name") == ["id differs from the file name"]
    deal = fixture["expected"][0]
    broken = {
        **fixture,
        "expected": [
            {**deal, "parties": [{"name": "Nobody Here Inc", "aliases": [], "role": "x"}]}
        ],
        "not_parties": ["Absent Corp"],
    }
    assert fixture_problems(broken, fixture["id"]) == [
        "deal 0: party {'name': 'Nobody Here Inc', 'aliases': [], 'role': 'x'}",
        "not_party 'Absent Corp' is not in the text",
    ]
