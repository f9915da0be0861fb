"""Spurious parties and deals (round 15), on sentences written for the test with invented
names: a trust's manager (`Harwick Data Trust Management Pte. Ltd., as manager of Harwick
Data Trust`) is not the trust that buys, even when its name starts with the trust's; a
deal dated to a month after the publication's month, with no year (`In October it signed`
in a February article), is last year's, whatever `from` names a source later in the
sentence (`served from a separate site`); bidders in a tender are no investors; a
company's board, opening an announcement, owns no joint venture."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _deals(text: str, published: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published=published))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_a_trust_manager_named_after_the_trust_is_not_the_buyer() -> None:
    """The parse may hang `of Harwick Data Trust` on the manager's name rather than on
    `manager`: the manager still acts for the trust, which buys."""
    deals = _deals(
        'Harwick Data Trust Management Pte. Ltd., as manager (the "Manager") of Harwick Data '
        'Trust ("HDT"), wishes to announce that HDT has, through its trustee, entered into a '
        "conditional sale and purchase agreement with Pellow Holdings Pte. Ltd. for the "
        "proposed acquisition of a data centre in Jurong for S$200 million.",
        "2026-05-14",
    )
    parties = {p for _, found in deals for p in found}
    assert ("Harwick Data Trust", "acquirer") in parties
    assert ("Pellow Holdings", "seller") in parties
    assert not any(name.endswith("Management") for name, _ in parties)


def test_a_month_after_the_publication_month_dates_an_older_contract() -> None:
    """`In October it signed ...` in a February article tells last October's contract:
    `from` naming where capacity is served from does not make the sentence look ahead."""
    deals = _deals(
        "Tarnby Compute said on Wednesday it had agreed to supply dedicated GPU capacity to "
        "Oskari Labs under a five-year, $1.2 billion contract. It is the second large "
        "contract for Tarnby in four months. In October it signed a three-year, $600 million "
        "arrangement with Velloc Software that is served from a separate site in Kansas.",
        "2026-02-11",
    )
    parties = {p for _, found in deals for p in found}
    assert ("Oskari Labs", "customer") in parties
    assert "Velloc Software" not in {name for name, _ in parties}


def test_bidders_in_a_tender_are_no_investors() -> None:
    """`a competitive tender in which X and Y also took part`: rivals bidding for the
    contract, not investors in the company that won it."""
    deals = _deals(
        "Corvath Electrical Company announces that it has signed a contract with Almira "
        "Transmission Company for the supply of 380kV power transformers. Contract value: SAR "
        "410 million. The contract follows a competitive tender in which Brenmark Energy and "
        "Solvane Power Systems also took part, according to people familiar with the process.",
        "2026-11-04",
    )
    names = {name for _, found in deals for name, _ in found}
    assert "Almira Transmission Company" in names
    assert not names & {"Brenmark Energy", "Solvane Power Systems"}
    assert "investment" not in {kind for kind, _ in deals}


def test_investors_taking_part_in_a_round_still_invest() -> None:
    """`took part in the round`: the guard leaves funding rounds alone."""
    deals = _deals(
        "Quellin AI raised $120 million in a Series B round led by Harrowfield Ventures. "
        "Existing backers Tamsick Capital and Orrow Partners also took part in the round.",
        "2026-11-04",
    )
    parties = {p for _, found in deals for p in found}
    assert ("Tamsick Capital", "investor") in parties


def test_a_board_announcing_a_venture_is_no_partner() -> None:
    """`The Board of Directors of X wishes to announce that the Company has entered into a
    shareholders' agreement with Y`: the venture's loan names its owners as partners, never
    the board."""
    deals = _deals(
        'INCORPORATION OF JOINT VENTURE COMPANY\n\nThe Board of Directors (the "Board") of '
        'Pemara Digital Holdings Ltd (the "Company") wishes to announce that the Company has '
        "on 3 March 2026 entered into a shareholders' agreement with Kawabe Electric Power "
        'Co., Inc. for the incorporation of a joint venture company (the "JVCo") to develop a '
        "data centre campus in Kulai, Johor.\n\nOn the same date, the JVCo entered into a "
        "facility agreement with Bank Seroja Berhad and Harbour Orient Bank Limited for a "
        "green term loan of up to RM900 million.",
        "2026-03-04",
    )
    parties = {p for _, found in deals for p in found}
    assert ("Bank Seroja", "provider") in parties
    assert ("Kawabe Electric Power", "partner") in parties
    assert "Board of Directors" not in {name for name, _ in parties}
