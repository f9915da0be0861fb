"""A loan's principal, read from the noun its amount measures (`a $2.2 billion seven-year
term loan`, `$400 million of borrowings`, `a $40 million credit line`): never the price or
value of the deal the loan funds, always the loan's own total. Names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.amount_clause import loan_value, measured_noun
from pipeline.nlp.model import load_model


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-11-02"))


def test_the_noun_an_amount_measures_decides_a_loan() -> None:
    nlp = load_model("en")
    loans = [
        "A group of banks led by Tarrow Bank has committed a $2.2 billion seven-year term "
        "loan to Pellway Partners.",
        "Orrin funded the price with cash on hand and $400 million of borrowings under its "
        "revolving credit facility.",
        "We have received commitments for a $2.8 billion construction facility.",
        "The new facility replaces Quelby's existing $40 million credit line.",
        "The venture signed an eight-year RM2.4 billion (US$540 million) project loan.",
    ]
    deals = [
        "Pellway Partners has agreed to pay $3.6 billion for Drummock Digital.",
        "Maravel signed a $38 billion, seven-year agreement to buy capacity.",
        "Tessop bought a $150 million convertible note from the company.",
    ]
    for text in loans:
        doc = nlp(text)
        first = next(t.idx for t in doc if t.text[0] in "$R")
        assert loan_value(doc, first, "en"), text
    for text in deals:
        doc = nlp(text)
        assert not loan_value(doc, doc.text.index("$"), "en"), text
    doc = nlp(loans[1])
    noun = measured_noun(doc, doc.text.index("$"))
    assert noun is not None and noun.text == "borrowings"


def test_a_loan_funding_a_purchase_is_not_its_price() -> None:
    found = deals_of(
        "Pellway Partners has agreed to buy Drummock Digital, the data centre arm of "
        "Drummock Group, for $3.6 billion. A group of banks led by Tarrow Bank and Cresby "
        "Capital has committed a $2.2 billion seven-year term loan to Pellway to fund it."
    )
    purchase = next(d for d in found if d.deal_type == "acquisition")
    assert [(a.value, a.kind) for a in purchase.amounts] == [(3.6e9, "price")]
    loan = next(d for d in found if d.deal_type == "other")
    assert [(a.value, a.kind) for a in loan.amounts] == [(2.2e9, "total")]


def test_a_loan_told_in_another_deals_sentence_is_the_loans_total() -> None:
    found = deals_of(
        "Quarrel Energy and Hobb Pension have formed a joint venture to build the Larkin "
        "campus near Waco, Texas, and the venture has raised a $2.9 billion construction "
        "loan, the companies said on Tuesday. Hobb will contribute $1.3 billion of equity "
        "for a 70% stake in the JV. The loan was provided by a group of banks led by Marrow "
        "& Vale Bank and Dunmore Trust."
    )
    loans = [d for d in found if d.deal_type == "other"]
    assert loans
    assert all((a.value, a.kind) == (2.9e9, "total") for d in loans for a in d.amounts)
    assert any(d.amounts for d in loans)
    assert not any(a.value == 2.9e9 for d in found if d.deal_type != "other" for a in d.amounts)
