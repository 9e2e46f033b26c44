"""Shared pieces of the comparison tests: a short story, options, records to watch."""

from __future__ import annotations

from pathlib import Path

from report_dicts import report

from sourcing.corpus.compare import CompareOptions, record_reducer
from sourcing.corpus.reduction import ArticleRecord
from sourcing.outlets import default_table

NONE, ANON = "unattributed", "unnamed_source"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"
STORY = [
    "The council approved the budget on Tuesday after a long public meeting.",
    "Spending on schools and parks rises while police overtime is cut by ten percent.",
    "The plan now goes to the mayor, whose office expects to sign it this week.",
]


def options(**fields: object) -> CompareOptions:
    return CompareOptions(**{"min_articles": 1, **fields})  # type: ignore[arg-type]


class WatchedRecord(ArticleRecord):
    """A record that can be watched by a weak reference (ArticleRecord has slots only)."""


def watched_records(count: int) -> list[ArticleRecord]:
    made = record_reducer(options(), default_table()).apply(report([NONE], id="w"))[1]
    return [WatchedRecord(made.facts._replace(key=str(n)), made.signature) for n in range(count)]
