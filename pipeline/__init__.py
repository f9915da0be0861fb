"""dealpipe: turn deal news articles into structured, evidence-backed deal records.

The public API: `fetch`, `parse`, `extract` and the record models.
"""

from __future__ import annotations

from pipeline.errors import (
    DealpipeError,
    EmptyDocument,
    FetchError,
    InputError,
    ParseError,
)
from pipeline.extract import extract, extract_article, extract_many
from pipeline.fetch import FetchedPage, FetchSettings, fetch
from pipeline.models import (
    Amount,
    Article,
    Deal,
    Evidence,
    ExtractionResult,
    Party,
    Quantity,
    Site,
    Term,
)
from pipeline.parse import parse, parse_text
from pipeline.version import __version__

__all__ = [
    "Amount",
    "Article",
    "Deal",
    "DealpipeError",
    "EmptyDocument",
    "Evidence",
    "ExtractionResult",
    "FetchError",
    "FetchSettings",
    "FetchedPage",
    "InputError",
    "ParseError",
    "Party",
    "Quantity",
    "Site",
    "Term",
    "__version__",
    "extract",
    "extract_article",
    "extract_many",
    "fetch",
    "parse",
    "parse_text",
]
