"""French sellers as news names them: `auprès de Y` after a description or a relative
clause of the target, `Le vendeur est Y`, `les parts détenues par Y`, and a dative `lui`
that is not the relative's own antecedent (`avec Y, la holding des fondateurs, qui lui
cédera`); on real French parses (invented companies and sentences)."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def sides(text: str) -> set[tuple[str, str]]:
    found = extract_deals(Article(text=text, language="fr", published="2026-06-01"))
    return {(p.name, p.role) for d in found for p in d.parties}


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        (
            "Le groupe Talvane a annoncé lundi l'acquisition de 70 % du capital de Brisane "
            "Hosting, l'un des principaux hébergeurs de la région, auprès de la holding Ormelle, "
            "qui conserve le solde.",
            "Ormelle",
        ),
        (
            "L'opérateur Kivu Data a signé l'acquisition de 100 % de Lomami Datacenters, qui "
            "exploite à Goma un centre de données de 3 MW, auprès du groupe congolais Ruzizi "
            "Holding.",
            "Ruzizi Holding",
        ),
        (
            "Le groupe Talvane rachète Brisane Hosting pour 80 millions d'euros. Le vendeur est "
            "Dervaux Participations, la holding de la famille fondatrice, qui cède l'intégralité "
            "du capital.",
            "Dervaux Participations",
        ),
    ],
)
def test_the_seller_named_after_the_target_sells(text: str, seller: str) -> None:
    assert (seller, "seller") in sides(text)


def test_the_holder_of_the_bought_shares_sells_them() -> None:
    found = sides(
        "Le groupe Talvane reprend l'intégralité des parts détenues par Ormelle Holding, le "
        "holding de la famille fondatrice, pour 210 millions d'euros, dette comprise."
    )
    assert ("Ormelle Holding", "seller") in found
    assert ("Ormelle Holding", "acquirer") not in found


def test_a_dative_clitic_is_not_its_relatives_own_antecedent() -> None:
    doc = load_model("fr")(
        "Talvane a déjà signé un accord avec Kerval Participations, la holding des "
        "fondateurs, qui lui cédera au même prix son bloc de 29,6 % du capital."
    )
    sale = next(f for f in find_frames(doc) if f.deal_type == "acquisition")
    roles = {(r, m.text) for r, m in sale.args}
    assert ("seller", "Kerval Participations") in roles
    assert ("acquirer", "Kerval Participations") not in roles


def test_the_purchase_of_goods_from_a_chip_maker_names_no_seller() -> None:
    found = sides(
        "Le 15 décembre 2026, la Société a conclu avec un groupe de banques un contrat de "
        "crédit syndiqué de 650 millions d'euros, destiné au financement de l'acquisition de "
        "processeurs graphiques auprès de la société Vexatron et de ses distributeurs."
    )
    assert ("Vexatron", "seller") not in found
