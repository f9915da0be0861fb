"""French facilities and contract starts written in the ways round 7's error analysis
found missed: a free adjective between the noun and the name, a quoted name, a bare name
with its owner's after it, a `parc` alone, a plant's town `sur la commune de`; a pronoun
before the delivery verb, building works that start no contract; a capacity changed `de X
à Y`; a fleet told over a long list of towns. Invented names."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected
from pipeline.nlp.places import resolve_place
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.terms import find_terms
from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any lower-case adjective between the noun and `de <name>`
        (
            "Le contrat couvre la production de la centrale solaire alpine de Brenaz, "
            "sur la commune de Chalais, dans le canton du Valais.",
            [("Brenaz", "Chalais", "Valais", "CH")],
        ),
        (
            "Les serveurs seront installés au centre de données régional de Diamniadio, "
            "à partir de janvier 2027.",
            [(None, "Diamniadio", None, "SN")],
        ),
        # a quoted name, the owner's after it, then where it is
        (
            "Les modules équiperont le nouveau centre de données « Korvel », que Tamba "
            "Numérique aménage à Douala, dans la région du Littoral.",
            [("Korvel", "Douala", "Littoral", "CM")],
        ),
        (
            "Le locataire occupera 6 MW dans le bâtiment « Sorbier » de Valdor Datahall, "
            "à Plan-les-Ouates, dans le canton de Genève.",
            [("Sorbier", "Plan-les-Ouates", "Genève", "CH")],
        ),
        # a bare name, its owner's after `de`, then the town
        (
            "Les GPU seront hébergés dans le centre de données Brume-Nord de Calvix, à "
            "Montpellier, en Occitanie.",
            [("Brume-Nord", "Montpellier", "Occitanie", "FR")],
        ),
        # a bare name, its power after a comma, then where it is
        (
            "Vents du Nord cédera la production du parc éolien Tazrout, d'une puissance "
            "de 60 MW, situé près de Tiznit, dans la région de Souss-Massa.",
            [("Tazrout", "Tiznit", "Souss-Massa", "MA")],
        ),
        # its power, `d'une capacité de` or in `MW informatiques`, then where it is
        (
            "Le bail porte sur un bâtiment de 12 MW informatiques situé à Contern, au "
            "Grand-Duché de Luxembourg.",
            [(None, "Contern", None, "LU")],
        ),
        (
            "Elle exploite un centre de données d'une capacité de 4 MW situé à Douala.",
            [(None, "Douala", None, "CM")],
        ),
        # `parc` alone names a plant
        (
            "Le contrat porte sur la production du futur parc des Quatre Vents, situé à "
            "Ohey, en Wallonie.",
            [("Quatre Vents", "Ohey", "Wallonie", "BE")],
        ),
    ],
)
def test_french_facility_wordings(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_function_word_is_no_adjective() -> None:
    """`le centre de données près de Lyon`: `près` is no adjective, Lyon no name."""
    assert sites_of("Calvix loue un centre de données près de Lyon pour dix ans.") == [
        (None, "Lyon", None, "FR")
    ]


def _starts(sentence: str) -> list[str | None]:
    published = date(2026, 5, 12)
    return [t.start_date for t in find_terms(sentence, published, "fr") if t.kind == "contract"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pronoun between the modal and the delivery verb
        ("Les premières grappes doivent lui être livrées en janvier 2027.", ["2027-01"]),
        ("Les salles doivent leur être remises au deuxième trimestre 2027.", ["2027"]),
        ("Les baies doivent être remises au locataire au printemps 2028.", ["2028"]),
        # building works starting are no contract's start
        ("Les travaux doivent démarrer au printemps 2027.", []),
        ("Le chantier devrait commencer en mars 2027.", []),
    ],
)
def test_french_delivery_starts(sentence: str, expected: list[str | None]) -> None:
    assert _starts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capacity changed `de X à Y` is Y, the capacity it will have
        ("Sa puissance sera portée de 8 à 20 mégawatts au printemps.", [(20.0, "MW")]),
        ("La puissance du bâtiment doit passer de 18 à 36 MW.", [(36.0, "MW")]),
        ("Le site sera porté pour l'occasion de 1 à 2 GW.", [(2000.0, "MW")]),
        # a range with no change stays a range, read from its lower bound
        ("Le campus comptera de 60 à 150 MW.", [(60.0, "MW")]),
    ],
)
def test_french_changed_capacity(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence, "fr")] == expected


def test_long_french_fleet_sentence_is_a_fleet() -> None:
    """`X exploite trois centres de données à A, B et C, d'une capacité totale de 19 MW`:
    the verb telling a fleet is read over a long list of towns."""
    text = (
        "Fondée en 2009, Corvane Data exploite trois centres de données à Wavre, "
        "Louvain-la-Neuve et Nivelles, d'une capacité totale de 19 MW."
    )
    start = text.index("19 MW")
    assert quantity_rejected(text, start, start + 5, owned=False, language="fr")
    assert not quantity_rejected(text, start, start + 5, owned=True, language="fr")


def test_plural_pronoun_sentence_belongs_to_the_deal_before() -> None:
    """`Ils équiperont le centre de données ...`: a sentence opened by a pronoun for what
    the deal sells tells that deal's site and capacity."""
    text = (
        "Le fabricant vendéen Brumal Thermique a remporté auprès de l'opérateur nantais "
        "Ondalis DC une commande de 31 millions d'euros portant sur des groupes de "
        "refroidissement. Ils équiperont son nouveau centre de données de 26 MW à "
        "Carquefou, au nord-est de Nantes."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-04-14"))
    assert [(q.value, q.unit) for d in deals for q in d.quantities] == [(26.0, "MW")]
    assert [(s.city, s.country) for d in deals for s in d.sites] == [("Carquefou", "FR")]


def test_contract_length_after_a_longer_contract_noun() -> None:
    """`un contrat de capacité de calcul de quatre ans`: four words between the contract
    noun and its length."""
    terms = find_terms(
        "Il a signé avec Calvix un contrat de capacité de calcul de quatre ans.",
        date(2026, 5, 12),
        "fr",
    )
    assert [(t.kind, t.duration) for t in terms] == [("contract", "P4Y")]


def test_grand_duche_is_luxembourg() -> None:
    place = resolve_place("Grand-Duché de Luxembourg")
    assert place is not None and place.country == "LU" and place.city is None
