"""Sides of commercial deals (round 17): a loan its borrower closes alone is no part of
an agreement whose own sentence names another commercial kind (`we signed an agreement
with Y to provide GPU capacity ... we closed a term loan`), so the borrower does not
become the agreement's customer. A lease signed `with` a company whose name says it owns
property (`Y Realty Trust`, `Y Halls`) is the subject's tenancy. A merger's split of the
company it makes (`31% of the enlarged group`) is no stake bought. A pronoun subject of
a passive `leased` without an object stands for the thing let, no tenant (`sells them
once they are leased`).
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


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


def test_a_lease_signed_with_a_named_landlord_is_rented_by_the_subject() -> None:
    assert frames_of(
        "To house its cluster, Quarrow Compute has signed a 12-year lease with Tindle "
        "Realty Trust for a 40 MW building in Fargo."
    ) == [("signed", "lease", [("lessee", "Quarrow Compute"), ("lessor", "Tindle Realty Trust")])]
    assert frames_of("The lease with Tindle Realty Trust runs for 12 years.") == [
        ("lease", "lease", [("lessor", "Tindle Realty Trust")])
    ]


def test_a_landlord_named_subject_still_lets() -> None:
    assert frames_of("Fallow Data Parks has signed a 12-year lease with Quarrow Cloud.") == [
        ("signed", "lease", [("lessor", "Fallow Data Parks"), ("lessee", "Quarrow Cloud")])
    ]


def test_a_share_of_the_enlarged_group_is_no_stake() -> None:
    assert (
        frames_of(
            "Vessen investors will receive 0.5 Marrick shares for each share they own, "
            "leaving them with about 40% of the enlarged group."
        )
        == []
    )


def test_a_thing_leased_is_no_tenant() -> None:
    assert frames_of(
        "Tallmadge, which builds data centers on spec and sells them once they are leased, "
        "said it would recycle the proceeds."
    ) == [("sells", "acquisition", [("seller", "Tallmadge")])]
    assert frames_of("Crestmark has been leased a 40MW hall at the campus by Brannock.") == [
        ("leased", "lease", [("lessee", "Crestmark"), ("lessor", "Brannock")])
    ]
