"""An agreement a company enters `with Y, under which Y will acquire Z` (`in terms of
which`, as a JSE announcement writes it) sells Z: the relative clause tells what the
counterparty does under the agreement, so the company that entered it is the seller (not a
partner of Y). A relative after a preposition stands for the noun its clause describes,
not for a name told before it. Names are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def deal_sides(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published="2026-12-01"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_the_company_entering_an_agreement_under_which_y_acquires_sells() -> None:
    text = (
        "Shareholders are advised that Tembisa Holdings has signed an agreement with "
        "Limpopo Capital Partners, under which Limpopo will acquire Kwena Freight for a "
        "purchase consideration of R600 million."
    )
    assert deal_sides(text) == [
        (
            "acquisition",
            {
                ("Tembisa Holdings", "seller"),
                ("Limpopo Capital Partners", "acquirer"),
                ("Kwena Freight", "target"),
            },
        )
    ]


def test_in_terms_of_which_names_no_seller_by_itself() -> None:
    text = (
        "Shareholders are advised that Tembisa Holdings has entered into an agreement "
        "with Limpopo Capital Partners, in terms of which Limpopo will acquire 100% of the "
        "issued shares in Kwena Freight for R600 million."
    )
    sides = dict(deal_sides(text))["acquisition"]
    assert ("Tembisa Holdings", "seller") in sides
    assert ("Limpopo Capital Partners", "acquirer") in sides
    assert ("Limpopo Capital Partners", "seller") not in sides
