"""Names joined by a Portuguese, Spanish or Italian link (round 15), on sentences written for
the test with invented names: `Ventos do Sertão`, which the English model cuts at `do` (a
person and a nationality), is one organisation and one party; a known place so written
(`Rio de Janeiro`) stays a place."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model


def _parties(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-09-14"))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_a_generator_named_with_do_is_one_seller() -> None:
    """`wind generator Brisas do Agreste`: the seller's whole name, not `Brisas` and
    `Agreste` apart."""
    parties = _parties(
        "Tambora Data Centers has signed a 15-year power purchase agreement with wind "
        "generator Brisas do Agreste worth an estimated R$2.1 billion. Under the contract, "
        "Brisas do Agreste will supply 200 MW from its Caraúbas wind complex starting in "
        "January 2028."
    )
    assert ("Brisas do Agreste", "seller") in parties
    assert ("Tambora Data Centers", "buyer") in parties
    assert not {name for name, _ in parties} & {"Brisas", "Agreste"}


def test_a_name_with_a_link_and_a_legal_form_is_one_name() -> None:
    """`Ventos do Itapuã Energia S.A.`, the model tagging `Ventos` alone as a person."""
    doc = load_model()(
        "The Company has signed a long-term power purchase agreement with Ventos do Itapuã "
        "Energia S.A. for 120 MW."
    )
    assert ("Ventos do Itapuã Energia S.A.", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_a_known_place_with_a_link_stays_a_place() -> None:
    doc = load_model()("Corvina Cloud will build a 40 MW campus in Rio de Janeiro.")
    assert ("Rio de Janeiro", "GPE") in {(e.text, e.label_) for e in doc.ents}
