"""A legal form written after a finance word is the name's own last word (`Sahel Finance
Corporation`, `Sumitomo Mitsui Banking Corporation`), shown with it; after any other word it
is dropped (`Orlane Energy Corp` -> `Orlane Energy`). Invented companies and sentences."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.parties import display_name, same_organisation


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Kestrava Finance Corporation", "Kestrava Finance Corporation"),
        ("Tomoeda Kanto Banking Corporation", "Tomoeda Kanto Banking Corporation"),
        ("Orlane Energy Corp", "Orlane Energy"),
        ("Vantrel Holdings Limited", "Vantrel Holdings"),
    ],
)
def test_legal_form_kept_after_finance_word(written: str, shown: str) -> None:
    assert display_name(written) == shown


def test_kept_legal_form_still_same_organisation() -> None:
    assert same_organisation("Kestrava Finance Corporation", "Kestrava Finance")


def test_french_pool_lender_keeps_corporation() -> None:
    text = (
        "Norbelle Data a obtenu un financement bancaire de 400 millions d'euros sur sept ans. "
        "Le pool est mené par Banque Ardoise et Tomoeda Kanto Banking Corporation (TKBC), "
        "rejoints par trois autres établissements."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    lenders = {p.name for d in deals for p in d.parties if p.role == "provider"}
    assert "Tomoeda Kanto Banking Corporation" in lenders
