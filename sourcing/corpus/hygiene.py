"""Corpus hygiene: spot wire copy and articles the user excludes by URL or title."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcing.lexicons import load_lines


@dataclass(frozen=True)
class WirePattern:
    """A sign of news-agency copy, with the label reported when it matches."""

    label: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def wire_patterns() -> tuple[WirePattern, ...]:
    """Return the patterns of lexicon wire_patterns.txt (`label<TAB>regex` lines)."""
    patterns = []
    for line in load_lines("wire_patterns"):
        label, _, regex = line.partition("\t")
        patterns.append(WirePattern(label.strip(), re.compile(regex.strip())))
    return tuple(patterns)


def wire_signs(text: str, patterns: Sequence[WirePattern] | None = None) -> tuple[str, ...]:
    """Return the labels of the wire patterns found in `text`, in lexicon order."""
    found = patterns if patterns is not None else wire_patterns()
    return tuple(p.label for p in found if p.pattern.search(text))


def compile_exclusion(regex: str | None) -> re.Pattern[str] | None:
    """Compile the user's --exclude-pattern (case-insensitive), or None if not given."""
    if not regex:
        return None
    try:
        return re.compile(regex, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"bad --exclude-pattern {regex!r}: {error}") from error


def is_excluded(url: str | None, title: str | None, pattern: re.Pattern[str] | None) -> bool:
    """Say whether the article's URL or title matches the exclusion pattern."""
    if pattern is None:
        return False
    return any(pattern.search(value) for value in (url, title) if value)
