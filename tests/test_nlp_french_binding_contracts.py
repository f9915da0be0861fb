"""A French contract told as binding its two sides (`Le second accord lie X au producteur
Y`, `Le premier la lie aux Y`): both sides are the deal's parties, the clitic standing for
the company the story is about."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def test_a_second_ppa_binding_the_buyer_to_a_producer_is_its_own_deal() -> None:
    text = (
        "Bruxelles, le 3 mars 2026 – Corvalis Data, opérateur belge de centres de données, "
        "annonce deux contrats d'achat d'électricité à long terme.\n\n"
        "Le premier contrat, conclu pour douze ans avec Ventaro SA, porte sur la production "
        "du parc éolien de Mirebois.\n\n"
        "Le second accord, d'une durée de huit ans, lie Corvalis au producteur Solvane "
        "pour l'électricité d'un parc solaire installé près de Namur."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-03-03"))
    sides = {frozenset((p.name, p.role) for p in d.parties) for d in deals}
    assert frozenset({("Corvalis Data", "buyer"), ("Solvane", "seller")}) in sides


def test_a_clitic_bound_to_a_named_company_is_the_other_side() -> None:
    doc = load_model("fr")("Le premier la lie aux Forces Hydrauliques du Tarnel (FHT).")
    frames = [f for f in find_frames(doc) if f.trigger == "lie"]
    assert len(frames) == 1
    args = {(m.text, m.pronoun) for _, m in frames[0].args}
    assert args == {("la", True), ("Forces Hydrauliques du Tarnel", False)}


def test_a_company_that_binds_is_no_contract() -> None:
    doc = load_model("fr")("Ventaro lie Corvalis à Solvane depuis des années.")
    assert not [f for f in find_frames(doc) if f.trigger == "lie"]
