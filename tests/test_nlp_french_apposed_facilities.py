"""A French facility named, then described by an apposition that places it: `dans KX-4, le
nouveau bâtiment du groupe à Tarvel`, `NOR2, le deuxième centre de données de
l'entreprise, en construction sur la zone d'activités de Y`, `LX7, le campus que X achève
à Y` (invented names; real towns)."""

from __future__ import annotations

import pytest

from tests.nlp_support import sites_of


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Le contrat porte sur 5 MW de capacité informatique dans KX-4, le nouveau "
            "bâtiment du groupe à Bissen, et court sur dix ans.",
            ("KX-4", "Bissen", None, "LU"),
        ),
        (
            "La banque héberge ses serveurs dans NOR2, le deuxième centre de données de "
            "l'entreprise lyonnaise, en construction sur la zone aéroportuaire d'Aulnat.",
            ("NOR2", "Aulnat", None, "FR"),
        ),
        (
            "Le bail porte sur 4 MW dans LX7, le nouveau campus que Brevanor Data achève à "
            "Crissier, dans le canton de Vaud.",
            ("LX7", "Crissier", "Vaud", "CH"),
        ),
    ],
)
def test_apposed_facility_is_named_and_placed(sentence: str, site: tuple[str, ...]) -> None:
    assert site in sites_of(sentence)


def test_apposition_without_a_place_names_no_site() -> None:
    assert all(s[0] != "Brevanor" for s in sites_of("Brevanor, le campus compte 12 MW."))


def test_numbered_name_placed_in_a_business_park() -> None:
    """`son campus Brévane 2, dans le parc d'activités de X, à Mons`: a name ending in its
    number, then the park and the town."""
    sentence = (
        "Norvia a levé 90 millions d'euros pour financer son campus Brévane 2, dans le parc "
        "d'activités de Ghlin-Baudour, à Mons (Hainaut)."
    )
    assert ("Brévane 2", "Mons", "Hainaut", "BE") in sites_of(sentence)
