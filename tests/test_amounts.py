"""Money amounts: value, range, currency, period, qualifier and per-share flag."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pipeline.nlp.amounts import AmountMention, find_amounts, find_undisclosed, might_have_amount
from pipeline.nlp.numbers import parse_number, scale_of
from tests.conftest import shared_data


def only(text: str) -> AmountMention:
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("Anthropic pays $1.25 billion for it.", "$1.25 billion", 1.25e9, "USD"),
        ("It paid £71.6million for the stake.", "£71.6million", 71.6e6, "GBP"),
        ("A €500m loan was agreed.", "€500m", 500e6, "EUR"),
        ("The $9bn bond priced.", "$9bn", 9e9, "USD"),
        ("une dépense de 1,25 milliard de dollars", "1,25 milliard de dollars", 1.25e9, "USD"),
        ("spending 1.25 billion dollars on GPUs", "1.25 billion dollars", 1.25e9, "USD"),
        ("Sanwa will pay 351 mln yen, he said.", "351 mln yen", 351e6, "JPY"),
        ("The price was 161 mln marks.", "161 mln marks", 161e6, "DEM"),
        ("It paid 4.5 mln dlrs in cash.", "4.5 mln dlrs", 4.5e6, "USD"),
        ("a 1.2 billion dlr offer", "1.2 billion dlr", 1.2e9, "USD"),
        ("for 20 mln stg cash", "20 mln stg", 20e6, "GBP"),
        ("worth Can$5 million", "Can$5 million", 5e6, "CAD"),
        ("worth C$5 million", "C$5 million", 5e6, "CAD"),
        ("a A$3bn deal", "A$3bn", 3e9, "AUD"),
        ("raised HK$2.1 billion", "HK$2.1 billion", 2.1e9, "HKD"),
        ("a one billion dollars pledge", "one billion dollars", 1e9, "USD"),
        ("paid two million euros", "two million euros", 2e6, "EUR"),
        ("paid twenty-five million euros", "twenty-five million euros", 25e6, "EUR"),
        ("paid half a billion dollars", "half a billion dollars", 0.5e9, "USD"),
        ("it fetched 757 MLN DLRS", "757 MLN DLRS", 757e6, "USD"),
        ("37 mln Canadian dlrs was paid", "37 mln Canadian dlrs", 37e6, "CAD"),
        ("for 6.3 mln U.S. dlrs", "6.3 mln U.S. dlrs", 6.3e6, "USD"),
        ("for 1.2 billion Belgian francs", "1.2 billion Belgian francs", 1.2e9, "BEF"),
        ("for 500 billion lire", "500 billion lire", 500e9, "ITL"),
        ("for 9 mln guilders", "9 mln guilders", 9e6, "NLG"),
        ("for 8,500,000 dlrs", "8,500,000 dlrs", 8.5e6, "USD"),
        ("for 116,554 dlrs", "116,554 dlrs", 116554.0, "USD"),
        ("for 1.000.000,50 euros", "1.000.000,50 euros", 1000000.5, "EUR"),
        ("valued at USD 5 million", "USD 5 million", 5e6, "USD"),
        ("valued at 5 million EUR", "5 million EUR", 5e6, "EUR"),
        ("a GBP930m deal", "GBP930m", 930e6, "GBP"),
        ("a NT$30 billion order", "NT$30 billion", 30e9, "TWD"),
        ("valued at Rs 500 crore", "Rs 500 crore", 5e9, "INR"),
        ("valued at ₹2,000 crore", "₹2,000 crore", 2e10, "INR"),
        ("a 3 trillion won plan", "3 trillion won", 3e12, "KRW"),
        ("a $2tn market", "$2tn", 2e12, "USD"),
        ("a $2T market", "$2T", 2e12, "USD"),
        ("a $1.25B deal", "$1.25B", 1.25e9, "USD"),
        ("a C$1.25-billion deal", "C$1.25-billion", 1.25e9, "CAD"),
        ("one and a half billion dollars", "one and a half billion dollars", 1.5e9, "USD"),
        ("$1.25 billion USD in total", "$1.25 billion USD", 1.25e9, "USD"),
        ("a 10-billion-dollar deal", "10-billion-dollar", 1e10, "USD"),
        ("bought for $5", "$5", 5.0, "USD"),
        ("a 5 million Swiss francs fee", "5 million Swiss francs", 5e6, "CHF"),
        ("The 1.25 billion dollar monthly investment", "1.25 billion dollar", 1.25e9, "USD"),
        ("200 mln D-marks", "200 mln D-marks", 200e6, "DEM"),
        ("5.5 billion yuan", "5.5 billion yuan", 5.5e9, "CNY"),
        ("a ¥10 billion order", "¥10 billion", 10e9, "JPY"),
        ("for 3.5 mln Australian dlrs", "3.5 mln Australian dlrs", 3.5e6, "AUD"),
    ],
)
def test_amount_value_and_currency(sentence: str, text: str, value: float, currency: str) -> None:
    found = only(sentence)
    assert found.text == text
    assert sentence[found.start : found.end] == text
    assert found.value == pytest.approx(value)
    assert found.currency == currency
    assert found.value_max is None


def test_text_spans_line_breaks_and_keeps_offsets() -> None:
    sentence = "Sanwa will purchase the shares for 351 mln\nyen, he said."
    found = only(sentence)
    assert found.text == "351 mln\nyen"
    assert sentence[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("valued at $30-40 billion", "$30-40 billion", 30e9, 40e9),
        ("valued at $30–40 billion", "$30–40 billion", 30e9, 40e9),
        ("between $2 billion and $3 billion", "$2 billion and $3 billion", 2e9, 3e9),
        ("between 2 and 3 billion dollars", "2 and 3 billion dollars", 2e9, 3e9),
        ("30 to 40 mln dlrs", "30 to 40 mln dlrs", 30e6, 40e6),
        ("$30 billion to $40 billion in value", "$30 billion to $40 billion", 30e9, 40e9),
        ("a price of $500,000 to $2 million", "$500,000 to $2 million", 5e5, 2e6),
        ("38 to 42 dlrs a share", "38 to 42 dlrs", 38.0, 42.0),
        ("£1bn-£2bn", "£1bn-£2bn", 1e9, 2e9),
    ],
)
def test_ranges(sentence: str, text: str, low: float, high: float) -> None:
    found = only(sentence)
    assert found.text == text
    assert found.value == pytest.approx(low)
    assert found.value_max == pytest.approx(high)


def test_from_to_is_a_change_not_a_range() -> None:
    found = find_amounts("It raised the cap from $2 billion to $3 billion.")
    assert [f.text for f in found] == ["$2 billion", "$3 billion"]
    assert all(f.value_max is None for f in found)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("more than $5 billion", "more_than"),
        ("over $5 billion", "more_than"),
        ("in excess of $5 billion", "more_than"),
        ("exceeding $5 billion", "more_than"),
        ("which could exceed 40 billion dollars", "more_than"),
        ("potentially exceeding 40 billion dollars", "more_than"),
        ("upwards of $5 billion", "more_than"),
        ("at least $1 billion", "at_least"),
        ("no less than $1 billion", "at_least"),
        ("$1 billion or more", "at_least"),
        ("up to $10 billion", "up_to"),
        ("as much as $10 billion", "up_to"),
        ("at most $10 billion", "at_most"),
        ("less than $10 billion", "at_most"),
        ("about $2 million", "approx"),
        ("around $3m", "approx"),
        ("roughly $4m", "approx"),
        ("nearly $5m", "approx"),
        ("almost a billion dlrs", "approx"),
        ("some $6m", "approx"),
        ("approximately $7m", "approx"),
        ("an estimated $7m", "approx"),
        ("$7m or so", "approx"),
        ("a $10 billion-plus cloud deal", "more_than"),
        ("a $100m+ round", "more_than"),
        ("for $7m in cash", "exact"),
        ("the takeover $7m bid", "exact"),
    ],
)
def test_qualifiers(sentence: str, qualifier: str) -> None:
    assert only(sentence).qualifier == qualifier


def test_plus_before_another_amount_is_an_addition() -> None:
    found = find_amounts("Now $549 Plus $50 gift card")
    assert [(f.text, f.qualifier) for f in found] == [("$549", "exact"), ("$50", "exact")]


def test_qualifier_words_are_not_part_of_the_text() -> None:
    found = only("Anthropic pays about $1.25 billion a month.")
    assert found.text == "$1.25 billion"
    assert found.qualifier == "approx"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("$10m per month", "P1M"),
        ("$11m a month", "P1M"),
        ("$12m monthly", "P1M"),
        ("$13m each month", "P1M"),
        ("$13m every month", "P1M"),
        ("$19m/month", "P1M"),
        ("$19m / month", "P1M"),
        ("$14m a year", "P1Y"),
        ("$15m per year", "P1Y"),
        ("$16m annually", "P1Y"),
        ("$17m per annum", "P1Y"),
        ("$18m yearly", "P1Y"),
        ("$20m a quarter", "P3M"),
        ("$20m quarterly", "P3M"),
        ("$21m a week", "P1W"),
        ("$22m a day", "P1D"),
        ("a monthly expenditure of 1.25 billion dollars", "P1M"),
        ("annual rent of about $5 million", "P1Y"),
        ("about US$1.94 billion in annualized revenue", "P1Y"),
        ("$3.4 billion of annual run-rate revenue", "P1Y"),
        ("$5 billion in cash", None),
        ("The 1.25 billion dollar monthly investment", "P1M"),
        ("une dépense mensuelle de 1,25 milliard de dollars", "P1M"),
        ("500 millions d'euros par an", "P1Y"),
        ("$5 billion a year ago", None),
        ("$5 billion a month later", None),
        ("a $5 billion deal", None),
    ],
)
def test_periods(sentence: str, period: str | None) -> None:
    assert only(sentence).period == period


def test_period_words_are_not_part_of_the_text() -> None:
    found = only("Anthropic pays xAI $1.25 billion a month until May 2029.")
    assert found.text == "$1.25 billion"
    assert found.value == 1.25e9
    assert found.period == "P1M"
    assert found.qualifier == "exact"


@pytest.mark.parametrize(
    ("sentence", "per_share"),
    [
        ("It offered $18 a share.", True),
        ("It offered 18 dlrs per share.", True),
        ("It offered 18 dlrs a shr.", True),
        ("an $18-a-share bid", True),
        ("a per-share price of $18", True),
        ("It offered $18 million for the shares.", False),
        ("It offered $18 million in cash.", False),
    ],
)
def test_per_share(sentence: str, per_share: bool) -> None:
    assert only(sentence).per_share is per_share


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The deal is worth US$100 billion ($150b) in total.", ["US$100 billion"]),
        ("It paid A$150 million (US$100 million) for it.", ["A$150 million"]),
        ("for 37 mln Canadian dlrs, or 28 mln U.S. dlrs", ["37 mln Canadian dlrs"]),
        ("for 37 mln Canadian dlrs (about 28 mln U.S. dlrs)", ["37 mln Canadian dlrs"]),
        ("for 20 mln dlrs, or 18 dlrs a share", ["20 mln dlrs", "18 dlrs"]),
        ("around $1.25 billion per month (roughly £930 million) to use", ["$1.25 billion"]),
        ("It paid $2 billion and $3 billion in two steps.", ["$2 billion", "$3 billion"]),
        ("A €500m loan and a $9bn bond.", ["€500m", "$9bn"]),
    ],
)
def test_restatements_merge_and_lists_split(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_amounts(sentence)] == texts


@pytest.mark.parametrize(
    "sentence",
    [
        "Profit rose 12 pct in the quarter.",
        "Its share of the market is 5%.",
        "The contract runs until 2029.",
        "In 2029 the plant opens.",
        "He sold 300 shares and 1,200 units.",
        "Call 555-1234 or +1 212 555 0100 for details.",
        "The 300 MW plant and a 1.2GW campus.",
        "It employs 2 million people.",
        "a 7.4 billion increase",
        "measured in 1987 dollars",
        "He lifted 5 pounds of steel.",
        "Seoul won 3 medals.",
        "The dollar fell against the yen.",
        "Mark Twain wrote 3 books.",
        "a dollar store",
        "One of the dollars.",
        "They met 2 marks of progress.",
        "It was R2 on the list.",
        "",
    ],
)
def test_yields_nothing(sentence: str) -> None:
    assert find_amounts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No money here at all.", False),
        ("Profit rose 12 pct.", False),
        ("It paid $5.", True),
        ("It paid 4.5 mln dlrs.", True),
        ("It paid 4.5 mln\ndlrs.", True),
        ("It paid one billion dollars.", True),
        ("It paid EUR 5 million.", True),
    ],
)
def test_prefilter(sentence: str, expected: bool) -> None:
    assert might_have_amount(sentence) is expected


def test_prefilter_never_hides_an_amount() -> None:
    bench = shared_data("bench", "acquisitions-dev")
    for path in sorted((bench / "docs").iterdir())[:150]:
        for line in path.read_text(errors="replace").splitlines():
            assert might_have_amount(line) or find_amounts(line) == []


def test_finds_the_price_in_newswire_stories() -> None:
    """Floor: the story's own price (answer key DLRAMT, as written) is among the mentions."""
    bench = shared_data("bench", "acquisitions-dev")
    gold = found = 0
    for key in sorted((bench / "anskeys").glob("*.key")):
        story = (bench / "docs" / key.stem).read_text(errors="replace")
        texts = {" ".join(m.text.split()).lower() for m in find_amounts(story)}
        for line in key.read_text(errors="replace").splitlines():
            answers = re.findall(r'"([^"]+)"', line) if line.startswith("DLRAMT:") else []
            if not answers or not any(c.isdigit() for c in answers[0]):
                continue
            gold += 1
            found += any(" ".join(a.split()).lower() in texts for a in answers)
    assert gold > 80
    assert found / gold >= 0.93


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("It bought Acme for an undisclosed sum.", ["undisclosed"]),
        ("It bought Acme for undisclosed terms.", ["undisclosed"]),
        ("It bought Acme for an undisclosed amount of cash.", ["undisclosed"]),
        ("Terms were not disclosed.", ["not disclosed"]),
        ("Terms of the acquisition were not disclosed.", ["not disclosed"]),
        ("The price has not been disclosed.", ["not been disclosed"]),
        ("Terms were withheld.", ["withheld"]),
        ("Terms were not released.", ["not released"]),
        ("Magellan did not disclose the terms of the agreement.", ["not disclose"]),
        ("Financial terms were undisclosed.", ["undisclosed"]),
        ("The company did not disclose its plans.", []),
        ("Its results were not disclosed.", []),
        ("an undisclosed buyer", []),
        ("It paid $5 million.", []),
    ],
)
def test_undisclosed(sentence: str, texts: list[str]) -> None:
    found = find_undisclosed(sentence)
    assert [m.text for m in found] == texts
    assert all(sentence[m.start : m.end] == m.text for m in found)


