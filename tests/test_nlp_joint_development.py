"""Companies building something together (`X and Y will jointly develop a plant`) are the
partners of a joint venture, whatever it builds."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_two_companies_jointly_developing_a_plant_are_partners() -> None:
    found = _deals(
        "Orlandia Chemicals Ltd and state-backed Benvora Power Holding Co (BPHC) have agreed "
        "to jointly develop a green methanol plant in the Porto Lume free zone, the two "
        "companies said on Monday.\n\nThe partners will invest $900 million in the first phase."
    )
    assert found[0][0] == "partnership"
    assert found[0][1] == {
        ("Orlandia Chemicals", "partner"),
        ("Benvora Power Holding", "partner"),
    }


def test_a_data_centre_built_together_is_no_compute_contract() -> None:
    found = _deals(
        "Server operator Quillmere Digital and property group Ardenvale Estates will jointly "
        "build a 40MW data centre in Port Hallam, the two listed companies said on Friday."
    )
    assert found[0][0] == "partnership"
    assert {role for _, role in found[0][1]} == {"partner"}
    assert {name for name, _ in found[0][1]} == {"Quillmere Digital", "Ardenvale Estates"}


def test_one_company_building_alone_makes_no_venture() -> None:
    found = _deals(
        "Quillmere Digital will develop a 40MW data centre in Port Hallam, the company "
        "said on Friday, after Ardenvale Estates sold it the land."
    )
    assert all(kind != "partnership" for kind, _ in found)
