"""Streaming `Content-Encoding` decoding with the size cap inside every layer.

httpx decodes a whole network chunk before anyone can count the output, so a 3 KB
brotli body can become gigabytes in one step. Here each layer (`gzip`, `deflate`, `br`,
`identity`) decodes with an output limit (zlib's `max_length`, brotli's
`output_buffer_limit`): no layer ever holds more than the cap plus one byte, and a body
that decodes past the cap is refused as soon as it does. At most `MAX_LAYERS`
encodings may be stacked.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import brotli

from pipeline.errors import FetchError, ResponseTooLarge

MAX_LAYERS = 2
ACCEPT_ENCODING = "gzip, deflate, br"
_GZIP_MAGIC = b"\x1f\x8b"


class DecodingError(FetchError):
    """The body is not valid in its declared encoding, or the encoding is unsupported."""


class _Layer:
    """One decoder whose total output is limited to `limit` bytes."""

    def __init__(self, name: str, url: str, limit: int) -> None:
        self.name = name
        self.url = url
        self.limit = limit
        self.produced = 0

    def decode(self, data: bytes) -> bytes:
        """Decode the next piece of input; raise once the output passes the limit."""
        try:
            out = self._decode(data, self.limit - self.produced + 1)
        except (zlib.error, brotli.error) as exc:
            message = f"bad {self.name} content encoding from {self.url}: {exc}"
            raise DecodingError(message, self.url) from None
        self.produced += len(out)
        if self.produced > self.limit:
            raise ResponseTooLarge(
                f"{self.url} is larger than the {self.limit / (1024 * 1024):g} MB limit "
                f"once decoded ({self.name})",
                self.url,
            )
        return out

    def _decode(self, data: bytes, room: int) -> bytes:
        return data[:room]


class _Zlib(_Layer):
    """gzip (all members) or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, name: str, url: str, limit: int) -> None:
        super().__init__(name, url, limit)
        self._wbits = 16 + zlib.MAX_WBITS if name == "gzip" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(self._wbits)
        self._started = False

    def _decode(self, data: bytes, room: int) -> bytes:
        out = bytearray()
        while data and len(out) < room:
            if self._inflater.eof:  # a further gzip member
                if self.name != "gzip" or not data.startswith(_GZIP_MAGIC):
                    break
                self._inflater = zlib.decompressobj(self._wbits)
            out += self._inflate(data, room - len(out))
            data = self._inflater.unconsumed_tail or self._inflater.unused_data
        return bytes(out)

    def _inflate(self, data: bytes, room: int) -> bytes:
        if self._started or self.name != "deflate":
            return self._inflater.decompress(data, room)
        self._started = True
        try:
            return self._inflater.decompress(data, room)
        except zlib.error:
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._inflater.decompress(data, room)


class _Brotli(_Layer):
    def __init__(self, name: str, url: str, limit: int) -> None:
        super().__init__(name, url, limit)
        self._decompressor = brotli.Decompressor()

    def _decode(self, data: bytes, room: int) -> bytes:
        out: bytes = self._decompressor.process(data, output_buffer_limit=room)
        return out


_LAYERS: dict[str, Callable[[str, str, int], _Layer]] = {
    "identity": _Layer,
    "gzip": _Zlib,
    "x-gzip": _Zlib,
    "deflate": _Zlib,
    "br": _Brotli,
}


class BodyDecoder:
    """Decode a body announced with `Content-Encoding: <encodings>`, chunk by chunk,
    never producing more than `max_bytes` at any layer."""

    def __init__(self, content_encoding: str | None, url: str, max_bytes: int) -> None:
        names = [
            "gzip" if name == "x-gzip" else name
            for name in (part.strip().lower() for part in (content_encoding or "").split(","))
            if name
        ]
        coded = [name for name in names if name != "identity"]
        if len(coded) > MAX_LAYERS:
            raise DecodingError(
                f"{url} stacks {len(coded)} content encodings (at most {MAX_LAYERS})", url
            )
        unknown = sorted({name for name in coded if name not in _LAYERS})
        if unknown:
            raise DecodingError(f"{url} uses an unsupported content encoding: {unknown[0]}", url)
        # The last encoding applied is the first to undo.
        self._layers = [_LAYERS[name](name, url, max_bytes) for name in reversed(coded)]

    def decode(self, chunk: bytes) -> bytes:
        """The decoded bytes of the next raw chunk."""
        for layer in self._layers:
            chunk = layer.decode(chunk)
        return chunk


__all__ = ["ACCEPT_ENCODING", "MAX_LAYERS", "BodyDecoder", "DecodingError"]
