"""A deal's one-sentence summary, as an analyst would write it, in English by default or
in another language whose words are data (`patterns/<language>/summary.json`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.models import Amount, Deal, ExtractionResult, Party, Quantity, Site, Term
from pipeline.nlp.languages import DEFAULT_LANGUAGE
from pipeline.nlp.rules import load_rules

# Who comes first in the sentence (the payer), then who comes after the verb.
FIRST_ROLES = ("customer", "lessee", "buyer", "investor", "acquirer", "licensee")
SECOND_ROLES = ("provider", "lessor", "seller", "investee", "target", "licensor")
VOWELS = "aeiouéèêàâîôû"  # "d'euros", "de yens"


def _number(value: float, pattern: str, words: dict[str, Any]) -> str:
    """A number written with the language's thousands separator and decimal mark."""
    table = str.maketrans({",": words["thousands_separator"], ".": words["decimal_mark"]})
    return format(value, pattern).translate(table)


def _money(value: float, currency: str | None, words: dict[str, Any]) -> str:
    """`$1.25 billion`, `5 billion SEK`; `1,25 milliard de dollars`, `85 millions d'euros`."""
    prefix = words["symbols"].get(currency or "", "")
    name = "" if prefix else words["currency_names"].get(currency or "", currency or "")
    for power, singular, plural in words["scales"]:
        scale = 10**power
        if value >= scale:
            number = f"{value / scale:.2f}".rstrip("0").rstrip(".")
            number = number.replace(".", words["decimal_mark"])
            head = f"{prefix}{number} {singular if value / scale < 2 else plural}"
            if not name:
                return head
            elided = name[:1].lower() in VOWELS and words["of_currency_elided"]
            of = words["of_currency_elided"] if elided else words["of_currency"]
            return f"{head} {of}{name}"
    return f"{prefix}{_number(value, ',.0f', words)}" + (f" {name}" if name else "")


def _amount(amount: Amount, words: dict[str, Any]) -> str:
    text = _money(amount.value, amount.currency, words)
    if amount.value_max:
        low = text.split(" ")
        high = _money(amount.value_max, amount.currency, words).split(" ")
        same = low[1:] == high[1:]
        text = f"{low[0]}-{high[0].lstrip('$€£¥A C')}" + (" " + " ".join(low[1:]) if same else "")
        text = text if same else f"{' '.join(low)}-{' '.join(high)}"
    text = words["qualifier_words"][amount.qualifier] + text
    if amount.period:
        return f"{text} {words['period_words'].get(amount.period, amount.period)}"
    tail = words["kind_words"].get(amount.kind, "")
    return f"{text} {tail}".strip()


def _date(value: str, words: dict[str, Any]) -> str:
    """`2029-05` -> `May 2029` (`mai 2029`); a year stays a year."""
    parts = value.split("-")
    if len(parts) >= 2:
        return f"{words['months'][int(parts[1]) - 1]} {parts[0]}"
    return value


def _duration(value: str, words: dict[str, Any]) -> str:
    number, unit = value[1:-1], value[-1]
    singular, plural = words["duration_units"].get(unit, [unit, unit])
    return f"{number} {singular if number == '1' else plural}"


def _term(term: Term, words: dict[str, Any]) -> str:
    t = words["templates"]
    start = _date(term.start, words) if term.start else ""
    end = _date(term.end, words) if term.end else ""
    duration = _duration(term.duration, words) if term.duration else ""
    if start and end:
        return str(t["span"].format(start=start, end=end))
    if end:
        return str(t["until"].format(end=end))
    if start:
        return str(t["from_for" if duration else "from"].format(start=start, duration=duration))
    return str(t["for"].format(duration=duration)) if duration else ""


def _site(site: Site, words: dict[str, Any]) -> str:
    raw = site.kind or ""
    kind = words["site_kinds"].get(raw, raw.replace("_", " ")) if raw != "location" else ""
    if site.name:
        template = words["templates"]["named_site"] if kind else "{name}"
        head = str(template.format(name=site.name, kind=kind))
    else:
        unnamed = words["a_site_kinds"].get(raw) or words["a_site"].format(kind=kind)
        head = str(unnamed) if kind else ""
    where = ", ".join(x for x in (site.city, site.region, site.country) if x)
    text = ", ".join(x for x in (head, where) if x) or site.text
    if site.capacity is not None:
        text += f" (~{_quantity(site.capacity, words)})"
    return text


def _quantity(quantity: Quantity, words: dict[str, Any]) -> str:
    """`300 MW`, `50,000 chips` (`50 000 puces`)."""
    value = quantity.value
    number = _number(value, ",.0f" if value == int(value) else ",g", words)
    if quantity.unit in words["count_units"]:
        singular, plural = words["count_units"][quantity.unit]
        return f"{number} {singular if value == 1 else plural}"
    plural_s = quantity.unit != "MW" and value != 1 and not quantity.unit.endswith("s")
    return f"{number} {quantity.unit}{'s' if plural_s else ''}"


