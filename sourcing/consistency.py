"""Consistency of one statement's record: do its fields agree with each other?

A record whose fields contradict each other (a "named official" whose source is "another
official", a carried-over statement with a type of its own) is wrong somewhere, even when no
one knows which field is. Exercises never ask about such a statement; the analyzer can use
the same test to lower its confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from sourcing.attribution.mentions import MentionKind, classify_phrase
from sourcing.records import NAMED_TYPES, ArticleReport, SourceType, Statement


class Problem(StrEnum):
    """One way a statement's fields can contradict each other."""

    CARRY_OVER_TYPE = "carry_over_type"  # type differs from the statement it takes its source from
    CARRY_OVER_SOURCE = "carry_over_source"  # source differs from that statement's
    CARRY_OVER_MISSING = "carry_over_missing"  # resolved_from names no earlier statement
    SOURCE_SPAN = "source_span"  # source_span does not slice exactly `source`
    NAMED_WITHOUT_NAME = "named_without_name"  # a named type whose source names no one
    REASON_OFF_ANONYMOUS = "reason_off_anonymous"  # anonymity_reason set on a non-anonymous type
    REASON_UNSET = "reason_unset"  # an anonymous statement without an anonymity_reason verdict


# Source phrases that do not name anyone: a description, a pronoun, "the official".
UNNAMING_KINDS = frozenset(
    {
        MentionKind.UNNAMED,
        MentionKind.INDEFINITE_REPORT,
        MentionKind.PRONOUN_PERSON,
        MentionKind.PRONOUN_GROUP,
        MentionKind.PRONOUN_THING,
        MentionKind.FIRST_PERSON,
        MentionKind.DEFINITE_ROLE,
    }
)


def names_someone(source: str | None) -> bool:
    """Tell whether a source phrase names a person or body (not "another official", "he")."""
    if not source or not source.strip():
        return False
    return classify_phrase(source, {}).kind not in UNNAMING_KINDS


def _carry_over_problems(statement: Statement, statements: Sequence[Statement]) -> list[Problem]:
    if statement.resolved_from is None:
        return []
    antecedent = next((s for s in statements if s.index == statement.resolved_from), None)
    if antecedent is None or antecedent.index == statement.index:
        return [Problem.CARRY_OVER_MISSING]
    problems = []
    if antecedent.type is not statement.type:
        problems.append(Problem.CARRY_OVER_TYPE)
    if antecedent.source != statement.source:
        problems.append(Problem.CARRY_OVER_SOURCE)
    return problems


def record_problems(
    statement: Statement, statements: Sequence[Statement], text: str
) -> tuple[Problem, ...]:
    """Return how `statement`'s fields contradict each other; empty when consistent.

    `statements` are the article's statements (for `resolved_from`), `text` the document
    text the spans index into.
    """
    problems = _carry_over_problems(statement, statements)
    span = statement.source_span
    if span is not None and (statement.source is None or text[span.start : span.end] != statement.source):
        problems.append(Problem.SOURCE_SPAN)
    if statement.type in NAMED_TYPES and not names_someone(statement.source):
        problems.append(Problem.NAMED_WITHOUT_NAME)
    anonymous = statement.type is SourceType.UNNAMED_SOURCE
    if not anonymous and statement.anonymity_reason is not None:
        problems.append(Problem.REASON_OFF_ANONYMOUS)
    if anonymous and statement.anonymity_reason is None:
        problems.append(Problem.REASON_UNSET)
    return tuple(problems)


def report_problems(report: ArticleReport) -> dict[int, tuple[Problem, ...]]:
    """Return the problems of each inconsistent statement of `report`, by statement index."""
    found = {
        s.index: record_problems(s, report.statements, report.document.text)
        for s in report.statements
    }
    return {index: problems for index, problems in found.items() if problems}
