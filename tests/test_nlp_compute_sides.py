"""Sides of a compute or hosting contract (round 16): a company named as the subject of
its own clause (`X will supply and own the GPUs, while Y will provide power`) is no
object of the verb before it; a press release's provider is described after all its
listings (`X Inc. (TSXV: XH) (OTCQX: XHF) ("X" or the "Company"), a Canadian operator of
data centres`). Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from tests.nlp_support import frames_of


def test_a_subject_of_its_own_clause_is_no_recipient() -> None:
    assert (
        frames_of(
            "Marrow Labs will supply and own the GPUs, while Tundrel Digital will provide "
            "power, cooling and site services."
        )
        == []
    )


def test_a_provider_described_after_its_listings() -> None:
    found = extract_deals(
        Article(
            text=(
                "TORONTO, Nov. 3, 2026 -- Tundrel Digital Inc. (TSXV: TDL) (OTCQX: TDLGF) "
                '("Tundrel" or the "Company"), a Canadian operator of hydro-powered data '
                "centres, today announced that it has entered into a five-year "
                "high-performance computing services agreement with Marrow Labs Inc., a "
                "Calgary-based developer of weather models. The contract is expected to "
                "generate total revenue of approximately US$210 million over its term."
            ),
            published="2026-11-03",
        )
    )
    assert [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found] == [
        ("compute_contract", {("Tundrel Digital", "provider"), ("Marrow Labs", "customer")})
    ]


def test_a_speaker_whose_facility_hosts_the_cluster_provides() -> None:
    found = extract_deals(
        Article(
            title="Brennmoor Digital Q3 2026 earnings call",
            text=(
                "Operator: Welcome to Brennmoor Digital's third-quarter 2026 earnings call.\n\n"
                "Chief executive Ola Vinter: Thanks. On the cloud side, we signed a "
                "two-year GPU-as-a-service agreement with Quillsey Labs for 2,048 GPUs in "
                "our facility outside Cheyenne, Wyoming, worth about $180 million."
            ),
            published="2026-11-04",
        )
    )
    assert [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found] == [
        ("compute_contract", {("Brennmoor Digital", "provider"), ("Quillsey Labs", "customer")})
    ]


def test_signing_up_with_a_cloud_is_its_compute_contract() -> None:
    found = extract_deals(
        Article(
            text=(
                "Okay, let's get to the big one. Tessaro AI, the Turin model developer, "
                "has signed up with Vellir Compute. It's a three-year contract, starting "
                "in September, for roughly 6,000 GPUs in Vellir's cluster in Lulea, in "
                "Sweden. The figure that's been reported is €480 million over the life "
                "of the deal. They raised €150 million in their Series A, led by Orrel "
                "Capital."
            ),
            published="2026-05-14",
        )
    )
    assert (
        "compute_contract",
        {("Tessaro AI", "customer"), ("Vellir Compute", "provider")},
    ) in [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in found]


def test_capacity_provided_is_compute() -> None:
    assert frames_of(
        "The deal would see Norhaven Cloud provide Quillsey Labs with capacity based on "
        "roughly 40,000 GPUs, the people said."
    ) == [
        (
            "provide",
            "compute_contract",
            [("provider", "Norhaven Cloud"), ("customer", "Quillsey Labs")],
        )
    ]


def test_power_capacity_provided_stays_power() -> None:
    assert [
        kind
        for _, kind, _ in frames_of(
            "Tallis Energy will provide Dunmere Steel with 300 MW of capacity from its plant."
        )
    ] == ["power_purchase"]


def test_most_of_a_company_s_capacity_covered_is_no_stake() -> None:
    assert (
        frames_of(
            "Analysts at Renfield said a Quillsey contract would cover most of Norhaven's 2027 "
            "capacity additions."
        )
        == []
    )