def test_finds_the_withheld_price_in_newswire_stories() -> None:
    """Floor: "undisclosed" / "not disclosed" answers (DLRAMT without a figure) are found."""
    bench = shared_data("bench", "acquisitions-dev")
    gold = found = 0
    for key in sorted((bench / "anskeys").glob("*.key")):
        story = (bench / "docs" / key.stem).read_text(errors="replace")
        texts = {" ".join(m.text.split()).lower() for m in find_undisclosed(story)}
        for line in key.read_text(errors="replace").splitlines():
            answers = re.findall(r'"([^"]+)"', line) if line.startswith("DLRAMT:") else []
            if answers and re.search(r"disclos|withheld|released", answers[0]):
                gold += 1
                found += any(a.lower() in texts for a in answers)
    assert gold > 40
    assert found / gold >= 0.8


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,250,000", "1250000"),
        ("1,25", "1.25"),
        ("1.250.000", "1250000"),
        ("1.000.000,50", "1000000.50"),
        ("71.6", "71.6"),
        (".5", "0.5"),
        ("one", "1"),
        ("twenty-five", "25"),
        ("two hundred", "200"),
        ("two and a half", "2.5"),
        ("a", "1"),
        ("half a", "0.5"),
        ("a hundred and ninety", "190"),
        ("two point eight", "2.8"),
        ("one point two five", "1.25"),
        ("two point twenty", None),
        ("point five", None),
        ("lots", None),
    ],
)
def test_parse_number(written: str, value: str | None) -> None:
    parsed = parse_number(written)
    assert (str(parsed.normalize()) if parsed is not None else None) == (
        str(Decimal(value).normalize()) if value is not None else None
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "Pellow pays roughly a hundred and ninety million dollars a year.",
            "a hundred and ninety million dollars",
            190_000_000,
        ),
        (
            "The rent totals two point eight billion dollars.",
            "two point eight billion dollars",
            2.8e9,
        ),
        ("At one point, eight million dollars changed hands.", "eight million dollars", 8e6),
    ],
)
def test_spoken_numbers(sentence: str, text: str, value: float) -> None:
    """Transcripts write figures as they are said: the whole spoken number is read."""
    found = find_amounts(sentence)
    assert [(a.text, a.value) for a in found] == [(text, value)]


