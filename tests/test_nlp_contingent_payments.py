"""A sum an acquisition pays only on a condition is its contingent money (kind `other`),
told in a sentence of its own with no deal noun (`Sellers could receive up to a further
$80 million if X hits revenue targets`, `The CVRs are worth up to $300 million`), or
beside the upfront price (`a deferred amount of up to R90 million payable subject to X
achieving EBITDA targets`, `which could add as much as $200 million`). Names are
invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def acquisition_amounts(text: str) -> set[tuple[float, str]]:
    deals = extract_deals(Article(text=text, published="2026-05-04"))
    bought = next(d for d in deals if d.deal_type == "acquisition")
    return {(a.value, a.kind) for a in bought.amounts}


def test_a_further_sum_paid_if_revenue_targets_are_hit_is_contingent() -> None:
    text = (
        "Halberd Foods Corp said on Monday it would buy snack maker Tillory Crisps for "
        "$520 million in cash.\n\n"
        "Sellers could receive up to a further $80 million if Tillory hits revenue "
        "targets in 2027 and 2028, Halberd said."
    )
    assert acquisition_amounts(text) == {(5.2e8, "price"), (8e7, "other")}


def test_contingent_value_rights_told_apart_are_contingent() -> None:
    text = (
        "Vostrel Pharma AG today announced a definitive agreement under which it will "
        "acquire Quarnel Biosciences for approximately $2.1 billion in cash.\n\n"
        "Quarnel shareholders will also receive one contingent value right (CVR) per "
        "share, entitling them to up to $4.00 in cash on approval of its lead drug. "
        "The CVRs are worth up to about $300 million in aggregate."
    )
    assert acquisition_amounts(text) == {(2.1e9, "price"), (3e8, "other")}


def test_a_deferred_sum_payable_on_reaching_targets_is_contingent() -> None:
    text = (
        "Shareholders are advised that Tembisa Holdings has agreed to sell Kwena Freight "
        "to Limpopo Capital Partners for a purchase consideration of R980 million.\n\n"
        "The purchase consideration comprises R890 million payable in cash and a "
        "deferred amount of up to R90 million payable subject to Kwena achieving EBITDA "
        "targets for the 2027 financial year."
    )
    assert (9e7, "other") in acquisition_amounts(text)


def test_what_a_value_right_could_add_is_contingent() -> None:
    text = (
        "Corlake Health raised its agreed offer for Pellam Therapeutics to $3.2 billion "
        "on Thursday. Pellam holders will also get a contingent value right paying up to "
        "$4 a share if regulators approve its lead drug by the end of 2028, which could "
        "add as much as $200 million to the payout."
    )
    assert acquisition_amounts(text) == {(3.2e9, "price"), (2e8, "other")}
