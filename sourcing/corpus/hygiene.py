"""Corpus hygiene: articles the user excludes by URL or title (wire copy: `wire`)."""

from __future__ import annotations

import re


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
