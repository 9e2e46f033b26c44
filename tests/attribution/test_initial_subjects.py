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
        # A title word of opening_subject_words.txt right before a name (heldout30
        # JDylUOgAoosiN3XV [16]: the subject stopped at "Local") ...
        ("Local priest Mangal Chaudhary did not comment but said it grew.", "Local priest Mangal Chaudhary"),
        # ... not before a comma ("A Roman Catholic priest, James Martin, counseled"), and not
        # before a lower-case word.
        ("A Roman Catholic priest, James Martin, counseled calm.", "A Roman Catholic"),
        ("Local priest groups did not comment.", "Local"),
    ],
)
def test_initial_subject(text: str, subject: str) -> None:
    span = initial_subject(text)
    assert span is not None and text[span.start : span.end] == subject
