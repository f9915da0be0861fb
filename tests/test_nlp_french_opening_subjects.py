"""`X, la holding de la famille fondatrice qui détient 38,2 % du capital, s'est engagée à
apporter ses titres`: the name opening the sentence, set off by a comma before its
apposition, that the parse hangs on the subjectless verb as a modifier is the verb's
subject."""

from __future__ import annotations

from tests.nlp_support import french_deals


def test_the_opening_name_before_an_apposition_is_the_subject() -> None:
    text = (
        "Corvex Participations, la holding de la famille fondatrice qui détient 38,2% du "
        "capital, s'est engagée à apporter ses titres à l'offre de Altamira sur Numélis."
    )
    deals = french_deals(text)
    assert deals
    assert deals[0].deal_type == "acquisition"
    roles = {(p.name, p.role) for p in deals[0].parties}
    assert ("Corvex Participations", "seller") in roles
    assert ("Corvex Participations", "acquirer") not in roles
