"""Record consistency: each contradiction between a statement's fields is found, and a
consistent record has none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sourcing.consistency import Problem, names_someone, record_problems, report_problems
from sourcing.records import SourceType, Span, Statement

TEXT = (
    "Reuters quoted another official as saying, \"Things went smoothly.\" "
    "He added: \"Iran is ready.\" Pompeo said the talks would go on."
)
ANOTHER = TEXT.index("another official")
POMPEO = TEXT.index("Pompeo")


def _statement(index: int, type_: SourceType, source: str | None, **fields: object) -> Statement:
    start = TEXT.index(source) if source and source in TEXT else 0
    span = Span(start, start + len(source)) if source and source in TEXT else None
    return Statement(index, Span(0, 1), "x", type_, source=source, source_span=span, **fields)  # type: ignore[arg-type]


ROOT = _statement(0, SourceType.UNNAMED_SOURCE, "another official", anonymity_reason=False)
NAMED = _statement(2, SourceType.NAMED_OFFICIAL, "Pompeo")


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (ROOT, ()),
        (NAMED, ()),
        (_statement(1, SourceType.UNNAMED_SOURCE, "another official", anonymity_reason=False,
                    resolved_from=0), ()),
        # Seed 003 [10]: "He added" after "another official", typed named_official.
        (_statement(1, SourceType.NAMED_OFFICIAL, "another official", resolved_from=0),
         (Problem.CARRY_OVER_TYPE, Problem.NAMED_WITHOUT_NAME)),
        (_statement(1, SourceType.UNNAMED_SOURCE, "Pompeo", anonymity_reason=False, resolved_from=0),
         (Problem.CARRY_OVER_SOURCE,)),
        (_statement(1, SourceType.UNNAMED_SOURCE, "another official", anonymity_reason=False,
                    resolved_from=7), (Problem.CARRY_OVER_MISSING,)),
        (replace(NAMED, source_span=Span(ANOTHER, ANOTHER + 16)), (Problem.SOURCE_SPAN,)),
        (replace(NAMED, source="He"), (Problem.SOURCE_SPAN, Problem.NAMED_WITHOUT_NAME)),
        (replace(NAMED, source=None, source_span=None), (Problem.NAMED_WITHOUT_NAME,)),
        (replace(NAMED, anonymity_reason=False), (Problem.REASON_OFF_ANONYMOUS,)),
        (replace(ROOT, anonymity_reason=None), (Problem.REASON_UNSET,)),
    ],
)
def test_record_problems(statement: Statement, expected: tuple[Problem, ...]) -> None:
    assert record_problems(statement, [ROOT, NAMED], TEXT) == expected


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Taliban spokesman Suhail Shaheen", True),
        ("The US Embassy in Iraq", True),
        ("Pompeo", True),
        ("another official", False),
        ("A U.S. official", False),
        ("he", False),
        ("they", False),
        ("the official", False),
        (None, False),
    ],
)
def test_names_someone(source: str | None, named: bool) -> None:
    assert names_someone(source) is named


def test_report_problems_lists_only_inconsistent_statements() -> None:
    from report_builders import make_report

    report = make_report(
        [
            ("Another official said talks went well.", "unnamed_source",
             {"source": "Another official", "anonymity_reason": False}),
            ("He added that Iran is ready.", "named_official",
             {"source": "Another official", "resolved_from": 0}),
        ]
    )
    assert report_problems(report) == {
        1: (Problem.CARRY_OVER_TYPE, Problem.NAMED_WITHOUT_NAME)
    }
