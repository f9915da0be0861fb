"""Reading the store back: deals and articles as JSONL or CSV rows. Pure formatting."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from pipeline.ingest.safety import csv_cell
from pipeline.models import PAYING_ROLES, RECEIVING_ROLES

ExportFormat = Literal["jsonl", "csv"]
ExportWhat = Literal["deals", "articles"]

DEAL_COLUMNS = (
    "id",
    "deal_type",
    "status",
    "summary",
    "paying",
    "receiving",
    "other_parties",
    "amounts",
    "quantities",
    "term_start",
    "term_end",
    "term_duration",
    "sites",
    "source_count",
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


def to_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def to_csv(records: Iterable[dict[str, Any]], what: ExportWhat) -> Iterator[str]:
    """A header line then one flattened row per record (lists joined with "; ")."""
    columns = DEAL_COLUMNS if what == "deals" else ARTICLE_COLUMNS
    flatten = deal_row if what == "deals" else article_row
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: csv_cell(value) for key, value in flatten(record).items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def deal_row(deal: dict[str, Any]) -> dict[str, Any]:
    """A distinct deal flattened for CSV."""
    parties = deal.get("parties", [])
    term = deal.get("term") or {}
    sources = deal.get("sources", [])
    return {
        "id": deal.get("id"),
        "deal_type": deal.get("deal_type"),
        "status": deal.get("status"),
        "summary": deal.get("summary"),
        "paying": _names(p for p in parties if p["role"] in PAYING_ROLES),
        "receiving": _names(p for p in parties if p["role"] in RECEIVING_ROLES),
        "other_parties": _names(
            p for p in parties if p["role"] not in PAYING_ROLES and p["role"] not in RECEIVING_ROLES
        ),
        "amounts": "; ".join(_amount(a) for a in deal.get("amounts", [])),
        "quantities": "; ".join(
            f"{q['value']:.15g} {q['unit']}" for q in deal.get("quantities", [])
        ),
        "term_start": term.get("start"),
        "term_end": term.get("end"),
        "term_duration": term.get("duration"),
        "sites": "; ".join(_site(s) for s in deal.get("sites", [])),
        "source_count": len(sources),
        "source_urls": " ".join(s["url"] for s in sources),
    }


def article_row(article: dict[str, Any]) -> dict[str, Any]:
    """A stored article flattened for CSV (without its text)."""
    row = {column: article.get(column) for column in ARTICLE_COLUMNS}
    row["authors"] = "; ".join(article.get("authors", []))
    row["deal_ids"] = " ".join(article.get("deal_ids", []))
    return row


def _names(parties: Iterable[dict[str, Any]]) -> str:
    return "; ".join(dict.fromkeys(str(p["name"]) for p in parties))


def _amount(amount: dict[str, Any]) -> str:
    text = f"{amount['value']:.15g} {amount.get('currency') or ''}".strip()
    if amount.get("period"):
        text += f" per {amount['period']}"
    return f"{text} ({amount.get('kind')})"


def _site(site: dict[str, Any]) -> str:
    parts = [site.get("name"), site.get("city"), site.get("region"), site.get("country")]
    return ", ".join(str(part) for part in parts if part)
