"""`Selon le contrat, la SOBEL achètera l'électricité produite`: a buyer of electricity
named alone tells its side of the power purchase the article reports, whatever the words
around the two names of the signing suggest; `s'offre 150 MW` (space, not electricity)
tells no power purchase."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_the_named_buyer_of_the_power_is_the_offtaker() -> None:
    text = (
        "La Société béninoise d'énergie (SOBEL) a signé un contrat d'achat d'électricité avec "
        "Marmara Powerships, armateur turc de centrales électriques flottantes. Selon le "
        "contrat, d'une durée de cinq ans, la SOBEL achètera l'électricité produite à partir "
        "de gaz naturel."
    )
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "power_purchase"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert ("Société béninoise d'énergie", "buyer") in roles
    assert ("Marmara Powerships", "seller") in roles


def test_megawatts_taken_in_a_headline_stay_a_lease() -> None:
    text = (
        "Tessaro s'offre 150 MW en Seine-et-Marne. L'hyperscaler Tessaro Cloud loue 150 MW "
        "au développeur Aubrac Data Parks sur le campus Seine-Amont."
    )
    deals = french_deals(text)
    assert [d.deal_type for d in deals] == ["lease"]
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert roles == {("Tessaro Cloud", "lessee"), ("Aubrac Data Parks", "lessor")}
