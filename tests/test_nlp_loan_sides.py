"""A loan beside another deal keeps its borrower (`customer`), lenders (`provider`) and
principal (`total`, round 11): a lender the parse made the subject of `providing for`, a
lender's commitment told in a relative clause on the loan, a commitment letter, debt
financing closed as a sum of money, lenders acting as `coordinating lead arrangers`, a
bank named with its country beside a second lender, and a loan's tranche is no site.
Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from tests.nlp_support import sites_of


def loans(text: str, published: str = "2026-05-04") -> list[Deal]:
    deals: list[Deal] = extract_deals(Article(text=text, published=published))
    return [d for d in deals if d.deal_type == "other"]


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def test_a_lender_read_as_the_subject_of_providing_for_lends() -> None:
    found = loans(
        "Tormead Surgical said it had sold $90 million of shares in a private placement led "
        "by Pellow Life Sciences. Separately, Tormead has entered into a term loan agreement "
        "with Harrowmere Health Credit providing for up to $120 million, of which $60 "
        "million was funded at closing."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Tormead Surgical", "customer"),
        ("Harrowmere Health Credit", "provider"),
    }
    assert [(a.value, a.kind) for a in found[0].amounts] == [(120_000_000, "total")]


def test_a_commitment_received_for_the_loan_names_its_lender_and_borrower() -> None:
    text = (
        "Pellingham Foods has agreed to buy Oaken Larder from Fenmore Equity for $520 "
        "million. Pellingham will fund the purchase with cash on hand and a new $300 million "
        "incremental term loan, for which it has received a commitment from Daventry Bank."
    )
    found = loans(text)
    assert len(found) == 1
    assert sides(found[0]) == {("Pellingham Foods", "customer"), ("Daventry Bank", "provider")}
    assert [(a.value, a.kind) for a in found[0].amounts] == [(300_000_000, "total")]


def test_a_debt_commitment_letter_is_a_loan_from_each_bank_it_lists() -> None:
    found = loans(
        "Marlow Parent has obtained a debt commitment letter from Kinsale Bank PLC, Royal "
        "Bank of Canada and Okabe Bank, Ltd. for a senior secured term loan B facility of "
        "$700 million."
    )
    assert len(found) == 1
    lenders = {n for n, r in sides(found[0]) if r == "provider"}
    assert "Royal Bank of Canada" in lenders
    assert "Okabe Bank" in lenders
    assert ("Marlow Parent", "customer") in sides(found[0])
    assert not found[0].sites


def test_debt_financing_closed_as_a_sum_is_a_loan_with_its_arrangers() -> None:
    found = loans(
        "Solar developer Quillon Power said on Tuesday it had closed $900 million of debt "
        "financing for Dunmore Flats, a 400 MW solar project near Tonopah, Nevada. "
        "Harwick Bank, Selbury Trust Bank and Ostley Savings Bank acted as coordinating "
        "lead arrangers."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Quillon Power", "customer"),
        ("Harwick Bank", "provider"),
        ("Selbury Trust Bank", "provider"),
        ("Ostley Savings Bank", "provider"),
    }
    assert [(a.value, a.kind) for a in found[0].amounts] == [(900_000_000, "total")]


def test_a_loans_tranche_is_no_site() -> None:
    assert sites_of("The banks will provide a senior secured term loan B facility.") == []
    assert sites_of("Borrowings under the Tranche A facility bear interest at SOFR.") == []
    assert sites_of("The company runs its Harlan Ridge facility in Texas.") == [
        ("Harlan Ridge", None, "Texas", "US")
    ]


def test_a_loan_closed_last_week_stays_beside_the_calls_lease() -> None:
    text = (
        "In September we executed a 12-year lease with an investment-grade hyperscaler for "
        "all 120 megawatts at our Tolland campus. Last week we closed a $900 million "
        "delayed-draw construction facility for Tolland, with Ambry Bank as lead arranger "
        "and Tolsey Capital as joint lender. It has a four-year tenor and is priced at SOFR "
        "plus 250 basis points."
    )
    found = loans(text, published="2026-10-20")
    assert len(found) == 1
    lenders = {n for n, r in sides(found[0]) if r == "provider"}
    assert lenders == {"Ambry Bank", "Tolsey Capital"}
    assert found[0].term is not None and found[0].term.duration == "P4Y"


def test_a_loan_coming_from_a_group_of_lenders_is_lent_by_the_leaders() -> None:
    found = loans(
        "Portuguese developer Alvarim Data has arranged a €500 million green loan for its "
        "campus near Sines. The six-year loan comes from a group of three lenders led by "
        "Banco Tejo and Kestrel Savings Bank, with Ormond Bank also participating."
    )
    assert len(found) == 1
    assert sides(found[0]) >= {
        ("Alvarim Data", "customer"),
        ("Banco Tejo", "provider"),
        ("Kestrel Savings Bank", "provider"),
        ("Ormond Bank", "provider"),
    }


def test_a_bridge_facility_obtained_from_a_bank_is_its_loan() -> None:
    found = loans(
        "Carwell Pump Company (NYSE: CPC) and Ostrey Valve Corp. (NYSE: OVC) today announced a "
        "definitive agreement to combine in an all-stock merger. Carwell has obtained a fully "
        "committed $1.2 billion bridge facility from Pinmoor Street Bank to refinance Ostrey notes."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Carwell Pump Company", "customer"),
        ("Pinmoor Street Bank", "provider"),
    }


def test_loans_measured_by_the_sum_that_funds_the_deal_are_the_buyers() -> None:
    found = loans(
        "Hoshino Partners will launch a tender offer for Kaede Kogyo at ¥2,900 a share. "
        "Hoshino will fund the deal with ¥190bn of acquisition loans from Ishikari Bank "
        "and Otaru Trust Bank, with the rest coming from its third fund."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Hoshino Partners", "customer"),
        ("Ishikari Bank", "provider"),
        ("Otaru Trust Bank", "provider"),
    }


def test_lenders_leading_a_term_loan_after_a_buyout_lend_to_the_buyer() -> None:
    found = loans(
        "Buyout firm Garrick Lane Partners has agreed to acquire Solvane Software Inc in a "
        "deal valued at $4.2 billion including debt. Tamber Bank and Ludgate Securities "
        "are leading a $2.1 billion seven-year term loan for the deal."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Garrick Lane Partners", "customer"),
        ("Tamber Bank", "provider"),
        ("Ludgate Securities", "provider"),
    }


def test_lenders_alone_lend_to_the_company_the_story_is_about() -> None:
    found = loans(
        "Cork-based data centre developer Shannonmore has raised €540 million to build its "
        "campus at Little Island, combining a bank loan with an equity investment. A group "
        "of three lenders – Kinsale Bank, Bantry Commercial and Fastnet Bank – is providing "
        "a €380 million construction loan with a six-year tenor."
    )
    assert len(found) == 1
    assert ("Shannonmore", "customer") in sides(found[0])


def test_a_ventures_loan_told_with_its_lenders_alone_is_not_the_story_companys() -> None:
    found = loans(
        "Selatan Digital and Teluk Properties have formed a joint venture to build a 50MW "
        "campus in Tuas. The venture has also signed a five-year green loan of S$600 million "
        "with a group of lenders led by Merlion Bank and Strait Trust Bank to fund "
        "construction."
    )
    assert all(r != "customer" for d in found for _, r in sides(d))


def test_a_banks_lending_group_stands_for_the_bank() -> None:
    found = loans(
        "Sunvale Grid today announced $150 million in new financing, made up of a $100 "
        "million Series C equity round and a $50 million three-year term debt facility. "
        "The equity round was led by Marsh Lane Capital. The debt facility is provided by "
        "Harlow Bank's technology lending group."
    )
    assert len(found) == 1
    assert sides(found[0]) == {("Sunvale Grid", "customer"), ("Harlow Bank", "provider")}


def test_a_tenant_signed_in_the_loans_sentence_lends_nothing() -> None:
    found = loans(
        "Tolvane Digital Corp. today announced that it has signed a 12-year lease with "
        "Brightfir AI Inc. for 40 MW of critical IT load at its Moraine campus, and has "
        "closed a senior secured credit facility to fund the conversion. The C$250 million "
        "five-year credit facility was arranged by Caribou Bank and Kettle Trust Bank."
    )
    assert len(found) == 1
    assert sides(found[0]) == {
        ("Tolvane Digital", "customer"),
        ("Caribou Bank", "provider"),
        ("Kettle Trust Bank", "provider"),
    }


def test_older_notes_the_loan_redeems_are_not_its_principal() -> None:
    found = loans(
        "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn November 20, 2026, "
        'Brantley Metals Corporation (the "Company") entered into a Term Loan Credit '
        'Agreement (the "Credit Agreement") among the Company, as borrower, the lenders '
        "party thereto, including Quarrel Hill Bank and Ostley Trust Bank, each as "
        "co-syndication agent, and Fennick Bank, N.A., as administrative agent.\n\nThe "
        "Credit Agreement provides for a senior unsecured term loan facility in an aggregate "
        'principal amount of $500 million (the "Term Loan"), which was funded in full on '
        "the closing date.\n\nThe Company used the proceeds, together with cash on hand, "
        "to redeem all $420 million outstanding principal amount of its 6.25% Senior Notes "
        "due 2028 and to pay related fees and expenses.",
        published="2026-11-24",
    )
    assert len(found) == 1
    assert [a.value for a in found[0].amounts] == [500_000_000]
