"""Checks that doubt who speaks (`sourcing.exercises.speaker_doubts`)."""

from __future__ import annotations

from typing import Any

from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.speaker_doubts import pronouns_disagree_on_gender
from sourcing.provenance import Provenance, Rule


def through(pronoun: str, source: str, origin: int, rule: Rule = Rule.REFERS_STATEMENT) -> dict[str, Any]:
    """The fields of a record that took `source` from statement `origin` through `pronoun`."""
    provenance = Provenance(rule, reference=pronoun, reference_kind="pronoun_person", statement=origin)
    if rule is Rule.MODEL:
        provenance = Provenance(Rule.MODEL, probability=0.9, replaced=provenance)
    return {"source": source, "resolved_from": origin, "provenance": provenance}


def test_he_and_she_resolved_to_one_source_are_never_keyed() -> None:
    """Washington Times HO6tlyozaGkJsWXB [13] "She said she is “100 percent” certain." keyed
    Named official under Sen. Richard Durbin at stop 29, whose "He asked her ..." [12] took the
    same source; pronouns of one gender, or of another gender for another source, are not
    concerned; the rules' reference counts where the model chose the type."""
    durbin = "Sen. Richard Durbin, Illinois Democrat"
    report = make_report([
        (f"\u201cA trauma survivor cannot remember every detail,\u201d said {durbin}.",
         "named_official", {"source": durbin}),
        ("He asked her what the chance was.", "named_official", through("He", durbin, 0)),
        ("She said she is \u201c100 percent\u201d certain.", "named_official",
         through("She", durbin, 0, Rule.MODEL)),
        ("Senator Dianne Feinstein said the hearing was fair.", "named_official",
         {"source": "Senator Dianne Feinstein"}),
        ("She added that the vote should wait.", "named_official",
         through("She", "Senator Dianne Feinstein", 3)),
        ("He said the committee would vote on Friday.", "named_official", through("He", durbin, 0)),
    ])
    assert [pronouns_disagree_on_gender(s, report) for s in report.statements] == [
        False, True, True, False, False, True]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (1, 2, 5)
