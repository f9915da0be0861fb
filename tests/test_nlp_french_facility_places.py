"""Where a French facility is, written in the orders French reporting uses: the towns between a
verb and the facilities (`exploite à Bordeaux et à Toulouse deux centres`, with a district
between them), a counted fleet in one town or in towns of one region (`ses deux centres de
données situés en Bretagne, à X et à Y`), a district before its town (`dans le quartier de
X, à Marseille`, `à X, dans la ville de Douala`, `sur une friche industrielle de X`), a
builder named by a common noun (`que l'entreprise érige à X`), a sentence opening on the
place (`Installé à Monaco, le centre de données ...`); and the sentence telling what a loan
pays for (`Le prêt financera une usine à X`) belongs to the loan; a size repeated over
counted units (`dix-huit éoliennes de 4 MW`) or a potential (`pourrait accueillir jusqu'à`)
is no capacity of the deal, while a bought company's fleet total (`pour 38 MW au total`)
is; a facility sentence after a sentence of no deal's refers to the deal before.
Invented companies; real towns."""

from __future__ import annotations

import re

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.rules import load_rules
from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the towns between the verb and the facilities
        (
            "Tarvel Données exploite à Bordeaux et à Toulouse deux centres de données "
            "régionaux d'une capacité totale de 11 MW.",
            [(None, "Bordeaux", None, "FR"), (None, "Toulouse", None, "FR")],
        ),
        (
            "Brenlo Hosting exploite à Anderlecht un site de 9 MW dont les clients sont des "
            "banques.",
            [(None, "Anderlecht", None, "BE")],
        ),
        (
            "Kassou Data exploite à Abidjan, dans la zone industrielle de Yopougon, un centre "
            "de données de niveau Tier III.",
            [(None, "Abidjan", None, "CI")],
        ),
        (
            "Marvane possède désormais à Lyon trois sites de colocation.",
            [(None, "Lyon", None, "FR")],
        ),
        # a counted fleet in one town, or in towns of the region written first
        (
            "Orlane Datacenters exploite deux centres de données à Casablanca, d'une capacité "
            "cumulée de 12 MW.",
            [(None, "Casablanca", None, "MA")],
        ),
        (
            "Le groupe Kervoran vend ses deux centres de données situés en Bretagne, à "
            "Cesson-Sévigné et à Brest, à une foncière.",
            [(None, "Cesson-Sévigné", "Bretagne", "FR"), (None, "Brest", "Bretagne", "FR")],
        ),
        # a district, then its town; an area named after its town
        (
            "Les serveurs seront installés dans le centre de données que Calanque Cloud "
            "exploite dans le quartier de la Joliette, à Marseille.",
            [(None, "Marseille", None, "FR")],
        ),
        (
            "Le prêt financera un campus de 200 MW dans la plaine de l'Ain, à Saint-Vulbas.",
            [(None, "Saint-Vulbas", None, "FR")],
        ),
        (
            "La jeune pousse finance son campus de centres de données, sur une friche "
            "industrielle de Saint-Avold.",
            [(None, "Saint-Avold", None, "FR")],
        ),
        (
            "Un centre de données situé à Bonabéri, dans la ville de Douala, ouvrira en 2027.",
            [(None, "Douala", None, "CM")],
        ),
        # its builder named by a common noun
        (
            "Le crédit financera le campus de 60 mégawatts que l'entreprise érige à Magog.",
            [(None, "Magog", None, "CA")],
        ),
        # a sentence opening on where its facility is
        (
            "Installé depuis 2015 dans le quartier de Fontvieille, à Monaco, le centre de "
            "données compte 3 MW de puissance.",
            [(None, "Monaco", None, "MC")],
        ),
    ],
)
def test_french_facility_place_orders(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a fleet in a market, no count: no facility
        "Les centres de données à Paris se multiplient depuis cinq ans.",
        # the verb's place is a company's seat, not a facility's
        "Installée à Lyon, la société emploie 45 personnes.",
    ],
)
def test_no_facility_without_its_noun_or_count(sentence: str) -> None:
    assert sites_of(sentence) == []


