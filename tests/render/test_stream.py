"""Streamed output is the batch renderer's output, piece by piece, in input order."""

from __future__ import annotations

import pytest
from report_builders import make_report

from sourcing.render import render
from sourcing.render.stream import STREAMED, ReportStream

REPORTS = [
    make_report([("Officials said the bridge would reopen.", "unnamed_source", {}),
                 ("The mayor, John Smith, said, \"We are ready.\"", "named_official", {})],
                path="a.txt"),
    make_report([], path="empty.txt"),  # no statements: no CSV rows
    make_report([("Court records show a fine of $5,000.", "document", {})], path="b.txt"),
]


def streamed(name: str, reports: list) -> tuple[str, list[str]]:
    pieces: list[str] = []
    stream = ReportStream(name, pieces.append)
    for report in reports:
        stream.write(report)
    stream.close()
    return "".join(pieces), pieces


@pytest.mark.parametrize("name", ["text", "jsonl", "csv", "json", "markdown", "html", "article"])
@pytest.mark.parametrize("count", [1, 2, 3])
def test_stream_gives_the_batch_output(name: str, count: int) -> None:
    text, _ = streamed(name, REPORTS[:count])
    assert text == render(name, REPORTS[:count])


@pytest.mark.parametrize("name", STREAMED)
def test_streamed_formats_write_each_report_when_given(name: str) -> None:
    pieces: list[str] = []
    stream = ReportStream(name, pieces.append)
    stream.write(REPORTS[0])
    assert pieces, "nothing written before the next report"
    assert REPORTS[0].document.path in pieces[0] or name == "csv"


def test_csv_of_reports_without_statements_is_the_header() -> None:
    text, _ = streamed("csv", [REPORTS[1]])
    assert text == render("csv", [REPORTS[1]])


def test_nothing_is_written_without_reports() -> None:
    for name in ("text", "jsonl", "csv", "json"):
        assert streamed(name, []) == ("", [])
