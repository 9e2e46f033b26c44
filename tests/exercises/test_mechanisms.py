"""mechanisms: how a statement got its source; a key leaves out the risky mechanisms (a pronoun
or role noun taken to a name before it, a source carried into another paragraph) and keeps a
statement with its own cue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sourcing import analyze_text
from sourcing.exercises import build_exercises
from sourcing.exercises.doubts import doubted
from sourcing.exercises.mechanisms import Mechanism, mechanism
from sourcing.settings import DEFAULT_SETTINGS

PRONOUN_TO_NAME = 'Prime Minister Haider al-Abadi visited Washington on Monday. "We need more help," he said.'
ROLE_TO_NAME = "Mayor Ann Lee visited the bridge on Monday. The mayor said the bridge would reopen in May."
ACROSS_PARAGRAPH = ('"The bridge will reopen in May," Mayor Ann Lee said on Monday. "Our engineers have '
                    'checked every cable.\n\n"We will not open it before it is safe."')
OWN_CUES = ("Mayor Ann Lee said on Monday that the bridge would reopen in May. She said the engineers "
            "had checked every cable.\n\nThe city will pay for the repairs, she added.")
# The model's confidence is not what is tested: every rules-only statement counts as sure.
SURE = replace(DEFAULT_SETTINGS, key_confidence=0.5)

N = Mechanism


@pytest.mark.parametrize(
    ("text", "mechanisms"),
    [
        (PRONOUN_TO_NAME, [N.NO_SOURCE, N.NAME_BEFORE]),
        (ROLE_TO_NAME, [N.NO_SOURCE, N.NAME_BEFORE]),
        (ACROSS_PARAGRAPH, [N.OWN_CUE, N.CARRIED_ONE, N.CARRIED_ACROSS_PARAGRAPH]),
        (OWN_CUES, [N.OWN_CUE, N.PRONOUN_TO_SOURCE, N.PRONOUN_TO_SOURCE]),
    ],
)
def test_mechanism_says_how_the_source_was_found(text: str, mechanisms: list[Mechanism]) -> None:
    report = analyze_text(text, model=None)
    assert [mechanism(s, report) for s in report.statements] == mechanisms


@pytest.mark.parametrize(
    ("text", "risky", "keyed"),
    [
        (PRONOUN_TO_NAME, {1}, [0]),  # "he" taken to al-Abadi, named in narration: not keyed
        (ROLE_TO_NAME, {1}, []),  # "The mayor" taken to Ann Lee
        (ACROSS_PARAGRAPH, {2}, [0]),  # [2] carried into another paragraph ([1] is its quotation)
        (OWN_CUES, set(), [0, 1, 2]),  # a cue of its own, and "she" resolved to [0]'s source
    ],
)
def test_key_leaves_out_the_risky_mechanisms(text: str, risky: set[int], keyed: list[int]) -> None:
    report = analyze_text(text, model=None)
    assert doubted(report) == risky
    assert doubted(report, frozenset({"attributed_riskily"})) == set()
    exercises = build_exercises([report], "advanced", 0, SURE)
    assert sorted({e.index for q in exercises.questions for e in q.evidence}) == keyed
