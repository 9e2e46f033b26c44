"""A stance stated in speech ("has spoken out against"): the subject of the sentence's own
clause is its speaker (GUIDELINES rule 7); a subordinate, relative or embedded clause, or a
negation, reports no statement."""

from __future__ import annotations

import pytest

from sourcing.attribution.stance_frames import stance_frame
from sourcing.settings import DEFAULT_SETTINGS

JOHNSON = (
    "Homeland Security Secretary Jeh Johnson has spoken out against that option because it would "
    "not allow DHS to hire new Secret Service agents."
)


def stance_speaker(text: str) -> tuple[str, str] | None:
    cues = stance_frame(text, lambda offset: True, DEFAULT_SETTINGS)
    return (cues[0].words, text[cues[0].source.start : cues[0].source.end]) if cues else None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # heldout29 hkyT4Yk2DJNk3o4d [20] (read named_official): his objection with its reasons.
        (JOHNSON, ("spoken", "Homeland Security Secretary Jeh Johnson")),
        # The allsides corpus: a main clause after a conjunction or an opener.
        (
            "North Korea lacks the technology, but Sullivan has spoken out against Pyongyang's efforts.",
            ("spoken", "Sullivan"),
        ),
        ("Unlike most elected Republicans, Hogan has spoken out against Trump.", ("spoken", "Hogan")),
        (
            ("President of the California state Senate Kevin de León, who will be joining us in a "
             "minute, spoke out against the raids."),
            ("spoke", "President of the California state Senate Kevin de León, who will be joining us in a minute"),
        ),
        # A subordinate clause (the allsides corpus).
        ("The war had dragged on for a few years before Cronkite spoke out against it.", None),
        ("Trump had fired back at Streep after she spoke out against him at the Golden Globes.", None),
        ("When Sessions spoke out against the bill, Grassley publicly dressed him down.", None),
        (
            ("Friday's bill is unlikely to move, but House Democrats would be able to use it to say "
             "they had spoken out against a law."),
            None,
        ),
        # A relative clause, open up to the verb.
        ("Among them was actress Rose McGowan, who first spoke out against the producer.", None),
        ("She argued over Chick-fil-A, the restaurant chain whose president spoke out against it.", None),
        ("Tariffs remain in place — something Republicans also have spoken out against.", None),
        # A negation: no one spoke.
        ("The amendments were adopted, and not a single member spoke out against any of them.", None),
        ("Few Republicans have spoken out against him.", None),
        ("The senator has never spoken out against the plan.", None),
    ],
)
def test_stance_frames(text: str, found: tuple[str, str] | None) -> None:
    assert stance_speaker(text) == found



@pytest.mark.parametrize(
    ("text", "found"),
    [
        # heldout19 YEzysbFtcjlhJC56 [18] (read named_organization): concerns with their content.
        (
            ("Some groups like the National Retail Federation are raising similar concerns about "
             "the prospect of tariffs targeting China."),
            ("raising", "Some groups like the National Retail Federation"),
        ),
        # The allsides corpus: an official, a group of people.
        ("Leahy raised concerns that waiting too long could undermine the bill.", ("raised", "Leahy")),
        ("Some House Democrats have raised concerns about the deal.", ("raised", "Some House Democrats")),
        # No content: the concerns stay unattributed (heldout17 1Usp [2]).
        ("Some Republicans have raised concerns, however.", None),
        # A subject that is no speaker: a possessive head, an event, a participle after a clause.
        ("Musk's idea raised concerns that the plan would fail.", None),
        ("Trump's comments have drawn backlash and raised concerns about stigmatizing Asian-Americans.", None),
        ("Trump fired Comey in May 2017, raising concerns that he tried to obstruct the inquiry.", None),
        # A question asks; a subordinate clause tells no statement.
        ("Did Comey raise concerns about a meeting with Trump?", None),
        # "raising" after another verb is its complement (heldout13 qtGRjf0ztpbMw8nr [11]).
        ("Critics started raising concerns about the cost of these plans.", None),
        ("The vote came after Durbin raised concerns about the nominee.", None),
    ],
)
def test_concern_frames(text: str, found: tuple[str, str] | None) -> None:
    assert stance_speaker(text) == found
