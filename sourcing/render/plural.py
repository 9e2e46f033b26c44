"""Counts and statement lists in words: "1 named source", "statements [1], [4]"."""

from __future__ import annotations

from collections.abc import Iterable


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """Return "1 source" or "3 sources" (`plural` for irregular nouns: "person", "people")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def statement_list(indices: Iterable[int]) -> str:
    """Return "statement [0]" or "statements [1], [4]"."""
    numbers = list(indices)
    marks = ", ".join(f"[{i}]" for i in numbers)
    return f"statement {marks}" if len(numbers) == 1 else f"statements {marks}"
