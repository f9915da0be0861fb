"""`pipeline.inputs`: INPUT strings and JSONL records into documents."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from pipeline.errors import EmptyDocument, FetchError, InputError
from pipeline.fetch import FetchedPage
from pipeline.inputs import (
    Record,
    format_for_name,
    gunzip,
    is_url,
    load_input,
    open_lines,
    parse_record,
    record_document,
    validate_published,
)

HTML = b"<!doctype html><html><body><p>Deal text.</p></body></html>"


def no_fetch(url: str) -> FetchedPage:
    raise AssertionError(f"unexpected fetch of {url}")


def fake_fetch(url: str) -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=url + "?final",
        status_code=200,
        content=b"Plain text body.",
        content_type="text/plain",
        charset="windows-1252",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.com/a", True),
        ("HTTP://example.com", True),
        ("ftp://example.com/a", False),
        ("example.com/a.html", False),
        ("-", False),
    ],
)
def test_is_url(value: str, expected: bool) -> None:
    assert is_url(value) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("page.html", "html"),
        ("page.HTM", "html"),
        ("dir.v2/page.html.gz", "html"),
        ("article.txt", "text"),
        ("article.txt.gz", "text"),
        ("dump.gz", "auto"),
        ("README", "auto"),
        ("data.json", "auto"),
    ],
)
def test_format_for_name(name: str, expected: str) -> None:
    assert format_for_name(name) == expected


@pytest.mark.parametrize(
    "value", ["2026-05-22", "2026-05-22T09:14:00+02:00", "2026-05-22T09:14", "2025-07", "2025"]
)
def test_valid_published(value: str) -> None:
    assert validate_published(f" {value} ") == value


@pytest.mark.parametrize("value", ["22/05/2026", "2026-13-01", "2025-13", "yesterday", "", "25"])
def test_invalid_published(value: str) -> None:
    with pytest.raises(InputError, match="not an ISO 8601 date"):
        validate_published(value)


def test_gunzip_limits() -> None:
    assert gunzip(gzip.compress(HTML) + gzip.compress(b"more"), "x.gz") == HTML + b"more"
    with pytest.raises(InputError, match="larger than the 1048 bytes limit"):
        gunzip(gzip.compress(b"a" * 5000), "x.gz", max_bytes=1048)
    with pytest.raises(InputError, match="truncated"):
        gunzip(gzip.compress(HTML * 100)[:40], "x.gz")
    with pytest.raises(InputError, match="not valid gzip"):
        gunzip(b"\x1f\x8b\x08garbage-garbage", "x.gz")


def test_load_file_plain_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Title\n\nBody."))
    page = load_input(str(tmp_path / "a.html"), fetcher=no_fetch)
    assert (page.content, page.format, page.url) == (HTML, "html", None)
    text = load_input(str(tmp_path / "b.txt.gz"), fetcher=no_fetch)
    assert (text.content, text.format) == (b"Title\n\nBody.", "text")


def test_load_file_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b" \n")
    (tmp_path / "doc.html").write_bytes(b"%PDF-1.7 ...")
    with pytest.raises(InputError, match="no such file"):
        load_input(str(tmp_path / "missing.html"), fetcher=no_fetch)
    with pytest.raises(InputError, match="is a directory"):
        load_input(str(tmp_path), fetcher=no_fetch)
    with pytest.raises(EmptyDocument, match="is empty"):
        load_input(str(tmp_path / "empty.html"), fetcher=no_fetch)
    with pytest.raises(InputError, match="is a PDF document, not an HTML page"):
        load_input(str(tmp_path / "doc.html"), fetcher=no_fetch)
    with pytest.raises(FetchError, match="not a fetchable http"):
        load_input("ftp://example.com/a.html", fetcher=no_fetch)
    with pytest.raises(InputError, match=r"www\.example\.com/a \(for a web page, start the URL"):
        load_input("www.example.com/a", fetcher=no_fetch)
    with pytest.raises(InputError, match=r"^no such file: missing\.html$"):
        load_input("missing.html", fetcher=no_fetch)


def test_load_file_size_cap(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * 2000)
    with pytest.raises(InputError, match="larger than"):
        load_input(str(tmp_path / "big.html"), fetcher=no_fetch, max_bytes=1000)


def test_load_stdin_and_url() -> None:
    document = load_input("-", fetcher=no_fetch, stdin=io.BytesIO(gzip.compress(HTML)))
    assert (document.content, document.source) == (HTML, "stdin")
    fetched = load_input("https://example.com/a", fetcher=fake_fetch)
    assert fetched.url == "https://example.com/a?final"
    assert (fetched.encoding, fetched.format) == ("windows-1252", "text")


def test_parse_record_fields() -> None:
    record = parse_record('{"id": 7, "url": "https://e.com/a", "published": "2026-05-22"}', 3)
    assert record == Record(id="7", url="https://e.com/a", published="2026-05-22")
    assert parse_record('{"text": "Body"}', 4).id == "4"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"line 5: invalid JSON \(Expecting property name"),
        ("[1, 2]", "line 5: expected a JSON object, got list"),
        ('{"id": "a"}', "line 5: no content"),
        ('{"id": "a", "html": "<p>x</p>", "text": "x"}', "only one of html, text, path"),
        ('{"id": "a", "url": "www.e.com/a"}', "is not an http"),
        ('{"id": "a", "text": 3}', "'text' must be a string"),
        ('{"id": "a", "text": "x", "body": "y"}', "unknown field"),
    ],
)
def test_parse_record_errors(line: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_record(line, 5)


def test_a_bad_published_hint_is_dropped_with_a_warning_not_the_record() -> None:
    record = parse_record('{"id": "a", "text": "Body", "published": "May 2026"}', 5)
    assert (record.text, record.published) == ("Body", None)
    assert len(record.warnings) == 1
    assert record.warnings[0].startswith("line 5: published date 'May 2026' is not an ISO 8601")
    assert record.warnings[0].endswith("; ignored")
    reduced = parse_record('{"id": "b", "text": "Body", "published": "2025-07"}', 6)
    assert (reduced.published, reduced.warnings) == ("2025-07", ())


def test_title_null_means_the_text_has_no_title_line() -> None:
    assert parse_record('{"text": "Body", "title": null}', 1).headline is False
    assert parse_record('{"text": "Body"}', 1).headline is None
    titled = record_document(parse_record('{"text": "Body", "title": "T"}', 1), fetcher=no_fetch)
    assert (titled.content, titled.title, titled.headline) == ("Body", "T", False)


def test_record_documents(tmp_path: Path) -> None:
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(HTML))
    from_path = record_document(
        Record(id="1", path=str(tmp_path / "p.html.gz"), url="https://e.com/p"),
        fetcher=no_fetch,
    )
    assert (from_path.content, from_path.format, from_path.url) == (HTML, "html", "https://e.com/p")
    titled = record_document(Record(id="2", text="Body.", title="Headline"), fetcher=no_fetch)
    assert (titled.content, titled.format, titled.title, titled.headline) == (
        "Body.",
        "text",
        "Headline",
        False,
    )
    fetched = record_document(
        Record(id="3", url="https://e.com/x", published="2026-01-02"), fetcher=fake_fetch
    )
    assert (fetched.url, fetched.published) == ("https://e.com/x?final", "2026-01-02")
    with pytest.raises(EmptyDocument):
        record_document(Record(id="4", html="   "), fetcher=no_fetch)


def test_open_lines(tmp_path: Path) -> None:
    source = tmp_path / "batch.jsonl.gz"
    source.write_bytes(gzip.compress('\ufeff{"id": 1}\n\n  \n{"id": 2}\n'.encode()))
    assert list(open_lines(str(source), None)) == [(1, '{"id": 1}'), (4, '{"id": 2}')]
    stdin = io.BytesIO(b'{"id": "s"}\n')
    assert list(open_lines("-", stdin)) == [(1, '{"id": "s"}')]
    with pytest.raises(InputError, match="no such file"):
        open_lines(str(tmp_path / "missing.jsonl"), None)
