"""French spending on a site: `Y investit 200 millions d'euros dans ce site` (the campus,
the plant) is the owner's own outlay, no investment in the company the article is about
(invented companies and sentences)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_money_put_into_a_site_is_no_investment_in_the_tenant() -> None:
    text = (
        "Le fournisseur de services en nuage Ardevia Cloud a signé un bail de longue durée "
        "pour occuper l'intégralité du premier bâtiment que Morvan Data Parks construit à "
        "Autun.\n\n"
        "Morvan Data Parks, qui a réalisé l'an dernier un chiffre d'affaires de 30 millions "
        "d'euros, investit quelque 200 millions d'euros dans ce site."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    assert all(d.deal_type != "investment" for d in deals)
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Ardevia Cloud", "lessee"),
        ("Morvan Data Parks", "lessor"),
    }
