"""French sites told as a list of towns after a plural facility noun (`les centrales de X,
Y et Z`: one facility per town) and plots of land placed by where they lie (`un terrain de
12 hectares situé à X`): the site of the land bought. Invented companies; real towns."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every town of the list, the last after `et`
        (
            "Les panneaux équiperont les centrales de Tataouine, Kairouan et Sidi Bouzid, "
            "dont la construction débute en mars.",
            [
                (None, "Tataouine", None, "TN"),
                (None, "Kairouan", None, "TN"),
                (None, "Sidi Bouzid", None, "TN"),
            ],
        ),
        (
            "Les parcs solaires de Narbonne, Béziers et de Limoux produiront 90 GWh par an.",
            [
                (None, "Narbonne", None, "FR"),
                (None, "Béziers", None, "FR"),
                (None, "Limoux", None, "FR"),
            ],
        ),
        # one more town after `et de`, with the first one's region between them
        (
            "Velmar exploite ses centres de données de Wavre, en Wallonie, et d'Anderlecht.",
            [(None, "Wavre", "Wallonie", "BE"), (None, "Anderlecht", None, "BE")],
        ),
        # a plot of land, its area written before where it lies
        (
            "La société a acquis un terrain de 14 hectares situé à Meaux (Seine-et-Marne).",
            [(None, "Meaux", None, "FR")],
        ),
        # counted plots in one town
        ("Le groupe a acheté deux terrains à Saint-Priest.", [(None, "Saint-Priest", None, "FR")]),
    ],
)
def test_listed_towns_and_plots(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


def test_a_bought_plot_is_the_purchase_site() -> None:
    text = (
        "Le promoteur Orvane Numérique a acquis auprès de la Foncière des Tilleuls un "
        "terrain de 9 hectares situé à Saint-Priest (Rhône), pour un prix de 11 millions "
        "d'euros. Il y prévoit un campus de centres de données."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    assert [(d.deal_type, s.city, s.country) for d in deals for s in d.sites] == [
        ("acquisition", "Saint-Priest", "FR")
    ]
