"""A size repeated over units (`two 72MW buildings`, `four turbines of 37 MW each`) is a
unit's, not the deal's capacity; the total beside it is, also spread `across six
buildings` of the site (unlike a fleet `across 12 data centres`). Sentences are invented."""

from __future__ import annotations

import pytest

from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The lease covers 144MW of IT load in two 72MW buildings.", [144.0]),
        ("Supply of four turbine packages of 37 MW each, totalling 148 MW.", [148.0]),
        ("Capacity: 48MW, made available in three stages of 16MW each.", [48.0]),
        ("Orvane will take 24 MW at the Kestle campus.", [24.0]),
    ],
)
def test_a_units_size_is_not_the_deals(sentence: str, kept: list[float]) -> None:
    found = find_quantities(sentence)
    values = [q.value for q in found if not quantity_rejected(sentence, q.start, q.end)]
    assert values == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Larkin is planned at 600 MW across six buildings.", [600.0]),
        ("The lease covers 144MW of IT load split across two 72MW buildings.", [144.0]),
        ("Pellow will lease back about 9MW across the two buildings.", [9.0]),
        ("Orvane runs 410 MW across 12 data centres in Europe.", []),
    ],
)
def test_a_total_across_a_sites_buildings_is_the_deals(sentence: str, kept: list[float]) -> None:
    found = find_quantities(sentence)
    values = [q.value for q in found if not quantity_rejected(sentence, q.start, q.end)]
    assert values == kept
