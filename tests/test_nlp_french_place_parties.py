"""A name the article writes only as a place (`à Trelsbach, dans le canton de Berne`,
`de Kervignac, près de Pontrieux`, `le quartier d'Estaque`, `son site de Lierre`) is no
party of its deal, whatever the model called it (roles.written_as_place,
resolution.without_places)."""

from __future__ import annotations

import pytest

from pipeline.nlp.model import load_model
from pipeline.nlp.roles import written_as_place
from tests.nlp_support import french_deals


def _placed(sentence: str, name: str) -> bool:
    doc = load_model("fr")(sentence)
    span = next(doc[t.i : t.i + len(name.split())] for t in doc if doc[t.i :].text.startswith(name))
    return written_as_place(span, span.label_ or "ORG")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Les serveurs seront installés dans le centre de calcul d'Ostrava à Trelsbach, "
            "dans le canton de Berne, dont la puissance sera portée à 14 mégawatts.",
            "Trelsbach",
        ),
        (
            "Le projet de centre de données de Kervignac, près de Pontrieux, a trouvé son "
            "financeur.",
            "Kervignac",
        ),
        (
            "Le projet de centre de données de Kervignac, près de Pontrieux, a trouvé son "
            "financeur.",
            "Pontrieux",
        ),
        (
            "Le producteur achève la centrale hydroélectrique de Lomba-Nord, dans la "
            "province du Kwango.",
            "Lomba-Nord",
        ),
        (
            "L'opérateur, qui exploite deux sites dans le quartier d'Estaque, a conclu un "
            "contrat avec Solvent Énergies.",
            "Estaque",
        ),
    ],
)
def test_name_written_as_a_place(sentence: str, name: str) -> None:
    assert _placed(sentence, name)


def test_receiver_after_a_is_no_place() -> None:
    sentence = "Nordis Compute a cédé son site de Lierre à Argon Capital, un fonds belge."
    assert not _placed(sentence, "Argon Capital")


def test_leased_site_town_is_no_party() -> None:
    text = (
        "Double annonce pour Nordis Compute. L'opérateur gantois de centres de données a "
        "conclu un contrat d'achat d'électricité d'une durée de dix ans avec Westwind "
        "Energy, qui lui fournira 40 MW issus du parc éolien en mer Grote Plaat, au large "
        "de la côte belge.\n\n"
        "Dans le même temps, Nordis Compute a loué 10 MW de son site de Lierre à la jeune "
        "pousse franco-belge Argon AI, qui y installera des grappes de calcul pour "
        "entraîner ses modèles de langue. Le bail court sur cinq ans à compter de novembre "
        "prochain, pour un loyer que la presse flamande évalue à 0,9 million d'euros par "
        "mois."
    )
    leases = [d for d in french_deals(text) if d.deal_type == "lease"]
    assert leases
    names = {p.name for d in leases for p in d.parties}
    assert "Lierre" not in names
    assert "Nordis Compute" in names
