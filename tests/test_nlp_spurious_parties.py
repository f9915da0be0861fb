"""Spurious parties and deals (round 12), on sentences written for the test with invented
names: a round or a loan dated by the words describing it (`led by Y in March`) is
background, a rival offer the deal beat is none, a figure that `came in at` a value is
no investment, and a law, a post's platform, a company's kind (`Neocloud X`), an
exchange, a board, a world region, a grid operator, the newsletter greeting its readers
or a lettered round is no party."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.parties import candidate_kind, is_not_party
from pipeline.nlp.roles import find_frames


def test_a_round_dated_by_its_participle_is_background() -> None:
    """`raised £90 million in a funding round led by Y in March`: the date hangs on `led`,
    which describes the round; in a September article the round is an older deal."""
    text = (
        "Pellory Cloud has signed a three-year contract to supply computing power to "
        "Marrick Bio, the companies said. The agreement is valued at about £40 million. "
        "Pellory was founded in 2021 and raised £90 million in a funding round led by "
        "Ostwyn Ventures in March."
    )
    deals = extract_deals(Article(text=text, published="2026-09-10"))
    parties = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Ostwyn Ventures", "investor") not in parties
    assert [d.deal_type for d in deals] == ["compute_contract"]
    assert [a.value for a in deals[0].amounts] == [40_000_000]


def test_a_figure_that_came_in_at_a_value_is_no_investment() -> None:
    """`Core FFO per share came in at $1.74`: an earnings call's figure, not investors
    coming into a round (`new investors A and B came in` still join one)."""
    text = (
        "Marlow Data Trust signed a 10-year lease with Quessant Cloud at its Ridgefield "
        "campus, the company said. Priya Hollen, CFO: Adjusted FFO per share came in at "
        "$1.12, up 7% from a year ago."
    )
    deals = extract_deals(Article(text=text, published="2026-10-20"))
    assert [d.deal_type for d in deals] == ["lease"]
    frames = find_frames(load_model()("New investors Tarrow Partners and Elbe Capital came in."))
    assert [(f.deal_type, [r for r, _ in f.args]) for f in frames] == [
        ("investment", ["investor", "investor"])
    ]


def test_a_law_is_never_a_party() -> None:
    """`... UNDER THE SECURITIES EXCHANGE ACT OF 1934`: a 6-K cover names a statute
    before its filer; the statute is neither the filer nor a party."""
    assert candidate_kind("Securities Exchange Act of 1934") == "statute"
    assert candidate_kind("Inflation Reduction Act") == "statute"
    assert candidate_kind("Act Capital Partners") == "name"
    text = (
        "FORM 6-K. REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 UNDER THE "
        "SECURITIES EXCHANGE ACT OF 1934. For the month of May 2026.\n\n"
        "OSAKA – Kanreki Networks Corporation announced today that its cloud subsidiary has "
        "placed an order with Tobiuo Server Systems Co., Ltd. for AI server racks worth "
        "about ¥40 billion."
    )
    deals = extract_deals(Article(text=text, published="2026-05-20"))
    names = {p.name for d in deals for p in d.parties}
    assert not any("Act" in n for n in names)
    assert ("Kanreki Networks", "buyer") in {(p.name, p.role) for d in deals for p in d.parties}


def test_a_post_on_a_platform_speaks_for_the_company_it_names() -> None:
    """`Name on LinkedIn: Tessaro has raised ...`: the post's `we` is the company named
    after the colon, never the platform."""
    text = (
        "Tessaro has raised a $40M Series A led by Ardent Peak Ventures.\n\n"
        "We've signed a three-year agreement with Nimbrel Cloud to reserve 1,024 GPUs in "
        "their Quebec region."
    )
    title = "Lena Ostrova on LinkedIn: Tessaro has raised a $40M Series A"
    deals = extract_deals(Article(title=title, text=text, published="2026-04-02"))
    roles = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Tessaro", "customer") in roles
    assert not any(name == "LinkedIn" for name, _ in roles)


def test_a_kind_of_company_opening_a_sentence_is_not_its_name() -> None:
    """`Neocloud Varnel Compute has agreed to buy ...`: `Neocloud` describes the buyer."""
    text = (
        "Neocloud Varnel Compute has agreed to buy the output of 150 MW of the Red Ash wind "
        "farm in Texas under a 12-year power purchase agreement with developer Hollis "
        "Renewables."
    )
    (deal,) = extract_deals(Article(text=text, published="2026-04-02"))
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Varnel Compute", "buyer"),
        ("Hollis Renewables", "seller"),
    }


def test_exchanges_boards_and_world_regions_are_never_parties() -> None:
    """`in terms of the JSE Listings Requirements`, `The Board of Directors of X wishes to
    announce`, `its first investment in Latin America`: named beside deals, no party."""
    for name in ("JSE", "Board of Directors", "Latin America", "Southeast Asia"):
        assert is_not_party(name)
    text = (
        "Tokura Foods said on Thursday it would buy a 20% stake in Chilean snack maker "
        "Alimentos Rengo for 9 billion yen, its first investment in Latin America."
    )
    deals = extract_deals(Article(text=text, published="2026-05-14"))
    assert "Latin America" not in {p.name for d in deals for p in d.parties}


def test_a_lettered_round_stands_for_its_company() -> None:
    """`putting $75 million into Ardvale's Series C`: the round is no party, the company
    whose round it is takes the money."""
    assert candidate_kind("Series C") == "security"
    doc = load_model()("Crestmoor is also putting $75 million into Ardvale's Series C.")
    (frame,) = find_frames(doc)
    assert [(r, m.text) for r, m in frame.args] == [
        ("investor", "Crestmoor"),
        ("investee", "Ardvale"),
    ]


def test_a_loan_from_lenders_led_by_a_bank_last_month_is_background() -> None:
    """`closed a loan from a group of lenders led by Y in October`: the date hangs on
    `led`, which describes the loan's lenders; in a December story the loan is older."""
    text = (
        "Tarvel Data Parks has pre-let its 40MW Brenna campus to Quillan Cloud under a "
        "15-year lease, the companies said on Monday. Tarvel closed a €300 million green "
        "construction loan from a group of four lenders led by Banco Ostral in October."
    )
    deals = extract_deals(Article(text=text, published="2026-12-01"))
    assert [d.deal_type for d in deals] == ["lease"]
    assert "Banco Ostral" not in {p.name for d in deals for p in d.parties}


