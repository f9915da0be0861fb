"""A French sale whose seller leases the asset back in the same sentence (`vend son centre
de données X à Y ... et le louera aussitôt pour une durée de 15 ans`, `et les reprend à
bail`) is two deals, the sale and a lease of the buyer (lessor) to the seller (lessee),
even when the asset sold is written with its name; its annual rent (`Le loyer annuel de
départ est fixé à 3,2 millions d'euros`) is a yearly payment. Invented names."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts


def test_a_named_data_centre_sold_and_leased_back_is_a_sale_and_a_lease() -> None:
    text = (
        "L'hébergeur Corvalis vend son centre de données KRB-2, à Lévis, à la foncière "
        "Ventaro Immobilier pour 48 millions de dollars, et le louera aussitôt pour une "
        "durée de 15 ans. Le loyer annuel de départ est fixé à 3,2 millions de dollars."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    lease = next(d for d in deals if d.deal_type == "lease")
    assert {(p.name, p.role) for p in lease.parties} == {
        ("Corvalis", "lessee"),
        ("Ventaro Immobilier", "lessor"),
    }
    assert lease.term is not None and lease.term.duration == "P15Y"
    assert {(a.value, a.period, a.kind) for a in lease.amounts} == {(3_200_000.0, "P1Y", "payment")}


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Le loyer annuel de départ est fixé à 3,2 millions de dollars.", "P1Y"),
        ("La redevance mensuelle initiale est fixée à 90 000 euros.", "P1M"),
        ("Le prix de cession est fixé à 48 millions de dollars.", None),
    ],
)
def test_a_rent_fixed_at_a_sum_takes_its_period(sentence: str, period: str | None) -> None:
    assert [m.period for m in find_amounts(sentence, "fr")] == [period]
