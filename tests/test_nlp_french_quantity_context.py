"""French capacities that are no deal's: a plan or target (`vise 40 MW`, `pourrait
atteindre 180 MW`, `monter en puissance jusqu'à 600 MW`), a request, an addition
(`200 MW supplémentaires`) or a company's total after the deal (`nous atteignons 52 MW`),
and figures of a country, a market or a regulated scheme (`au regard des 64 TWh consommés
chaque année dans le pays`, `comparé aux 30 GW installés`, `plafonné à 120 TWh`); the
deal's own figures stay. Invented names."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.facts import quantity_rejected


@pytest.mark.parametrize(
    ("sentence", "figure", "rejected"),
    [
        ("À terme, Lavoine vise 40 MW sur le site.", "40 MW", True),
        ("Le campus pourrait atteindre 180 MW d'ici 2031.", "180 MW", True),
        ("Orsalis prévoit de monter en puissance jusqu'à 600 MW d'ici 2032.", "600 MW", True),
        ("« Ensemble, nous atteignons 52 MW en Flandre », a dit le patron.", "52 MW", True),
        ("Il a déposé une demande de raccordement de 50 mégawatts.", "50 mégawatts", True),
        ("Elle a obtenu la réservation de 200 MW supplémentaires.", "200 MW", True),
        (
            "Une extension pourrait porter la capacité du site de Feluy, en Wallonie, à 60 MW.",
            "60 MW",
            True,
        ),
        # the deal's own figures stay
        ("Le contrat porte sur la réservation de 2 048 GPU.", "2 048 GPU", False),
        ("La puissance totale du campus atteindra 200 MW.", "200 MW", False),
    ],
)
def test_french_plans_and_totals_are_no_deal_quantity(
    sentence: str, figure: str, rejected: bool
) -> None:
    start = sentence.index(figure)
    assert quantity_rejected(sentence, start, start + len(figure), False, "fr") is rejected


@pytest.mark.parametrize(
    ("sentence", "figure", "rejected"),
    [
        (
            "Les volumes restent modestes au regard des 58 térawattheures consommés chaque "
            "année dans le pays.",
            "58 térawattheures",
            True,
        ),
        ("Le pays consomme 71 TWh par an à l'échelle nationale.", "71 TWh", True),
        ("C'est peu comparé aux 30 GW installés en Belgique.", "30 GW", True),
        (
            "L'ancien dispositif donnait accès à un maximum de 110 TWh par an d'électricité.",
            "110 TWh",
            True,
        ),
        ("Le volume du mécanisme est plafonné à 120 TWh.", "120 TWh", True),
        # the deal's own figures stay
        ("Le contrat porte sur 140 gigawattheures par an.", "140 gigawattheures", False),
        ("La centrale livrera environ 80 GWh par an dès 2028.", "80 GWh", False),
    ],
)
def test_country_and_scheme_volumes_are_no_deal_quantity(
    sentence: str, figure: str, rejected: bool
) -> None:
    start = sentence.index(figure)
    assert quantity_rejected(sentence, start, start + len(figure), False, "fr") is rejected


def test_a_ppa_keeps_its_volume_and_not_the_countrys() -> None:
    text = (
        "L'exploitant de centres de données Corvalis a conclu avec le producteur Ventaro "
        "un contrat d'achat d'électricité de douze ans portant sur environ 210 "
        "gigawattheures par an, ont annoncé mardi les deux entreprises. Mais ces contrats "
        "restent modestes au regard des 58 térawattheures consommés chaque année dans le "
        "pays."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    quantities = {(q.value, q.unit) for d in deals for q in d.quantities}
    assert (210000.0, "MWh") in quantities
    assert (58000000.0, "MWh") not in quantities
