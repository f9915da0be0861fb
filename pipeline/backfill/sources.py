"""What a backfill reads: WARC files, JSONL batches and URL lists, as a lazy stream of
items that the coordinator turns into documents (reading or fetching them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Literal

from warcio.archiveiterator import ArchiveIterator

from pipeline.batch import BatchOptions, Loaded, load_line, load_spec
from pipeline.charset import charset_from_content_type
from pipeline.errors import InputError
from pipeline.inputs import DEFAULT_MAX_BYTES, Document, is_url, open_lines

SourceKind = Literal["warc", "jsonl", "urls"]
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Item:
    """One input of a backfill, not yet read: `load` reads or fetches it."""

    id: str
    load: Callable[[BatchOptions], Loaded]


def source_kind(path: str) -> SourceKind:
    """What a file holds, by its name: `.warc[.gz]`, `.jsonl[.gz]`/`.ndjson`, else URLs."""
    name = path.lower().removesuffix(".gz")
    if name.endswith((".warc", ".arc")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return "urls"


def read_items(path: str) -> Iterator[Item]:
    """The items of one input file, in file order."""
    if not Path(path).is_file():
        raise InputError(f"no such file: {path}")
    kind = source_kind(path)
    if kind == "warc":
        yield from _warc_items(path)
    elif kind == "jsonl":
        for numbered in open_lines(path, None):
            yield Item(f"{path}:{numbered[0]}", partial(_line, numbered))
    else:
        yield from _url_items(path)


def _url_items(path: str) -> Iterator[Item]:
    for _, line in open_lines(path, None):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        if not is_url(url):
            failed = Loaded(url, error=f"{url!r} is not an http(s) URL")
            yield Item(url, partial(_ready, failed))
            continue
        yield Item(url, partial(_url, url))


def _warc_items(path: str) -> Iterator[Item]:
    """`response` records with an HTML body; the record's target URI is `id` and `url`."""
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            loaded = _warc_document(uri, content_type, record.content_stream())
            yield Item(uri, partial(_ready, loaded))


def _ready(loaded: Loaded, options: BatchOptions) -> Loaded:
    return loaded


def _line(numbered: tuple[int, str], options: BatchOptions) -> Loaded:
    return load_line(numbered, options=options)


def _url(url: str, options: BatchOptions) -> Loaded:
    return load_spec(url, options=options)


def _warc_document(uri: str, content_type: str, body: IO[bytes]) -> Loaded:
    content = body.read(DEFAULT_MAX_BYTES + 1)
    if len(content) > DEFAULT_MAX_BYTES:
        return Loaded(uri, error=f"{uri} is larger than the {DEFAULT_MAX_BYTES} bytes limit")
    if not content.strip():
        return Loaded(uri, error=f"{uri} is empty")
    encoding = charset_from_content_type(content_type)
    return Loaded(uri, Document(content, uri, url=uri, encoding=encoding, format="html"))
