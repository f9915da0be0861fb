"""French agents listed with their preposition repeated (`co-menée par A et par B`: the
parse may hang the second on the verb as a conjunct, the preposition as its case marker),
and a bank said to be a loan's arranger by a copula (`X en est l'arrangeur principal`,
the attribute heading its copula): both lead the deal told before; the largest lender of
a sector lends nothing (invented companies and sentences, on real French parses)."""

from __future__ import annotations

from tests.nlp_support import french_deals as deals


def test_every_agent_of_a_repeated_par_leads_the_round() -> None:
    found = deals(
        "La jeune pousse liégeoise Quartzeo a bouclé un tour de table de 30 millions "
        "d'euros. L'opération est co-menée par la Société fédérale de placements et "
        "d'investissement (SFPL) et par Quentar, avec la participation de Belvane ainsi que "
        "des actionnaires historiques."
    )
    sides = {(p.name, p.role) for d in found for p in d.parties}
    assert ("Quentar", "investor") in sides
    assert ("Quartzeo", "investee") in sides


def test_a_bank_said_to_be_the_arranger_lends_the_loan_told_before() -> None:
    found = deals(
        "Pour financer son campus, Corvalis Data a bouclé un crédit de 200 millions "
        "d'euros d'une durée de six ans. La Banque Mirandole en est l'arrangeur principal."
    )
    loans = [d for d in found if d.deal_type == "other"]
    assert len(loans) == 1
    assert {(p.name, p.role) for p in loans[0].parties} == {
        ("Corvalis Data", "customer"),
        ("Banque Mirandole", "provider"),
    }


def test_the_largest_lender_of_a_sector_lends_nothing() -> None:
    found = deals(
        "Pour financer son campus, Corvalis Data a bouclé un crédit de 200 millions "
        "d'euros d'une durée de six ans. La Banque Mirandole est le plus grand prêteur du "
        "secteur."
    )
    assert ("Banque Mirandole", "provider") not in {
        (p.name, p.role) for d in found for p in d.parties
    }
