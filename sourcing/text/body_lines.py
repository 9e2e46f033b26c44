"""Read a text as lines (a line is a paragraph), and the line shapes every body rule reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sourcing.records import Span
from sourcing.settings import BodyRules

# Characters stripped off a line besides white space: zero-width marks left by page scrapers.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
CLOSERS = "\"')]*" + INVISIBLE
OPENERS = "\"'([*-\u2022\u00b7 " + INVISIBLE
_TERMINAL = ".!?:;,"


@dataclass(frozen=True)
class Line:
    """One stripped line of the text: its span and its normalized text."""

    span: Span
    text: str


def split_lines(text: str) -> Iterator[Line]:
    """Yield the non-blank lines of `text`, stripped, with their spans."""
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        end = length if end < 0 else end
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip(" \t\r\f\v\xa0" + INVISIBLE))
        right = len(piece.rstrip(" \t\r\f\v\xa0" + INVISIBLE))
        if right > left:
            yield Line(Span(start + left, start + right), piece[left:right])
        start = end + 1


def ends_unterminated(text: str) -> bool:
    """Say whether `text` ends without a stop or other terminal mark (closers aside)."""
    core = text.rstrip(CLOSERS + " ")
    return bool(core) and core[-1] not in _TERMINAL


def is_body_paragraph(text: str, rules: BodyRules) -> bool:
    """Say whether `text` reads as a paragraph of the body: terminated and long enough."""
    return not ends_unterminated(text) and len(text.split()) >= rules.body_paragraph_words
