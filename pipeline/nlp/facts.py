"""Facts read from a deal's sentences: amount kinds and rejections, the term, the status
and the type keywords. Pure functions over sentence strings and normaliser mentions; the
rules are those of the sentences' language (`patterns/<language>/`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from pipeline.models import Amount, Term
from pipeline.nlp.amounts import AmountMention
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.rules import load_rules, search_any
from pipeline.nlp.terms import TermMention

MIN_DEAL_AMOUNT = 10_000  # smaller sums are prices per share or per unit, not a deal's
DELIVERY_TYPES = frozenset({"supply"})
# A loan or a venture serves no capacity: the dates its text gives are the funded campus's
# (`ready for service in 2028`), not its term; only its tenor or length is
# (`a seven-year construction loan`).
LENGTH_ONLY_TYPES = frozenset({"other", "partnership"})
# A loan's term is its tenor (`a six-year facility`, `matures on November 25, 2031`), which
# no other deal takes.
TENOR_TYPES = frozenset({"other"})
COMMERCIAL_TYPES = frozenset({"compute_contract", "lease", "supply", "power_purchase", "licence"})


@cache
def _keywords(language: str) -> list[tuple[str, list[re.Pattern[str]]]]:
    """Each deal type's keywords (`deal_types.json`), compiled once."""
    keywords: dict[str, list[str]] = load_rules("deal_types.json", language)["keywords"]
    return [(t, [re.compile(p, re.IGNORECASE) for p in ps]) for t, ps in keywords.items()]


def keyword_type(texts: list[str], language: str = DEFAULT_LANGUAGE) -> str | None:
    """The deal type whose keywords occur most in the texts, if any."""
    votes: Counter[str] = Counter()
    for text in texts:  # the types in the rules' order whatever the text: ties stay the same
        votes.update(_keyword_votes(text, language))
    if not votes or votes.most_common(1)[0][1] == 0:
        return None
    return votes.most_common(1)[0][0]


@lru_cache(maxsize=4096)
def _keyword_votes(text: str, language: str) -> dict[str, int]:
    """Each deal type's keyword occurrences in one text (every deal of an article reads
    its sentences again), the types in the rules' order."""
    return {
        deal_type: sum(len(pattern.findall(text)) for pattern in patterns)
        for deal_type, patterns in _keywords(language)
    }


