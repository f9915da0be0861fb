"""An investment in a company building a campus whose power the deal tells (`Les fonds
serviront à achever le premier campus de la société, à Namur, d'une capacité de 24
mégawatts`) has that campus as its site, not a facility written as a party's name; an
unnamed French facility keeps its place after describing words (`un centre de données
neutre à Thiès`) or its owner's company noun (`le campus du groupe, à Namur`, `le centre
KX-4 de l'opérateur, à Bissen`), a place's name keeps its `d'` (`la Plaine d'Aubrac`), and
`à` a company is no place. Invented names."""

from __future__ import annotations

import pytest

from tests.nlp_support import Site, french_deals, sites_of


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        (
            "Les fonds serviront à construire un centre de données neutre à Thiès, au Sénégal.",
            [(None, "Thiès", None, "SN")],
        ),
        (
            "Les fonds serviront à achever le deuxième campus du groupe, à Namur (Wallonie).",
            [(None, "Namur", "Wallonie", "BE")],
        ),
        ("Le groupe prévoit de vendre sa centrale solaire andalouse à Solvantis.", []),
        (
            "Les serveurs seront installés dans le centre KX-4 de l'opérateur, à Bissen.",
            [("KX-4", "Bissen", None, "LU")],
        ),
        # `d'` inside a place's name (`Villeneuve d'Ascq`, `la Plaine d'Aubrac`)
        (
            "Le parc éolien de la Plaine d'Aubrac, près de Saint-Quentin (Aisne), produira "
            "80 GWh par an.",
            [("Plaine d'Aubrac", "Saint-Quentin", None, "FR")],
        ),
    ],
)
def test_an_unnamed_french_facility_keeps_its_place(sentence: str, sites: list[Site]) -> None:
    assert sites_of(sentence) == sites


_ROUND = (
    "La jeune pousse namuroise Brevalis Data a bouclé un tour de table de 30 millions "
    "d'euros mené par le fonds Orvane Capital. "
)


def _sites(text: str) -> list[Site]:
    (deal,) = french_deals(text)
    assert deal.deal_type == "investment"
    return [(s.name, s.city, s.region, s.country) for s in deal.sites]


def test_an_investment_in_a_campus_builder_takes_the_campus() -> None:
    text = _ROUND + (
        "Les fonds serviront à achever le premier campus de la société, à Namur (Wallonie), "
        "d'une capacité de 24 mégawatts, dont la mise en service est prévue en 2027."
    )
    assert _sites(text) == [(None, "Namur", "Wallonie", "BE")]


def test_a_campus_named_as_the_investee_is_no_site() -> None:
    text = (
        "Le fonds Cassivel Infra prend 40 % du capital de Lauragais Data Campus, la société "
        "qui porte le site de Saint-Jory, en Occitanie, pour 120 millions d'euros. Le campus "
        "doit à terme atteindre 150 MW."
    )
    assert _sites(text) == [(None, "Saint-Jory", "Occitanie", "FR")]


def test_an_investment_with_no_power_takes_no_site() -> None:
    text = _ROUND + (
        "Les fonds serviront à recruter quarante ingénieurs au siège de la société, à Namur, "
        "et à doubler son chiffre d'affaires."
    )
    assert _sites(text) == []
