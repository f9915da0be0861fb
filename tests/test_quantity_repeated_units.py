"""A size repeated over units (`two 72MW buildings`, `four turbines of 37 MW each`) is a
unit's, not the deal's capacity; the total beside it is, also spread `across six
buildings` of the site (unlike a fleet `across 12 data centres`); a GPU count keeps its unit past
praise words (`62,000 of Quarrow's newest graphics processors`). Sentences are invented."""

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


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The agreement covers roughly 62,000 of Quarrow's newest graphics processors.", 62000.0),
        ("Pellow will deploy 20,000 of the most powerful GPUs at the site.", 20000.0),
    ],
)
def test_a_gpu_count_with_praise_between_is_still_gpus(sentence: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, "GPU")]
