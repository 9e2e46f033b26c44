"""Table rows in extracted text: excluded with role `table`, unless a cell is prose."""

from __future__ import annotations

import pytest

from sourcing.pipeline import analyze
from sourcing.records import Document, Role
from sourcing.text.body import find_excluded
from sourcing.text.tables import is_table_row

BODY = "The council published the results of the vote on Tuesday, officials said.\n"


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("| Aberconwy | Robin Millar | robin.millar.mp@parliament.uk |", True),
        ("|---|---|", True),
        ("| Total |", True),
        ("The vote was 5 | 4 in favour.", False),
        ("|| not a table", True),
        ("Pipe at the end |", True),
        ("A pipe | inside", False),
        ("| Penny joins you in the pool.", True),  # a row whose cell goes on over lines
        ("in the pool. | Summer |", True),
    ],
)
def test_is_table_row(line: str, row: bool) -> None:
    assert is_table_row(line) is row


@pytest.mark.parametrize(
    "row",
    [
        "| Aberconwy | Robin Millar | robin.millar.mp@parliament.uk |",
        "|---|---|",
        "| 1 large or 1200 g whole chicken | 2 tablespoons |",
        "| SPD | 0 | Antwort angekündigt, aber nicht erhalten. |",  # a cell, not a sentence
    ],
)
def test_table_row_is_excluded_as_table(row: str) -> None:
    text = BODY + row + "\n"
    report = analyze(Document(text), model=None)
    assert [s.text for s in report.statements] == [BODY.strip()]
    (item,) = [e for e in report.excluded if e.role is Role.TABLE]
    assert text[item.span.start : item.span.end] == row


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        (
            "| This row is a long sentence about the vote that happened yesterday. |  |",
            "This row is a long sentence about the vote that happened yesterday.",
        ),
        (
            "She bursts into tears and the scene ends after a long while. |",
            "She bursts into tears and the scene ends after a long while.",
        ),
        (
            "| 12 | Die scheinbare Verherrlichung des Menschen ist hier ein großes Thema. | x |",
            "Die scheinbare Verherrlichung des Menschen ist hier ein großes Thema.",
        ),
    ],
)
def test_sentence_cell_stays_a_statement(row: str, kept: str) -> None:
    text = BODY + row + "\n"
    report = analyze(Document(text), model=None)
    assert [s.text for s in report.statements] == [BODY.strip(), kept]
    assert all(e.role is Role.TABLE for e in find_excluded(text))
