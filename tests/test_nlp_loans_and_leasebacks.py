"""Loans and sale-leasebacks as whole deals (issue 8): a loan is its own deal (`other`),
its borrower the `customer`, its lenders the `provider`, even when it is told beside a
lease or a purchase by the same company and when its borrower and its lenders are named
in two sentences; a sale-leaseback is a sale plus a lease whose sides turn round. Every
sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_a_loan_signed_by_the_borrower_and_arranged_by_lenders_in_the_next_sentence() -> None:
    deals = deals_of(
        "Data-center developer Orrin Ridge Digital has signed a $900 million construction "
        "loan to build its Pell Creek campus near Lubbock, Texas. The seven-year facility "
        "was arranged by Tamsin Bank and Corlew Capital Partners, with four other lenders "
        "taking smaller pieces."
    )
    loans = [d for d in deals if d.deal_type == "other"]
    assert len(loans) == 1
    assert roles(loans[0]) == {
        ("Orrin Ridge Digital", "customer"),
        ("Tamsin Bank", "provider"),
        ("Corlew Capital Partners", "provider"),
    }
    assert [(a.value, a.kind) for a in loans[0].amounts] == [(900000000.0, "total")]


def test_a_loan_closed_beside_a_lease_is_a_deal_of_its_own() -> None:
    deals = deals_of(
        "Quillon Cloud has leased 96MW from Halbrook Data Centers at its Ferris Point "
        "campus for 12 years. In tandem with the lease, Halbrook closed a $1.4 billion "
        "construction loan to fund the buildings. Ashdown Bank and Perrin Securities acted "
        "as joint lead arrangers."
    )
    by_type = {d.deal_type: roles(d) for d in deals}
    assert by_type["lease"] == {
        ("Halbrook Data Centers", "lessor"),
        ("Quillon Cloud", "lessee"),
    }
    assert by_type["other"] == {
        ("Halbrook Data Centers", "customer"),
        ("Ashdown Bank", "provider"),
        ("Perrin Securities", "provider"),
    }


def test_a_company_borrowing_with_no_lender_named_makes_no_deal() -> None:
    deals = deals_of(
        "Quillon Cloud has leased 96MW from Halbrook Data Centers at its Ferris Point "
        "campus for 12 years. Halbrook also closed a $1.4 billion construction loan."
    )
    assert [d.deal_type for d in deals] == ["lease"]


def test_a_sale_leaseback_turns_the_sides_round() -> None:
    deals = deals_of(
        "Brackley Realty Trust said it has acquired two data centers from Wenlow Bancorp "
        "for $180 million and has leased both buildings back to the bank under a 15-year "
        "lease. Initial annual rent totals $13.2 million."
    )
    by_type = {d.deal_type: d for d in deals}
    assert roles(by_type["acquisition"]) == {
        ("Brackley Realty Trust", "acquirer"),
        ("Wenlow Bancorp", "seller"),
    }
    assert roles(by_type["lease"]) == {
        ("Brackley Realty Trust", "lessor"),
        ("Wenlow Bancorp", "lessee"),
    }
    assert [a.value for a in by_type["lease"].amounts] == [13200000.0]
    assert [a.value for a in by_type["acquisition"].amounts] == [180000000.0]


def test_a_loan_to_a_named_joint_venture_is_lent_to_its_owners() -> None:
    """`A group of lenders led by A and B has agreed to a loan to the venture`: both
    leaders lend (the second closes the participle's agents, it starts no clause), and
    the venture named in apposition is no party: its owners borrow, as partners."""
    deals = deals_of(
        "Pelham Grid and Osgrove Power said they had formed a 50-50 joint venture, Tarn "
        "Valley Digital, to build a data center campus near Red Deer, Alberta. A group of "
        "lenders led by Carrick Bank and Dunmore Capital has agreed to a C$1.8 billion "
        "construction loan to Tarn Valley, with a seven-year tenor."
    )
    loans = [d for d in deals if d.deal_type == "other"]
    assert len(loans) == 1
    assert roles(loans[0]) == {
        ("Carrick Bank", "provider"),
        ("Dunmore Capital", "provider"),
        ("Pelham Grid", "partner"),
        ("Osgrove Power", "partner"),
    }


def test_a_purchase_paid_with_a_loan_from_a_bank_names_the_borrower() -> None:
    deals = deals_of(
        "Ostley Systems has agreed to acquire Harwood Networks for $2.1 billion. Ostley "
        "will pay for the deal with cash on hand and a $1.5 billion bridge loan from Pellam "
        "Bank, which has a one-year tenor."
    )
    loans = [d for d in deals if d.deal_type == "other"]
    assert len(loans) == 1
    assert roles(loans[0]) == {("Pellam Bank", "provider"), ("Ostley Systems", "customer")}


def test_a_lease_signed_at_a_landlords_campus_names_the_landlord() -> None:
    deals = deals_of(
        "Brisk Cloud has signed a 10-year lease for 80 megawatts at Harland Data Centers' "
        "campus in Lithia Springs, Georgia."
    )
    assert [roles(d) for d in deals] == [
        {("Brisk Cloud", "lessee"), ("Harland Data Centers", "lessor")}
    ]
    named_site = deals_of("Brisk Cloud has signed a 10-year lease for 80 megawatts at SYD7.")
    assert not any(r == "lessor" for d in named_site for _, r in roles(d))


def test_an_asset_bought_and_then_leased_in_the_passive_is_let_by_its_buyer() -> None:
    deals = deals_of(
        'Corvanne Data Trust ("CDT") wishes to announce that CDT has today entered into a '
        "conditional sale and purchase agreement with Mellor Estates Berhad (the "
        '"Vendor") to acquire the freehold data centre known as Halden Point DC2, located '
        'in Bayan Lepas, Penang, Malaysia (the "Property"). The purchase consideration is '
        "RM410.0 million.\n\nUpon completion, the Property will be leased in its entirety "
        "to Brisk Harbour Sdn. Bhd., the current operator of the Property, under a "
        "10-year triple-net master lease. Rent in the first year will be RM30.1 million."
    )
    by_type = {d.deal_type: roles(d) for d in deals}
    assert by_type["acquisition"] == {
        ("Corvanne Data Trust", "acquirer"),
        ("Mellor Estates", "seller"),
    }
    assert ("Corvanne Data Trust", "lessor") in by_type["lease"]
    assert ("Brisk Harbour", "lessee") in by_type["lease"]
    assert ("Mellor Estates", "lessor") not in by_type["lease"]