def test_fronted_place_sentence_refers_to_the_deal_before() -> None:
    """`Installé à X, le centre de données ...` opens on the deal's facility: the sentence
    refers back like `Le centre de données ...` does."""
    anaphora = load_rules("amount_context.json", "fr")["anaphora"]
    assert re.match(anaphora, "Installé depuis 2015 à Monaco, le centre de données compte 3 MW.")
    assert re.match(anaphora, "Le centre de données compte 3 MW.")
    assert not re.match(anaphora, "Installée à Lyon, la société emploie 45 personnes.")


def test_loan_sentence_gives_the_loan_its_site() -> None:
    """`Le prêt financera une usine à Voreppe`, a paragraph after the loan: the loan's site
    (and not the site of the capital increase told beside it)."""
    text = (
        "Le fabricant Torvanel boucle un financement de 70 millions d'euros. La banque "
        "Alvéa Crédit lui accorde un prêt de 50 millions d'euros sur sept ans.\n\n"
        "Torvanel fabrique des échangeurs pour les baies de serveurs. Le prêt financera une "
        "seconde usine à Voreppe, qui doit doubler ses capacités de production."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    assert [(s.city, s.country) for d in deals for s in d.sites] == [("Voreppe", "FR")]
    assert [d.deal_type for d in deals if d.sites] == ["other"]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a size repeated over counted units is no capacity of the deal
        ("Le parc comptera dix-huit éoliennes de 4 MW fournies par Vendral.", []),
        ("Tamboa commande six salles modulaires de 500 kW chacune.", []),
        # a potential (`pourrait accueillir jusqu'à`) is no capacity either
        ("À terme, le site pourrait accueillir jusqu'à 150 MW.", []),
        # a fleet's sum over its buildings is the fleet's capacity
        ("Orvanel exploite trois bâtiments d'une puissance cumulée de 22 MW.", [22.0]),
        ("Les deux bâtiments disposent ensemble d'une puissance de 14 MW.", [14.0]),
    ],
)
def test_french_unit_sizes_and_potentials(sentence: str, kept: list[float]) -> None:
    found = find_quantities(sentence, "fr")
    assert [
        q.value for q in found if not quantity_rejected(sentence, q.start, q.end, True, "fr")
    ] == kept


def test_facility_subject_after_a_fronted_clause_refers_back() -> None:
    """`D'une puissance de 25 MW, la centrale ...`, `Les deux bâtiments ...`: a sentence
    whose subject is a facility noun refers to the deal's facility told before."""
    anaphora = load_rules("amount_context.json", "fr")["anaphora"]
    assert re.match(anaphora, "D'une puissance de 25 MW, la centrale sera construite en 2027.")
    assert re.match(anaphora, "Les deux bâtiments disposent ensemble de 14 MW.")
    assert not re.match(anaphora, "Selon nos informations, la société discute avec deux banques.")


def test_area_after_a_comma_places_the_town_named_after_the_noun() -> None:
    """`du campus de Gland, dans le canton de Vaud`: Gland is the campus's town (an owner
    is named before a town: `le centre de données de Corvex à Eemshaven`)."""
    assert sites_of("Le courant servira au campus de Gland, dans le canton de Vaud.") == [
        (None, "Gland", "Vaud", "CH")
    ]


@pytest.mark.parametrize(
    ("owned", "kept"),
    [(True, [38.0]), (False, [])],
)
def test_total_of_a_fleet_is_the_bought_company_s(owned: bool, kept: list[float]) -> None:
    """`exploite quatre centres de données ..., pour 38 MW au total`: the fleet of the
    company bought is the deal's capacity; another company's fleet is not."""
    sentence = "Corlane exploite quatre centres de données près de Lyon, pour 38 MW au total."
    found = find_quantities(sentence, "fr")
    assert [
        q.value for q in found if not quantity_rejected(sentence, q.start, q.end, owned, "fr")
    ] == kept


def test_facility_sentence_after_a_sentence_of_no_deal_is_the_deal_before() -> None:
    """`X appartenait à Y.` (no deal's), then `Les deux bâtiments disposent de 14 MW`: the
    facility sentence refers to the deal told before it."""
    text = (
        "Le groupe Vantrel rachète l'hébergeur Orsina Data pour 90 millions d'euros. "
        "Orsina Data appartenait jusqu'ici à une holding familiale de Sion. "
        "Les deux bâtiments disposent ensemble d'une puissance raccordée de 14 mégawatts."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-03-10"))
    assert [(q.value, q.unit) for d in deals for q in d.quantities] == [(14.0, "MW")]
