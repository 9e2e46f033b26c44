"""Output formats: each parses with its ecosystem's reader and says what report_dict says."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from report_builders import make_report, sample_report

from sourcing.inputs.failures import InputFailure
from sourcing.render import FORMATS, render
from sourcing.render.csv import statement_row
from sourcing.render.markdown import cell
from sourcing.render.progress import failure_line
from sourcing.render.text import attribution_details
from sourcing.run.serialize import report_dict

TWO = [
    sample_report(path="a.txt", outlet="Example News"),
    make_report(
        [("Pipes | and\nnewlines, the mayor said.", "named_official", {"source": "the mayor"})],
        path="b.txt",
    ),
]


def test_registry_has_the_score_formats() -> None:
    assert {"text", "json", "jsonl", "csv", "markdown"} <= set(FORMATS)


@pytest.mark.parametrize("name", ["text", "json", "jsonl", "csv", "markdown"])
def test_same_reports_same_bytes(name: str) -> None:
    assert render(name, TWO) == render(name, TWO)


def test_json_one_object_or_a_list() -> None:
    assert json.loads(render("json", TWO[:1])) == report_dict(TWO[0])
    assert json.loads(render("json", TWO)) == [report_dict(r) for r in TWO]


def test_jsonl_one_report_per_line() -> None:
    lines = render("jsonl", TWO).splitlines()
    assert [json.loads(line) for line in lines] == [report_dict(r) for r in TWO]


def test_csv_one_row_per_statement() -> None:
    frame = pd.read_csv(io.StringIO(render("csv", TWO)), keep_default_na=False)
    statements = [s for r in TWO for s in report_dict(r)["statements"]]
    assert len(frame) == len(statements)
    assert {"path", "id", "outlet", "start", "end", "text", "type", "source", "via"} <= set(
        frame.columns
    )
    assert list(frame["text"]) == [s["text"] for s in statements]
    assert list(frame["start"]) == [s["start"] for s in statements]
    assert list(frame["path"]) == ["a.txt"] * len(TWO[0].statements) + ["b.txt"]
    assert frame["resolved_from"].dtype != float  # no "3.0" for an integer with gaps


def test_csv_flattens_spans_and_lists() -> None:
    row = statement_row(
        {"source_span": {"start": 3, "end": 9, "text": "x"}, "via_span": None, "flags": ["a", "b"]}
    )
    assert row == {
        "source_span_start": 3,
        "source_span_end": 9,
        "via_span_start": None,
        "via_span_end": None,
        "flags": "a;b",
    }


def test_markdown_tables() -> None:
    text = render("markdown", TWO)
    assert text.count("| # | type | statement | source / via |") == 2
    assert text.count("| score | value |") == 2
    assert "Pipes \\| and newlines, the mayor said." in text
    assert "Excluded: 1 boilerplate" in text


@pytest.mark.parametrize(("value", "safe"), [("a|b", "a\\|b"), ("a\n\nb", "a b"), (None, "None")])
def test_markdown_cell(value: object, safe: str) -> None:
    assert cell(value) == safe


def test_text_report_score_card_and_statements() -> None:
    text = render("text", TWO[:1])
    for label in (
        "anonymity share",
        "anonymity share (words)",
        "by type",
        "named sources",
        "lede anonymous",
        "readability",
    ):
        assert label in text
    for tag in ("ANON", "OFFICIAL", "DOC", "NONE"):
        assert tag in text
    assert "reason given" in text and "via: Reuters" in text
    assert "unsure (0.40)" in text
    assert "no reason given" in text
    assert "excluded: 1 boilerplate" in text
    assert "\x1b[" not in text and all(line == line.rstrip() for line in text.splitlines())


def test_text_report_colour_only_when_asked() -> None:
    assert "\x1b[" in render("text", TWO[:1], color=True)


def test_attribution_details() -> None:
    statement = report_dict(TWO[0])["statements"][1]
    assert attribution_details(statement) == (
        "source: a senior Iranian official, who asked not to be named · via: Reuters · reason given"
    )


def test_failure_line_is_one_line() -> None:
    assert failure_line(InputFailure("a.txt", "bad\nthing")) == "error: a.txt: bad thing"
