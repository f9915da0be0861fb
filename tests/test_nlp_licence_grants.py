"""A licence granted beside another deal (round 12): `X has granted Y an exclusive licence
to develop and commercialise its lead candidate`, `X granted an exclusive license to its
platform to Y`. The granter is the licensor, the company the licence is granted to the
licensee; a licence told so is no loan and no sale. Its milestones named by their kinds
(`up to $240 million in development, regulatory and sales milestones`) are contingent
payments (`other`). Every sentence is written for the
test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import candidates_of


def licence_sides(text: str) -> list[list[tuple[str, str]]]:
    c = candidates_of(text)
    return [
        [(r, m.text) for r, m in f.args] for fs in c.frames for f in fs if f.deal_type == "licence"
    ]


def test_a_licence_granted_to_a_named_company() -> None:
    assert licence_sides(
        "Separately, Tesmera Therapeutics has granted Kunlai Bio an exclusive licence to "
        "develop and commercialise its lead candidate in mainland China."
    ) == [[("licensor", "Tesmera Therapeutics"), ("licensee", "Kunlai Bio")]]


def test_a_licence_granted_to_after_its_object() -> None:
    assert licence_sides(
        "Orlen Photonics granted an exclusive license to its cooling platform to Vantry "
        "Systems for $12 million."
    ) == [[("licensor", "Orlen Photonics"), ("licensee", "Vantry Systems")]]


def test_milestones_named_by_their_kinds_are_contingent() -> None:
    deals = extract_deals(
        Article(
            text="Tesmera Therapeutics has granted Kunlai Bio an exclusive licence to develop "
            "its lead candidate in mainland China. Under the agreement, Kunlai will pay "
            "Tesmera $15 million upfront and up to $240 million in development, regulatory "
            "and sales milestones.",
            published="2026-07-08",
        )
    )
    licences = [d for d in deals if d.deal_type == "licence"]
    assert len(licences) == 1
    assert {(p.name, p.role) for p in licences[0].parties} == {
        ("Tesmera Therapeutics", "licensor"),
        ("Kunlai Bio", "licensee"),
    }
    assert {(a.value, a.kind) for a in licences[0].amounts} == {
        (15_000_000, "payment"),
        (240_000_000, "other"),
    }
