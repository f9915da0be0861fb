"""Charset handling: BOMs, declarations, wrong declarations, detection."""

from __future__ import annotations

from pipeline.charset import decode_html, normalise_encoding, sniff_declared_encoding

TEXT = "<html><body><p>Le contrat débute à Besançon — 12 MW, coût 95 M€.</p></body></html>"


def test_utf8_declared_and_true() -> None:
    assert decode_html(TEXT.encode("utf-8"), "utf-8") == TEXT


def test_header_says_utf8_but_bytes_are_windows_1252() -> None:
    assert decode_html(TEXT.encode("cp1252"), "utf-8") == TEXT


def test_header_says_latin1_but_bytes_are_utf8() -> None:
    assert decode_html(TEXT.encode("utf-8"), "iso-8859-1") == TEXT


def test_meta_declaration_without_header() -> None:
    page = '<meta charset="windows-1252">' + TEXT
    assert decode_html(page.encode("cp1252")) == page
    assert sniff_declared_encoding(page.encode("cp1252")) == "cp1252"


def test_bom_wins() -> None:
    assert decode_html(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "cp1252") == TEXT


def test_unknown_declaration_is_ignored() -> None:
    assert normalise_encoding("x-no-such-charset") is None
    assert decode_html(TEXT.encode("utf-8"), "x-no-such-charset") == TEXT


def test_undeclared_cyrillic_is_not_read_as_western() -> None:
    page = "<p>Компания подписала договор аренды центра обработки данных на десять лет.</p>"
    assert decode_html(page.encode("cp1251")) == page
