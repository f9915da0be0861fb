"""Organisation detection, label correction, alias merging and parents."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.parties import (
    clean_name,
    cluster_names,
    correct_org_labels,
    display_name,
    find_parents,
    is_not_party,
    same_organisation,
)
from pipeline.nlp.roles import find_frames
from pipeline.nlp.sentences import for_parser


def org_texts(sentence: str) -> list[str]:
    return [e.text for e in load_model()(sentence).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Amazon Web Services", "AWS"),
        ("Amazon", "Amazon Web Services"),
        ("Sanwa Bank Ltd", "Sanwa Bank"),
        ("Scott's Hospitality Inc", "Scott's"),
        ("CoreWeave, Inc.", "CoreWeave"),
    ],
)
def test_same_organisation(a: str, b: str) -> None:
    assert same_organisation(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Arsenal Acquiring Corp", "Arsenal Holdings Inc"), ("Google", "Microsoft"), ("AWS", "Azure")],
)
def test_different_organisations(a: str, b: str) -> None:
    assert not same_organisation(a, b)


def test_cluster_takes_fullest_early_name() -> None:
    clusters = cluster_names(
        [("Amazon Web Services", False), ("AWS", True), ("Amazon", True), ("Azure", True)]
    )
    assert [c.name for c in clusters] == ["Amazon Web Services", "Azure"]
    assert clusters[0].mentions == ["Amazon Web Services", "AWS", "Amazon"]


def test_later_product_name_does_not_rename_a_company() -> None:
    clusters = cluster_names([("Microsoft", True), ("Microsoft Foundry", False)])
    assert [c.name for c in clusters] == ["Microsoft"]


def test_names_are_cleaned() -> None:
    assert clean_name("Monsanto Co.") == "Monsanto Co"
    assert clean_name("Anthropic’s") == "Anthropic"
    assert display_name("Sanwa Bank Ltd") == "Sanwa Bank"
    assert display_name("xAI") == "xAI"


def test_news_agencies_are_not_parties() -> None:
    assert is_not_party("Reuters")
    assert not is_not_party("Anthropic")


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Anthropic pays xAI 1.25 billion dollars a month.", "xAI"),
        (
            "Meridian Energy Inc said it would acquire Castone Development Corp.",
            "Meridian Energy Inc",
        ),
        ("Corvid AI, the San Francisco-based start-up, signed the deal.", "Corvid AI"),
    ],
)
def test_organisations_are_labelled(sentence: str, org: str) -> None:
    assert org in org_texts(sentence)


def test_people_stay_people() -> None:
    assert "Elon Musk" not in org_texts("Elon Musk said the deal was a good one.")


def test_parent_organisation() -> None:
    text = "xAI, Elon Musk's AI division, integrated within SpaceX, sells capacity."
    spans = [(0, 3), (5, 14), (48, 54)]
    assert text[48:54] == "SpaceX"
    assert (0, 2) in find_parents(text, spans)


def test_no_parent_between_unrelated_companies() -> None:
    text = "Anthropic and xAI signed a contract."
    assert find_parents(text, [(0, 9), (14, 17)]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Anthropic pays a fixed amount to xAI for the lease.",
            {("customer", "Anthropic"), ("provider", "xAI")},
        ),
        (
            "Foo Corp was acquired by Bar Inc for 10 mln dlrs.",
            {("target", "Foo Corp"), ("acquirer", "Bar Inc")},
        ),
        (
            "Sanwa Bank Ltd said it agreed to buy a 20 pct stake in Banco Portugues SA "
            "from International Finance Corp.",
            {
                ("acquirer", "Sanwa Bank Ltd"),
                ("target", "Banco Portugues SA"),
                ("seller", "International Finance Corp"),
            },
        ),
        (
            "Amazon will invest $4 billion in Anthropic.",
            {("investor", "Amazon"), ("investee", "Anthropic")},
        ),
    ],
)
def test_role_frames(sentence: str, expected: set[tuple[str, str]]) -> None:
    frames = find_frames(load_model()(sentence))
    found = {(role, clean_name(m.text)) for f in frames for role, m in f.args}
    assert expected <= found


def test_background_holding_is_not_a_frame() -> None:
    doc = load_model()("Oracle, which already holds a 32% stake in Ampere, welcomed the plan.")
    assert find_frames(doc) == []


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Dow will build a plant with Q-power near Houston.", "Q-power"),
        ("Rolls-Royce signed a supply deal with Airbus.", "Rolls-Royce"),
        ("Hewlett-Packard agreed to buy Palm for $1.2 billion.", "Hewlett-Packard"),
        ("Lindqvist Corp said it sold its stake in Kessel-werke.", "Kessel-werke"),
    ],
)
def test_hyphenated_names_are_one_organisation(sentence: str, org: str) -> None:
    assert org in org_texts(sentence)


def test_hyphenated_descriptions_are_not_organisations() -> None:
    orgs = org_texts("Vantor, a Texas-based maker of AI-powered drones, hired staff.")
    orgs += org_texts("Co-founder Ann Reyes said long-term deals matter. Long-term deals did.")
    assert not any(o.startswith(("Texas-", "AI-", "Co-", "Long-")) for o in orgs)


def test_legal_forms_of_several_words_are_dropped() -> None:
    assert display_name("Tirupur Cloudyards Private Limited") == "Tirupur Cloudyards"
    assert display_name("Selangor Rackworks Sdn. Bhd.") == "Selangor Rackworks"
    assert display_name("Selangor Rackworks Sdn") == "Selangor Rackworks"  # `Bhd.` cut off
    assert same_organisation("Tirupur Cloudyards Pvt. Ltd.", "Tirupur Cloudyards Private Limited")
    assert display_name("Harwick Private") == "Harwick Private"  # no legal form follows


def test_a_private_limited_party_is_named_without_its_legal_form() -> None:
    article = Article(
        text="Orvalo Networks agreed to acquire Tirupur Cloudyards Private Limited, a "
        "data centre operator, for $120 million, the companies said on Monday."
    )
    (deal,) = extract_deals(article)
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Orvalo Networks", "acquirer"),
        ("Tirupur Cloudyards", "target"),
    }


@pytest.mark.parametrize(
    "listing", ["(Euronext Paris : QVX)", "(Euronext Growth – FR0099123XY4 – ALQVX)"]
)
def test_a_french_listing_is_no_party(listing: str) -> None:
    text = (
        f"Paris, le 4 mai 2026 - Quivexa Cloud {listing}, fournisseur de calcul, annonce "
        "la signature avec Lorvane d'un contrat portant sur la mise à disposition de 2 048 "
        "GPU dans son centre de données de Rungis."
    )
    assert "(" + " " * (len(listing) - 2) + ")" in for_parser(text, "fr")
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    assert {p.name for d in deals for p in d.parties} == {"Quivexa Cloud", "Lorvane"}


def test_a_listing_is_blanked_for_the_parser_and_its_brackets_leave_the_name() -> None:
    text = for_parser("Vellan Telecom JSC (HoSE: VLT) has signed a lease with Oriko Data.")
    assert text == "Vellan Telecom JSC (         ) has signed a lease with Oriko Data."
    assert (
        for_parser("Orvel (a unit of Kestle) bought it.") == "Orvel (a unit of Kestle) bought it."
    )
    doc = load_model()(text)
    doc.ents = [Span(doc, 0, 5, label="ORG")]  # the NER took in the bracket and its blank
    assert [(e.text, e.label_) for e in correct_org_labels(doc).ents] == [
        ("Vellan Telecom JSC", "ORG")
    ]
