"""Never-key checks on the clauses of a record's sentence (`sourcing.exercises.clause_shape`)."""

from __future__ import annotations

from report_builders import make_report

from sourcing.exercises import build_exercises
from sourcing.exercises.clause_shape import source_is_a_thing


def test_a_source_that_opens_with_a_thing_is_never_keyed() -> None:
    """Christian Science Monitor IW8Tl8y4ixIkI3LG [18] "One thing both sides agreed on yesterday:
    ..." keyed Anonymous source under "One thing both sides" on main c13b1d3; a source that is
    a person or a group, or a thing word alone, is not concerned."""
    report = make_report([
        ("One thing both sides agreed on yesterday: The partisan fight overshadowed the rest.",
         "unnamed_source", {"source": "One thing both sides", "cue": "agreed"}),
        ("Both sides agreed the vote would wait.", "unnamed_source", {"source": "Both sides"}),
        ("The only thing the president said was that he would win.", "named_official",
         {"source": "the only thing the president"}),
        ("Everything is on the table, Pelosi said.", "named_official", {"source": "Pelosi"}),
        ("Something, the report said, went wrong.", "document", {"source": "the report"}),
    ])
    assert [source_is_a_thing(s) for s in report.statements] == [True, False, True, False, False]
    assert build_exercises([report], "advanced", seed=0).ungraded[0] == (0, 2)
