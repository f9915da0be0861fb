"""French facilities placed after their name or their describing words: a facility's code
then its town after a bare `de` (`son centre de données QX-4 de Beauharnois, au Québec`,
`le campus TR-2 de Saint-Ours-l'Étang`): the code names the site and the town places it;
an owner's name after `de` places nothing (`le campus BC-2 de Boréal Calcul`). A noun's
describing words then its builder's clause (`le campus de calcul qu'elle érige à
Saguenay`) place the facility too. Invented names."""

from __future__ import annotations

from tests.nlp_support import sites_of


def test_a_known_town_after_the_code_with_its_province() -> None:
    sentence = (
        "Les serveurs seront installés dans son centre de données QX-4 de Beauharnois, au Québec."
    )
    assert ("QX-4", "Beauharnois", "Québec", "CA") in sites_of(sentence)


def test_a_town_shaped_name_after_the_code() -> None:
    sentence = (
        "Le bail porte sur une salle de 8 mégawatts dans le campus TR-2 de "
        "Saint-Ours-l'Étang, dans le Val-d'Oise."
    )
    assert [(s[0], s[1]) for s in sites_of(sentence)] == [("TR-2", "Saint-Ours-l'Étang")]


def test_an_owner_after_the_code_places_nothing() -> None:
    sentence = "L'opérateur loue une salle dans le campus BC-2 de Boréal Calcul."
    assert sites_of(sentence) == [("BC-2", None, None, None)]


def test_describing_words_then_the_builder_s_clause() -> None:
    sentence = "La jeune pousse Orvane IA alimentera le campus de calcul qu'elle érige à Saguenay."
    assert sites_of(sentence) == [(None, "Saguenay", None, "CA")]
