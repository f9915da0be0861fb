"""Reading the store back: deals and articles as JSONL, CSV or TSV rows. Pure formatting.

The deal table is one row per distinct deal with columns a spreadsheet can sort and sum:
the main amount's number, currency, period and qualifier in their own columns (and its
USD value), the parties with their roles, the report dates, outlets and source count.
The long tables (`parties`, `amounts`, `sites`) have one row per item of each deal.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

from pipeline.ingest.currency import to_usd
from pipeline.ingest.safety import csv_cell
from pipeline.models import PAYING_ROLES, RECEIVING_ROLES, role_side

ExportFormat = Literal["jsonl", "csv", "tsv"]
ExportWhat = Literal["deals", "articles", "parties", "amounts", "sites"]
BOM = "\ufeff"

DEAL_COLUMNS = (
    "id",
    "deal_type",
    "status",
    "confidence",
    "parties",
    "paying",
    "receiving",
    "other_parties",
    "amount_value",
    "amount_value_max",
    "amount_currency",
    "amount_period",
    "amount_qualifier",
    "amount_kind",
    "amount_usd",
    "usd_rate_date",
    "amounts",
    "quantities",
    "term_start",
    "term_end",
    "term_duration",
    "expected_close",
    "sites",
    "first_published",
    "last_published",
    "outlets",
    "source_count",
    "conflicts",
    "summary",
    "source_urls",
)
ARTICLE_COLUMNS = (
    "canonical_url",
    "url",
    "title",
    "published",
    "language",
    "site_name",
    "authors",
    "content_hash",
    "deal_ids",
)
PARTY_COLUMNS = ("deal_id", "position", "name", "role", "side", "parent")
AMOUNT_COLUMNS = (
    "deal_id",
    "position",
    "main",
    "value",
    "value_max",
    "currency",
    "period",
    "qualifier",
    "kind",
    "usd_value",
    "usd_rate_date",
    "text",
)
SITE_COLUMNS = (
    "deal_id",
    "position",
    "name",
    "kind",
    "city",
    "region",
    "country",
    "capacity_mw",
)


def to_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def to_csv(
    records: Iterable[dict[str, Any]], what: ExportWhat, *, delimiter: str = ","
) -> Iterator[str]:
    """A header line then the flattened rows (lists joined with "; ")."""
    columns, flatten = TABLES[what]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", delimiter=delimiter)
    writer.writeheader()
    for record in records:
        for row in flatten(record):
            writer.writerow({key: csv_cell(value) for key, value in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def deal_row(deal: dict[str, Any]) -> dict[str, Any]:
    """A distinct deal flattened for a spreadsheet."""
    parties = deal.get("parties", [])
    term = deal.get("term") or {}
    sources = deal.get("sources", [])
    amounts = deal.get("amounts", [])
    main = amounts[0] if amounts else {}
    dates = sorted(s["published"] for s in sources if s.get("published"))
    return {
        "id": deal.get("id"),
        "deal_type": deal.get("deal_type"),
        "status": deal.get("status"),
        "confidence": deal.get("confidence"),
        "parties": "; ".join(f"{p['name']} ({p['role']})" for p in parties),
        "paying": _names(p for p in parties if p["role"] in PAYING_ROLES),
        "receiving": _names(p for p in parties if p["role"] in RECEIVING_ROLES),
        "other_parties": _names(p for p in parties if role_side(p["role"]) == "neither"),
        "amount_value": _number(main.get("value")),
        "amount_value_max": _number(main.get("value_max")),
        "amount_currency": main.get("currency"),
        "amount_period": main.get("period"),
        "amount_qualifier": main.get("qualifier"),
        "amount_kind": main.get("kind"),
        "amount_usd": _number(deal.get("amount_usd") if amounts else None),
        "usd_rate_date": deal.get("usd_rate_date"),
        "amounts": "; ".join(_amount(a) for a in amounts),
        "quantities": "; ".join(
            f"{q['value']:.15g} {q['unit']}" for q in deal.get("quantities", [])
        ),
        "term_start": term.get("start"),
        "term_end": term.get("end"),
        "term_duration": term.get("duration"),
        "expected_close": term.get("expected_close"),
        "sites": "; ".join(_site(s) for s in deal.get("sites", [])),
        "first_published": dates[0][:10] if dates else None,
        "last_published": dates[-1][:10] if dates else None,
        "outlets": "; ".join(sorted({s["outlet"] for s in sources if s.get("outlet")})),
        "source_count": len(sources),
        "conflicts": "; ".join(c["field"] for c in deal.get("conflicts", [])),
        "summary": deal.get("summary"),
        "source_urls": " ".join(s["url"] for s in sources),
    }


def party_rows(deal: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per party of a deal."""
    for position, party in enumerate(deal.get("parties", [])):
        yield {
            "deal_id": deal.get("id"),
            "position": position,
            "name": party["name"],
            "role": party["role"],
            "side": role_side(party["role"]),
            "parent": party.get("parent"),
        }


