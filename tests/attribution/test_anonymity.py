"""The anonymity-reason stage: set exactly on unnamed sources, a nearby reason about the same source counts."""

from __future__ import annotations

import pytest

from sourcing.attribution.anonymity import mark_anonymity_reasons
from sourcing.records import SourceType, Span, Statement

T = SourceType


def _statement(
    index: int, type_: SourceType, text: str, source: str | None = None, **fields: object
) -> Statement:
    return Statement(index, Span(0, len(text)), text, type_, source=source, **fields)  # type: ignore[arg-type]


OFFICIALS = _statement(0, T.UNNAMED_SOURCE, "Officials said the talks stalled.", "Officials")
REASON = "The officials insisted on anonymity because they weren't authorized to disclose it."


@pytest.mark.parametrize(
    ("second", "given"),
    [
        # AP: the reason comes two sentences later, about the same officials.
        (_statement(1, T.UNNAMED_SOURCE, REASON, "The officials"), True),
        (_statement(1, T.UNATTRIBUTED, "The officials spoke on condition of anonymity."), True),
        # Another unnamed source's reason is not this one's.
        (
            _statement(
                1, T.UNNAMED_SOURCE, "A diplomat, who asked not to be named, agreed.", "A diplomat"
            ),
            False,
        ),
        (_statement(1, T.UNATTRIBUTED, "The talks resume on Monday."), False),
    ],
)
def test_a_nearby_reason_about_the_same_source_counts(second: Statement, given: bool) -> None:
    first, _ = mark_anonymity_reasons([OFFICIALS, second])
    assert first.anonymity_reason is given


def test_only_unnamed_sources_have_a_reason() -> None:
    named = _statement(
        1,
        T.NAMED_OFFICIAL,
        "Pompeo, who asked not to be named, said so.",
        "Pompeo",
        anonymity_reason=True,
    )
    marked = mark_anonymity_reasons([OFFICIALS, named])
    assert marked[0].anonymity_reason is False and marked[1].anonymity_reason is None
