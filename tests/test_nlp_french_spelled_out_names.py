"""French names spelled out before their short name in parentheses (`Kahraba Djazaïr
Production (KDP)`): the capitalised words whose initials spell the short name are the
organisation, even when the model missed them or took them for a person. Invented
companies and sentences, on real French parses."""

from __future__ import annotations

from pipeline.nlp.model import load_model


def ents(sentence: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_model("fr")(sentence).ents]


def test_the_words_spelling_a_short_name_are_the_organisation() -> None:
    found = ents(
        "ORAN, 3 mars (APS) - Nour Sahra Production (NSP), filiale de production du groupe "
        "public, a attribué au motoriste Velturbin AG un contrat."
    )
    assert ("Nour Sahra Production", "ORG") in found
    assert ("NSP", "ORG") in found


def test_words_not_spelling_the_short_name_stay_apart() -> None:
    found = ents("Le motoriste Velturbin Nord (AEF) a signé un contrat.")
    assert ("Velturbin Nord", "ORG") not in found
