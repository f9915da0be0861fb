"""Capacities and counts: value in MW / MWh or a count unit, with qualifier."""

from __future__ import annotations

import pytest

from pipeline.nlp.quantities import find_quantities, might_have_quantity
from tests.conftest import shared_data


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "qualifier"),
    [
        ("about 300 megawatts of power", "300 megawatts", 300.0, "MW", "approx"),
        ("approximately 300 MW", "300 MW", 300.0, "MW", "approx"),
        ("a 1.2GW campus", "1.2GW", 1200.0, "MW", "exact"),
        ("a 1.2 GW campus", "1.2 GW", 1200.0, "MW", "exact"),
        ("200 MW of critical IT load", "200 MW", 200.0, "MW", "exact"),
        ("a 300-MW plant", "300-MW", 300.0, "MW", "exact"),
        ("1 gigawatt of capacity", "1 gigawatt", 1000.0, "MW", "exact"),
        ("two gigawatts of capacity", "two gigawatts", 2000.0, "MW", "exact"),
        ("a gigawatt of capacity", "a gigawatt", 1000.0, "MW", "exact"),
        ("500 kW of solar", "500 kW", 0.5, "MW", "exact"),
        ("up to 5 GW", "5 GW", 5000.0, "MW", "up_to"),
        ("more than 1,000 MW", "1,000 MW", 1000.0, "MW", "more_than"),
        ("at least 150MW", "150MW", 150.0, "MW", "at_least"),
        ("3 GWh of storage", "3 GWh", 3000.0, "MWh", "exact"),
        ("800 MWh battery", "800 MWh", 800.0, "MWh", "exact"),
        ("100,000 Nvidia H100 GPUs", "100,000 Nvidia H100 GPUs", 100000.0, "GPU", "exact"),
        ("up to 1 million TPUs", "1 million TPUs", 1e6, "TPU", "up_to"),
        ("20,000 advanced AI chips", "20,000 advanced AI chips", 20000.0, "chip", "exact"),
        ("1 million Trainium chips", "1 million Trainium chips", 1e6, "chip", "exact"),
        ("50 racks", "50 racks", 50.0, "rack", "exact"),
        ("a 200-300 MW campus", "200-300 MW", 200.0, "MW", "at_least"),
        ("a two-gigawatt site", "two-gigawatt", 2000.0, "MW", "exact"),
        ("well over a gigawatt of capacity", "a gigawatt", 1000.0, "MW", "more_than"),
        ("50,000 accelerators", "50,000 accelerators", 50000.0, "chip", "exact"),
        ("about 4,000 servers", "4,000 servers", 4000.0, "server", "approx"),
        ("1,000 acres of land", "1,000 acres", 1000.0, "acre", "exact"),
        ("500,000 square feet", "500,000 square feet", 500000.0, "sq ft", "exact"),
        ("a 250,000 sq ft building", "250,000 sq ft", 250000.0, "sq ft", "exact"),
        (
            "some 300,000 graphics processing units",
            "300,000 graphics processing units",
            3e5,
            "GPU",
            "approx",
        ),
        (
            "it will buy 25,000 of Pell Micro's Vireo accelerators",
            "25,000 of Pell Micro's Vireo accelerators",
            25e3,
            "chip",
            "exact",
        ),
        (
            "an order for 80,000 of its Baram inference accelerators",
            "80,000 of its Baram inference accelerators",
            8e4,
            "chip",
            "exact",
        ),
    ],
)
def test_quantities(sentence: str, text: str, value: float, unit: str, qualifier: str) -> None:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.unit, q.qualifier) == (text, unit, qualifier)
    assert sentence[q.start : q.end] == text
    assert q.value == pytest.approx(value)


def test_several_in_order() -> None:
    found = find_quantities("A 1.2GW campus with 100,000 GPUs and 200 MW of IT load.")
    assert [(q.value, q.unit) for q in found] == [(1200.0, "MW"), (100000.0, "GPU"), (200.0, "MW")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It paid $300 million.",
        "5G networks are expanding.",
        "The MW figure was not given.",
        "Profit rose 12 pct.",
        "The company bought 5 million shares.",
        "In 2026 it opens.",
        "a GPU shortage",
        "two of its chips",
        "1,000 of its employees",
        "a chip maker",
        "",
    ],
)
def test_yields_nothing(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("No capacity here.", False), ("a 300 MW plant", True), ("100,000 GPUs", True)],
)
def test_prefilter(sentence: str, expected: bool) -> None:
    assert might_have_quantity(sentence) is expected


def test_prefilter_never_hides_a_quantity() -> None:
    bench = shared_data("bench", "acquisitions-dev")
    for path in sorted((bench / "docs").iterdir())[:150]:
        for line in path.read_text(errors="replace").splitlines():
            assert might_have_quantity(line) or find_quantities(line) == []


def test_a_unit_word_modifying_another_noun_is_no_count() -> None:
    assert find_quantities("It spreads its bets across three chip platforms.") == []
    assert [q.value for q in find_quantities("It will buy 50,000 chips from Verdant.")] == [50000.0]


def test_a_run_of_hundreds_of_digits_is_no_quantity() -> None:
    # Found by hypothesis: 308 digits times 1,000 (GW to MW) overflowed to infinity.
    assert find_quantities("2026" * 77 + " GW of capacity") == []
    assert [q.value for q in find_quantities("a 1,200 GW fleet")] == [1200000.0]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        (
            "Pelt will buy 1,536 liquid-cooled server nodes containing an aggregate of "
            "12,288 GPUs, with networking gear.",
            [(12288.0, "GPU")],
        ),
        ("The order covers 128 racks holding about 9,200 GPUs in total.", [(9200.0, "GPU")]),
        ("It covers roughly 4,000 servers carrying 32,000 GPUs.", [(32000.0, "GPU")]),
        ("Orrin ordered 5,000 servers with 300 MW of power.", [(5000.0, "server"), (300.0, "MW")]),
        ("Orrin ordered 5,000 servers.", [(5000.0, "server")]),
    ],
)
def test_servers_holding_counted_chips_give_the_chips(
    sentence: str, counted: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == counted
