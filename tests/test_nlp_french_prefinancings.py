"""A French pre-financing told with `avancer` and a sum of money (`X avancera 250 millions
de dollars à Y`) is a loan X makes to Y, not a supply, and a verb telling X moving
forward is none; a bank loan `extensible à X` (an accordion) has X as its value with
options (invented companies and sentences, on real French parses)."""

from __future__ import annotations

from tests.nlp_support import french_deals, french_loan_sides


def test_a_trader_advancing_a_sum_lends_it() -> None:
    sides = french_loan_sides(
        "Le négociant Morvel Trading avancera 120 millions de dollars à Tanvir Mining, "
        "remboursables sur quatre ans par imputation sur les cargaisons."
    )
    assert sides == {("Morvel Trading", "provider"), ("Tanvir Mining", "customer")}


def test_a_project_moving_forward_lends_nothing() -> None:
    found = french_deals("Le chantier de Tanvir Mining avance selon le calendrier prévu.")
    assert [d for d in found if d.deal_type == "other"] == []


def test_an_extensible_bank_loan_has_its_option_value() -> None:
    found = french_deals(
        "Orvane Data Centres annonce la signature d'un financement bancaire de 400 millions "
        "d'euros, extensible à 600 millions d'euros, auprès d'un pool composé de Banque "
        "Sarrane et de Crédit Morvel."
    )
    loans = [d for d in found if d.deal_type == "other"]
    assert len(loans) == 1
    kinds = {(a.value, a.kind) for a in loans[0].amounts}
    assert kinds == {(400_000_000, "total"), (600_000_000, "option")}
