"""Turn what the user points at (a URL, a file, stdin, a JSONL record) into a `Document`.

The decisions (URL or path? HTML or text? which fields of a JSONL record?) are pure
functions; reading files and fetching pages happen only in `load_input`, `read_file`,
`open_lines` and `record_document`, which take the fetcher as an argument.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from pipeline.errors import EmptyDocument, FetchError, InputError
from pipeline.extract import DocumentFormat
from pipeline.fetch import FetchedPage, FetchSettings, binary_kind

Fetcher = Callable[[str], FetchedPage]

STDIN = "-"
DEFAULT_MAX_BYTES = FetchSettings.max_bytes  # the same cap for files, stdin and pages
RECORD_FIELDS = frozenset({"id", "url", "html", "text", "path", "published", "title"})
_CONTENT_FIELDS = ("html", "text", "path")
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_GZIP_MAGIC = b"\x1f\x8b"
_REDUCED_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")
_HOST_LIKE = re.compile(r"^(?:www\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)", re.I)


@dataclass(frozen=True)
class Document:
    """One document ready for parsing: raw content plus what is known about it."""

    content: bytes | str
    source: str
    url: str | None = None
    encoding: str | None = None
    format: DocumentFormat = "auto"
    published: str | None = None
    title: str | None = None
    headline: bool | None = None  # plain text: opens with a title line? None: detect
    warnings: tuple[str, ...] = ()  # what was ignored on the way (a bad date hint)


@dataclass(frozen=True)
class Record:
    """One validated line of a `--jsonl` batch."""

    id: str
    url: str | None = None
    html: str | None = None
    text: str | None = None
    path: str | None = None
    published: str | None = None
    title: str | None = None
    headline: bool | None = None  # False when the line says `"title": null`
    warnings: tuple[str, ...] = ()


def is_url(value: str) -> bool:
    """True for an absolute http(s) URL."""
    return value.strip().lower().startswith(("http://", "https://"))


def format_for_name(name: str) -> DocumentFormat:
    """The format a file name announces (`.html`, `.txt`, optionally `.gz`), else auto."""
    suffixes = [suffix.lower() for suffix in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if not suffixes:
        return "auto"
    if suffixes[-1] in _HTML_SUFFIXES:
        return "html"
    if suffixes[-1] in _TEXT_SUFFIXES:
        return "text"
    return "auto"


def format_for_content_type(media_type: str | None) -> DocumentFormat:
    """`text` for a `text/plain` response, else let detection decide."""
    return "text" if media_type == "text/plain" else "auto"


def validate_published(value: str) -> str:
    """Check an ISO 8601 date (reduced precision `YYYY` and `YYYY-MM` too) or date-time
    and return it unchanged (stripped)."""
    value = value.strip()
    reduced = _REDUCED_DATE.fullmatch(value)
    try:
        if reduced:
            date(int(reduced.group(1)), int(reduced.group(2) or 1), 1)
        elif len(value) <= 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"published date {value!r} is not an ISO 8601 date "
            "(YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM])"
        ) from None
    return value


def published_hint(value: str | None) -> tuple[str | None, str | None]:
    """A publication-date hint checked: `(value, None)`, or `(None, warning)` when it is
    not a date; a bad hint is dropped, never the article."""
    if value is None:
        return None, None
    try:
        return validate_published(value), None
    except InputError as exc:
        return None, f"{exc}; ignored"


def check_content(data: bytes | str, source: str) -> None:
    """Refuse empty and binary documents with a one-line reason."""
    if isinstance(data, bytes):
        kind = binary_kind(data)
        if kind is not None:
            raise InputError(f"{source} is {kind}, not an HTML page or text")
    if not data.strip():
        raise EmptyDocument(f"{source} is empty")


def gunzip(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Decompress gzip data (all members), refusing corrupt, truncated or oversize streams."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(data, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputError(f"{source} is not valid gzip: {exc}") from None
        if len(out) > max_bytes:
            raise InputError(f"{source} is larger than the {_mb(max_bytes)} limit uncompressed")
        if not inflater.eof:
            raise InputError(f"{source} is a truncated gzip file")
        data = inflater.unused_data if inflater.unused_data.startswith(_GZIP_MAGIC) else b""
    return bytes(out)


def decode_payload(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Raw bytes of a file or stdin: size-checked, gunzipped when gzip, checked for content."""
    if len(data) > max_bytes:
        raise InputError(f"{source} is larger than the {_mb(max_bytes)} limit")
    if data.startswith(_GZIP_MAGIC):
        data = gunzip(data, source, max_bytes=max_bytes)
    check_content(data, source)
    return data


