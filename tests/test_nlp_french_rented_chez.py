"""`Norvane Cloud a loué 12 MW chez Tarnier Data Parks`: `louer chez Y` rents from Y, as
`louer auprès de Y` does."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_space_rented_chez_a_company_is_rented_from_it() -> None:
    deals = french_deals("Norvane Cloud a loué 12 MW chez Tarnier Data Parks à Lyon.")
    assert deals
    assert deals[0].deal_type == "lease"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert roles == {("Norvane Cloud", "lessee"), ("Tarnier Data Parks", "lessor")}
