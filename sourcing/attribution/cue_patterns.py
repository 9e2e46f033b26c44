"""Search a cue's pattern in a sentence: outside quotation marks, its prefilter first."""

from __future__ import annotations

import re
from functools import cache

from sourcing.text.prefilter import Prefilter, lowered_text, prefilter


def first_outside(  # type: ignore[no-untyped-def]
    pattern: re.Pattern[str], text: str, outside, rare: bool = False
) -> re.Match[str] | None:
    """The pattern's first match in `text`, if it starts outside quotation marks.

    `rare`: every match needs a word most sentences lack ("poll", "responsible"), so a
    substring test for those words (`prefilter`, exact) goes first; for a pattern that opens
    with a literal (", saying") the regex search is the faster test.
    """
    if rare:
        words = _prefilter_of(pattern)
        if words is not None and not words.may_match(text, lowered_text(text)):
            return None
    match = pattern.search(text)
    return match if match and outside(match.start()) else None


@cache
def _prefilter_of(pattern: re.Pattern[str]) -> Prefilter | None:
    return prefilter(pattern)


def may_match(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """Say whether `pattern` may match `text` (`lowered` is `lowered_text(text)`): its prefilter."""
    words = _prefilter_of(pattern)
    return words is None or words.may_match(text, lowered)
