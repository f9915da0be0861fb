"""`a vendu son centre d'Eckbolsheim, aux portes de Strasbourg, à l'opérateur Y`: a
preposition placing the asset (`aux portes de`, `aux abords de`) gives no role; the buyer
after `à` is still found."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_the_buyer_after_a_locative_aside_is_the_acquirer() -> None:
    text = (
        "La banque régionale Crédit Lorrain a vendu son centre de données de Maxéville, aux "
        "portes de Nancy, à l'opérateur Vosgia Digital pour 40 millions d'euros, selon un "
        "communiqué publié lundi."
    )
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "acquisition"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert ("Vosgia Digital", "acquirer") in roles
    assert ("Crédit Lorrain", "seller") in roles
