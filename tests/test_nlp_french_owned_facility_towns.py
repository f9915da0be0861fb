"""A French facility placed after its owner: `hébergés dans le centre de données de
l'opérateur à Vénissieux` (a company noun, then the town without a comma), `les centres de
données de Quartzia à Roubaix et à Gravelines` (the owner's name, then one facility per
listed town; invented companies, real towns)."""

from __future__ import annotations

from tests.nlp_support import sites_of


def test_facility_of_the_operator_at_a_town() -> None:
    sentence = (
        "La société a signé un contrat de trois ans avec Orvane Cloud pour l'accès à 2 000 "
        "processeurs graphiques hébergés dans le centre de données de l'opérateur à "
        "Vénissieux."
    )
    assert (None, "Vénissieux", None, "FR") in sites_of(sentence)


def test_facility_of_the_company_at_a_town_in_its_region() -> None:
    sentence = (
        "Le contrat mobilisera 1 024 processeurs graphiques hébergés dans le centre de "
        "données de la société à Zwijnaarde, en Flandre."
    )
    assert (None, "Zwijnaarde", "Flandre", "BE") in sites_of(sentence)


def test_owner_named_facilities_listed_by_town() -> None:
    sentence = (
        "Les charges seront réparties entre les centres de données de Quartzia à Roubaix et "
        "à Gravelines, dans les Hauts-de-France."
    )
    sites = sites_of(sentence)
    assert (None, "Roubaix", "Hauts-de-France", "FR") in sites
    assert (None, "Gravelines", "Hauts-de-France", "FR") in sites


def test_counted_owner_named_facilities_listed_by_town() -> None:
    sentence = (
        "Il couvre l'hébergement des dossiers dans les deux centres de données de Quartzia "
        "à Roubaix et à Lesquin."
    )
    towns = {s[1] for s in sites_of(sentence)}
    assert {"Roubaix", "Lesquin"} <= towns


def test_uncounted_facilities_in_one_town_are_a_fleet() -> None:
    sentence = "Quartzia exploite des centres de données de Quartzia à Paris."
    assert sites_of(sentence) == []