def read_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a local file (at most `max_bytes + 1`), or an `InputError` saying why not."""
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        if "://" in path:
            raise FetchError(f"not a fetchable http(s) URL: {path}", path) from None
        hint = " (for a web page, start the URL with https://)" if _HOST_LIKE.match(path) else ""
        raise InputError(f"no such file: {path}{hint}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def parse_record(line: str, line_number: int) -> Record:
    """Validate one JSONL line. Raises `InputError` naming the line on any problem.

    A missing `id` defaults to the line number; exactly one of `html`, `text`, `path`
    is allowed, and `url` alone means "fetch it"."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {line_number}: invalid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    if not isinstance(raw, dict):
        raise InputError(f"line {line_number}: expected a JSON object, got {type(raw).__name__}")
    unknown = sorted(set(raw) - RECORD_FIELDS)
    if unknown:
        raise InputError(f"line {line_number}: unknown field(s) {', '.join(unknown)}")
    fields: dict[str, str | None] = {}
    for name in RECORD_FIELDS - {"id"}:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"line {line_number}: {name!r} must be a string")
        fields[name] = value
    published, warning = published_hint(fields.pop("published"))
    record = Record(
        id=record_id(raw, line_number),
        published=published,
        headline=False if "title" in raw and raw["title"] is None else None,
        warnings=(f"line {line_number}: {warning}",) if warning else (),
        **fields,
    )
    given = [name for name in _CONTENT_FIELDS if getattr(record, name) is not None]
    if len(given) > 1:
        raise InputError(f"line {line_number}: give only one of html, text, path ({given})")
    if not given and not record.url:
        raise InputError(f"line {line_number}: no content (give url, html, text or path)")
    if record.url is not None and not given and not is_url(record.url):
        raise InputError(f"line {line_number}: url {record.url!r} is not an http(s) URL")
    return record


def record_id(raw: Mapping[str, Any], line_number: int) -> str:
    """The record's `id` as a string, or its line number when it has none."""
    value = raw.get("id")
    if value is None or isinstance(value, bool | dict | list):
        return str(line_number)
    return str(value)


def record_document(record: Record, *, fetcher: Fetcher) -> Document:
    """The document a JSONL record stands for (fetching or reading as needed)."""
    if record.html is not None:
        document = Document(record.html, f"record {record.id}", url=record.url, format="html")
        check_content(record.html, document.source)
    elif record.text is not None:
        document = Document(record.text, f"record {record.id}", url=record.url, format="text")
        check_content(record.text, document.source)
    elif record.path is not None:
        content = decode_payload(read_file(record.path), record.path)
        document = Document(
            content, record.path, url=record.url, format=format_for_name(record.path)
        )
    else:
        assert record.url is not None
        document = fetched_document(fetcher(record.url))
    # A given title (or `"title": null`) means the text has no title line of its own.
    headline = False if record.title is not None else record.headline
    return replace(
        document,
        published=record.published,
        title=record.title,
        headline=headline,
        warnings=record.warnings,
    )


def fetched_document(page: FetchedPage) -> Document:
    """A fetched page as a document (checked for emptiness and binary bodies)."""
    check_content(page.content, page.final_url)
    return Document(
        page.content,
        page.final_url,
        url=page.final_url,
        encoding=page.charset,
        format=format_for_content_type(page.content_type),
    )


def load_input(
    spec: str,
    *,
    fetcher: Fetcher,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read or fetch one command-line INPUT: a URL, a file path, or `-` for stdin."""
    if spec == STDIN:
        if stdin is None:
            raise InputError("no standard input to read")
        data = stdin.read(max_bytes + 1)
        return Document(decode_payload(data, "standard input", max_bytes=max_bytes), "stdin")
    if is_url(spec):
        return fetched_document(fetcher(spec.strip()))
    content = decode_payload(read_file(spec, max_bytes=max_bytes), spec, max_bytes=max_bytes)
    return Document(content, spec, format=format_for_name(spec))


def open_lines(spec: str, stdin: IO[bytes] | None) -> Iterator[tuple[int, str]]:
    """Open a `--jsonl` source (a path, optionally gzipped, or `-`) now, and iterate its
    non-blank lines lazily as `(line_number, text)`."""
    if spec == STDIN:
        if stdin is None:
            raise InputError("no standard input to read")
        return _numbered_lines(stdin, spec)
    try:
        # Closed by `_numbered_lines` when the iteration ends.
        handle: IO[bytes] | gzip.GzipFile = (
            gzip.open(spec, "rb")  # noqa: SIM115
            if spec.lower().endswith(".gz")
            else open(spec, "rb")  # noqa: SIM115
        )
    except FileNotFoundError:
        raise InputError(f"no such file: {spec}") from None
    except IsADirectoryError:
        raise InputError(f"{spec} is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror or exc}") from None
    return _numbered_lines(handle, spec)


def _numbered_lines(handle: IO[bytes] | gzip.GzipFile, spec: str) -> Iterator[tuple[int, str]]:
    try:
        for number, raw in enumerate(handle, start=1):
            line = raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
            if line:
                yield number, line
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read {spec}: {exc}") from None
    finally:
        if spec != STDIN:
            handle.close()


def _mb(size: int) -> str:
    mebibyte = 1024 * 1024
    return f"{size / mebibyte:g} MB" if size >= mebibyte else f"{size} bytes"


__all__ = [
    "STDIN",
    "Document",
    "Record",
    "check_content",
    "decode_payload",
    "fetched_document",
    "format_for_name",
    "is_url",
    "load_input",
    "open_lines",
    "parse_record",
    "published_hint",
    "read_file",
    "record_document",
    "validate_published",
]
