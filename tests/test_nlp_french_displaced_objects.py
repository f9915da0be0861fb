"""French light verbs whose deal noun comes after the verb's own phrase (`a signé avec Y un
bail`): the parse reads the noun as a bare oblique, the frame reads it as the object."""

from __future__ import annotations

import pytest

from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


@pytest.mark.parametrize(
    ("sentence", "deal_type"),
    [
        (
            "Le Groupe a conclu avec Tarnier Data Parks SAS un bail portant sur l'intégralité "
            "du centre de données.",
            "lease",
        ),
        ("Brumel Cloud a conclu avec Tarnier trois baux portant sur 20 MW.", "lease"),
        (
            "En 2024, Brumel Cloud avait ainsi conclu avec Tarnier cinq contrats portant sur "
            "118 MW d'éolien.",
            "partnership",
        ),
    ],
)
def test_deal_noun_after_the_verbs_phrase(sentence: str, deal_type: str) -> None:
    frames = find_frames(load_model("fr")(sentence))
    told = {(f.deal_type, m.text) for f in frames for _, m in f.args if f.deal_type == deal_type}
    assert len(told) == 2


def test_a_prepositional_noun_is_no_object() -> None:
    doc = load_model("fr")("Brumel Cloud a investi avec Tarnier Data Parks dans un bail.")
    assert all(f.deal_type != "lease" or f.trigger != "investi" for f in find_frames(doc))
