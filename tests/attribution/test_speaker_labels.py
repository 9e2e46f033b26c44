"""A transcript's speaker label is the outlet's own staff when the label was tagged as such."""

from __future__ import annotations

import re

import pytest

from sourcing.attribution import speaker_labels
from sourcing.attribution.cue_kinds import Cue, CueKind
from sourcing.attribution.speaker_labels import staff_label
from sourcing.records import Span

INTRODUCED = "DAVID FOLKENFLIK, BYLINE: The network changed. DAVID GREENE, HOST: Why?\n"


def label_cue(text: str, label: str) -> Cue:
    start = text.rindex(label)
    return Cue(CueKind.SPEAKER_LABEL, Span(start, start + len(label)), "", Span(start, start + len(label)))


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        (INTRODUCED + "FOLKENFLIK: It did.", "FOLKENFLIK", True),  # the surname of a tagged name
        (INTRODUCED + "GREENE: Yes.", "GREENE", True),  # HOST as well as BYLINE
        (INTRODUCED + "DAVID GREENE: Yes.", "DAVID GREENE", True),
        (INTRODUCED + "O'BRIAN: It did.", "O'BRIAN", False),  # a guest: never tagged
        (INTRODUCED + "LIK: It did.", "LIK", False),  # the end of a tagged word is no label of it
        ("DAVID FOLKENFLIK, host: The network changed.\nFOLKENFLIK: It did.", "FOLKENFLIK", False),
        ("FOLKENFLIK,\n  BYLINE: The network changed.\nFOLKENFLIK: It did.", "FOLKENFLIK", True),
        ("MR. SMITH, HOST: Hello.\nMR. SMITH: Yes.", "MR. SMITH", True),
    ],
)
def test_a_label_is_staff_when_the_transcript_tagged_it(text: str, label: str, expected: bool) -> None:
    assert staff_label(label_cue(text, label), text) is expected


class CountedPattern:
    """A staff-tag pattern that counts the characters its searches are given."""

    searched = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        CountedPattern.searched += len(text) - pos
        return self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos)


def test_the_labels_of_a_long_transcript_do_not_each_search_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = INTRODUCED + "GREENE: Yes.\nO'BRIAN: No.\n" * 1000  # 2,000 speaker labels
    original = speaker_labels._staff_tag_pattern
    monkeypatch.setattr(speaker_labels, "_staff_tag_pattern", lambda label: CountedPattern(original(label)))
    CountedPattern.searched = 0
    found = [
        staff_label(Cue(CueKind.SPEAKER_LABEL, Span(m.start(), m.end()), "", Span(m.start(), m.end())), text)
        for m in re.finditer(r"^[A-Z']+(?=:)", text, re.MULTILINE)
    ]
    assert found == [True, False] * 1000
    # The tagged commas are found once for the text; a search of the whole text for each
    # label read about 2,000 x 26,000 characters.
    assert CountedPattern.searched <= len(text)
