"""A compute customer told by a description (round 15): `Paris-based Y will be the anchor
user. The AI lab has committed to a four-year compute contract ...`: a description
subject (`the AI lab`, `the miner`; roles_words.json description_nouns) stands for the
organisation the sentence before names as its subject (org_context.json local_topic
`descriptions`), not for the company the article is about; a contract whose own noun
names compute (`a compute contract`) is bought by its subject from that company. A
licence granted as rights (`granted Y exclusive rights`) is a licence. Every sentence is
written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def deals_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_deals(Article(text=text, published="2026-05-12"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_the_ai_lab_is_the_subject_of_the_sentence_before() -> None:
    deals = deals_of(
        "Bergen-based neocloud Halden Cloud has signed a ten-year lease for 40MW of capacity "
        "at a campus in Tromso from owner Nordkyst Halls.\n\n"
        "Lyon-based Brisk Intelligence will be the anchor user. The AI lab has committed to "
        "a three-year compute contract worth $400 million, under which Halden Cloud will "
        "run about 8,000 GPUs for it in Tromso."
    )
    assert (
        "compute_contract",
        {("Brisk Intelligence", "customer"), ("Halden Cloud", "provider")},
    ) in deals


def test_a_compute_contract_committed_to_is_bought_by_its_subject() -> None:
    assert frames_of(
        "Brisk Intelligence has committed to a three-year compute contract worth $400 million."
    ) == [("committed", "compute_contract", [("customer", "Brisk Intelligence")])]


def test_rights_granted_are_a_licence() -> None:
    assert frames_of("Corbel Biologics granted exclusive rights to Lanark Pharma.") == [
        ("granted", "licence", [("licensor", "Corbel Biologics"), ("licensee", "Lanark Pharma")])
    ]
