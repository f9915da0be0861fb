"""Every lender of a loan is a `provider` (issue 8, lenders in filings and loan stories):
names listed after an agent's capacity, a bank joining as a third lender or sitting in the
syndicate, a bare `with C also participating`, two banks the tagger glued into one name,
and a first bank the parse hung on the second as a modifier. A filing's defined term `the
Company` is no short name of a lender called `... Trust Company`. Every sentence is
written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.parties import same_organisation


def lenders(text: str, published: str = "2026-05-04") -> set[str]:
    deals: list[Deal] = extract_deals(Article(text=text, published=published))
    loans = [d for d in deals if d.deal_type == "other"]
    return {p.name for d in loans for p in d.parties if p.role == "provider"}


def test_names_listed_after_an_agents_capacity_are_lenders_too() -> None:
    found = lenders(
        "On April 28, 2026, the Company, as borrower, entered into a senior secured term loan "
        "agreement providing for borrowings of up to $640 million with a group of lenders "
        "comprising Quarrel Hill Bank, N.A., as administrative agent, Fennick Savings Bank "
        "and Ostley Trust Company."
    )
    assert {"Quarrel Hill Bank", "Fennick Savings Bank", "Ostley Trust Company"} <= found


def test_a_bank_joining_as_a_third_lender_lends() -> None:
    found = lenders(
        "Brackwater Data has lined up a $420 million construction loan for its Tolland "
        "campus. The loan is provided by Harwick Bank and Selbury Capital, with Japan's "
        "Numata Trust Bank joining as a third lender."
    )
    assert found == {"Harwick Bank", "Selbury Capital", "Numata Trust Bank"}


def test_banks_in_the_syndicate_lend() -> None:
    found = lenders(
        "Corveth Cloud closed a $300 million senior secured loan with a group of banks led "
        "by Ambry Bank, with Tolsey Bank and Grenmoor Savings Bank in the syndicate."
    )
    assert found == {"Ambry Bank", "Tolsey Bank", "Grenmoor Savings Bank"}


def test_a_bank_also_participating_joins_the_leaders() -> None:
    found = lenders(
        "Pellory Land and Ostrava Trading have formed a joint venture to build a data centre "
        "campus in Kulai. The venture has secured a RM2.4 billion construction facility. "
        "The loan is led by Bank Seroja Bhd and Kenari Bank Bhd, with Osaka-based Hiraga "
        "Trust Bank also participating."
    )
    assert found == {"Bank Seroja", "Kenari Bank", "Hiraga Trust Bank"}


def test_two_banks_glued_into_one_name_are_two_lenders() -> None:
    found = lenders(
        "Tarrow Foods has lined up a $2 billion bridge loan from Castlereagh Bank and "
        "Bank of Ellesmere to pay for its purchase of Pimbury Snacks."
    )
    assert found == {"Castlereagh Bank", "Bank of Ellesmere"}


def test_the_first_of_two_leading_banks_lends() -> None:
    found = lenders(
        "A group of four banks led by Marrowbank and Ilsley Capital has committed a "
        "$1.5 billion seven-year term loan to Quintock Partners for the purchase."
    )
    assert found == {"Marrowbank", "Ilsley Capital"}


def test_a_lone_company_noun_is_no_surname_of_a_trust_company() -> None:
    assert not same_organisation("Company", "Ostley Trust Company")
    assert same_organisation("Musk", "Elon Musk")


def test_a_borrower_the_tagger_cut_to_its_last_word_keeps_its_first_words() -> None:
    deals = extract_deals(
        Article(
            text=(
                "Kelso Ridge Energy Ltd agreed on Tuesday to buy a gas field in British "
                "Columbia from Harwell Resources Inc for C$900 million. Kelso Ridge will fund "
                "the deal with a new C$500 million three-year term loan from Osgood Bank of "
                "Canada and Tamrick Financial."
            ),
            published="2026-05-04",
        )
    )
    loans = [d for d in deals if d.deal_type == "other"]
    assert [p.name for d in loans for p in d.parties if p.role == "customer"] == [
        "Kelso Ridge Energy"
    ]


def test_a_joiner_beside_the_lead_arrangers_lends() -> None:
    found = lenders(
        "Marrowgate Data has closed a $520 million senior secured construction loan for its "
        "Ellwood campus. Fenton Bank and Corrie Capital acted as joint lead arrangers, with "
        "Dunlow Trust Company also participating."
    )
    assert found == {"Fenton Bank", "Corrie Capital", "Dunlow Trust Company"}


def test_a_bank_coming_in_during_syndication_lends() -> None:
    text = (
        "Marrowgate Data has closed a $520 million senior secured construction loan for its "
        "Ellwood campus. Fenton Bank and Corrie Capital acted as coordinating lead arrangers, "
        "and Ravensby Bank came in during syndication."
    )
    deals = extract_deals(Article(text=text, published="2026-05-04"))
    assert "Ravensby Bank" in lenders(text)
    assert all(d.deal_type != "investment" for d in deals)
