"""GPU counts and energy volumes of a deal: counts written with two model names or as a
share of chips told before, the chips of a compute contract, the GPUs a party plans to
install for the deal, and the energy a power purchase works out to. Sentences and names
are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.quantities import find_quantities


def deals_of(text: str, published: str = "2026-06-10") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def quantities(deal: Deal) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in deal.quantities)


def counts(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(sentence)]


def test_a_count_of_two_models_is_one_count() -> None:
    """`3,072 Nvidia H100 and H200 GPUs`: a second model name joined to the first."""
    assert counts("Tarvo will allocate 3,072 Nvidia H100 and H200 GPUs to Pello.") == [
        (3072.0, "GPU")
    ]
    assert counts("Orla ordered 1,024 Nvidia and AMD GPUs for its cluster.") == [(1024.0, "GPU")]


def test_two_numbers_joined_are_not_one_count() -> None:
    assert counts("Each node holds between 2 and 4 GPUs.") == [(4.0, "GPU")]


def test_a_share_of_chips_told_before_is_a_count() -> None:
    """`about 6,000 of those GPUs`: the chips a party reserves out of a larger order."""
    assert counts("Quenby will reserve approximately 6,000 of those GPUs for training.") == [
        (6000.0, "GPU")
    ]


def test_a_compute_contracts_chips_are_gpus() -> None:
    """A GPU cloud's `Nvidia GB300 chips` are the GPUs the contract's capacity runs on."""
    (deal,) = deals_of(
        "Marrow Labs has signed a five-year, $4.2 billion contract for dedicated GPU capacity "
        "from Tessen Cloud. The deal covers roughly 30,000 Nvidia GB300 chips, with the first "
        "clusters handed over in March 2027."
    )
    assert deal.deal_type == "compute_contract"
    assert (30000.0, "GPU") in quantities(deal)
    assert all(unit != "chip" for _, unit in quantities(deal))


def test_a_providers_own_accelerators_stay_chips() -> None:
    """`40,000 of Ardley's Kestra accelerators`: the provider's own silicon, not GPUs."""
    (deal,) = deals_of(
        "Ardley Cloud and Pimlow AI today announced a multi-year agreement under which "
        "Pimlow will use up to 40,000 of Ardley's Kestra accelerators to train its models. "
        "The agreement is valued at more than $2 billion over five years."
    )
    assert deal.deal_type == "compute_contract"
    assert (40000.0, "chip") in quantities(deal)


def test_gpus_a_party_plans_to_install_for_the_deal_are_its() -> None:
    """`4,608 Nvidia H200 GPUs that X plans to install in ...`: the contract's chips, not
    a plan of the party's own."""
    deal = deals_of(
        "Sorami Compute said on Wednesday it had signed a five-year contract to supply AI "
        "computing capacity to Kiyora Labs in a deal worth about 42 billion yen. The capacity "
        "will come from 2,304 Nvidia H200 GPUs that Sorami plans to install in Sapporo, with "
        "service starting in April 2027."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert (2304.0, "GPU") in quantities(deal)


def test_the_energy_a_power_purchase_works_out_to_is_its() -> None:
    """`That works out to roughly 3.9 terawatt-hours a year`, told after a sentence of no
    deal's in the paragraph of the power purchase: the deal's energy."""
    deal = deals_of(
        "Sunfold AI has signed a 15-year power purchase agreement with Dornick Energy for 300 "
        "megawatts from its Pell Point station. Deliveries start in June 2028. We take the "
        "energy and the attributes, and the power serves the campus we're building nearby. "
        "That works out to roughly 2.4 terawatt-hours a year."
    )[0]
    assert deal.deal_type == "power_purchase"
    assert (2400000.0, "MWh") in quantities(deal)


def test_energy_written_as_million_units_is_kwh() -> None:
    """`approximately 165 million units (kWh) per annum`, `265 million units per annum`:
    an Indian filing's energy; units of a trust are no energy."""
    assert counts("(c) Contracted energy: approximately 165 million units (kWh) per annum.") == [
        (165000.0, "MWh")
    ]
    assert counts("c) Expected generation: approximately 265 million units per annum.") == [
        (265000.0, "MWh")
    ]
    assert counts("The trust will issue 50 million units to institutional investors.") == []


def test_gpus_deployed_under_a_named_agreement_are_the_contracts() -> None:
    """`Under the MSA, the Company will deploy approximately 21,000 GPUs`: the Master
    Services Agreement's defined name ties the sentence to the deal."""
    deal = deals_of(
        'On May 4, 2026, Tarrow Digital Holdings, Inc. (the "Company") entered into a Master '
        'Services Agreement (the "MSA") with Pellucid AI, Inc. ("Pellucid"), pursuant to '
        "which the Company will provide Pellucid with dedicated GPU compute capacity for five "
        "years at an aggregate contract value of approximately $1.9 billion. Under the MSA, "
        "the Company will deploy approximately 16,000 GPUs at its facility in Kearney, "
        "Nebraska."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert (16000.0, "GPU") in quantities(deal)
