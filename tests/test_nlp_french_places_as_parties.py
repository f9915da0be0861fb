"""French facilities and towns read as parties: a facility named right after its noun
(`son nouveau centre de données Vexa-DC4`, `le campus TRN-2, que X achève à Y`), a town
after a participle placing a company (`installé à Ghlin`) or opening an apposition
(`la friche des Forges, à Denain`) or after `de` between commas (`X, de Saint-Jérôme,`),
and a building named after `immeuble` (invented companies and facilities; real towns)."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.parties import name_key
from pipeline.nlp.resolution import facility_keys
from pipeline.nlp.roles import written_as_place
from tests.nlp_support import candidates_of, french_deals, sites_of


def _as_place(sentence: str, name: str) -> bool:
    """Whether `name`, read as an organisation in the parsed sentence, is written as a place."""
    doc = load_model("fr")(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return written_as_place(span, "ORG")


def test_facility_named_after_its_noun_is_a_facility() -> None:
    c = candidates_of(
        "Atlas Colocation loue 1,5 MW à la Banque du Golfe dans son nouveau centre de "
        "données Vexa-DC4, au technopôle d'El Ghazala, dans le gouvernorat de l'Ariana."
    )
    assert name_key("Vexa-DC4") in facility_keys(c)


def test_campus_code_before_its_builder_is_a_facility() -> None:
    c = candidates_of(
        "Le fournisseur bâlois Orvella Cloud a signé un bail de dix ans portant sur "
        "l'intégralité du campus TRN-2, que Sarine Data Parks achève à Gland, dans le "
        "canton de Vaud."
    )
    assert name_key("TRN-2") in facility_keys(c)


def test_owner_after_de_is_no_facility() -> None:
    c = candidates_of(
        "Sur l'ancien site sidérurgique de Hayange, le projet de campus numérique de "
        "Moselle Data a trouvé son premier locataire."
    )
    assert name_key("Moselle Data") not in facility_keys(c)


def test_campus_code_is_no_party() -> None:
    text = (
        "Le fournisseur bâlois Orvella Cloud a signé un bail de dix ans portant sur "
        "l'intégralité du campus TRN-2, que Sarine Data Parks achève à Gland, dans le "
        "canton de Vaud, ont annoncé mardi les deux sociétés."
    )
    assert "TRN-2" not in {p.name for d in french_deals(text) for p in d.parties}


def test_town_after_a_placing_participle_is_a_place() -> None:
    sentence = (
        "Borinage Compute, opérateur de centres de données installé à Ghlin, annonce la "
        "signature d'un contrat."
    )
    assert _as_place(sentence, "Ghlin")


def test_known_town_in_an_apposition_is_a_place() -> None:
    sentence = "Sur l'ancienne friche des Forges, à Denain, les grues tournent depuis l'automne."
    assert _as_place(sentence, "Denain")


def test_receiver_listed_after_a_comma_is_no_place() -> None:
    """`cède ses parts à A, à B et à C`: the `à` of a transfer lists receivers."""
    sentence = (
        "Le groupe Belmonte a cédé 30 % de Datanova à Quorvex, à Tamarack et à Solange "
        "Invest pour 80 millions d'euros."
    )
    assert not _as_place(sentence, "Tamarack")


def test_home_town_between_commas_is_a_place() -> None:
    sentence = (
        "Le transporteur a annoncé l'acquisition de Camions Orléans, de Saint-Jérôme, dans "
        "une transaction évaluée à 200 M$."
    )
    assert _as_place(sentence, "Saint-Jérôme")


def test_companies_listed_after_de_are_no_place() -> None:
    """`les parts de A, de B et de C`: a list of companies, not a home town."""
    sentence = (
        "Le fonds rachète les parts de Quorvex, de Tamarack et de Solange Invest dans la société."
    )
    assert not _as_place(sentence, "Tamarack")


def test_named_building_is_a_site() -> None:
    sentence = (
        "L'hébergeur Quartz Data a signé un bail commercial portant sur un plateau de "
        "2 000 mètres carrés au sein de l'immeuble Castel Bleu, à Nanterre, auprès de la "
        "foncière Arvel Immobilier."
    )
    assert ("Castel Bleu", "Nanterre", None, "FR") in sites_of(sentence)
