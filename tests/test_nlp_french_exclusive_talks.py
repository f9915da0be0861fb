"""`X serait entré en négociations exclusives avec Y en vue de lui céder Z`: exclusive
talks with a view to a sale name an acquisition, and a sale is also told by `céder` and
`cessions`; such a rumour is no contract of the company's data-centre business."""

from __future__ import annotations

from pipeline.nlp.facts import keyword_type, named_contracts
from tests.nlp_support import french_deals

TALKS = (
    "L'opérateur télécoms Vantelis serait entré en négociations exclusives avec le fonds "
    "Corbière Infrastructure en vue de lui céder Alpidata, sa filiale de centres de données, "
    "selon plusieurs sources proches du dossier."
)


def test_exclusive_talks_with_a_view_to_a_sale_name_an_acquisition() -> None:
    assert named_contracts([TALKS], "fr") == ["acquisition"]


def test_a_sale_told_in_the_infinitive_and_plural_votes_acquisition() -> None:
    texts = ["Le groupe compte céder trois sites dans le cadre d'un programme de cessions."]
    assert keyword_type(texts, "fr") == "acquisition"


def test_the_rumoured_sale_is_no_compute_contract() -> None:
    deals = french_deals(TALKS + " La transaction serait valorisée à 600 millions d'euros.")
    assert all(d.deal_type != "compute_contract" for d in deals)
