"""Why an input gave no Document: the one-line failure every bad input becomes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FailureKind(StrEnum):
    """What went wrong with an input, for tests and machine readers of failures."""

    MISSING = "missing"
    NO_ARTICLES = "no_articles"
    EMPTY = "empty"
    BLANK = "blank"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    NO_HTML_TEXT = "no_html_text"
    BAD_JSON = "bad_json"
    NO_TEXT_FIELD = "no_text_field"
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    SYMLINK_LOOP = "symlink_loop"
    TOO_LARGE = "too_large"
    FETCH = "fetch"  # a URL could not be downloaded: connection, DNS, HTTP status
    TIMEOUT = "timeout"
    NOT_HTML = "not_html"  # a URL served something other than an HTML page
    ANALYSIS = "analysis"
    OTHER = "other"


@dataclass(frozen=True)
class InputFailure:
    """An input that gave no Document, and why, in one line."""

    path: str
    message: str
    kind: FailureKind = FailureKind.OTHER


class InputError(Exception):
    """Raised while reading an input; `ingest` turns it into an InputFailure."""

    def __init__(self, kind: FailureKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class InputWarning(UserWarning):
    """An input was read but something in it was repaired or is worth the user's attention."""
