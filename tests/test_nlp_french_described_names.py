"""A name the NER glued to the apposition after its comma (`Ravel Participations, holding
familiale, cède`) is cut at the comma: the description is not part of the name."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from tests.nlp_support import french_deals


def test_the_holding_described_after_its_comma_is_the_seller() -> None:
    text = (
        "Ravel Participations, holding familiale, cède Datanord au groupe Kervalon pour 40 "
        "millions d'euros, a-t-il annoncé lundi."
    )
    deals = french_deals(text)
    assert deals
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Ravel Participations", "seller"),
        ("Datanord", "target"),
        ("Kervalon", "acquirer"),
    }


def test_the_organisation_entity_stops_before_its_description() -> None:
    doc = load_model("fr")(
        "Kervalon a racheté Datanord à Brissac Participations, holding de la famille Brissac."
    )
    names = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Brissac Participations" in names
    assert not any("holding" in n for n in names)
