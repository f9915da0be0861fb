"""A loan's parties told apart from its verb (round 12, financings beside other deals).
A copula: `X is the sole lender on the facility`, `Y will be the borrower`, `A is the lead
arranger, with B and C as joint bookrunners`; the role noun with the definite article
names the company's part in the loan the story tells, while `the largest lender to the
sector` describes a company and tells no loan. A capacity: `A and B led the deal as
coordinating lead arrangers, with C and D also among the lenders`. A venture's name set
beside the venture noun (`X Holdings, the joint venture owned by A and B`) is the venture,
whose loan is its owners'. Two lenders tagged as one name, one an acronym (`Société
Générale and ING`), are two. A loan told with its lenders alone after a consortium's
purchase is borrowed by all its buyers (`the buyers have secured $900 million of term
loans from A and B`). Every sentence is written for the test, with invented
names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from tests.nlp_support import candidates_of


def loans(text: str, published: str = "2026-05-04") -> list[Deal]:
    deals = extract_deals(Article(text=text, published=published))
    return [d for d in deals if d.deal_type == "other"]


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def test_the_sole_lender_on_the_facility_lends_to_the_buyer() -> None:
    found = loans(
        "Quillmoor Brands said on Monday it had agreed to buy Tansy Bakeries for "
        "$640 million. Quillmoor will pay with cash on hand and a $400 million term loan. "
        "Ormsby Bank is the sole lender on the facility, which has a four-year tenor."
    )
    assert len(found) == 1
    assert sides(found[0]) == {("Ormsby Bank", "provider"), ("Quillmoor Brands", "customer")}
    assert found[0].term is not None and found[0].term.duration == "P4Y"


def test_the_borrower_and_the_arrangers_of_a_buyout_loan() -> None:
    found = loans(
        "Fenrow Capital has agreed to buy Calloway Plastics from Dunmere Holdings for "
        "$900 million. The financing consists of a $520 million seven-year term loan B and "
        "a $100 million revolving credit facility. "
        "Calloway itself will be the borrower once the deal closes. Wexley Bank is the "
        "lead arranger on the loan, with Tarn Credit and Holloway Securities as joint "
        "bookrunners."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Calloway Plastics", "customer"),
        ("Wexley Bank", "provider"),
        ("Tarn Credit", "provider"),
        ("Holloway Securities", "provider"),
    }


def test_a_copula_describing_a_company_tells_no_loan() -> None:
    c = candidates_of("Ormsby Bank is the largest lender to the dairy industry in Wisconsin.")
    assert not [f for frames in c.frames for f in frames if f.deal_type == "other"]
    c = candidates_of("Ormsby Bank is a lender to several dairy producers in Wisconsin.")
    assert not [f for frames in c.frames for f in frames if f.deal_type == "other"]


def test_arrangers_leading_a_venture_loan_and_banks_among_the_lenders() -> None:
    found = loans(
        "Pellow Hyperscale Holdings, the joint venture owned equally by utility Garrow "
        "Energy and developer Tamsin Data, has secured $1.4 billion of construction "
        "financing for its Oakhurst campus. Banque Lorrenne and BNQ led the deal as "
        "coordinating lead arrangers, with Kisaragi Trust Bank and Halden Savings Bank also "
        "among the lenders. The package has a six-year tenor."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Garrow Energy", "partner"),
        ("Tamsin Data", "partner"),
        ("Banque Lorrenne", "provider"),
        ("BNQ", "provider"),
        ("Kisaragi Trust Bank", "provider"),
        ("Halden Savings Bank", "provider"),
    }


def test_a_consortium_borrows_together_for_its_purchase() -> None:
    found = loans(
        "A consortium led by private equity firm Harwell Capital and including the Ostley "
        "Pension Plan has agreed to buy Brannock Logistics for $2.1 billion. To help pay for "
        "the deal, the buyers have secured $900 million of five-year term loans from "
        "Castmoor Bank and Ledbury Trust Bank."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Harwell Capital", "customer"),
        ("Ostley Pension Plan", "customer"),
        ("Castmoor Bank", "provider"),
        ("Ledbury Trust Bank", "provider"),
    }
