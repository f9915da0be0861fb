"""A company the story's company buys in the sentence that tells its round (`X has raised
$35 million in Series B financing and acquired Y`) is the target of the purchase, never an
investor in the round. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def test_the_company_bought_beside_a_round_is_no_investor() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Sproutly, the frozen smoothie company, today announced it has raised $28 "
                "million in Series B financing and acquired Marrow Lane Foods, a Leeds-based "
                "maker of soup kits.\n\nThe round was led by Tollgate Partners, with "
                "participation from Hemming Food Fund."
            ),
            published="2026-12-01",
        )
    )
    roles = {(p.name, p.role, d.deal_type) for d in deals for p in d.parties}
    assert ("Marrow Lane Foods", "target", "acquisition") in roles
    assert all(not (name == "Marrow Lane Foods" and role == "investor") for name, role, _ in roles)
    assert ("Tollgate Partners", "investor", "investment") in roles
