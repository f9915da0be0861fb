"""French normalisers and fact rules: amounts, numbers, quantities, terms, status, types,
older deals and summaries, read with the French rules (`patterns/fr/`); the output
contract is the English one (ISO values, English enums, `text` quoting the French)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from pipeline.models import Amount, Party, Quantity, Site, Term
from pipeline.nlp.amounts import AmountMention, find_amounts, find_undisclosed
from pipeline.nlp.chronology import dated_before, past_month, tells_older
from pipeline.nlp.facts import (
    amount_kind,
    amount_rejected,
    deal_status,
    keyword_type,
    price_from_valuation,
    quantity_rejected,
)
from pipeline.nlp.numbers import parse_digits, parse_number, scale_of
from pipeline.nlp.quantities import QuantityMention, find_quantities
from pipeline.nlp.summary import summarise
from pipeline.nlp.terms import TermMention, find_terms

FR = "fr"
PUBLISHED = datetime.date(2026, 3, 10)
NBSP, NNBSP = "\u00a0", "\u202f"


def amount(text: str) -> AmountMention:
    found = find_amounts(text, FR)
    assert len(found) == 1, found
    assert text[found[0].start : found[0].end] == found[0].text
    return found[0]


def quantity(text: str) -> QuantityMention:
    found = find_quantities(text, FR)
    assert len(found) == 1, found
    return found[0]


def term(text: str) -> TermMention:
    found = find_terms(text, PUBLISHED, FR)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1 250", "1250"),
        (f"1{NBSP}250", "1250"),
        (f"16{NNBSP}000", "16000"),
        ("1 250 000,5", "1250000.5"),
        ("1,25", "1.25"),
        ("32,58", "32.58"),
        ("1.250", "1250"),
        ("2.500.000", "2500000"),
        ("1.250,5", "1250.5"),
        ("1.25", "1.25"),
        ("300", "300"),
    ],
)
def test_french_digits(written: str, value: str) -> None:
    assert parse_digits(written, FR) == Decimal(value)


def test_a_comma_is_decimal_in_french_and_groups_thousands_in_english() -> None:
    assert parse_digits("1,250", FR) == Decimal("1.25")
    assert parse_digits("1,250") == Decimal("1250")


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("un", "1"),
        ("une", "1"),
        ("cinq", "5"),
        ("dix-sept", "17"),
        ("vingt et un", "21"),
        ("soixante-quinze", "75"),
        ("quatre-vingts", "80"),
        ("quatre-vingt-dix", "90"),
        ("sept cent vingt", "720"),
        ("deux cents", "200"),
        ("deux et demi", "2.5"),
        ("beaucoup", None),
    ],
)
def test_french_number_words(written: str, value: str | None) -> None:
    assert parse_number(written, FR) == (Decimal(value) if value else None)


@pytest.mark.parametrize(
    ("word", "scale"),
    [("milliard", 10**9), ("milliards", 10**9), ("Md", 10**9), ("M", 10**6), ("billion", 10**12)],
)
def test_french_scale_words(word: str, scale: int) -> None:
    assert scale_of(word, FR) == scale


def test_billion_is_a_thousand_milliards_in_french_only() -> None:
    assert scale_of("billion", FR) == 10**12
    assert scale_of("billion") == 10**9


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("une dépense de 1,25 milliard de dollars", "1,25 milliard de dollars", 1.25e9, "USD"),
        ("pour une valeur de 8,5 Md€", "8,5 Md€", 8.5e9, "EUR"),
        ("pour 32,58 Md EUR, dette comprise", "32,58 Md EUR", 32.58e9, "EUR"),
        ("un contrat de 380 M$ sur trois ans", "380 M$", 380e6, "USD"),
        ("pour 1 250 milliards de yens", "1 250 milliards de yens", 1.25e12, "JPY"),
        (
            f"pour 1{NBSP}250 milliards de yens",
            f"1{NBSP}250 milliards de yens",
            1.25e12,
            "JPY",
        ),
        (
            f"un total de 2{NNBSP}400 millions d'euros",
            f"2{NNBSP}400 millions d'euros",
            2.4e9,
            "EUR",
        ),
        ("il versera 85 millions d’euros", "85 millions d’euros", 85e6, "EUR"),
        ("un prêt de 85M€", "85M€", 85e6, "EUR"),
        ("sept cent vingt millions d'euros", "sept cent vingt millions d'euros", 720e6, "EUR"),
        ("un milliard de dollars", "un milliard de dollars", 1e9, "USD"),
        (
            "cédé pour 450 millions de livres sterling",
            "450 millions de livres sterling",
            450e6,
            "GBP",
        ),
        ("pour 2 milliards de francs suisses", "2 milliards de francs suisses", 2e9, "CHF"),
        ("52,00 € en numéraire", "52,00 €", 52.0, "EUR"),
        ("un contrat de 150 MEUR", "150 MEUR", 150e6, "EUR"),
        ("écrit 1.25 milliard de dollars", "1.25 milliard de dollars", 1.25e9, "USD"),
        ("une dette de 1,2 MdUSD", "1,2 MdUSD", 1.2e9, "USD"),
        # the Maghreb press glues its currency to the scale letters as a code
        ("un crédit de 300 MDH sur sept ans", "300 MDH", 300e6, "MAD"),
        ("cédé en 2024 pour 1,1 MMDH.", "1,1 MMDH", 1.1e9, "MAD"),
        ("un prêt de 45 MDT remboursable", "45 MDT", 45e6, "TND"),
    ],
)
def test_french_amounts(sentence: str, text: str, value: float, currency: str) -> None:
    found = amount(sentence)
    assert found.text == text
    assert found.value == pytest.approx(value)
    assert found.currency == currency


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("plus de 40 milliards de dollars", "more_than"),
        ("environ 1,2 milliard d'euros", "approx"),
        ("d'environ 300 millions d'euros", "approx"),
        ("au moins 45 millions de dollars", "at_least"),
        ("jusqu'à 19,4 milliards de dollars", "up_to"),
        ("jusqu’à 19,4 milliards de dollars", "up_to"),
        ("près de 2 milliards d'euros", "approx"),
        ("quelque 46 millions d'euros", "approx"),
        ("l'engagement dépasse 2,3 milliards d'euros", "more_than"),
        ("moins de 10 millions d'euros", "at_most"),
        ("85 millions d'euros", "exact"),
    ],
)
def test_french_qualifiers(sentence: str, qualifier: str) -> None:
    assert amount(sentence).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("85 millions d'euros par mois", "P1M"),
        ("45 millions de dollars par an", "P1Y"),
        ("12 millions d'euros chaque mois", "P1M"),
        ("versera chaque mois plus de 40 millions d'euros", "P1M"),
        ("un loyer annuel de 38 millions d'euros", "P1Y"),
        ("le loyer annuel avoisinerait 60 millions d'euros", "P1Y"),
        ("une redevance mensuelle de 2 millions d'euros", "P1M"),
        ("210 M€ annuels", "P1Y"),
        ("1,8 milliard d'euros sur cinq ans", None),
    ],
)
def test_french_periods(sentence: str, period: str | None) -> None:
    assert amount(sentence).period == period


def test_a_range_and_a_restatement_in_another_currency() -> None:
    found = amount("entre 2 et 3 milliards d'euros")
    assert (found.value, found.value_max) == (2e9, 3e9)
    found = amount("de 30 à 40 millions d'euros")
    assert (found.value, found.value_max) == (30e6, 40e6)
    found = amount("1 250 milliards de yens (environ 7,6 milliards d'euros)")
    assert found.currency == "JPY"


def test_soit_restates_a_total_as_a_yearly_payment() -> None:
    found = find_amounts("2,4 milliards d'euros, soit environ 480 millions d'euros par an", FR)
    assert [(m.value, m.period, m.qualifier) for m in found] == [
        (2.4e9, None, "exact"),
        (480e6, "P1Y", "approx"),
    ]


def test_a_round_raised_now_is_the_deals_amount_and_an_earlier_one_is_not() -> None:
    sentence = "Pixalune a levé 25 millions d'euros auprès d'Orme Capital."
    assert not amount_rejected(sentence, amount(sentence), FR)
    assert amount_kind(sentence, amount(sentence), "investment", FR) == "investment"
    sentence = "Lumaire avait levé 1,2 milliard d'euros au printemps."
    assert amount_rejected(sentence, amount(sentence), FR)


def test_price_per_share_and_a_change_are_told_apart() -> None:
    assert amount("une offre à 38,50 euros par action").per_share
    found = find_amounts("le plafond est passé de 2 milliards d'euros à 3 milliards d'euros", FR)
    assert [m.value_max for m in found] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Il a racheté Alba pour un montant non divulgué.", ["non divulgué"]),
        ("Le montant de la transaction n'a pas été dévoilé.", ["pas été dévoilé"]),
        ("Les conditions financières ne sont pas communiquées.", ["pas communiquées"]),
        ("Iliad n'a pas précisé le prix payé par InfraVia.", ["pas précisé"]),
        ("Alba a été rachetée pour 2 milliards d'euros.", []),
    ],
)
def test_french_undisclosed_price(sentence: str, words: list[str]) -> None:
    assert [m.text for m in find_undisclosed(sentence, FR)] == words


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("un campus de 400 mégawatts", 400.0, "MW"),
        ("une capacité de 1,2 GW", 1200.0, "MW"),
        ("deux gigawatts", 2000.0, "MW"),
        ("60 MW de capacité", 60.0, "MW"),
        ("environ 24 000 GPU installés", 24000.0, "GPU"),
        (f"16{NNBSP}000 GPU", 16000.0, "GPU"),
        (f"2{NBSP}048 GPU", 2048.0, "GPU"),
        ("350 000 MWh par an", 350000.0, "MWh"),
        ("1,5 TWh", 1.5e6, "MWh"),
        ("une commande de 20 000 accélérateurs", 20000.0, "chip"),
    ],
)
def test_french_quantities(sentence: str, value: float, unit: str) -> None:
    found = quantity(sentence)
    assert (found.value, found.unit) == (value, unit)


def test_french_quantity_qualifiers_and_ranges() -> None:
    assert quantity("jusqu'à 1 GW").qualifier == "up_to"
    assert quantity("environ 24 000 GPU").qualifier == "approx"
    found = quantity("de 40 à 70 MW")
    assert (found.value, found.qualifier) == (40.0, "at_least")


@pytest.mark.parametrize(
    ("sentence", "start", "end", "duration", "kind"),
    [
        ("jusqu'en mai 2029", None, "2029-05", None, "contract"),
        ("jusqu’en mai 2029", None, "2029-05", None, "contract"),
        ("un contrat sur cinq ans", None, None, "P5Y", "contract"),
        ("pour une durée de 15 ans", None, None, "P15Y", "contract"),
        ("un bail de douze ans", None, None, "P12Y", "contract"),
        ("d'une durée ferme de quinze ans", None, None, "P15Y", "contract"),
        ("pendant trois ans", None, None, "P3Y", "contract"),
        ("à partir du deuxième semestre 2026", "2026", None, None, "contract"),
        ("à compter du 1er janvier 2027", "2027-01-01", None, None, "contract"),
        ("à partir de début 2027", "2027", None, None, "contract"),
        ("à partir de la fin de cette année", "2026", None, None, "contract"),
        ("à partir de l'an prochain", "2027", None, None, "contract"),
        ("dès janvier 2027", "2027-01", None, None, "contract"),
        ("jusqu'à fin 2028", None, "2028", None, "contract"),
        ("jusqu'à la fin de l'année", None, "2026", None, "contract"),
        ("la mise en service est prévue début 2027", "2027", None, None, "contract"),
        ("un préavis de 120 jours", None, None, "P120D", "notice"),
        ("un contrat pluriannuel", None, None, None, "contract"),
        ("d'ici 2030", None, "2030", None, "other"),
        ("le bail prendra effet au premier semestre 2028", "2028", None, None, "contract"),
        ("la fourniture démarrera au second semestre 2027", "2027", None, None, "contract"),
        ("l'accord entrera en vigueur début 2027", "2027", None, None, "contract"),
    ],
)
def test_french_terms(
    sentence: str, start: str | None, end: str | None, duration: str | None, kind: str
) -> None:
    found = term(sentence)
    assert (found.start_date, found.end_date, found.duration, found.kind) == (
        start,
        end,
        duration,
        kind,
    )
    assert found.text in sentence


def test_a_french_span_has_both_ends() -> None:
    found = term("du troisième trimestre 2026 jusqu'en juin 2028")
    assert (found.start_date, found.end_date) == ("2026", "2028-06")
    found = term("les livraisons s'échelonneront du premier au quatrième trimestre 2027")
    assert (found.start_date, found.end_date) == ("2027", "2027")
    found = term("les livraisons auront lieu d'avril à décembre 2027")
    assert (found.start_date, found.end_date) == ("2027-04", "2027-12")
    found = term("de mi-2027 à fin 2028")  # the end of a year is its last month
    assert (found.start_date, found.end_date) == ("2027", "2028-12")
    both = find_terms(
        "85 millions par mois à partir de janvier 2027 et jusqu'en mai 2029", None, FR
    )
    assert [(t.start_date, t.end_date) for t in both] == [("2027-01", None), (None, "2029-05")]


@pytest.mark.parametrize(
    ("sentence", "close"),
    [
        ("La transaction devrait être finalisée au deuxième semestre 2026.", "2026-07"),
        ("La finalisation de l'opération est attendue d'ici fin 2026.", "2026"),
        ("L'opération devrait être conclue au premier trimestre 2027.", "2027-01"),
    ],
)
def test_french_expected_closing(sentence: str, close: str) -> None:
    found = term(sentence)
    assert (found.kind, found.end_date) == ("closing", close)


@pytest.mark.parametrize(
    "sentence",
    [
        "il y a cinq ans",
        "la société, fondée depuis dix ans, emploie 300 personnes",
        "après douze mois de négociations",
        "En 2025, le chiffre d'affaires a progressé.",
    ],
)
def test_french_non_terms(sentence: str) -> None:
    assert find_terms(sentence, PUBLISHED, FR) == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Sarrazin envisagerait de racheter Helvane.", "reported"),
        ("Sarrazin serait en discussions avancées pour racheter Helvane.", "reported"),
        ("Sarrazin rachète Helvane, selon Les Échos.", "reported"),
        ("Iliad est entré en négociations exclusives avec InfraVia.", "proposed"),
        ("Teyssier lance une OPA amicale sur Altimedia.", "proposed"),
        ("Vireo a finalisé l'acquisition de Quantelis.", "completed"),
        ("Datavia a signé un bail avec Nimbra.", "agreed"),
        ("Vireo annonce le rachat de Quantelis.", "announced"),
        ("Teyssier a renoncé à son offre sur Altimedia.", "terminated"),
    ],
)
def test_french_status(sentence: str, status: str) -> None:
    assert deal_status(None, [sentence], FR)[0] == status


@pytest.mark.parametrize(
    ("sentence", "deal_type"),
    [
        ("un contrat d'achat d'électricité solaire", "power_purchase"),
        ("un bail de douze ans et un loyer annuel", "lease"),
        ("l'usage de 24 000 GPU dans ses centres de données", "compute_contract"),
        ("un accord de licence sur ses brevets", "licence"),
        ("un tour de table de série B", "investment"),
        ("le rachat de la société", "acquisition"),
    ],
)
def test_french_type_keywords(sentence: str, deal_type: str) -> None:
    assert keyword_type([sentence], FR) == deal_type


@pytest.mark.parametrize(
    "sentence",
    [
        "sa capitalisation boursière de 11 milliards d'euros",
        "un chiffre d'affaires de 1,3 milliard d'euros",
        "le cours de bourse de 24 euros",
        "la Bourse le valorise à 4 milliards d'euros",
        "qui avait racheté Orbis en 2019 pour 900 millions d'euros",
        "un crédit relais de 1,2 milliard d'euros",
        "des synergies de 210 millions d'euros par an",
        "Talvent finance la construction de son site de Brioude grâce à un prêt de 90 M€",
    ],
)
def test_market_data_and_older_deals_are_not_the_deals_amount(sentence: str) -> None:
    mention = find_amounts(sentence, FR)[-1]
    assert amount_rejected(sentence, mention, FR)


def test_the_deals_own_amount_is_kept_and_given_its_kind() -> None:
    sentence = "Datavia a signé un bail d'une valeur totale de 1,4 milliard d'euros."
    mention = amount(sentence)
    assert not amount_rejected(sentence, mention, FR)
    assert amount_kind(sentence, mention, "lease", FR) == "total"
    sentence = "une opération qui valorise Altimedia à environ 1,9 milliard d'euros"
    assert amount_kind(sentence, amount(sentence), "acquisition", FR) == "valuation"
    sentence = "un complément de prix pouvant atteindre 300 millions d'euros"
    assert amount_kind(sentence, amount(sentence), "acquisition", FR) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le tour valorise la société 400 millions d'euros après l'opération.",
        "une opération qui la valorise autour de 900 millions d'euros",
        "l'opération valoriserait la cible autour de 150 M€, selon deux sources",
        "L'opération valorise Ostrelis à 3 milliards de dirhams après l'augmentation de capital.",
    ],
)
def test_what_an_operation_values_a_company_at_is_a_valuation(sentence: str) -> None:
    assert amount_kind(sentence, amount(sentence), "investment", FR) == "valuation"


def test_french_older_deal_cues() -> None:
    assert tells_older("Halberd avait racheté Clairval en 2019.", PUBLISHED, language=FR)
    assert tells_older("L'an dernier, Corvex a signé un contrat.", PUBLISHED, language=FR)
    assert tells_older("Corvex a perdu en 2024 son principal client.", PUBLISHED, language=FR)
    assert past_month("Corvex avait perdu en janvier son client.", PUBLISHED, FR)
    assert not tells_older("Lumaire versera 85 millions par mois.", PUBLISHED, language=FR)
    assert not past_month("Les livraisons commenceront en septembre.", PUBLISHED, FR)
    text = "Google a investi 2 milliards en 2023 dans la société."
    assert dated_before(text, text.index("investi"), PUBLISHED, FR)


PARTIES = [
    Party(name="Lumaire", role="customer", text="Lumaire"),
    Party(name="Corvex Compute", role="provider", text="Corvex Compute"),
]


def test_french_summary_of_a_compute_contract() -> None:
    amounts = [
        Amount(value=85e6, currency="EUR", period="P1M", kind="payment", text="85 M€"),
        Amount(value=2.3e9, currency="EUR", qualifier="more_than", kind="total", text="2,3"),
    ]
    term_ = Term(start="2027-01", end="2029-05", text="à partir de janvier 2027")
    sites = [Site(kind="data_center", city="Eemshaven", country="NL", text="Eemshaven")]
    assert summarise("compute_contract", PARTIES, amounts, term_, sites, [], FR) == (
        "Lumaire (client) verse 85 millions d'euros par mois à Corvex Compute (fournisseur), "
        "plus de 2,3 milliards d'euros au total, de janvier 2027 à mai 2029, "
        "pour un centre de données, Eemshaven, NL."
    )
    assert summarise("compute_contract", PARTIES, amounts, term_, sites, []) == (
        "Lumaire (customer) pays Corvex Compute (provider) €85 million per month, more than "
        "€2.3 billion in total, January 2027 to May 2029, for a data center, Eemshaven, NL."
    )


def test_french_summary_of_an_acquisition_by_two_buyers_with_counts() -> None:
    parties = [
        Party(name="Larch", role="acquirer", text="Larch"),
        Party(name="Fenn", role="acquirer", text="Fenn"),
        Party(name="Quarry", role="target", text="Quarry"),
        Party(name="Atalis", role="seller", text="Atalis"),
    ]
    amounts = [Amount(value=1.25e12, currency="JPY", kind="price", text="1 250 milliards")]
    assert summarise("acquisition", parties, amounts, None, [], [], FR) == (
        "Larch (acquéreur) et Fenn (acquéreur) acquièrent Quarry (cible) auprès d'Atalis "
        "(vendeur) pour 1,25 billion de yens."
    )
    quantities = [Quantity(value=24000, unit="GPU", text="24 000 GPU")]
    supply = [
        Party(name="Orrin", role="buyer", text="Orrin"),
        Party(name="Tavern", role="seller", text="Tavern"),
    ]
    term_ = Term(duration="P5Y", text="sur cinq ans")
    assert summarise("supply", supply, [], term_, [], quantities, FR) == (
        "Orrin (acheteur) achète à Tavern (vendeur), pour 5 ans, pour 24 000 GPU."
    )


def test_a_valuation_prices_an_acquisition_unless_the_price_is_withheld() -> None:
    valuation = Amount(value=860e6, currency="EUR", kind="valuation", text="860 millions")
    assert [a.kind for a, _ in price_from_valuation([(valuation, 0)], "acquisition")] == ["price"]
    withheld = price_from_valuation([(valuation, 0)], "acquisition", withheld=True)
    assert [a.kind for a, _ in withheld] == ["valuation"]


@pytest.mark.parametrize(
    ("sentence", "owned", "rejected"),
    [
        ("sa capacité installée à 96 MW, répartis sur trois campus", True, True),
        ("exploite onze centres, pour une capacité installée de 140 MW", False, True),
        ("exploite onze centres, pour une capacité installée de 140 MW", True, False),
        ("La première phase, de 120 MW, sera livrée fin 2028.", True, True),
        ("un parc solaire de 120 mégawatts en construction", False, False),
        ("un bail portant sur 60 MW du campus", False, False),
    ],
)
def test_french_quantity_context(sentence: str, owned: bool, rejected: bool) -> None:
    found = quantity(sentence)
    assert quantity_rejected(sentence, found.start, found.end, owned, FR) is rejected


def test_thousands_of_euros_written_k_euro() -> None:
    found = amount("un ticket de 850 k€ pour l'amorçage")
    assert (Decimal(found.value), found.currency, found.text) == (Decimal(850_000), "EUR", "850 k€")


def test_a_guaranteed_total_is_the_deals_total() -> None:
    sentence = (
        "Tessin percevra un paiement initial de 5 M€ à la signature, puis des redevances "
        "annuelles de 2 M€, soit un montant total garanti d'au moins 25 M€ sur la durée du contrat."
    )
    kinds = [amount_kind(sentence, m, "licence", FR) for m in find_amounts(sentence, FR)]
    assert kinds == ["payment", "payment", "total"]
