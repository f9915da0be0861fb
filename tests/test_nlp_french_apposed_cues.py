"""French deals whose only older-deal cue describes a party in an apposition (`à Y, un
fournisseur encore inconnu il y a deux ans`), and GPUs a customer will have the use of
(`la start-up disposera de 4 000 accélérateurs`): compute bought as a service, not chips
sold. Invented companies and sentences, on real French parses."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import keyword_type

TEXT = (
    "Le montant a surpris le marché : Orbelis IA, éditeur lyonnais de modèles de langage "
    "ouverts, s'est engagé à verser 300 millions d'euros sur trois ans à Cirrane Compute, un "
    "fournisseur de calcul encore inconnu du grand public il y a deux ans. En échange, la "
    "start-up disposera de quelque 4 000 accélérateurs de dernière génération."
)


def deals(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published="2026-03-02"))


def test_a_cue_in_a_partys_apposition_dates_the_party_not_the_deal() -> None:
    deal = deals(TEXT)[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Orbelis IA", "customer"),
        ("Cirrane Compute", "provider"),
    }
    assert [(a.value, a.kind) for a in deal.amounts] == [(300e6, "total")]


def test_chips_a_customer_will_have_the_use_of_are_compute() -> None:
    assert deals(TEXT)[0].deal_type == "compute_contract"
    assert (
        keyword_type(["Le client disposera d'environ 2 000 accélérateurs Nvidia."], "fr")
        == "compute_contract"
    )
    assert keyword_type(["Le fabricant livrera 2 000 accélérateurs."], "fr") == "supply"
