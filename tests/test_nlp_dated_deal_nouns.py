"""Figures told in the phrase of an older deal's noun, dated by a year before the article
(`a 2024 licence to X, worth $12 million`, `the 2024 contract under which X sold 480
megawatts ... for $650 million`), are neither the deal's amounts nor its quantities (round
17, precision). Sentences and names are invented."""

from __future__ import annotations

import datetime

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.amount_clause import dated_noun
from pipeline.nlp.model import load_model

PUBLISHED = datetime.date(2026, 5, 4)


def deals_of(text: str) -> list[Deal]:
    return extract_deals(Article(text=text, published=PUBLISHED.isoformat()))


def test_a_year_before_the_article_on_the_noun_dates_the_figures_of_its_phrase() -> None:
    nlp = load_model("en")
    licence = nlp("Pemrose did this once before: a 2024 licence to Tarvik Labs, worth $9 million.")
    valued = nlp("Hall B went to Quenby AI under a 2025 agreement valued at $800 million.")
    sold = nlp("Analysts cite the 2024 contract under which Ostley Power sold 210 megawatts.")
    assert dated_noun(licence, licence.text.index("$9"), PUBLISHED)
    assert dated_noun(valued, valued.text.index("$800"), PUBLISHED)
    assert dated_noun(sold, sold.text.index("210"), PUBLISHED)
    assert not dated_noun(valued, valued.text.index("$800"), datetime.date(2025, 5, 4))


def test_a_year_on_the_deals_own_noun_or_elsewhere_dates_nothing() -> None:
    nlp = load_model("en")
    ahead = nlp("Quenby AI signed a 2027 agreement valued at $800 million with Hallow Data.")
    main = nlp("Under its 2024 framework, Quenby AI will buy 120 MW from Hallow Data.")
    assert not dated_noun(ahead, ahead.text.index("$800"), PUBLISHED)
    assert not dated_noun(main, main.text.index("120"), PUBLISHED)


def test_an_older_deals_worth_and_capacity_stay_out_of_the_new_deal() -> None:
    deals = deals_of(
        "Calloway Cloud has signed a 15-year power purchase agreement with Brisket Energy "
        "for 400 megawatts from its Dunmore Flats wind farm in Kansas, worth about $1.2 "
        "billion.\n\n"
        "Analysts compared the terms with the 2024 contract under which Brisket Energy sold "
        "180 megawatts from the same farm to Pellan Data, reportedly for around $350 million."
    )
    ppa = next(d for d in deals if d.deal_type == "power_purchase")
    assert {(a.value, a.currency) for a in ppa.amounts} == {(1.2e9, "USD")}
    figures = [q.value for q in ppa.quantities]
    figures += [s.capacity.value for s in ppa.sites if s.capacity]
    assert 180 not in figures
    assert 400 in figures


def test_an_older_deals_end_is_no_term() -> None:
    deals = deals_of(
        "Marwick Energy has agreed to buy 12 operating wind farms in Castile from Doral "
        "Power for €640 million including debt, the Spanish utility said on Monday.\n\n"
        "The farms have a combined capacity of 900 megawatts. About half of that output "
        "is sold under long-term contracts, including a 2021 power purchase agreement "
        "with cement maker Trevin Materials that runs until 2035."
    )
    assert all(d.term is None or d.term.end != "2035" for d in deals)
