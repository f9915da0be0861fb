"""Deal assembly stage by stage on short texts written for the test: candidates (clusters,
protagonist, older sentences), frames (drafts kept and ordered), attachment (which deal a
sentence's facts belong to, amounts by nearest trigger) and deals (roles, parents,
confidence)."""

from __future__ import annotations

from collections import Counter

from pipeline.models import Amount
from pipeline.nlp.attachment import (
    deal_amounts,
    sentence_owners,
    told_sentences,
    undisclosed,
)
from pipeline.nlp.candidates import Candidates
from pipeline.nlp.confidence import deal_confidence
from pipeline.nlp.frames import deal_drafts
from pipeline.nlp.grouping import Draft
from pipeline.nlp.resolution import deal_parties, deal_roles, parent_clusters
from tests.nlp_support import candidates_of

TWO_DEALS = (
    "Halvik Robotics agreed to acquire Brindle Motion for $300 million. "
    "The purchase is expected to close in June. "
    "In 2021, Halvik bought Tarsel Labs for $40 million. "
    "Separately, Osprey Capital will invest $25 million in Halvik Robotics."
)


def names(c: Candidates, draft: Draft) -> set[str]:
    return {c.party_name(k)[0] for k in draft.roles}


def test_candidates_cluster_names_and_find_the_protagonist() -> None:
    c = candidates_of(TWO_DEALS)
    assert c.protagonist is not None
    assert c.party_name(c.protagonist)[0] == "Halvik Robotics"
    assert c.clusters.find("Halvik") == c.protagonist
    assert "Halvik" in c.written_names(c.protagonist)


def test_candidates_tell_older_sentences_by_the_publication_year() -> None:
    c = candidates_of(TWO_DEALS)
    assert [c.is_background(i) for i in range(4)] == [False, False, True, False]
    assert not candidates_of(TWO_DEALS, published="2020-06-01").is_background(2)


def test_candidates_evidence_quotes_the_sentence_at_its_offsets() -> None:
    c = candidates_of(TWO_DEALS)
    evidence = c.evidence("amount", 3)
    assert evidence.text == c.texts[3]
    assert TWO_DEALS[evidence.start : evidence.end] == evidence.text


def test_frames_give_the_main_deal_first_and_the_second_deal_apart() -> None:
    c = candidates_of(TWO_DEALS)
    drafts = deal_drafts(c)
    assert [d.deal_type for d in drafts] == ["acquisition", "investment"]
    assert names(c, drafts[1]) == {"Osprey Capital", "Halvik Robotics"}
    # the older purchase, told with its own price, is split off and dropped as background
    assert names(c, drafts[0]) == {"Halvik Robotics", "Brindle Motion"}


def test_frames_drop_a_deal_told_only_in_the_past() -> None:
    c = candidates_of("Corlin Foods opened a plant in Ohio. It acquired Pashley Mills in 2019.")
    assert deal_drafts(c) == []
    c = candidates_of("Corlin Foods opened a plant in Ohio. It acquired Pashley Mills in 2026.")
    assert [d.deal_type for d in deal_drafts(c)] == ["acquisition"]


def test_frames_fall_back_to_the_lead_pair_without_a_frame() -> None:
    c = candidates_of("Lumora Cloud and Vexa Labs: a new chapter for robotics software.")
    drafts = deal_drafts(c)
    assert len(drafts) == 1
    assert names(c, drafts[0]) == {"Lumora Cloud", "Vexa Labs"}


def test_attachment_gives_each_sentence_its_deal() -> None:
    c = candidates_of(TWO_DEALS)
    drafts = deal_drafts(c)
    # frame sentences, the deal-word sentence to the main deal, the older one to none
    assert sentence_owners(c, drafts) == [0, 0, None, 1]


def test_attachment_keeps_an_amount_with_the_nearest_deal_word() -> None:
    c = candidates_of(TWO_DEALS)
    drafts = deal_drafts(c)
    owner = sentence_owners(c, drafts)
    values = []
    for rank, draft in enumerate(drafts):
        mine = [i for i, o in enumerate(owner) if o == rank]
        told = told_sentences(c, draft, mine)
        values.append(
            [(a.value, a.kind) for a, _ in deal_amounts(c, drafts, draft, told, draft.deal_type)]
        )
    assert values == [[(300e6, "price")], [(25e6, "investment")]]


def test_attachment_reads_an_undisclosed_price() -> None:
    c = candidates_of("Halvik Robotics acquired Brindle Motion. Terms were not disclosed.")
    assert undisclosed(c, [0, 1]) == ("not disclosed", 1)
    assert undisclosed(c, [0]) is None


def test_deals_stage_sells_power_from_the_generator_and_finds_parents() -> None:
    c = candidates_of(
        "Corvane Data signed a power purchase agreement with Sunridge Solar for the output "
        "of a 200 MW plant. Sunridge Solar, a unit of Pemberton Holdings, will build the "
        "plant in Nevada."
    )
    draft = deal_drafts(c)[0]
    roles = deal_roles(c, draft, "power_purchase", [0, 1])
    assert {c.party_name(k)[0]: r for k, r in roles.items()} == {
        "Corvane Data": "buyer",
        "Sunridge Solar": "seller",
    }
    parents = parent_clusters(c)
    parties = deal_parties(c, draft, 0, "power_purchase", roles, parents)
    assert [(p.name, p.parent) for p, _ in parties] == [
        ("Corvane Data", None),
        ("Sunridge Solar", "Pemberton Holdings"),
    ]


def test_confidence_weighs_the_frame_the_stated_roles_and_where_amounts_come_from() -> None:
    framed = Draft(
        "acquisition",
        roles={0: Counter({"acquirer": 1}), 1: Counter({"target": 1})},
        triggers={0: [1]},
        sentences=[0],
        frames=1,
    )
    guessed = Draft(
        "compute_contract",
        roles={0: Counter({"partner": 1}), 1: Counter({"partner": 1})},
        sentences=[0],
        frames=1,
    )
    price = Amount(value=3e8, currency="USD", kind="price", text="$300 million")
    roles = {0: "acquirer", 1: "target"}
    in_frame = deal_confidence(framed, roles, [(price, 0)], "agreed")
    nearby = deal_confidence(framed, roles, [(price, 4)], "agreed")
    hedged = deal_confidence(framed, roles, [(price, 0)], "reported")
    guess = deal_confidence(guessed, {0: "customer", 1: "provider"}, [], "announced")
    assert in_frame > nearby > guess
    assert in_frame > hedged
    assert 0.0 < guess < 0.5 < in_frame <= 1.0


def test_frames_keep_the_deals_a_filer_tells_in_the_first_person() -> None:
    note = (
        "Quenby Labs, Inc. reports its commitments below. "
        "In April 2025, we entered into a cloud services agreement with Tarrow Cloud Inc. "
        "In May 2025, our subsidiary Quenby Compute LLC signed a lease with Harlan Realty "
        "Trust for a data center in Ohio."
    )
    c = candidates_of(note, published="2026-02-20")
    assert [names(c, d) for d in deal_drafts(c)] == [
        {"Quenby Labs", "Tarrow Cloud"},
        {"Quenby Compute", "Harlan Realty Trust"},
    ]
    # the same deals told by a reporter are older news: no deal of the article
    news = note.replace("we entered", "Quenby Labs entered").replace("our ", "its ")
    assert deal_drafts(candidates_of(news, published="2026-02-20")) == []