def amount_rows(deal: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per amount of a deal; `main` marks the headline amount."""
    for position, amount in enumerate(deal.get("amounts", [])):
        usd = to_usd(amount["value"], amount.get("currency"))
        yield {
            "deal_id": deal.get("id"),
            "position": position,
            "main": int(position == 0),
            "value": _number(amount["value"]),
            "value_max": _number(amount.get("value_max")),
            "currency": amount.get("currency"),
            "period": amount.get("period"),
            "qualifier": amount.get("qualifier"),
            "kind": amount.get("kind"),
            "usd_value": _number(usd[0]) if usd else None,
            "usd_rate_date": usd[1] if usd else None,
            "text": amount.get("text"),
        }


def site_rows(deal: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per site of a deal."""
    for position, site in enumerate(deal.get("sites", [])):
        capacity = site.get("capacity") or {}
        yield {
            "deal_id": deal.get("id"),
            "position": position,
            "name": site.get("name"),
            "kind": site.get("kind"),
            "city": site.get("city"),
            "region": site.get("region"),
            "country": site.get("country"),
            "capacity_mw": _number(capacity.get("value")) if capacity.get("unit") == "MW" else None,
        }


def article_row(article: dict[str, Any]) -> dict[str, Any]:
    """A stored article flattened for CSV (without its text)."""
    row = {column: article.get(column) for column in ARTICLE_COLUMNS}
    row["authors"] = "; ".join(article.get("authors", []))
    row["deal_ids"] = " ".join(article.get("deal_ids", []))
    return row


TABLES: dict[str, tuple[tuple[str, ...], Callable[[dict[str, Any]], Iterable[dict[str, Any]]]]] = {
    "deals": (DEAL_COLUMNS, lambda deal: [deal_row(deal)]),
    "articles": (ARTICLE_COLUMNS, lambda article: [article_row(article)]),
    "parties": (PARTY_COLUMNS, party_rows),
    "amounts": (AMOUNT_COLUMNS, amount_rows),
    "sites": (SITE_COLUMNS, site_rows),
}


def _names(parties: Iterable[dict[str, Any]]) -> str:
    return "; ".join(dict.fromkeys(str(p["name"]) for p in parties))


def _number(value: float | None) -> str | None:
    """A number a spreadsheet reads as one: no exponent, no trailing ".0"."""
    return None if value is None else f"{value:.15g}"


def _amount(amount: dict[str, Any]) -> str:
    text = f"{amount['value']:.15g} {amount.get('currency') or ''}".strip()
    if amount.get("period"):
        text += f" per {amount['period']}"
    return f"{text} ({amount.get('kind')})"


def _site(site: dict[str, Any]) -> str:
    parts = [site.get("name"), site.get("city"), site.get("region"), site.get("country")]
    return ", ".join(str(part) for part in parts if part)
