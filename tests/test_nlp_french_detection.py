"""French deal detection: the currencies and number forms of French-speaking markets and
the deal nouns French reporting uses, read with the French rules (`patterns/fr/`)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.amounts import find_amounts
from pipeline.nlp.model import load_model
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.roles import find_frames

FR = "fr"


def frames(sentence: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [
        (f.deal_type, {(r, m.text) for r, m in f.args})
        for f in find_frames(load_model(FR)(sentence))
    ]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("touchera 75 millions de francs suisses", 75_000_000, "CHF"),
        ("une option portant le total à 95 millions de francs.", 95_000_000, "CHF"),
        ("pour 1,4 milliard de dirhams", 1_400_000_000, "MAD"),
        ("pour 300 millions de DH", 300_000_000, "MAD"),
        ("3 milliards de dirhams émiratis", 3_000_000_000, "AED"),
        ("un loyer de 18 milliards de FCFA", 18_000_000_000, "XOF"),
        ("un prêt de 9 milliards de F CFA", 9_000_000_000, "XOF"),
        ("une ronde de 60 millions $ CA", 60_000_000, "CAD"),
        ("de l'ordre d'un demi-milliard d'euros", 500_000_000, "EUR"),
        ("un milliard et demi d'euros", 1_500_000_000, "EUR"),
        ("deux milliards et demi de dollars", 2_500_000_000, "USD"),
        ("4 millions et demi d'euros", 4_500_000, "EUR"),
        ("1'250 millions de francs suisses", 1_250_000_000, "CHF"),
    ],
)
def test_currencies_and_number_forms(text: str, value: int, currency: str) -> None:
    found = find_amounts(text, FR)
    assert [(a.value, a.currency) for a in found] == [(value, currency)]
    assert text[found[0].start : found[0].end] == found[0].text


def test_half_needs_a_scale_and_stays_english_too() -> None:
    assert find_amounts("un demi", FR) == []
    english = find_amounts("a billion and a half dollars", "en")
    assert [(a.value, a.currency) for a in english] == [(1_500_000_000, "USD")]


@pytest.mark.parametrize("written", ["4'096 GPU", "4\u2019096 GPU"])
def test_swiss_apostrophe_thousands(written: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(written, FR)] == [(4096, "GPU")]


def test_an_apostrophe_elision_is_no_thousands_separator() -> None:
    assert find_amounts("l'an 2'000 francs", FR)[0].value == 2000
    assert find_quantities("l'exercice 2026", FR) == []


@pytest.mark.parametrize(
    ("sentence", "deal_type", "args"),
    [
        (
            "La jeune entreprise Pivelle a bouclé une ronde de financement de 40 millions de "
            "dollars menée par Orcaline Capital.",
            "investment",
            {("investee", "Pivelle"), ("investor", "Orcaline Capital")},
        ),
        (
            "La ronde a été menée par le fonds Orcaline Capital.",
            "investment",
            {("investor", "Orcaline Capital")},
        ),
        (
            "Hydrolane a conclu une allocation de production de long terme avec Serval Data.",
            "power_purchase",
            {("partner", "Hydrolane"), ("partner", "Serval Data")},
        ),
        (
            "Brevoix a signé un bail en l'état futur d'achèvement avec Coradis Immobilier.",
            "lease",
            {("lessor", "Brevoix"), ("lessee", "Coradis Immobilier")},
        ),
        (
            "Talmont a signé un accord-cadre avec Quessane.",
            "partnership",
            {("partner", "Talmont"), ("partner", "Quessane")},
        ),
        (
            "Talmont a signé un protocole d'accord avec Quessane.",
            "partnership",
            {("partner", "Talmont"), ("partner", "Quessane")},
        ),
    ],
)
def test_french_deal_nouns(sentence: str, deal_type: str, args: set[tuple[str, str]]) -> None:
    assert (deal_type, args) in frames(sentence)


def test_a_deal_noun_after_a_long_prepositional_phrase_and_a_defined_role() -> None:
    sentence = (
        "Le 9 avril 2026, Brevoix Cloud a signé avec la SCI Lande Capacités (le « Bailleur »), "
        "filiale du fonds Guéret Immobilier, un bail commercial."
    )
    assert ("lease", {("lessee", "Brevoix Cloud"), ("lessor", "SCI Lande Capacités")}) in frames(
        sentence
    )


@pytest.mark.parametrize(
    ("sentence", "args"),
    [
        (
            "Brevoix Cloud a signé avec Tarvane Labs (le « Client ») un contrat de services.",
            {("customer", "Tarvane Labs"), ("provider", "Brevoix Cloud")},
        ),
        (
            "Ormeaux Capacités a signé un bail avec Brevoix Cloud (le « Preneur »).",
            {("lessee", "Brevoix Cloud"), ("lessor", "Ormeaux Capacités")},
        ),
        (  # a defined short name is no role
            "Brevoix Cloud a signé avec Tarvane Labs (« Tarvane ») un contrat de services.",
            {("partner", "Tarvane Labs"), ("partner", "Brevoix Cloud")},
        ),
    ],
)
def test_a_defined_term_that_names_a_role(sentence: str, args: set[tuple[str, str]]) -> None:
    assert [a for _, a in frames(sentence)] == [args]


def test_a_legal_abbreviation_keeps_its_period() -> None:
    doc = load_model(FR)("Le 4 mai 2026, Brevoix a conclu avec Tarvane Inc. un contrat.")
    assert "Inc." in [t.text for t in doc]
    assert frames("Le 4 mai 2026, Brevoix Cloud a conclu avec Tarvane Inc. un contrat.") == [
        ("partnership", {("partner", "Brevoix Cloud"), ("partner", "Tarvane Inc.")})
    ]


def test_a_typed_agreement_between_two_partners_is_a_second_deal() -> None:
    text = (
        "Le groupe Orvane a finalisé le rachat de l'hébergeur Belcour Data pour 300 millions "
        "d'euros.\n\nPour alimenter son futur campus, Belcour Data a par ailleurs signé un "
        "contrat d'achat d'électricité avec le producteur Zéphyr Énergie.\n\n"
        "Les livraisons débuteront en 2028."
    )
    deals = extract_deals(Article(text=text, language=FR, published="2026-05-04"))
    assert [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals] == [
        ("acquisition", {("Orvane", "acquirer"), ("Belcour Data", "target")}),
        ("power_purchase", {("Belcour Data", "buyer"), ("Zéphyr Énergie", "seller")}),
    ]


def test_an_older_deal_of_a_party_is_grouped_apart() -> None:
    text = (
        "C'est le cas du nouvel accord conclu par Cimarre.\n\n"
        "L'hébergeur lillois sera payé 9 millions d'euros par mois par le laboratoire Velisse, "
        "selon une source proche du dossier.\n\n"
        "L'entreprise, qui a réalisé 30 millions d'euros de chiffre d'affaires l'an dernier, "
        "avait levé en février 250 millions d'euros de dette auprès d'un pool mené par la "
        "Banque Armorique."
    )
    deals = extract_deals(Article(text=text, language=FR, published="2026-07-02"))
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Cimarre", "provider"),
        ("Velisse", "customer"),
    }
    assert deals[0].deal_type != "investment"
    assert all(p.name != "Banque Armorique" for d in deals for p in d.parties)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pradel Capital souscrira à l'augmentation de capital réservée de Velisse.",
        "Pradel Capital apportera 300 millions d'euros en fonds propres au projet.",
    ],
)
def test_subscribing_and_bringing_equity_invest(sentence: str) -> None:
    assert ("investment", {("investor", "Pradel Capital")}) in frames(sentence)


def test_bringing_something_else_is_no_investment() -> None:
    assert frames("Pradel Capital apportera de la souplesse aux clients de Velisse.") == []


@pytest.mark.parametrize(
    "definition",
    [
        "Le 3 juin 2025, Calvane SA (la « Société ») a conclu avec Ombrelle Cloud un contrat "
        "de location portant sur un bâtiment de 30 MW.",
        "Dans la présente section, « la Société » désigne Calvane SA. Le 3 juin 2025, la "
        "Société a conclu avec Ombrelle Cloud un contrat de location portant sur un bâtiment "
        "de 30 MW.",
    ],
)
def test_a_defined_term_names_its_party_and_another_type_is_another_deal(
    definition: str,
) -> None:
    text = (
        f"{definition}\n\nPar ailleurs, la Société a signé un contrat d'achat "
        "d'électricité avec Rhénane Énergie SA."
    )
    deals = extract_deals(Article(text=text, language=FR, published="2026-04-01"))
    found = [(d.deal_type, {p.name for p in d.parties}) for d in deals]
    assert ("power_purchase", {"Calvane", "Rhénane Énergie"}) in found
    assert next(t for t, names in found if "Ombrelle Cloud" in names) == "lease"
