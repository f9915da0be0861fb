"""A joint venture's equity told in a sentence about its partners (`The partners will
inject RM1.1 billion of equity`, `Each partner has committed ...`) is the venture's
investment; a price told whole (`for $1.9 billion in cash and stock`) keeps its parts
(`$1.2 billion in cash`, `$700 million worth of its own shares`, `$320 million at closing`,
`the remaining $200 million`) out; how a value is said gives its kind (`a contract X values
at`, `committed to spend ... on Y's GPU cloud`, `implies a value of`). Names are invented."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published="2026-11-02"))


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("The partners will inject RM1.1 billion of equity between them.", 1.1e9),
        ("Each partner has committed about $900 million of equity.", 9e8),
        ("The two companies will jointly invest $470 million in the project.", 4.7e8),
    ],
)
def test_a_ventures_equity_is_its_partners_investment(second: str, value: float) -> None:
    found = deals_of(
        "Quarrel Energy and Hobb Pension have formed a joint venture to build a 120 MW "
        f"data center campus near Waco, Texas. {second}"
    )
    venture = next(d for d in found if d.deal_type == "partnership")
    assert [(a.value, a.kind) for a in venture.amounts] == [(value, "investment")]


@pytest.mark.parametrize(
    "second",
    [
        "Ostrell will pay roughly $1.2 billion in cash and issue about $700 million worth of "
        "its own shares to Quibble's owners.",
        "Ostrell pays $1.2 billion at closing, and the remaining $700 million is held in escrow.",
    ],
)
def test_the_parts_of_a_price_told_whole_are_not_prices(second: str) -> None:
    found = deals_of(
        "Ostrell Systems said on Tuesday it had agreed to buy Quibble Analytics, a developer "
        f"of forecasting tools, for about $1.9 billion in cash and stock. {second}"
    )
    purchase = next(d for d in found if d.deal_type == "acquisition")
    assert [(a.value, a.kind) for a in purchase.amounts] == [(1.9e9, "price")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Nordgate Compute has signed an agreement to provide dedicated GPU capacity to "
            "Fernwick, in a contract the Swedish company values at SEK 9.4 billion.",
            [(9.4e9, "total")],
        ),
        (
            "Corvell said it had committed to spend $1.2 billion over three years on Sabrey's "
            "GPU cloud, or about $400 million a year.",
            [(4e8, "payment"), (1.2e9, "total")],
        ),
        (
            "Ikwe will buy 55% of Kilma for R1.12 billion. The consideration implies a value "
            "of approximately R2.0 billion for 100% of Kilma's equity.",
            [(1.12e9, "price"), (2e9, "valuation")],
        ),
    ],
)
def test_how_a_deals_value_is_said_gives_its_kind(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    found = deals_of(text)
    assert sorted((a.value, a.kind) for d in found for a in d.amounts) == kinds


def test_a_running_total_after_the_deal_is_not_its_value() -> None:
    found = deals_of(
        "Cumulo Cloud said on Tuesday it had expanded its agreement with Lyric AI, under which "
        "the chatbot developer will pay up to an additional $2.1 billion for computing "
        "capacity through 2031. The expansion brings the total value of Cumulo's contracts "
        "with Lyric to about $8.6 billion, the company said."
    )
    assert [a.value for d in found for a in d.amounts] == [2.1e9]


def test_an_option_that_would_bring_the_total_there_stays_the_option() -> None:
    found = deals_of(
        "Verity Cloud signed a fifteen-year lease with Halvard Digital for 200 megawatts. The "
        "lease represents approximately $4.1 billion of contracted revenue, and Verity holds "
        "two five-year renewal options that would take the total to roughly $6.0 billion if "
        "both are exercised."
    )
    assert sorted((a.value, a.kind) for d in found for a in d.amounts) == [
        (4.1e9, "total"),
        (6e9, "option"),
    ]


def test_a_bare_total_value_line_is_the_main_deals() -> None:
    found = deals_of(
        "Tennick Labs has signed a four-year contract with Rovalla Cloud for dedicated "
        "capacity on 24,000 GPUs. The machines will sit in Rovalla's facility in Kajaani, "
        "Finland. Total value: $3.4 billion."
    )
    assert [(a.value, a.kind) for d in found for a in d.amounts] == [(3.4e9, "total")]
