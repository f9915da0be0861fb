"""French names opening a sentence before an apposed description (`Norlaxa, l'opérateur de
centres de données ..., a signé`): an organisation even when the model missed it; not a day
(`Lundi, le groupe X a signé`). Invented companies and sentences."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.parties import correct_org_labels


def test_a_name_opening_a_sentence_before_an_apposed_description_is_an_organisation() -> None:
    doc = load_model("fr")(
        "Norlaxa, l'opérateur de centres de données contrôlé par l'État, a signé un bail."
    )
    doc.ents = [e for e in doc.ents if e.start != 0]  # the model missed the name
    assert ("Norlaxa", "ORG") in [(e.text, e.label_) for e in correct_org_labels(doc).ents]


def test_a_day_opening_a_sentence_is_no_organisation() -> None:
    doc = load_model("fr")("Lundi, le groupe de concessions Ormal a annoncé un accord.")
    doc.ents = [e for e in doc.ents if e.start != 0]
    assert "Lundi" not in [e.text for e in correct_org_labels(doc).ents]
