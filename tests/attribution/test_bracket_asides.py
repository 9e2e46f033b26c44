"""A cue that reports only a bracketed aside is not the attribution of its sentence."""

from __future__ import annotations

import re

import pytest

from sourcing.api import analyze_text

ASIDE = re.compile(r" \([^()]*\)")
LEAD = "Mayor Ann Lee spoke to the council on Monday night about the new harbour plan.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "She listed the dredging costs (the harbour board has said they doubled) as the reason to wait.",
        "Among her examples were the dredging costs (the harbour board has said they doubled).",
    ],
)
def test_the_sentence_reads_as_if_the_aside_were_not_there(sentence: str) -> None:
    """The aside's source, verb and content are the aside's, not the sentence's."""
    with_aside = analyze_text(LEAD + sentence, model=None).statements[-1]
    without = analyze_text(LEAD + ASIDE.sub("", sentence), model=None).statements[-1]
    assert (with_aside.type, with_aside.source) == (without.type, without.source)
    assert with_aside.source != "the harbour board"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # An aside that only names the source still attributes the sentence.
        ("The dredging costs (the harbour board said) doubled last year.", "the harbour board"),
        # A sentence that is all aside keeps the aside's cue.
        (
            "The plan passed by two votes. (The harbour board said the dredging costs doubled.)",
            "The harbour board",
        ),
    ],
)
def test_an_aside_that_attributes_its_sentence(sentence: str, source: str) -> None:
    statement = analyze_text(LEAD + sentence, model=None).statements[-1]
    assert statement.source == source