def _verb(forms: list[str], parties: list[Party]) -> str:
    """`pays` for one party, `pay` for two (`Blackstone and CPP Investments acquire`)."""
    return forms[1] if len(parties) >= 2 else forms[0]


def _named(parties: list[Party], words: dict[str, Any]) -> str:
    roles = words["roles"]
    joiner: str = words["templates"]["and"]
    return joiner.join(f"{p.name} ({roles.get(p.role, p.role)})" for p in parties)


def _who(parties: list[Party], roles: tuple[str, ...]) -> list[Party]:
    return [p for p in parties if p.role in roles]


def _clause(
    deal_type: str, parties: list[Party], money: list[str], words: dict[str, Any]
) -> tuple[str, list[str]]:
    """`A (customer) pays B (provider) $1 billion`; the amounts not yet said."""
    t = words["templates"]
    first, second = _who(parties, FIRST_ROLES), _who(parties, SECOND_ROLES)
    sellers = [p for p in second if p.role == "seller"] if deal_type == "acquisition" else []
    second = [p for p in second if p not in sellers]
    others = [p for p in parties if p not in first + second + sellers]
    verbs: dict[str, list[str]] = words["verbs"]
    if not first or not (second or sellers) or deal_type not in verbs:
        label = words["types"].get(deal_type, deal_type.replace("_", " "))
        named = _named(parties, words) if parties else t["unnamed"]
        clause = t["labelled"].format(named=named, label=label)
        return clause + (f", {money[0]}" if money else ""), money[1:]
    payer, payee = _named(first, words), _named(second, words)
    if deal_type == "compute_contract" and money:
        verb = _verb(words["pays"], first)
        clause = t["pays"].format(first=payer, verb=verb, second=payee, money=money.pop(0))
    elif deal_type == "investment" and money:
        verb = _verb(words["invests"], first)
        clause = t["invests"].format(first=payer, verb=verb, second=payee, money=money.pop(0))
    elif deal_type == "acquisition":
        target = payee if second else t["an_asset"]
        verb = _verb(verbs["acquisition"], first)
        clause = t["acquires"].format(first=payer, verb=verb, target=target)
        clause += t["from_seller"].format(sellers=_named(sellers, words)) if sellers else ""
        clause += t["for_money"].format(money=money.pop(0)) if money else ""
    else:
        clause = f"{payer} {_verb(verbs[deal_type], first)} {payee}"
        clause += t["for_money"].format(money=money.pop(0)) if money else ""
    if others:
        clause += t["others"].format(others=_named(others, words))
    return clause, money


def summarise(
    deal_type: str,
    parties: list[Party],
    amounts: list[Amount],
    term: Term | None,
    sites: list[Site],
    quantities: list[Quantity],
    language: str = DEFAULT_LANGUAGE,
) -> str:
    """One sentence an analyst would write: who pays whom how much, when, for what, where.

    `Anthropic (customer) pays xAI (provider) $1.25 billion per month, more than $40
    billion in total, 2026 to May 2029, for Colossus 1 data center, Memphis, Tennessee, US
    (~300 MW).`"""
    words = load_rules("summary.json", language)
    t = words["templates"]
    money = [_amount(a, words) for a in amounts[:3]]
    clause, money = _clause(deal_type, parties, money, words)
    parts = [clause, *money]
    if term is not None and (term_words := _term(term, words)):
        parts.append(term_words)
    site_words = "; ".join(_site(s, words) for s in sites[:2])
    if site_words:
        parts.append(
            t["in_sites" if deal_type == "acquisition" else "for_sites"].format(sites=site_words)
        )
    elif quantities:
        listed = ", ".join(_quantity(q, words) for q in quantities[:2])
        parts.append(t["for_quantities"].format(quantities=listed))
    sentence = ", ".join(p for p in parts if p)
    for word in words["elided_before_vowel"]:  # "de Atalis" -> "d'Atalis"
        before_vowel = rf"\b{re.escape(word)} (?=[{VOWELS}{VOWELS.upper()}])"
        sentence = re.sub(before_vowel, f"{word[:-1]}'", sentence)
    return sentence[:1].upper() + sentence[1:] + "."


def summary_in(deal: Deal, language: str) -> Deal:
    """The deal with its summary written in `language`."""
    summary = summarise(
        deal.deal_type, deal.parties, deal.amounts, deal.term, deal.sites, deal.quantities, language
    )
    return deal.model_copy(update={"summary": summary})


def summaries_in(result: ExtractionResult, language: str) -> ExtractionResult:
    """An extraction result whose deals' summaries are written in `language` (unchanged
    when it is the language they were written in, English)."""
    if language == DEFAULT_LANGUAGE or not result.deals:
        return result
    return result.model_copy(update={"deals": [summary_in(d, language) for d in result.deals]})


__all__ = ["summaries_in", "summarise", "summary_in"]
