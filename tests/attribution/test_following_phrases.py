"""Finding the noun phrase a cue points forward to, up to the next clause mark."""

from __future__ import annotations

import pytest

from sourcing.attribution.following_phrases import phrase_after


@pytest.mark.parametrize(
    ("text", "start", "phrase"),
    [
        (
            "according to a senior official, who asked not to be named, the",
            13,
            "a senior official, who asked not to be named",
        ),
        ('citing "Republican aides" as saying', 7, "Republican aides"),
        (
            "according to officials familiar with the matter that the",
            13,
            "officials familiar with the matter",
        ),
    ],
)
def test_phrase_after(text: str, start: int, phrase: str) -> None:
    span = phrase_after(text, start)
    assert span is not None and text[span.start : span.end] == phrase
