"""A bare agreement signed `with` a company to acquire something is the acquisition
itself, that company its seller (not a second deal of two partners), and a Singapore
`Pte. Ltd.` does not end a sentence. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.sentences import split_sentences


def _deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_an_agreement_with_the_vendor_to_acquire_is_one_sale() -> None:
    text = (
        "Orvale Data Centres Limited is pleased to announce that it has entered into a "
        "binding agreement with Brannock Property Group to acquire the Wyndham Data Park "
        "in Melbourne for total consideration of A$250 million."
    )
    assert _deals(text) == [
        (
            "acquisition",
            {("Orvale Data Centres", "acquirer"), ("Brannock Property Group", "seller")},
        )
    ]


def test_a_signed_sale_and_purchase_agreement_to_buy_names_the_seller() -> None:
    text = (
        "Tamsin Data Trust has signed a conditional sale and purchase agreement with "
        "Corvell Holdings to buy the Halden One data centre in Singapore for S$180 million."
    )
    assert _deals(text) == [
        ("acquisition", {("Tamsin Data Trust", "acquirer"), ("Corvell Holdings", "seller")})
    ]


def test_a_singapore_private_limited_company_does_not_end_the_sentence() -> None:
    text = "Tamsin Data Trust has agreed with Corvell Holdings Pte. Ltd. to buy a building."
    assert len(split_sentences(text)) == 1


def test_a_role_defined_with_its_article_inside_the_quotes_is_read() -> None:
    text = (
        "Shareholders are advised that Marula Property Fund has concluded an agreement "
        'with Tsodilo Digital Holdings ("the Purchaser") in terms of which Marula will '
        "dispose of its Centurion data park for R900 million."
    )
    sides = {
        p for deal_type, parties in _deals(text) for p in parties if deal_type == "acquisition"
    }
    assert ("Tsodilo Digital Holdings", "acquirer") in sides


def test_an_agreement_to_acquire_a_share_of_a_companys_capital_names_the_seller() -> None:
    text = (
        "Velden Systems has signed an agreement with Orsa Holdings to acquire 60% of the "
        "share capital of Brisk Networks for $90 million."
    )
    assert _deals(text) == [
        (
            "acquisition",
            {
                ("Velden Systems", "acquirer"),
                ("Brisk Networks", "target"),
                ("Orsa Holdings", "seller"),
            },
        )
    ]