def test_the_rival_offer_a_raised_bid_beat_is_no_deal() -> None:
    """`raised its offer for Y, outbidding an unsolicited proposal from X`: X's offer was
    beaten; the raised offer is the article's deal, even told in the same sentence."""
    text = (
        "Corlan Health raised its agreed offer for Veyra Therapeutics to $2.1 billion on "
        "Thursday, outbidding an unsolicited proposal from Ashby Pharma. Corlan expects to "
        "complete the purchase of Veyra in the third quarter."
    )
    deals = extract_deals(Article(text=text, published="2026-05-21"))
    roles = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Corlan Health", "acquirer") in roles or ("Corlan", "acquirer") in roles
    assert not any(name == "Ashby Pharma" for name, _ in roles)


def test_a_newsletter_greeting_names_no_party_nor_does_a_grid_operator() -> None:
    """`Welcome to Volts & Racks, the Friday note`: the outlet; `PJM's capacity auction`:
    a grid operator. Neither is the side a one-sided agreement is made with."""
    assert is_not_party("PJM") and is_not_party("ERCOT")
    text = (
        "Welcome to Volts & Racks, the Friday note on power and servers. PJM's capacity "
        "auction results are due on Tuesday. Now, the deals.\n\n"
        "Mirrow Data has agreed to take 90 MW from the Sable Flats geothermal project "
        "under a 15-year power purchase agreement with Tollan Geothermal."
    )
    deals = extract_deals(Article(text=text, published="2026-03-27"))
    names = {p.name for d in deals for p in d.parties}
    assert not names & {"Volts & Racks", "PJM"}
