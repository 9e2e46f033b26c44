"""Finding the noun phrase that opens a sentence, after a leading adverbial clause."""

from __future__ import annotations

import pytest

from sourcing.attribution.initial_subjects import initial_subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In a tweet, President Trump thanked Mr Zinke for his service.", "President Trump"),
        ("A federal judge on Monday denied the request.", "A federal judge"),
        ("Later that day, President Trump relented.", "President Trump"),
    ],
)
def test_initial_subject(text: str, subject: str) -> None:
    span = initial_subject(text)
    assert span is not None and text[span.start : span.end] == subject
