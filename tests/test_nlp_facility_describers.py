"""The words between a facility's name and its noun, and after the noun: two commodity
adjectives joined by a hyphen (`the Mount Carrow copper-gold project`), a mine's way of
working (`open-pit copper mine`), and a company described by a facility noun that only
modifies its head (`X, the data centre operating arm of Y`: no facility). Sentences and
names are invented."""

from __future__ import annotations

from tests.nlp_support import sites_of


def test_hyphen_joined_commodities_before_a_project() -> None:
    assert sites_of(
        "The prize is the Mount Carrow copper-gold project in Western Australia, which "
        "Tallis has been developing since 2022."
    ) == [("Mount Carrow", None, "Western Australia", "AU")]


def test_an_open_pit_mine() -> None:
    assert sites_of(
        "Its only producing asset is the Bindoon Ridge open-pit copper mine near Cloncurry "
        "in north-west Queensland."
    ) == [("Bindoon Ridge", "Cloncurry", "Queensland", "AU")]


def test_a_company_described_by_a_facility_noun_is_no_facility() -> None:
    """`the data centre operating arm of`, `the data centre and cloud affiliate of`."""
    assert (
        sites_of(
            "On completion, Marrick Data Services, the data centre operating arm of the "
            "vendor, will lease the building back."
        )
        == []
    )
    assert (
        sites_of(
            "Sorin Cloud, the data centre and cloud affiliate of Sorin Group, said it had "
            "signed the contract."
        )
        == []
    )


def test_a_plant_under_construction_keeps_its_apposition() -> None:
    assert sites_of(
        "Halden will toll the Marsh Bend Energy Center, a 540-megawatt combined-cycle gas "
        "plant under construction near Tulsa, Oklahoma, for ten years."
    ) == [("Marsh Bend", "Tulsa", "Oklahoma", "US")]
