"""French capacities that are no deal's: a plan or target (`vise 40 MW`, `pourrait
atteindre 180 MW`, `monter en puissance jusqu'à 600 MW`), a request, an addition
(`200 MW supplémentaires`) or a company's total after the deal (`nous atteignons 52 MW`);
the deal's own figures stay. Invented names."""

from __future__ import annotations

import pytest

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
