"""Test how the text before a position ends, reading back only the few characters that matter."""

from __future__ import annotations


def ends_before(text: str, position: int, suffix: str, skipped: str | None = None) -> bool:
    """Whether `text[:position].rstrip(skipped)` ends with `suffix`, without copying the text
    before `position`: a test made for every sentence that copied all the text before it took
    time quadratic in the article's length (one long line of "..., officials said.")."""
    end = min(position, len(text))
    while end > 0 and (text[end - 1].isspace() if skipped is None else text[end - 1] in skipped):
        end -= 1
    return text.endswith(suffix, 0, end)
