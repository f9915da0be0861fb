"""A French round noun that raises debt (`une levée de dette`, `un financement par
dette`) is a loan, not an investment: its raiser borrows, the banks of the pool lend, and
its sum is the loan's principal; banks that `complètent le tour de table` (`y
participent`) in the sentence after a loan naming its lenders, no round told there, lend
too, unless they take new shares; the sum of a financing agreement (`un accord de
financement de 40 milliards`) is a loan's principal, not an investment; a Quebec
`marge de crédit` (a credit line) and a trader's `préfinancement` are loans. Invented
companies and sentences, on real French parses."""

from __future__ import annotations

from tests.nlp_support import french_deals, french_loan_sides


def test_a_raised_debt_is_a_loan_from_the_pool() -> None:
    text = (
        "Velmora Data, l'opérateur grenoblois de centres de données, a bouclé une levée de "
        "dette de 900 millions d'euros auprès d'un pool bancaire mené par Banque Orsane, "
        "Crédit Talvère et Norvel Bank."
    )
    deals = french_deals(text)
    assert [d.deal_type for d in deals] == ["other"]
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Velmora Data", "customer"),
        ("Banque Orsane", "provider"),
        ("Crédit Talvère", "provider"),
        ("Norvel Bank", "provider"),
    }
    assert [(a.value, a.kind) for a in deals[0].amounts] == [(900_000_000, "total")]


def test_banks_completing_the_table_after_a_loan_lend() -> None:
    sides = french_loan_sides(
        "Velmora Data a bouclé une levée de dette de 900 millions d'euros auprès d'un pool "
        "bancaire mené par Banque Orsane, Crédit Talvère et Norvel Bank. La Caisse Lirac et "
        "Morvane Bank complètent le tour de table."
    )
    assert ("Caisse Lirac", "provider") in sides
    assert ("Morvane Bank", "provider") in sides
    assert all(role in ("provider", "customer") for _, role in sides)


def test_banks_joining_an_arranged_credit_lend() -> None:
    deals = french_deals(
        "Le crédit de 40 milliards de francs CFA, d'une maturité de douze ans, est arrangé par "
        "la Banque Kelvane. La Banque Sorigny et Norvel Bank y participent également."
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} >= {
        ("Banque Sorigny", "provider"),
        ("Norvel Bank", "provider"),
    }
    assert not any(p.role == "investor" for d in deals for p in d.parties)


def test_a_financing_agreement_sum_is_the_loan_principal() -> None:
    deals = french_deals(
        "Orsalia Eau a signé jeudi un accord de financement de 40 milliards de francs CFA "
        "pour la construction d'une usine. Le crédit, d'une maturité de douze ans, est "
        "arrangé par la Banque Kelvane."
    )
    amounts = {(a.value, a.kind) for d in deals if d.deal_type == "other" for a in d.amounts}
    assert amounts == {(40_000_000_000, "total")}


def test_shareholders_taking_new_shares_after_a_loan_invest() -> None:
    deals = french_deals(
        "La Banque Kelvane lui accorde un prêt de 50 millions d'euros sur sept ans. Ses "
        "actionnaires, Orvane Capital et le fonds Sarlat Industrie, souscrivent en parallèle "
        "à une augmentation de capital de 20 millions d'euros."
    )
    sides = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Orvane Capital", "provider") not in sides
    assert ("Sarlat Industrie", "provider") not in sides


def test_a_quebec_credit_margin_is_a_loan() -> None:
    sides = french_loan_sides(
        "La jeune pousse Norvane IA a décroché une marge de crédit de 5 millions de dollars "
        "sur trois ans auprès de la Banque Kelvane, pour financer son fonds de roulement."
    )
    assert sides == {("Norvane IA", "customer"), ("Banque Kelvane", "provider")}


def test_a_prefinancing_facility_is_a_loan_from_the_trader() -> None:
    sides = french_loan_sides(
        "Kelmar Mining a signé avec le négociant Orvane Trading une facilité de "
        "préfinancement de 200 millions de dollars, remboursable sur cinq ans."
    )
    assert sides == {("Kelmar Mining", "customer"), ("Orvane Trading", "provider")}
