"""A company named after the noun that describes it, as a clause's subject (round 14):
`data centre developer Tavira DC said ...`, where the model reads `Tavira DC` as a place
(`DC`, the District of Columbia), is an organisation and takes its side in the deal. A
person so described (`property developer Jonas Weller said`) stays a person. Every
sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def sides(text: str) -> set[tuple[str, str, str]]:
    deals = extract_deals(Article(text=text, published="2026-08-04"))
    return {(d.deal_type, p.name, p.role) for d in deals for p in d.parties}


def test_a_described_subject_read_as_a_place_is_the_landlord() -> None:
    assert sides(
        "LISBON, Aug 4 - Portuguese data centre developer Tavira DC said on Tuesday it had "
        "signed a 15-year pre-lease with Harlow Cloud for all 48 megawatts of its LIS2 data "
        "centre near Sintra. Tavira did not disclose the rent."
    ) == {("lease", "Tavira DC", "lessor"), ("lease", "Harlow Cloud", "lessee")}


def test_a_described_person_is_no_party() -> None:
    found = sides(
        "Property developer Jonas Weller said on Tuesday that Tavira Data had signed a "
        "15-year lease with Harlow Cloud for 48 megawatts at its Sintra campus."
    )
    assert all(name != "Jonas Weller" for _, name, _ in found)
