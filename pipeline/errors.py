"""Exception hierarchy. Every error the pipeline raises on purpose is a `DealpipeError`.

Each carries a one-line, user-facing message; the CLI prints it and exits non-zero.
"""

from __future__ import annotations


class DealpipeError(Exception):
    """Base class of every expected failure."""


class InputError(DealpipeError):
    """The input could not be read or is not something the pipeline handles."""


class FetchError(DealpipeError):
    """Fetching a URL failed."""

    def __init__(self, message: str, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class NetworkError(FetchError):
    """DNS failure, refused connection, reset or TLS failure."""


class FetchTimeout(FetchError):
    """The server did not answer within the timeout."""


class HTTPStatusError(FetchError):
    """The server answered with a non-success status."""

    def __init__(
        self,
        message: str,
        url: str | None = None,
        status_code: int = 0,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url)
        self.status_code = status_code
        self.retry_after = retry_after


class TooManyRedirects(FetchError):
    """The redirect chain was longer than allowed or looped."""


class ResponseTooLarge(FetchError):
    """The body exceeded the size cap."""


class UnsupportedContentType(FetchError):
    """The response is not HTML-like (a PDF, an image, ...)."""


class ParseError(DealpipeError):
    """The document could not be parsed into an article."""


class EmptyDocument(ParseError):
    """The document holds no article text."""


class ModelLoadError(DealpipeError):
    """The spaCy English model is not installed."""


class BlockedAddress(FetchError):
    """The network policy refuses the address (private, loopback, link-local, metadata)."""
