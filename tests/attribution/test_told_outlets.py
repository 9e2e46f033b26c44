"""The outlet a speaker reportedly told: the `via` of its subject cue."""

from __future__ import annotations

import pytest

from sourcing.attribution.cue_kinds import CueKind
from sourcing.attribution.cues import find_cues
from sourcing.records import Span


def told_via(sentence: str) -> str | None:
    """The `via` of the sentence's subject cue, as text."""
    [cue] = [c for c in find_cues(sentence, Span(0, len(sentence)), bytes(len(sentence)))
             if c.kind is CueKind.SUBJECT_VERB]
    return sentence[cue.via.start : cue.via.end] if cue.via else None


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("A source reportedly told the outlet that the deal was off.", "the outlet"),
        ("A Kardashian source also reportedly told Entertainment Tonight that she is upset.", "Entertainment Tonight"),
        ("Mr. Smith reportedly told The Washington Post on Sunday that he would run.", "The Washington Post"),
        ("Mr. Smith has reportedly confirmed to the newspaper that he would run.", "the newspaper"),
        # no hedge on the verb, a hearer that is no outlet, a verb with no hearer: no via
        ("A source told the outlet that the deal was off.", None),
        ("A source told CNN that the deal was off, reportedly.", None),
        ("Mr. Smith reportedly told Trump that he was not a target.", None),
        ("A source reportedly told reporters that the deal was off.", None),
        ("Mr. Smith reportedly said the deal was off.", None),
    ],
)
def test_a_verb_reportedly_addressed_to_an_outlet_has_it_as_via(sentence: str, via: str | None) -> None:
    assert told_via(sentence) == via
