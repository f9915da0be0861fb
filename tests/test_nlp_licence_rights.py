"""Rights acquired to do something with another company's product (`X acquired exclusive
rights to manufacture cells developed by Y`, `X obtains the rights to build and operate
Y's reactor`) are a licence: X the licensee, the maker or owner of the product the
licensor; not a purchase. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-06-09"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_rights_to_make_a_product_developed_by_another_company() -> None:
    found = deals_of(
        "Tamura Kogyo Co., the Nagoya-based maker of industrial motors, said on Monday it had "
        "acquired exclusive rights to manufacture sodium-ion cells developed by Halifax "
        "start-up Brinewell Energy Inc.\n\nTamura will pay Brinewell an upfront fee of "
        "¥900 million plus royalties."
    )
    assert found[0] == (
        "licence",
        {("Tamura Kogyo", "licensee"), ("Brinewell Energy", "licensor")},
    )


def test_rights_to_build_another_companys_reactor() -> None:
    found = deals_of(
        "Under the agreement, Pellam Power obtains exclusive rights to build and operate "
        "Ostrava Atomics' OA-40 small modular reactor in Kansas."
    )
    assert ("licence", {("Pellam Power", "licensee"), ("Ostrava Atomics", "licensor")}) in found


def test_rights_with_no_clause_are_no_licence() -> None:
    found = deals_of("Pellam Power acquired the mineral rights of Ostrava Atomics for $40 million.")
    assert all(kind != "licence" for kind, _ in found)
