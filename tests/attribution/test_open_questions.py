"""The writer's open question ("It's unclear if the president has since suggested changes"):
a reporting verb inside its "if"/"whether" clause reports no statement (unattributed); a
verb after the clause ends, or in a relative clause inside it, still reports."""

from __future__ import annotations

import pytest

from sourcing.attribution.verbs import verb_cues


def subject_cues(text: str) -> list[tuple[str, str]]:
    cues = verb_cues(text, lambda offset: True)
    return [(c.words, text[c.source.start : c.source.end]) for c in cues if c.source is not None]


@pytest.mark.parametrize(
    "text",
    [
        # heldout31 pnn9nV4VxWN3vWXt [9] (read unattributed).
        (
            "It's unclear if the president has since suggested changes to the original version "
            "of Grassley's legislation."
        ),
        # The allsides corpus.
        "It's unclear whether Rosenstein expressed any displeasure with Comey at that meeting.",
        "It’s unclear if the Japanese government finds North Korea’s latest nuclear test more threatening.",
        "It remains unclear whether Trump said anything.",
        "It is not known whether officials told the family.",
    ],
)
def test_a_verb_in_an_open_question_is_no_cue(text: str) -> None:
    assert subject_cues(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is unclear whether the bill will pass, the senator said.", ("said", "the senator")),
        (
            (
                "It was unclear whether the shooting was connected to protests that Bottoms said "
                "have become a feature of the neighborhood."
            ),
            ("said", "Bottoms"),
        ),
        ("The president suggested changes to the bill.", ("suggested", "The president")),
    ],
)
def test_a_verb_outside_the_open_question_still_reports(text: str, found: tuple[str, str]) -> None:
    assert found in subject_cues(text)
