"""A sum of money spent on a company's new shares is an investment in that company."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def test_a_sum_of_a_companys_shares_bought_is_an_investment() -> None:
    found = frames_of(
        "Tovarin Cloud is also buying $400 million of newly issued Quellmark Power shares."
    )
    assert (
        "buying",
        "investment",
        [("investor", "Tovarin Cloud"), ("investee", "Quellmark Power")],
    ) in found


def test_the_possessor_of_the_stock_is_the_investee() -> None:
    found = frames_of(
        "Brisa Robotics has agreed to purchase $90 million of Halvane Systems' common stock "
        "in a private placement."
    )
    roles = {(r, n) for _, t, args in found if t == "investment" for r, n in args}
    assert ("investor", "Brisa Robotics") in roles
    assert any(r == "investee" and n.startswith("Halvane Systems") for r, n in roles)


def test_a_sum_subscribed_for_new_shares_is_an_investment() -> None:
    found = frames_of("Osterby Metals will subscribe for A$25 million of new Kurrajong shares.")
    assert any(
        t == "investment"
        and ("investor", "Osterby Metals") in args
        and ("investee", "Kurrajong") in args
        for _, t, args in found
    )


def test_all_of_a_companys_shares_bought_stay_an_acquisition() -> None:
    found = frames_of("Tovarin Cloud has agreed to buy all of the shares of Quellmark Power.")
    assert all(t != "investment" for _, t, _ in found)


def test_a_share_purchase_beside_a_power_contract_is_a_deal_of_its_own() -> None:
    text = (
        "Tovarin Cloud has signed a 15-year power purchase agreement with Quellmark Power for "
        "300 megawatts from its Elkhorn plant, the companies said on Monday. Tovarin Cloud is "
        "also buying $400 million of newly issued Quellmark Power shares, which will give it "
        "a 7% stake."
    )
    deals = extract_deals(Article(text=text, published="2026-05-04"))
    investments = [d for d in deals if d.deal_type == "investment"]
    assert len(investments) == 1
    assert {(p.name, p.role) for p in investments[0].parties} == {
        ("Tovarin Cloud", "investor"),
        ("Quellmark Power", "investee"),
    }
    assert [(a.value, a.kind) for a in investments[0].amounts] == [(400_000_000, "investment")]
    assert any(d.deal_type == "power_purchase" for d in deals)
