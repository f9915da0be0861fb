"""French facilities listed with their towns: a plural noun and its participle before the
towns (`centres de données implantés à X et à Y`, `trois centres situés à X, Y et Z`, `Les
trois parcs, implantés à X, Y et Z`), each facility with its town (`deux installations,
l'une à X et l'autre à Y`), a fleet counted by group (`trois centres, deux dans le canton de
Genève, à X et à Y, et un à Z`); a facility's power with its unit in brackets (`de 60
mégawatts (MW) à X`), a name linked by `des` (`la Plaine des Cigales`) and a `salle
informatique`. A fleet neither counted nor listed with its participle names no site.
Invented companies; real towns."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, sites_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brunel Data, opérateur de centres de données implantés à Vénissieux et à "
            "Meylan, change de mains.",
            [(None, "Vénissieux", None, "FR"), (None, "Meylan", None, "FR")],
        ),
        (
            "Orvane cède trois centres de données situés à Nantes, Rennes et Angers à une "
            "foncière.",
            [
                (None, "Nantes", None, "FR"),
                (None, "Rennes", None, "FR"),
                (None, "Angers", None, "FR"),
            ],
        ),
        (
            "Les trois parcs, implantés à Havelange, Sombreffe et Walcourt, totaliseront 42 MW.",
            [
                (None, "Havelange", None, "BE"),
                (None, "Sombreffe", None, "BE"),
                (None, "Walcourt", None, "BE"),
            ],
        ),
        (
            "Frimas Data possède deux installations, l'une à Terrebonne et l'autre à Laval, "
            "totalisant 28 mégawatts.",
            [(None, "Terrebonne", None, "CA"), (None, "Laval", None, "CA")],
        ),
        (
            "Lémanix exploite trois centres de données, deux dans le canton de Genève, à "
            "Plan-les-Ouates et à Vernier, et un à Lausanne, pour 42 MW.",
            [
                (None, "Plan-les-Ouates", "Genève", "CH"),
                (None, "Vernier", "Genève", "CH"),
                (None, "Lausanne", None, "CH"),
            ],
        ),
        (
            "Corvin loue un futur centre de données de 60 mégawatts (MW) à Saint-Pathus "
            "(Seine-et-Marne).",
            [(None, "Saint-Pathus", None, "FR")],
        ),
        (
            "L'accord porte sur la centrale photovoltaïque de la Plaine des Cigales, d'une "
            "puissance de 38 MWc, en cours d'installation à Lézignan-Corbières.",
            [("Plaine des Cigales", "Lézignan-Corbières", None, "FR")],
        ),
        (
            "La société exploite une salle informatique de 1,5 MW à Nyon.",
            [(None, "Nyon", None, "CH")],
        ),
    ],
)
def test_facilities_listed_with_their_towns(sentence: str, expected: list[Site]) -> None:
    assert sites_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a fleet: neither counted nor told with a participle
        "Le groupe exploite des centres de données à Paris et à Lyon depuis 2010.",
        # a bare comma list that never closes with `et` lists no towns after the first
        "Vanel exploite deux centres de données à Lyon, Orlanne Cloud en est le client.",
    ],
)
def test_a_fleet_or_an_open_list_names_no_more_towns(sentence: str) -> None:
    assert [s[1] for s in sites_of(sentence)] in ([], ["Lyon"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norvia exploite deux centres de données dans le canton de Vaud, à Renens et à "
            "Ecublens, d'une puissance cumulée de 9 MW.",
            [(None, "Renens", "Vaud", "CH"), (None, "Ecublens", "Vaud", "CH")],
        ),
        (
            "Norvia exploite trois centres de données en Bretagne, à Rennes, Brest et Vannes.",
            [
                (None, "Rennes", "Bretagne", "FR"),
                (None, "Brest", "Bretagne", "FR"),
                (None, "Vannes", "Bretagne", "FR"),
            ],
        ),
    ],
)
def test_counted_towns_after_their_area(sentence: str, expected: list[Site]) -> None:
    """`deux centres de données dans le canton de Vaud, à X et à Y`: the area first."""
    assert sites_of(sentence) == expected
