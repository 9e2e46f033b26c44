"""Find the noun phrase a cue points forward to ("according to X", "citing X"): up to the
next clause mark, with a relative clause that describes it."""

from __future__ import annotations

import re

from sourcing.records import Span
from sourcing.settings import DEFAULT_SETTINGS, Settings

PHRASE_END = re.compile(
    r",|;|:|\"|\s(?:that|as|and said|to say|during|while|when|after|before|because|since|until)\s|\s[-—–]\s|$"
    r"|(?<=[A-Za-z])\s(?:he|she|they)\s(?=[a-z])"  # "According to the Globe she also praised": no comma
)


def phrase_after(text: str, start: int, settings: Settings = DEFAULT_SETTINGS) -> Span | None:
    """Return the noun phrase starting at `start`, up to the next clause mark."""
    while start < len(text) and text[start] in "\"' ":
        start += 1  # 'citing "Republican and Democratic aides ..."': the quote opens the phrase
    limit = min(len(text), start + settings.source_chars)
    end_match = PHRASE_END.search(text, start, limit)
    end = end_match.start() if end_match else limit
    end = _extend_relative_clause(text, end)
    while end > start and text[end - 1] in " .,":
        end -= 1
    return Span(start, end) if end > start else None


RELATIVE = re.compile(r",\s+(?:who|which|whose)\s[^,.;\"]*", re.IGNORECASE)


def _extend_relative_clause(text: str, end: int) -> int:
    """Take in ", who asked not to be named" after a source: it describes the source."""
    match = RELATIVE.match(text, end)
    return match.end() if match else end
