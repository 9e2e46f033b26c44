"""A text that counts the characters read from it by index or slice: a copy of the text
before a position made in C (`text[:position].rstrip()`) runs no Python, so counting the
lines of Python run cannot see it; this can."""

from __future__ import annotations

from typing import SupportsIndex


class CountedText(str):
    """A text that counts the characters read from it by index or slice."""

    reads = 0

    def __getitem__(self, index: SupportsIndex | slice) -> str:
        found = str.__getitem__(self, index)
        CountedText.reads += len(found)
        return found
