"""Turn page bytes into text, surviving missing and wrong charset declarations."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""")
_SNIFF_BYTES = 4096
# Characters Windows-1252 text is made of beyond ASCII: Latin letters and punctuation.
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ"
    "‘’‚“”„–—…•€«»°·¡¿ §©®±²³µ¶¹º¼½¾×÷™"
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalise_encoding(name: str | None) -> str | None:
    """Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower())
    except LookupError:
        return None
    # Browsers treat Latin-1 declarations as Windows-1252 (WHATWG Encoding Standard).
    if codec.name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return codec.name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The `charset` parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def sniff_declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>` or XML prolog)."""
    head = data[:_SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return normalise_encoding(match.group(1).decode("ascii", "replace")) if match else None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: BOM, then the declared charset (HTTP header, then `<meta>`),
    then detection. A declaration the bytes contradict is overruled."""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_encoding, errors="replace")
    candidates = [normalise_encoding(declared), sniff_declared_encoding(data)]
    is_ascii = data.isascii()
    for encoding in candidates:
        if encoding is None:
            continue
        if is_ascii:
            return data.decode(encoding, errors="replace")
        # A single-byte charset decodes anything: accept it only if the bytes are not UTF-8.
        if encoding != "utf-8" and _is_utf8(data):
            return data.decode("utf-8")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if _is_utf8(data):
        return data.decode("utf-8")
    if _looks_western(data):
        return data.decode("cp1252")
    best = from_bytes(data[:65536]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")


def _looks_western(data: bytes) -> bool:
    """Windows-1252, the web's commonest legacy charset, when its decoding gives mostly
    Latin letters and typographic punctuation (detectors guess poorly on little text)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    odd = [c for c in text if ord(c) >= 0x80]
    latin = sum(1 for c in odd if c in _WESTERN)
    letters = sum(1 for c in text if c.isalpha())
    # Western prose is mostly ASCII letters; Cyrillic or Greek read as 1252 is not.
    return latin >= len(odd) * 0.8 and len(odd) <= letters * 0.3


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