def named_contracts(texts: list[str], language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The types the named contracts of the texts give ('a 15-year power purchase
    agreement', 'a supply contract'), in the rules' order."""
    return [
        str(deal_type)
        for deal_type, patterns in load_rules("deal_types.json", language)["contracts"].items()
        if any(search_any(patterns, t) for t in texts)
    ]


def contract_type(texts: list[str], language: str = DEFAULT_LANGUAGE) -> str | None:
    """The type a named contract gives ('a 15-year power purchase agreement'), if any."""
    return next(iter(named_contracts(texts, language)), None)


def deal_status(
    title: str | None, texts: list[str], language: str = DEFAULT_LANGUAGE
) -> tuple[str, int | None]:
    """The deal's status and the index of the sentence that shows it (None: the title)."""
    rules = load_rules("status.json", language)
    sources: list[tuple[int | None, str]] = [(None, title or ""), *enumerate(texts)]
    for status in rules["order"]:
        unless = rules.get("not_cues", {}).get(status, [])
        for index, text in sources:
            if search_any(rules["cues"][status], text) and not search_any(unless, text):
                return status, index
    return "announced", None


def amount_rejected(
    text: str,
    mention: AmountMention,
    language: str = DEFAULT_LANGUAGE,
    loan: bool = False,
    venture: bool = False,
    commercial: bool = False,
) -> bool:
    """Whether the words around an amount show it is not the deal's (revenue, market value,
    a loan unless the deal is a `loan`, a party's capex unless the deal is a `venture`
    building it, shares bought beside a `commercial` deal) and none says it is (`of revenue
    over the initial term`)."""
    rules = load_rules("amount_context.json", language)
    before = text[max(0, mention.start - 160) : mention.start].rsplit(";", 1)[-1]
    after = text[mention.end : mention.end + 60]
    if search_any(rules["keep_after"], after) or search_any(rules["keep_before"], before):
        return False
    financing = not loan
    rejects_before = [
        *rules["reject_before"],
        *(rules.get("financing_before", []) * financing),
        *(rules.get("capex_before", []) * (not venture)),
    ]
    rejects_after = [
        *rules["reject_after"],
        *(rules.get("financing_after", []) * financing),
        *(rules.get("shares_after", []) * commercial),
        *(rules.get("capex_after", []) * (not venture)),
    ]
    return (
        search_any(rejects_before, before)
        or search_any(rejects_after, after)
        or _ended_deal_fee(before, after, rules.get("ended_fee"))
    )


def _ended_deal_fee(before: str, after: str, rules: dict[str, str] | None) -> bool:
    """`had terminated the X agreement and would pay a $96 million break fee`: a fee paid on
    a deal its sentence tells as ended is an older deal's, unless the clause makes it
    conditional (`amount_context.json` `ended_fee`)."""
    if rules is None:
        return False
    fee = re.search(rules["fee_after"], after, re.IGNORECASE) or re.search(
        rules["fee_before"], before, re.IGNORECASE
    )
    if fee is None or not re.search(rules["ended"], before + " " + after, re.IGNORECASE):
        return False
    return re.search(rules["conditional"], before + " " + after, re.IGNORECASE) is None


def amount_part(text: str, mention: AmountMention, language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether the words around an amount show it is a part of a price (`$650 million in
    cash`, `shares valued at $350 million`, `a $75 million seller note`)."""
    rules = load_rules("amount_context.json", language)
    before = text[max(0, mention.start - 80) : mention.start]
    after = text[mention.end : mention.end + 40]
    return search_any(rules["part_before"], before) or search_any(rules["part_after"], after)


def quantity_rejected(
    text: str,
    start: int,
    end: int,
    owned: bool = False,
    language: str = DEFAULT_LANGUAGE,
    tranche: bool = False,
) -> bool:
    """Whether the words around a quantity show it is not the deal's (a part, a portfolio;
    a company's fleet unless `owned`: the deal buys the company; a whole
    told by words on both sides, `reject_around` pairs of before and after patterns); with
    `tranche`, a first tranche (`the first 120 MW`, `tranche_before`) is not rejected; a
    total restated after `restated_before` (`soit 9 600 GPU au total`) is no fleet."""
    rules = load_rules("quantity_context.json", language)
    before = text[max(0, start - rules.get("before_window", 80)) : start]
    after = text[end : end + 60]
    restated = re.search(rules.get("restated_before", "(?!)"), before, re.IGNORECASE)
    fleet = [] if owned else rules["fleet_before"]
    fleet_after = [] if owned or restated else rules["fleet_after"]
    tranches = rules.get("tranche_before", []) if tranche else []
    rejects = [p for p in rules["reject_before"] if p not in tranches]
    around = rules.get("reject_around", [])
    return (
        search_any([*rejects, *fleet], before)
        or search_any([*rules["reject_after"], *fleet_after], after)
        or any(search_any([b], before) and search_any([a], after) for b, a in around)
    )


def amount_kind(
    text: str, mention: AmountMention, deal_type: str, language: str = DEFAULT_LANGUAGE
) -> str:
    """The kind of an amount (payment, total, option, ...) from the words of its clause
    around it (each cue bounds its own reach)."""
    before = text[max(0, mention.start - 160) : mention.start].rsplit(";", 1)[-1]
    after = text[mention.end : mention.end + 80].split(";", 1)[0]
    for kind, pattern in load_rules("amount_context.json", language)["kinds"]:
        source = after if pattern.startswith("^") else before
        if re.search(pattern, source, re.IGNORECASE):
            # `worth about $180 million a year`: a sum paid each period is a payment
            return "payment" if kind == "total" and mention.period else str(kind)
    if mention.period:
        return "payment"
    if deal_type == "acquisition":
        return "price"
    if deal_type == "investment":
        return "investment"
    return "total"


def deal_kind(kind: str, deal_type: str) -> str:
    """An acquisition's total is its price; an investment's total is the investment; a
    sum either may pay more on a condition (`up to $300 million more if ...`) is
    contingent, not the value of a contract's options; the value partners set on their
    venture is their investment."""
    if kind == "option" and deal_type in ("acquisition", "investment"):
        return "other"
    if kind == "valuation" and deal_type == "partnership":
        return "investment"  # `a project they valued at $1.2 billion`: what the partners put in
    if deal_type == "acquisition" and kind in ("total", "payment", "investment"):
        return "price"
    if deal_type == "investment" and kind in ("total", "payment", "price"):
        return "investment"
    return kind


def price_from_valuation(
    amounts: list[tuple[Amount, int]],
    deal_type: str,
    withheld: bool = False,
    stake: bool = True,
    stake_keeps: bool = False,
) -> list[tuple[Amount, int]]:
    """`an offer valuing Rookwood at about £780m`: an acquisition that states no price is
    priced at the valuation it sets, unless the price is said to be `withheld` (`the price
    was not disclosed`). A whole company bought (not a `stake`) is priced at every value
    the deal sets (`€780 million for the equity, valuing the company at €1.2bn including
    debt`, an enterprise value). A stake bought at a valuation keeps both; with
    `stake_keeps` (`amount_context.json` stake_keeps_valuation), a stake keeps its valuation
    with no price told too: the value of the whole company is not what its part costs (`buy
    a majority stake in X in a deal that values X at about $3.5 billion`)."""
    if withheld or deal_type != "acquisition":
        return amounts
    if stake and (stake_keeps or any(a.kind == "price" for a, _ in amounts)):
        return amounts
    return [
        (a.model_copy(update={"kind": "price"}) if a.kind == "valuation" else a, i)
        for a, i in amounts
    ]


def is_stake(texts: list[str], language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether a deal's own sentences buy a part of a company (`a 74% stake in`, `60% of`)
    and make no offer for the whole of it (`an offer for X that values it at ...`, beside
    a shareholder's stake sold into it: `amount_context.json` whole_offer)."""
    rules = load_rules("amount_context.json", language)
    offer = rules.get("whole_offer")
    if offer and any(re.search(offer, t, re.IGNORECASE) for t in texts):
        return False
    return any(re.search(rules["stake"], t, re.IGNORECASE) for t in texts)


def option_from_ceiling(amounts: list[tuple[Amount, int]]) -> list[tuple[Amount, int]]:
    """`worth up to $19.4 billion` with a base `$17.4 billion`: of a deal's one-off totals,
    a ceiling above another total is the value with options."""
    totals = [a for a, _ in amounts if a.kind == "total" and a.period is None]
    return [
        (
            a.model_copy(update={"kind": "option"})
            if a in totals and a.qualifier == "up_to" and any(t.value < a.value for t in totals)
            else a,
            i,
        )
        for a, i in amounts
    ]


def merge_amounts(found: list[tuple[Amount, int]]) -> list[tuple[Amount, int]]:
    """One amount per value and currency: a recurring mention absorbs a bare one."""
    merged: list[tuple[Amount, int]] = []
    for amount, sentence in found:
        for i, (kept, kept_sentence) in enumerate(merged):
            same = abs(kept.value - amount.value) <= 0.005 * max(kept.value, 1.0)
            if not same or kept.currency != amount.currency:
                continue
            if kept.period and amount.period and kept.period != amount.period:
                continue
            update: dict[str, Any] = {}
            if kept.period is None and amount.period:
                update.update(period=amount.period, kind=amount.kind)
            if kept.qualifier == "exact" and amount.qualifier != "exact":
                update["qualifier"] = amount.qualifier
            if (
                amount.kind == "total"
                and kept.kind != "total"
                and not (kept.period or amount.period)
            ):
                update["kind"] = "total"
            merged[i] = (kept.model_copy(update=update), kept_sentence)
            break
        else:
            merged.append((amount, sentence))
    return merged


def _commissioning(words: str, language: str) -> bool:
    """`le parc doit entrer en service fin 2027`: a start told as a facility's
    commissioning (`terms_lexicon.json` `commissioning_start`), which yields to the
    contract's own start (`les livraisons débuteront en 2028`)."""
    pattern = load_rules("terms_lexicon.json", language).get("commissioning_start")
    return pattern is not None and re.search(pattern, words, re.IGNORECASE) is not None


def _refines(date: str | None, start: TermMention) -> bool:
    """Whether `date` is a more precise day or month of the year (or month) `start`
    begins with: the same start told again to the month (`from April 2026` after `in the
    first quarter`, read as 2026)."""
    told = start.start_date or ""
    return date is not None and len(date) > len(told) and date.startswith(told)


def _ends_before(mention: TermMention, start: str) -> bool:
    """Whether a mention's end date falls before `start` at their common precision
    (`2026-12` before `2027-01`; `2027` is not before `2027-03`)."""
    end = mention.end_date or ""
    n = min(len(end), len(start))
    return n > 0 and end[:n] < start[:n]


def merge_term(
    mentions: list[tuple[TermMention, int]],
    texts: list[str],
    sentences: list[int],
    deal_type: str = "supply",
    language: str = DEFAULT_LANGUAGE,
) -> tuple[Term | None, list[int]]:
    """The deal's term from its sentences' term mentions, and the sentences used. A date
    that is only a deadline (`deployed by 2035`) ends a term only for a delivery schedule;
    a facility's commissioning starts the term only when no other start is told;
    the first closing mention (`expected to close in ...`) gives the expected closing; a
    sentence opening with a year (`In 2026, ...`) gives the start of a term with no start.
    A loan's tenor (its length, its maturity date) comes before any other length it reads.
    An end before the start is another contract's (the one the deal replaces)."""
    closing = next(((m, s) for m, s in mentions if m.kind == "closing"), None)
    tenor = [(m, s) for m, s in mentions if m.kind == "tenor" and deal_type in TENOR_TYPES]
    contract = tenor + [(m, s) for m, s in mentions if m.kind == "contract"]
    other = [(m, s) for m, s in mentions if m.kind == "other"]
    dated = tenor if deal_type in LENGTH_ONLY_TYPES else contract
    starts = [(m, s) for m, s in dated if m.start_date]
    start = next((x for x in starts if not _commissioning(x[0].text, language)), None)
    start = start or next(iter(starts), None)
    if start is not None:  # `in the first quarter of FY27, that is, from April 2026`
        start = max(
            (x for x in starts if x[1] == start[1] and _refines(x[0].start_date, start[0])),
            key=lambda x: len(x[0].start_date or ""),
            default=start,
        )
    # `l'ancien contrat, qui arrive à échéance fin 2026` beside a start in January 2027:
    # an end before the start is another contract's
    first = start[0].start_date or "" if start else ""
    end = next(((m, s) for m, s in dated if m.end_date and not _ends_before(m, first)), None)
    if deal_type in DELIVERY_TYPES:
        end = end or next(
            ((m, s) for m, s in other if m.end_date and not _ends_before(m, first)), None
        )
    duration = next(((m, s) for m, s in contract if m.duration), None)
    used = [x for x in (start, end, duration, closing) if x is not None]
    start_value = start[0].start_date if start else None
    if start_value is None and (end or duration) and deal_type not in LENGTH_ONLY_TYPES:
        bare_year = load_rules("terms_lexicon.json", language)["bare_year_start"]
        for index in sentences:
            match = re.match(bare_year, texts[index])
            if match and (end is None or (end[0].end_date or "") >= match.group(1)):
                start_value = match.group(1)
                used.append(
                    (
                        TermMention(0, 0, match.group(1), match.group(1), None, None, "contract"),
                        index,
                    )
                )
                break
    if not used:
        return None, []
    words = next(m.text for m, _ in used if m.text)
    term = Term(
        start=start_value,
        end=end[0].end_date if end else None,
        duration=duration[0].duration if duration else None,
        expected_close=closing[0].end_date if closing else None,
        text=words,
    )
    return term, sorted({s for _, s in used})


__all__ = [
    "LENGTH_ONLY_TYPES",
    "MIN_DEAL_AMOUNT",
    "TENOR_TYPES",
    "amount_kind",
    "amount_part",
    "amount_rejected",
    "deal_kind",
    "deal_status",
    "is_stake",
    "keyword_type",
    "merge_amounts",
    "merge_term",
    "option_from_ceiling",
    "price_from_valuation",
    "quantity_rejected",
]