@pytest.mark.parametrize(
    ("word", "scale"),
    [
        ("bn", 10**9),
        ("-billion", 10**9),
        ("mln", 10**6),
        ("milliard", 10**9),
        ("crore", 10**7),
        ("", 1),
    ],
)
def test_scale_of(word: str, scale: int) -> None:
    assert scale_of(word) == scale


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("a KES 3 billion fibre order", "KES 3 billion", 3e9, "KES"),
        ("valued at CZK 3 billion", "CZK 3 billion", 3e9, "CZK"),
        ("worth 3 billion Philippine pesos", "3 billion Philippine pesos", 3e9, "PHP"),
        ("worth 1.5 billion zlotys", "1.5 billion zlotys", 1.5e9, "PLN"),
        ("a deal of 4.2 billion Kenyan shillings", "4.2 billion Kenyan shillings", 4.2e9, "KES"),
        ("a 900 million ringgits lease", "900 million ringgits", 9e8, "MYR"),
        ("a Dh 2 billion lease", "Dh 2 billion", 2e9, "AED"),
    ],
)
def test_iso_currencies_derived_from_cldr(
    sentence: str, text: str, value: float, currency: str
) -> None:
    """Currencies outside the hand table come from the table derived from CLDR: codes
    before the number, English names and their unit words."""
    (m,) = find_amounts(sentence)
    assert (m.text, m.value, m.currency) == (text, value, currency)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightwell bought 160 million AMD shares",  # a ticker after a number
        "Brightwell's AMD 250 chips",  # a code without a scale or a size
        "a 2 billion real estate fund",  # an English word that names a currency
        "he paid 5 shillings",  # a bare unit word without a scale or size
    ],
)
def test_derived_currencies_need_their_place(sentence: str) -> None:
    assert find_amounts(sentence) == []


def test_derived_currency_table_is_current() -> None:
    """The shipped ISO table is what benchmarks/derive_currencies.py derives from the
    installed CLDR data (babel, a dev dependency)."""
    from benchmarks.derive_currencies import OUT, derive, render

    assert OUT.read_text(encoding="utf-8") == render(derive())


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Tarn sold a 35% stake for R2.1-billion in cash.", [(2_100_000_000.0, "ZAR")]),
        ("a lease for total rental of up to RM4.2 billion", [(4_200_000_000.0, "MYR")]),
        ("The partners will put in AED1.1 billion of equity.", [(1_100_000_000.0, "AED")]),
        ("It bought 12,288 B300 GPUs for $611.8 million.", [(611_800_000.0, "USD")]),
        ("Shares closed at RM4.86, and land sold at RM90 per sq ft.", []),
    ],
)
def test_a_currency_letter_glued_to_the_number(
    sentence: str, found: list[tuple[float, str]]
) -> None:
    """`R2.1-billion`, `RM4.2 billion`: a letter symbol written against the number is the
    currency; a model number (`B300`) is no amount, and a small sum needs its scale."""
    assert [(float(a.value), a.currency) for a in find_amounts(sentence)] == found
