"""`The seller is X`: a sentence opening on a sale's role noun as the subject of a copula
names the party of that role in the article's acquisition, also after a description
(`the family holding company, X`) and whatever year a relative clause on X holds; not
in a sentence naming a commercial contract. The company a bought company `is owned by`
sells it. Invented names and sentences."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def _sides(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, published="2026-05-12"))
    return {(p.name, p.role) for d in deals if d.deal_type == "acquisition" for p in d.parties}


def test_the_seller_named_after_a_copula_sells() -> None:
    text = (
        "Brackwell Infrastructure has agreed to buy Tamsey Renewables for about $1.1 billion. "
        "The seller is Oxley Capital, which bought the business in 2019 for $400 million."
    )
    assert _sides(text) == {
        ("Brackwell Infrastructure", "acquirer"),
        ("Tamsey Renewables", "target"),
        ("Oxley Capital", "seller"),
    }


def test_the_seller_named_after_its_description() -> None:
    frames = frames_of(
        "The seller is the Moreira family holding company, Moreira Participações, which has "
        "owned the business since 1971."
    )
    assert frames == [("seller", "acquisition", [("seller", "Moreira Participações")])]


def test_a_seller_of_power_is_no_seller_of_a_company() -> None:
    frames = frames_of(
        "The seller is developer Kestvel Energie, and the power purchase agreement runs 15 years."
    )
    assert all(trigger != "seller" for trigger, _, _ in frames)


def test_the_present_owner_of_the_bought_company_sells_it() -> None:
    text = (
        "Paint maker Dunmore Chemicals is in advanced talks to acquire Tolvar Coatings for "
        "about $900 million. Tolvar is owned by private equity firm Ashgrove Capital, which "
        "bought it in 2018 for about $400 million."
    )
    assert _sides(text) == {
        ("Dunmore Chemicals", "acquirer"),
        ("Tolvar Coatings", "target"),
        ("Ashgrove Capital", "seller"),
    }
