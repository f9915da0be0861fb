"""Parser: bytes of an HTML page (or plain text) in, an `Article` out. Pure functions, no I/O."""

from __future__ import annotations

from pipeline.models import Article


def parse(html: bytes | str, *, url: str | None = None, encoding: str | None = None) -> Article:
    """Parse an HTML page into an `Article`: boilerplate-free text plus metadata.

    `encoding` is the charset the HTTP header declared, if any."""
    raise NotImplementedError


def parse_text(text: str, *, url: str | None = None) -> Article:
    """Build an `Article` from plain text (first line is the title)."""
    raise NotImplementedError


__all__ = ["parse", "parse_text"]
