"""Separate the article body from headlines and boilerplate in plain text."""

from __future__ import annotations

from sourcing.records import Excluded, Span


def find_excluded(text: str) -> tuple[Excluded, ...]:
    """Return the headline and boilerplate spans of `text` (none yet: placeholder rules)."""
    return ()


def body_regions(text: str, excluded: tuple[Excluded, ...]) -> list[Span]:
    """Return the spans of `text` not covered by any excluded span, in order."""
    regions = []
    cursor = 0
    for item in sorted(excluded, key=lambda e: e.span.start):
        if item.span.start > cursor:
            regions.append(Span(cursor, item.span.start))
        cursor = max(cursor, item.span.end)
    if cursor < len(text):
        regions.append(Span(cursor, len(text)))
    return regions
