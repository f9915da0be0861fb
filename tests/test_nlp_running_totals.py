"""A running total told with the figure it rose from (`lifts its contracted capacity to
90MW, from 62MW`) is no deal's capacity: neither the total nor the earlier figure is the
deal's; nor is what the company a round invests in runs now (`currently runs about 6,000
GPUs`). Sentences and names are invented."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def deal_of(text: str, published: str = "2026-08-06") -> Deal:
    return extract_deals(Article(text=text, published=published))[0]


def megawatts(deal: Deal) -> set[float]:
    return {q.value for q in deal.quantities if q.unit == "MW"} | {
        s.capacity.value for s in deal.sites if s.capacity and s.capacity.unit == "MW"
    }


def test_the_figure_a_running_total_rose_from_is_no_deals_capacity() -> None:
    deal = deal_of(
        "Tamberly Data Centres has signed a 12-year lease with Orsolo Cloud for 28MW at its "
        "Westgate campus in Perth, Australia. The contract lifts Tamberly's total contracted "
        "capacity to 90MW, from 62MW at the end of June."
    )
    assert not {90, 62} & megawatts(deal)
    assert 28 in megawatts(deal)


def test_what_an_investee_runs_now_is_no_rounds_quantity() -> None:
    deal = next(
        d
        for d in extract_deals(
            Article(
                text=(
                    "Abu Dhabi-based Qasira Compute has raised $250 million in a Series B round "
                    "led by Dunecrest Capital, the company said on Monday. Qasira currently "
                    "runs about 6,000 GPUs across two leased halls in Abu Dhabi and Dubai."
                ),
                published="2026-08-06",
            )
        )
        if d.deal_type == "investment"
    )
    assert 6000 not in {q.value for q in deal.quantities}
