"""A public body's or state company's name read whole (round 18b), on sentences written for
the test with invented names: a second body word, the link and place or field after
`Corporation`, `Authority` (`Dakota Corporation Commission`, `Wind Energy Corporation of
India`, `General Authority for the Vessa Free Zone`); the
`Corporation` of an `Industrial Development Corporation` is kept in the name shown
(`test_nlp_allotted_land_leases.py`)."""

from __future__ import annotations

import pytest

from tests.nlp_support import candidates_of


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Brisk Hybrid signed a 25-year power purchase agreement with Wind Energy "
            "Corporation of India in 2025.",
            "Wind Energy Corporation of India",
        ),
        (
            "Corvan Logistics signed a 30-year usufruct contract with the General Authority "
            "for the Vessa Free Zone for 40 hectares of land.",
            "General Authority for the Vessa Free Zone",
        ),
        (
            "The Dakota Corporation Commission on Thursday approved an electric service "
            "agreement under which Tarrow Electric will supply up to 900 MW to a campus.",
            "Dakota Corporation Commission",
        ),
    ],
)
def test_a_body_name_runs_on_over_its_link(sentence: str, name: str) -> None:
    ents = [e.text for p in candidates_of(sentence).parsed for e in p.doc.ents]
    assert name in ents


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Corporation of Tamsin Holdings bought the plant.",
        "Norrow Power Corporation for Microsoft built the plant.",
    ],
)
def test_a_company_after_the_link_is_no_part_of_the_name(sentence: str) -> None:
    ents = [e.text for p in candidates_of(sentence).parsed for e in p.doc.ents]
    assert ents[0] in ("Kestrel Corporation", "Norrow Power Corporation")
