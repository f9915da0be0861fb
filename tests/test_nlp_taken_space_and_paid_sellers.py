"""Space taken and prices paid in a purchase's clause (round 16): `X has taken all 48
megawatts of Hall B at Y's campus` takes space in a building, a lease (X the lessee, Y
the landlord), whatever compute words the article holds, while GPUs taken stay compute;
`X has bought a partly built data center, paying $215 million to developer Y` pays the
price of the purchase to Y, its seller, no service bought from a provider. Every
sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-09-14"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_megawatts_of_a_hall_taken_are_a_lease() -> None:
    assert deals_of(
        "Torvane Cloud, the GPU cloud founded in Bergen, has taken all 36 megawatts of Hall "
        "C at Pellick Data's Juniper Flats campus outside Amarillo, Texas. The deal runs "
        "for ten years from 2027."
    ) == [("lease", {("Torvane Cloud", "lessee"), ("Pellick Data", "lessor")})]


def test_gpus_taken_stay_compute() -> None:
    assert [
        kind for _, kind, _ in frames_of("Torvane Cloud has taken 4,000 GPUs from Pellick Compute.")
    ] == ["compute_contract"]


def test_a_price_paid_in_the_purchase_clause_goes_to_the_seller() -> None:
    assert frames_of(
        "Harrowgate Partners, the infrastructure investor, has bought a partly built 24MW "
        "data center in Reston, Virginia, paying $140 million to developer Calloway Realty."
    ) == [
        (
            "bought",
            "acquisition",
            [("acquirer", "Harrowgate Partners"), ("target", "built 24MW data center")],
        ),
        (
            "paying",
            "acquisition",
            [("acquirer", "Harrowgate Partners"), ("seller", "Calloway Realty")],
        ),
    ]
