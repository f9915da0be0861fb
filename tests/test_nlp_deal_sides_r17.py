"""Sides of commercial deals (round 17): a loan its borrower closes alone is no part of
an agreement whose own sentence names another commercial kind (`we signed an agreement
with Y to provide GPU capacity ... we closed a term loan`), so the borrower does not
become the agreement's customer. Every sentence is written for the test, with invented
names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _sides(title: str, text: str, published: str) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    found = extract_deals(Article(title=title, text=text, published=published))
    return {(d.deal_type, frozenset((p.name, p.role) for p in d.parties)) for d in found}


def test_a_loan_closed_alone_is_no_side_of_a_typed_agreement() -> None:
    found = _sides(
        "Brennick Compute Q2 2026 earnings call transcript",
        "Operator: Thank you for standing by. I would now like to turn the call over to "
        "Brennick Compute's chief executive, Ola Vinter. Please go ahead.\n\n"
        "Ola Vinter, Chief Executive Officer: Thanks, operator, and good afternoon, everyone. "
        "Revenue for the quarter came in at $120 million.\n\n"
        "During the quarter we signed a four-year agreement with Quarrow Labs to provide "
        "dedicated GPU capacity at our Fallow Creek campus outside Laramie, Wyoming. It covers "
        "roughly 12,000 GPUs, and the total contract value is approximately $1.6 billion.\n\n"
        "Mira Tesk, Chief Financial Officer: Thanks, Ola. To fund the Fallow Creek build, we "
        "closed a $600 million term loan. Tarnwell Bank and Ledmore Capital acted as joint "
        "lead arrangers.",
        "2026-08-05",
    )
    assert (
        "compute_contract",
        frozenset({("Brennick Compute", "provider"), ("Quarrow Labs", "customer")}),
    ) in found
    assert (
        "other",
        frozenset(
            {
                ("Brennick Compute", "customer"),
                ("Tarnwell Bank", "provider"),
                ("Ledmore Capital", "provider"),
            }
        ),
    ) in found
