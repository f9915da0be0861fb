"""Where a French facility is, in more of the orders French reporting writes it: a region
between the verb and the facility (`exploite à X, en Flandre, un centre`), a builder or
operator named with its article (`que la SNCV exploite à X`), a mountain site by the town
below it (`au-dessus de X`, `au pied de X`) and a ground-mounted plant (`la centrale au
sol des X, à Y`). Invented companies and plant names; real towns."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a region between the verb and the facility
        (
            "Datovia exploite à Liège, en Wallonie, un centre de données de 9 MW.",
            [(None, "Liège", None, "BE")],
        ),
        # the operator named with its article
        (
            "Le courant viendra du parc éolien que la SNCV exploite à Saint-Affrique, dans "
            "l'Aveyron.",
            [(None, "Saint-Affrique", None, "FR")],
        ),
        (
            "Les serveurs seront installés dans le campus que la Sodival construit à Lannion.",
            [(None, "Lannion", None, "FR")],
        ),
        # a mountain plant by the town below it, keeping its own name
        (
            "La centrale solaire de Crêt-Rouge, au-dessus de Saint-Imier, produira 20 GWh.",
            [("Crêt-Rouge", "Saint-Imier", None, "CH")],
        ),
        (
            "Le parc éolien de Mont-Solde, au pied de Saint-Imier, compte six éoliennes.",
            [("Mont-Solde", "Saint-Imier", None, "CH")],
        ),
        # a ground-mounted plant named after its noun, then its town and region
        (
            "Solvéa vendra la production de la centrale au sol des Cistes, à Vézénobres "
            "(Gard), en Occitanie.",
            [("Cistes", "Vézénobres", "Occitanie", "FR")],
        ),
    ],
)
def test_french_site_wordings(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected
