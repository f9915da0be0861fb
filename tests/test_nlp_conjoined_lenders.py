"""Two lenders the model tags as one name are two: a firm's names joined by `&` beside
another lender (`Harlow & Stein and Ridley Bank`), one plain word beside a bank's name
(`Westpac and MUFG Bank`); a bank named for plurals (`Farmers and Merchants Bank`) stays
one. Invented names and sentences."""

from __future__ import annotations

from tests.nlp_support import frames_of


def _lenders(sentence: str) -> set[str]:
    return {m for _, _, args in frames_of(sentence) for r, m in args if r == "provider"}


def test_a_firm_named_with_an_ampersand_beside_a_bank_is_two_lenders() -> None:
    lenders = _lenders("The seven-year loan was arranged by Halden & Shaw and Pellow Bank.")
    assert lenders == {"Halden & Shaw", "Pellow Bank"}


def test_one_plain_word_beside_a_bank_is_two_lenders() -> None:
    lenders = _lenders("The loan was provided by Ardley, Tarrowin and Kesh Bank.")
    assert lenders == {"Ardley", "Tarrowin", "Kesh Bank"}


def test_a_bank_named_for_plurals_stays_one() -> None:
    assert _lenders("The loan was provided by Farmers and Merchants Bank.") == {
        "Farmers and Merchants Bank"
    }
